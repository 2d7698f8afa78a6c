import type { SimClock } from '../../core/clock.js';
import type { JsonOperation, JsonServiceModule } from '../../core/service-module.js';
import {
  createLogGroup, createLogStream, deleteLogGroup, deleteLogStream, describeLogStreams, filterLogEvents,
  getLogEvents, putLogEvents,
} from './operations.js';
import { LogStore } from './store.js';

export { LogStore } from './store.js';

export interface LogsControl {
  /** Events of one stream, oldest first (for assertions); [] when the group or stream does not exist. */
  events(group: string, stream: string): Array<{ timestamp: number; message: string }>;
  /** Stream names of a group, sorted; [] when the group does not exist. */
  streams(group: string): string[];
  /** Writes lines the way a container's awslogs driver would: creating the group and stream as needed. */
  append(group: string, stream: string, events: Array<{ timestamp: number; message: string }>): void;
  reset(): void;
}

export interface LogsModuleOptions {
  region: string;
  accountId: string;
  clock: SimClock;
  /**
   * Runs before every Logs request and control read with its sim time: the simulator brings ECS tasks up to
   * that time first, so container lines appear in sim time even when nobody calls ECS.
   */
  beforeRead?: (now: number) => void;
}

/** CloudWatch Logs (awsJson1.1, `Logs_20140328.*`): enough to seed streams and read them back like ECS tooling does. */
export function createLogsModule(options: LogsModuleOptions): { module: JsonServiceModule; control: LogsControl; store: LogStore } {
  const store = new LogStore(options.region, options.accountId);
  const catchUp = options.beforeRead ?? ((): void => undefined);
  const raw: Record<string, JsonOperation> = {
    CreateLogGroup: (input, ctx) => createLogGroup(store, input, ctx),
    CreateLogStream: (input, ctx) => createLogStream(store, input, ctx),
    DeleteLogGroup: (input) => deleteLogGroup(store, input),
    DeleteLogStream: (input) => deleteLogStream(store, input),
    PutLogEvents: (input, ctx) => putLogEvents(store, input, ctx),
    GetLogEvents: (input) => getLogEvents(store, input),
    FilterLogEvents: (input) => filterLogEvents(store, input),
    DescribeLogStreams: (input) => describeLogStreams(store, input),
  };
  // DescribeLogGroups stays unmodelled: protocol.test.ts uses it as the example of an unknown Logs operation.
  const operations = Object.fromEntries(Object.entries(raw).map(([name, operation]): [string, JsonOperation] => [
    name, (input, ctx) => {
      catchUp(ctx.now);
      return operation(input, ctx);
    },
  ]));
  const control: LogsControl = {
    events: (group, stream) => {
      catchUp(options.clock.now());
      return (store.groups.get(group)?.streams.get(stream)?.events ?? []).map((e) => ({ timestamp: e.timestamp, message: e.message }));
    },
    streams: (group) => {
      catchUp(options.clock.now());
      return [...(store.groups.get(group)?.streams.keys() ?? [])].sort();
    },
    append: (group, stream, events) => store.appendCreating(group, stream, events, options.clock.now()),
    reset: () => store.clear(),
  };
  const module: JsonServiceModule = {
    protocol: 'awsJson1_1',
    name: 'logs',
    targetPrefix: 'Logs_20140328',
    endpointEnvSuffix: 'CLOUDWATCH_LOGS',
    operations,
    // CloudWatch Logs answers an unknown target with a bare `{"__type":"UnknownOperationException"}`.
    unknownOperationType: 'UnknownOperationException',
    serverErrorType: 'ServiceUnavailableException',
    control: {
      reset: control.reset,
      httpActions: {
        events: (body) => {
          const { group, stream } = (body ?? {}) as { group?: string; stream?: string };
          if (typeof group !== 'string' || typeof stream !== 'string') throw new TypeError('logs/events needs {"group", "stream"}');
          return { events: control.events(group, stream) };
        },
      },
    },
  };
  return { module, control, store };
}
