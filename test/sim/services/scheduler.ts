import { SimError } from '../core/errors.js';
import type { RequestContext, RestJsonServiceModule, RestRequest, RestResponse, RestRoute } from '../core/service-module.js';
import { renderJsonResult } from '../protocols/aws-json.js';

/**
 * EventBridge Scheduler (REST-JSON): CreateSchedule, GetSchedule, UpdateSchedule, DeleteSchedule, ListSchedules,
 * CreateScheduleGroup, GetScheduleGroup. Group `default` always exists. Schedules are stored, never run.
 * Shapes after the Scheduler API reference; messages marked "not confirmed" have no public example.
 */
type Json = Record<string, unknown>;

interface ScheduleRecord {
  name: string;
  groupName: string;
  arn: string;
  body: Json;
  creationDate: number;
  lastModificationDate: number;
}

export interface SchedulerControl {
  schedules(): Array<{ name: string; groupName: string; body: Json }>;
  reset(): void;
}

const notFound = (message: string): SimError => new SimError('ResourceNotFoundException', message, 404);
const validation = (message: string): SimError => new SimError('ValidationException', message, 400);
const conflict = (message: string): SimError => new SimError('ConflictException', message, 409);

export function createSchedulerModule(): { module: RestJsonServiceModule; control: SchedulerControl } {
  let schedules = new Map<string, ScheduleRecord>();
  let groups = new Map<string, { name: string; arn?: string; creationDate: number }>();
  const ok = (body: unknown): RestResponse => ({ status: 200, body: renderJsonResult(body) });
  const parseBody = (req: RestRequest): Json => {
    if (req.body.trim() === '') return {};
    try {
      return JSON.parse(req.body) as Json;
    } catch {
      throw validation('The request body is not valid JSON.');
    }
  };
  const groupArn = (ctx: RequestContext, name: string): string => `arn:aws:scheduler:${ctx.region}:${ctx.accountId}:schedule-group/${name}`;
  const requireGroup = (name: string): void => {
    if (name !== 'default' && !groups.has(name)) throw notFound(`Schedule group ${name} does not exist.`);
  };
  const checkSchedule = (body: Json): void => {
    const expression = body.ScheduleExpression;
    if (typeof expression !== 'string' || !/^(rate\(\d+ (minute|minutes|hour|hours|day|days)\)|cron\(.+\)|at\(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\))$/.test(expression)) {
      throw validation('Invalid Schedule Expression.'); // not confirmed
    }
    const window = body.FlexibleTimeWindow as Json | undefined;
    if (!window || (window.Mode !== 'OFF' && window.Mode !== 'FLEXIBLE')) throw validation('FlexibleTimeWindow.Mode must be OFF or FLEXIBLE.'); // not confirmed
    const target = body.Target as Json | undefined;
    if (!target || typeof target.Arn !== 'string' || typeof target.RoleArn !== 'string') throw validation('Target.Arn and Target.RoleArn are required.'); // not confirmed
    const ecs = target.EcsParameters as Json | undefined;
    if (ecs && (typeof ecs.TaskDefinitionArn !== 'string' || ecs.TaskDefinitionArn === '')) throw validation('EcsParameters.TaskDefinitionArn is required.'); // not confirmed
  };
  const view = (s: ScheduleRecord): Json => ({
    ActionAfterCompletion: 'NONE', ...s.body, Arn: s.arn, Name: s.name, GroupName: s.groupName, State: s.body.State ?? 'ENABLED',
    CreationDate: new Date(s.creationDate), LastModificationDate: new Date(s.lastModificationDate), ClientToken: undefined,
  });

  const routes: RestRoute[] = [
    {
      method: 'POST', pattern: '/schedules/{Name}', operation: 'CreateSchedule',
      handle: (req, ctx) => {
        const body = parseBody(req);
        const group = typeof body.GroupName === 'string' ? body.GroupName : 'default';
        requireGroup(group);
        const name = req.params.Name!;
        if (schedules.has(`${group}/${name}`)) throw conflict(`Schedule ${name} already exists.`);
        checkSchedule(body);
        const arn = `arn:aws:scheduler:${ctx.region}:${ctx.accountId}:schedule/${group}/${name}`;
        schedules.set(`${group}/${name}`, { name, groupName: group, arn, body: { ...body, GroupName: group }, creationDate: ctx.now, lastModificationDate: ctx.now });
        return ok({ ScheduleArn: arn });
      },
    },
    {
      method: 'GET', pattern: '/schedules/{Name}', operation: 'GetSchedule',
      handle: (req) => {
        const group = req.query.get('groupName') ?? 'default';
        const s = schedules.get(`${group}/${req.params.Name!}`);
        if (!s) throw notFound(`Schedule ${req.params.Name!} does not exist.`);
        return ok(view(s));
      },
    },
    {
      method: 'PUT', pattern: '/schedules/{Name}', operation: 'UpdateSchedule',
      handle: (req, ctx) => {
        const body = parseBody(req);
        const group = typeof body.GroupName === 'string' ? body.GroupName : 'default';
        const s = schedules.get(`${group}/${req.params.Name!}`);
        if (!s) throw notFound(`Schedule ${req.params.Name!} does not exist.`);
        checkSchedule(body);
        // UpdateSchedule replaces the whole definition: fields left out return to their defaults.
        s.body = { ...body, GroupName: group };
        s.lastModificationDate = ctx.now;
        return ok({ ScheduleArn: s.arn });
      },
    },
    {
      method: 'DELETE', pattern: '/schedules/{Name}', operation: 'DeleteSchedule',
      handle: (req) => {
        const group = req.query.get('groupName') ?? 'default';
        if (!schedules.delete(`${group}/${req.params.Name!}`)) throw notFound(`Schedule ${req.params.Name!} does not exist.`);
        return ok({});
      },
    },
    {
      method: 'GET', pattern: '/schedules', operation: 'ListSchedules',
      handle: (req) => {
        const group = req.query.get('ScheduleGroup');
        const prefix = req.query.get('NamePrefix') ?? '';
        const list = [...schedules.values()].filter((s) => (group === null || s.groupName === group) && s.name.startsWith(prefix));
        return ok({
          Schedules: list.map((s) => ({
            Arn: s.arn, Name: s.name, GroupName: s.groupName, State: s.body.State ?? 'ENABLED',
            CreationDate: new Date(s.creationDate), LastModificationDate: new Date(s.lastModificationDate),
            Target: { Arn: (s.body.Target as Json | undefined)?.Arn },
          })),
        });
      },
    },
    {
      method: 'POST', pattern: '/schedule-groups/{Name}', operation: 'CreateScheduleGroup',
      handle: (req, ctx) => {
        const name = req.params.Name!;
        if (name === 'default' || groups.has(name)) throw conflict(`Schedule group ${name} already exists.`);
        groups.set(name, { name, creationDate: ctx.now });
        return ok({ ScheduleGroupArn: groupArn(ctx, name) });
      },
    },
    {
      method: 'GET', pattern: '/schedule-groups/{Name}', operation: 'GetScheduleGroup',
      handle: (req, ctx) => {
        const name = req.params.Name!;
        requireGroup(name);
        const created = groups.get(name)?.creationDate ?? 0;
        return ok({ Arn: groupArn(ctx, name), Name: name, State: 'ACTIVE', CreationDate: new Date(created), LastModificationDate: new Date(created) });
      },
    },
  ];

  const control: SchedulerControl = {
    schedules: () => [...schedules.values()].map((s) => ({ name: s.name, groupName: s.groupName, body: structuredClone(s.body) })),
    reset: () => {
      schedules = new Map();
      groups = new Map();
    },
  };
  const module: RestJsonServiceModule = {
    protocol: 'restJson',
    name: 'scheduler',
    endpointEnvSuffix: 'SCHEDULER',
    routes,
    control: { reset: control.reset, httpActions: { schedules: () => ({ schedules: control.schedules() }) } },
  };
  return { module, control };
}
