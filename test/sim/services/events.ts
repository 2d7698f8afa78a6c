import { SimError } from '../core/errors.js';
import type { JsonOperation, JsonServiceModule, RequestContext } from '../core/service-module.js';

/**
 * EventBridge rules and targets (JSON protocol, target prefix AWSEvents): PutRule, DescribeRule, ListRules, DeleteRule,
 * PutTargets, ListTargetsByRule, RemoveTargets. Rules are stored, never fired. Shapes and messages after the
 * EventBridge API reference; the ones marked "not confirmed" have no public example.
 */
type Json = Record<string, unknown>;

interface RuleRecord {
  name: string;
  arn: string;
  eventBusName: string;
  scheduleExpression?: string;
  eventPattern?: string;
  state: string;
  description?: string;
  roleArn?: string;
  createdBy: string;
  targets: Json[];
}

export interface EventsControl {
  /** Rules with their targets, as stored (for assertions). */
  rules(): Array<{ name: string; eventBusName: string; scheduleExpression?: string; state: string; targets: Json[] }>;
  reset(): void;
}

const MAX_TARGETS = 5;
const validation = (message: string): SimError => new SimError('ValidationException', message);

export function createEventsModule(): { module: JsonServiceModule; control: EventsControl } {
  let rules = new Map<string, RuleRecord>();
  const key = (bus: string, name: string): string => `${bus}/${name}`;
  const busOf = (input: Json): string => {
    const bus = input.EventBusName;
    if (typeof bus !== 'string' || bus === '') return 'default';
    return bus.startsWith('arn:') ? bus.slice(bus.lastIndexOf('/') + 1) : bus;
  };
  const requireRule = (input: Json, field: 'Name' | 'Rule'): RuleRecord => {
    const bus = busOf(input);
    const name = String(input[field] ?? '');
    const rule = rules.get(key(bus, name));
    if (!rule) throw new SimError('ResourceNotFoundException', `Rule ${name} does not exist on EventBus ${bus}.`);
    return rule;
  };

  const operations: Record<string, JsonOperation> = {
    PutRule: (input: Json, ctx: RequestContext) => {
      const name = input.Name;
      if (typeof name !== 'string' || !/^[.\-_A-Za-z0-9]{1,64}$/.test(name)) {
        throw validation(`1 validation error detected: Value '${String(name)}' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\.\\-_A-Za-z0-9]+`);
      }
      const schedule = typeof input.ScheduleExpression === 'string' ? input.ScheduleExpression : undefined;
      const pattern = typeof input.EventPattern === 'string' ? input.EventPattern : undefined;
      if (schedule === undefined && pattern === undefined) throw validation('Parameter(s) EventPattern or ScheduleExpression must be specified.');
      if (schedule !== undefined && !/^(rate\(\d+ (minute|minutes|hour|hours|day|days)\)|cron\(\S+ \S+ \S+ \S+ \S+ \S+\))$/.test(schedule)) {
        throw validation('Parameter ScheduleExpression is not valid.');
      }
      if (pattern !== undefined) {
        try {
          JSON.parse(pattern);
        } catch {
          throw new SimError('InvalidEventPatternException', 'Event pattern is not valid. Reason: Unrecognized token.');
        }
      }
      const state = input.State === undefined ? 'ENABLED' : String(input.State);
      if (!['ENABLED', 'DISABLED', 'ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS'].includes(state)) throw validation(`Invalid State: ${state}.`); // not confirmed
      const bus = busOf(input);
      const existing = rules.get(key(bus, name));
      const rule: RuleRecord = {
        name, eventBusName: bus,
        arn: `arn:aws:events:${ctx.region}:${ctx.accountId}:rule/${bus === 'default' ? '' : `${bus}/`}${name}`,
        scheduleExpression: schedule, eventPattern: pattern, state,
        description: typeof input.Description === 'string' ? input.Description : undefined,
        roleArn: typeof input.RoleArn === 'string' ? input.RoleArn : undefined,
        createdBy: ctx.accountId,
        targets: existing?.targets ?? [],
      };
      rules.set(key(bus, name), rule);
      return { RuleArn: rule.arn };
    },
    DescribeRule: (input: Json) => {
      const rule = requireRule(input, 'Name');
      return {
        Name: rule.name, Arn: rule.arn, EventPattern: rule.eventPattern, ScheduleExpression: rule.scheduleExpression, State: rule.state,
        Description: rule.description, RoleArn: rule.roleArn, EventBusName: rule.eventBusName, CreatedBy: rule.createdBy,
      };
    },
    ListRules: (input: Json) => {
      const bus = busOf(input);
      const prefix = typeof input.NamePrefix === 'string' ? input.NamePrefix : '';
      const list = [...rules.values()].filter((r) => r.eventBusName === bus && r.name.startsWith(prefix)).sort((a, b) => (a.name < b.name ? -1 : 1));
      return {
        Rules: list.map((r) => ({
          Name: r.name, Arn: r.arn, EventPattern: r.eventPattern, ScheduleExpression: r.scheduleExpression, State: r.state,
          Description: r.description, RoleArn: r.roleArn, EventBusName: r.eventBusName,
        })),
      };
    },
    DeleteRule: (input: Json) => {
      const rule = requireRule(input, 'Name');
      if (rule.targets.length > 0 && input.Force !== true) throw validation("Rule can't be deleted since it has targets.");
      rules.delete(key(rule.eventBusName, rule.name));
      return {};
    },
    PutTargets: (input: Json) => {
      const rule = requireRule(input, 'Rule');
      const targets = Array.isArray(input.Targets) ? (input.Targets as Json[]) : [];
      if (targets.length === 0) throw validation('1 validation error detected: Value null at \'targets\' failed to satisfy constraint: Member must not be null');
      const failed: Json[] = [];
      const next = [...rule.targets];
      for (const target of targets) {
        const problem = targetProblem(target);
        if (problem) {
          failed.push({ TargetId: target.Id, ErrorCode: 'ValidationException', ErrorMessage: problem });
          continue;
        }
        const at = next.findIndex((t) => t.Id === target.Id);
        if (at >= 0) next[at] = target;
        else next.push(target);
      }
      if (next.length > MAX_TARGETS) throw new SimError('LimitExceededException', `The requested resource exceeds the maximum number allowed.`);
      rule.targets = next;
      return { FailedEntryCount: failed.length, FailedEntries: failed };
    },
    ListTargetsByRule: (input: Json) => {
      const rule = requireRule(input, 'Rule');
      return { Targets: rule.targets };
    },
    RemoveTargets: (input: Json) => {
      const rule = requireRule(input, 'Rule');
      const ids = Array.isArray(input.Ids) ? (input.Ids as string[]) : [];
      // EventBridge answers ids the rule does not have as successes (not confirmed).
      rule.targets = rule.targets.filter((t) => !ids.includes(String(t.Id)));
      return { FailedEntryCount: 0, FailedEntries: [] };
    },
  };

  const control: EventsControl = {
    rules: () => [...rules.values()].map((r) => ({
      name: r.name, eventBusName: r.eventBusName, scheduleExpression: r.scheduleExpression, state: r.state, targets: structuredClone(r.targets),
    })),
    reset: () => {
      rules = new Map();
    },
  };
  const module: JsonServiceModule = {
    protocol: 'awsJson1_1',
    name: 'events',
    targetPrefix: 'AWSEvents',
    endpointEnvSuffix: 'EVENTBRIDGE',
    operations,
    unknownOperationType: 'UnknownOperationException',
    serverErrorType: 'InternalException',
    control: { reset: control.reset, httpActions: { rules: () => ({ rules: control.rules() }) } },
  };
  return { module, control };
}

/** Why EventBridge would refuse one target (reported in FailedEntries), if it would. */
function targetProblem(target: Json): string | undefined {
  if (typeof target.Id !== 'string' || !/^[.\-_A-Za-z0-9]{1,64}$/.test(target.Id)) return 'Target Id must match [\\.\\-_A-Za-z0-9]+ and be 1 to 64 characters.'; // not confirmed
  if (typeof target.Arn !== 'string' || !target.Arn.startsWith('arn:')) return 'Target Arn is not valid.'; // not confirmed
  const ecs = target.EcsParameters as Json | undefined;
  if (ecs === undefined) return undefined;
  if (!/^arn:aws[a-z-]*:ecs:/.test(target.Arn)) return 'EcsParameters can only be used with an ECS cluster target.'; // not confirmed
  if (typeof target.RoleArn !== 'string') return 'RoleArn is required for target with EcsParameters.'; // not confirmed
  if (typeof ecs.TaskDefinitionArn !== 'string' || ecs.TaskDefinitionArn === '') return 'EcsParameters.TaskDefinitionArn is required.'; // not confirmed
  if (ecs.TaskCount !== undefined && !(Number.isInteger(ecs.TaskCount) && (ecs.TaskCount as number) >= 1 && (ecs.TaskCount as number) <= 10)) {
    return 'EcsParameters.TaskCount must be between 1 and 10.'; // not confirmed
  }
  return undefined;
}
