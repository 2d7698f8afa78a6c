import { SimError } from '../../core/errors.js';

/** In-memory CloudWatch Logs: groups of streams of events. Times are sim epoch ms. */
export interface LogEventRecord {
  timestamp: number;
  message: string;
  ingestionTime: number;
  /** Ingestion order across the whole store; breaks timestamp ties and keeps pagination stable. */
  seq: number;
}

export interface LogStreamRecord {
  name: string;
  arn: string;
  creationTime: number;
  /** Sorted by (timestamp, seq). */
  events: LogEventRecord[];
  lastIngestionTime?: number;
}

export interface LogGroupRecord {
  name: string;
  arn: string;
  creationTime: number;
  streams: Map<string, LogStreamRecord>;
}

/** Position between events: everything sorting before (timestamp, seq) vs from it on. */
export interface EventKey {
  timestamp: number;
  seq: number;
}

export const compareKeys = (a: EventKey, b: EventKey): number => a.timestamp - b.timestamp || a.seq - b.seq;
export const keyAfter = (event: EventKey): EventKey => ({ timestamp: event.timestamp, seq: event.seq + 1 });

export class LogStore {
  readonly groups = new Map<string, LogGroupRecord>();
  private nextSeq = 1;

  constructor(private readonly region: string, private readonly accountId: string) {}

  createGroup(name: string, now: number): LogGroupRecord {
    if (this.groups.has(name)) throw new SimError('ResourceAlreadyExistsException', 'The specified log group already exists');
    const group: LogGroupRecord = { name, arn: `arn:aws:logs:${this.region}:${this.accountId}:log-group:${name}:*`, creationTime: now, streams: new Map() };
    this.groups.set(name, group);
    return group;
  }

  createStream(group: LogGroupRecord, name: string, now: number): LogStreamRecord {
    if (group.streams.has(name)) throw new SimError('ResourceAlreadyExistsException', 'The specified log stream already exists');
    const stream: LogStreamRecord = {
      name, arn: `arn:aws:logs:${this.region}:${this.accountId}:log-group:${group.name}:log-stream:${name}`, creationTime: now, events: [],
    };
    group.streams.set(name, stream);
    return stream;
  }

  /** The group a call names by `logGroupName` or `logGroupIdentifier` (name or ARN), or ResourceNotFoundException. */
  requireGroup(input: { logGroupName?: unknown; logGroupIdentifier?: unknown }): LogGroupRecord {
    const name = groupNameOf(input);
    const group = name === undefined ? undefined : this.groups.get(name);
    if (!group) throw new SimError('ResourceNotFoundException', 'The specified log group does not exist.');
    return group;
  }

  requireStream(group: LogGroupRecord, name: unknown): LogStreamRecord {
    const stream = typeof name === 'string' ? group.streams.get(name) : undefined;
    if (!stream) throw new SimError('ResourceNotFoundException', 'The specified log stream does not exist.');
    return stream;
  }

  append(stream: LogStreamRecord, events: Array<{ timestamp: number; message: string }>, now: number): void {
    for (const event of events) {
      const record: LogEventRecord = { timestamp: event.timestamp, message: event.message, ingestionTime: now, seq: this.nextSeq++ };
      // Usually appended at the end; a late event with an older timestamp slots in where it sorts.
      let index = stream.events.length;
      while (index > 0 && compareKeys(stream.events[index - 1]!, record) > 0) index--;
      stream.events.splice(index, 0, record);
    }
    if (events.length > 0) stream.lastIngestionTime = now;
  }

  /** What the awslogs driver does for ECS: the stream is created on first write (and, leniently, the group too). */
  appendCreating(groupName: string, streamName: string, events: Array<{ timestamp: number; message: string }>, now: number): void {
    const group = this.groups.get(groupName) ?? this.createGroup(groupName, now);
    const stream = group.streams.get(streamName) ?? this.createStream(group, streamName, now);
    this.append(stream, events, now);
  }

  clear(): void {
    this.groups.clear();
  }
}

function groupNameOf(input: { logGroupName?: unknown; logGroupIdentifier?: unknown }): string | undefined {
  if (typeof input.logGroupName === 'string') return input.logGroupName;
  if (typeof input.logGroupIdentifier !== 'string') return undefined;
  const identifier = input.logGroupIdentifier;
  // arn:aws:logs:region:account:log-group:NAME[:*]
  if (!identifier.startsWith('arn:')) return identifier;
  const match = /:log-group:(.+?)(?::\*)?$/.exec(identifier);
  return match?.[1];
}
