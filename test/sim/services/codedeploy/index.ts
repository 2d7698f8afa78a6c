import { SimError } from '../../core/errors.js';
import type { Prng } from '../../core/prng.js';
import type { JsonOperation, JsonServiceModule, RequestContext } from '../../core/service-module.js';
import type { EcsState } from '../ecs/model.js';
import { attachController } from '../ecs/task-sets.js';
import { loadAppSpecParser, parseEcsAppSpec } from './appspec.js';
import { codeDeployController } from './ecs-driver.js';
import {
  ECS_EVENTS, type ApplicationRecord, type CdDeploymentRecord, type CodeDeployScenario, type DeploymentGroupRecord, type Json,
} from './model.js';
import { applicationView, deploymentGroupView, deploymentView, targetView } from './views.js';

export type { CodeDeployScenario, CodeDeployHookRule } from './model.js';

/** ECS-compute-platform CodeDeploy (JSON protocol, target prefix CodeDeploy_20141006) against the simulated ECS. */
export interface CodeDeployControl {
  setScenario(input: Partial<CodeDeployScenario>): void;
  deployments(): CdDeploymentRecord[];
  reset(): void;
}

export interface CodeDeployModuleOptions {
  region: string;
  accountId: string;
  ids: Prng;
  ecs: { state: () => EcsState; evolveTo: (now: number) => void };
}

const DEFAULT_SCENARIO: CodeDeployScenario = { hookMs: 1_000, trafficShiftMs: 5_000, failedTaskThreshold: 3, hooks: [] };
const CONFIGS = [
  'CodeDeployDefault.ECSAllAtOnce', 'CodeDeployDefault.ECSLinear10PercentEvery1Minutes', 'CodeDeployDefault.ECSLinear10PercentEvery3Minutes',
  'CodeDeployDefault.ECSCanary10Percent5Minutes', 'CodeDeployDefault.ECSCanary10Percent15Minutes',
];

const err = (type: string, message: string): SimError => new SimError(type, message);

export function createCodeDeployModule(options: CodeDeployModuleOptions): { module: JsonServiceModule; control: CodeDeployControl } {
  let applications = new Map<string, ApplicationRecord>();
  let groups = new Map<string, DeploymentGroupRecord>();
  let deployments = new Map<string, CdDeploymentRecord>();
  let scenario: CodeDeployScenario = structuredClone(DEFAULT_SCENARIO);
  const { ids } = options;
  const groupOf = (d: CdDeploymentRecord): DeploymentGroupRecord | undefined => groups.get(`${d.applicationName}/${d.groupName}`);
  const active = (): CdDeploymentRecord[] => [...deployments.values()].filter((d) => !['Succeeded', 'Failed', 'Stopped'].includes(d.status));

  const newDeployment = (fields: Omit<CdDeploymentRecord, 'id' | 'status' | 'events' | 'current' | 'trafficWeight'>): CdDeploymentRecord => {
    const record: CdDeploymentRecord = {
      ...fields, id: `d-${ids.hex(9).toUpperCase()}`, status: 'Created',
      events: ECS_EVENTS.map((name) => ({ name, status: 'Pending' })), current: 0, trafficWeight: 0,
    };
    deployments.set(record.id, record);
    return record;
  };
  const context = {
    scenario: () => scenario,
    group: groupOf,
    ids,
    finished: (d: CdDeploymentRecord) => {
      const group = groupOf(d);
      if (!group) return;
      const info = { deploymentId: d.id, status: d.status, endTime: d.completeTime, createTime: d.createTime };
      group.lastAttempted = info;
      if (d.status === 'Succeeded') group.lastSuccessful = info;
    },
    newRollback: (failed: CdDeploymentRecord, at: number) => {
      const r = newDeployment({
        ...failed, creator: 'autoRollback', createTime: at, startTime: at, completeTime: undefined, errorInformation: undefined,
        rollbackInfo: { rollbackTriggeringDeploymentId: failed.id, rollbackMessage: `Rollback of deployment ${failed.id}.` },
        stopRequest: undefined, description: undefined,
      });
      r.status = 'InProgress';
      return r;
    },
  };
  const controller = codeDeployController(active, context);

  const op = (handler: (input: Json, ctx: RequestContext) => Json): JsonOperation => (input, ctx) => {
    options.ecs.evolveTo(ctx.now);
    const out = handler(input, ctx);
    options.ecs.evolveTo(ctx.now);
    return out;
  };
  const requireApp = (name: unknown): ApplicationRecord => {
    if (typeof name !== 'string' || name === '') throw err('ApplicationNameRequiredException', 'The minimum number of required application names was not specified.');
    const app = applications.get(name);
    if (!app) throw err('ApplicationDoesNotExistException', `No application found for name: ${name}`);
    return app;
  };
  const requireGroup = (app: string, name: unknown): DeploymentGroupRecord => {
    if (typeof name !== 'string' || name === '') throw err('DeploymentGroupNameRequiredException', 'The deployment group name was not specified.');
    const group = groups.get(`${app}/${name}`);
    if (!group) throw err('DeploymentGroupDoesNotExistException', `No Deployment Group found for name: ${name}`);
    return group;
  };
  const requireDeployment = (id: unknown): CdDeploymentRecord => {
    if (typeof id !== 'string' || id === '') throw err('DeploymentIdRequiredException', 'At least one deployment ID must be specified.');
    if (!/^d-[A-Z0-9]{9}$/.test(id)) throw err('InvalidDeploymentIdException', `Specified DeploymentId is not in the valid format: ${id}`);
    const d = deployments.get(id);
    if (!d) throw err('DeploymentDoesNotExistException', `The deployment ${id} could not be found.`);
    return d;
  };
  const ecsService = (cluster: string, service: string) => options.ecs.state().services.get(`${cluster}/${service}`);

  const createDeployment = op((input, ctx) => {
    const app = requireApp(input.applicationName);
    const group = requireGroup(app.name, input.deploymentGroupName);
    const revision = input.revision as { revisionType?: string; appSpecContent?: { content?: string }; string?: { content?: string } } | undefined;
    if (!revision) throw err('RevisionRequiredException', 'The revision ID was not specified.');
    const content = revision.revisionType === 'AppSpecContent' ? revision.appSpecContent?.content : revision.revisionType === 'String' ? revision.string?.content : undefined;
    if (typeof content !== 'string') throw err('InvalidRevisionException', 'An ECS deployment needs an AppSpecContent (or String) revision.');
    const appSpec = parseEcsAppSpec(content);
    const configName = typeof input.deploymentConfigName === 'string' ? input.deploymentConfigName : group.deploymentConfigName;
    if (!CONFIGS.includes(configName)) throw err('DeploymentConfigDoesNotExistException', `No deployment configuration found for name: ${configName}`);
    const target = group.ecsServices[0]!;
    const service = ecsService(target.clusterName, target.serviceName);
    if (!service || service.status !== 'ACTIVE') throw err('InvalidECSServiceException', `The ECS service ${target.serviceName} in cluster ${target.clusterName} does not exist or is not active.`);
    const running = active().find((d) => d.applicationName === app.name && d.groupName === group.name);
    if (running) throw err('DeploymentLimitExceededException', `The Deployment Group '${group.name}' already has an active Deployment '${running.id}'`);
    const rollbackInput = input.autoRollbackConfiguration as { enabled?: boolean; events?: string[] } | undefined;
    const rollbackConfig = rollbackInput ?? group.autoRollbackConfiguration ?? { enabled: false, events: [] };
    const d = newDeployment({
      applicationName: app.name, groupName: group.name, configName, description: typeof input.description === 'string' ? input.description : undefined,
      creator: 'user', createTime: ctx.now, revision, appSpec, taskDefinitionArn: appSpec.taskDefinition,
      cluster: target.clusterName, service: target.serviceName, serviceArn: service.arn,
      autoRollback: { enabled: rollbackConfig.enabled === true && (rollbackConfig.events ?? []).length > 0, events: rollbackConfig.events ?? [] },
    });
    attachController(service, controller);
    return { deploymentId: d.id };
  });

  const operations: Record<string, JsonOperation> = {
    CreateApplication: op((input, ctx) => {
      const name = input.applicationName;
      if (typeof name !== 'string' || name === '') throw err('ApplicationNameRequiredException', 'The minimum number of required application names was not specified.');
      if (applications.has(name)) throw err('ApplicationAlreadyExistsException', `The application ${name} already exists.`);
      const platform = input.computePlatform ?? 'Server';
      if (!['Server', 'Lambda', 'ECS'].includes(String(platform))) throw err('InvalidComputePlatformException', `Invalid compute platform: ${String(platform)}`);
      const app = { id: ids.uuid(), name, computePlatform: String(platform), createTime: ctx.now };
      applications.set(name, app);
      return { applicationId: app.id };
    }),
    GetApplication: op((input) => ({ application: applicationView(requireApp(input.applicationName)) })),
    ListApplications: op(() => ({ applications: [...applications.keys()].sort() })),
    CreateDeploymentGroup: op((input) => {
      const app = requireApp(input.applicationName);
      const name = input.deploymentGroupName;
      if (typeof name !== 'string' || name === '') throw err('DeploymentGroupNameRequiredException', 'The deployment group name was not specified.');
      if (groups.has(`${app.name}/${name}`)) throw err('DeploymentGroupAlreadyExistsException', `A deployment group named ${name} already exists for application ${app.name}.`);
      if (typeof input.serviceRoleArn !== 'string' || input.serviceRoleArn === '') throw err('RoleRequiredException', 'Role ARN was not specified.');
      const group = buildGroup(app, name, input, options.ecs.state(), ids);
      groups.set(`${app.name}/${name}`, group);
      return { deploymentGroupId: group.id };
    }),
    GetDeploymentGroup: op((input) => {
      const app = requireApp(input.applicationName);
      return { deploymentGroupInfo: deploymentGroupView(requireGroup(app.name, input.deploymentGroupName), app) };
    }),
    ListDeploymentGroups: op((input) => {
      const app = requireApp(input.applicationName);
      return { applicationName: app.name, deploymentGroups: [...groups.values()].filter((g) => g.applicationName === app.name).map((g) => g.name) };
    }),
    // The AppSpec's YAML library loads first (once per test file): the request reads and changes state only after it.
    CreateDeployment: async (input, ctx) => {
      await loadAppSpecParser();
      return createDeployment(input, ctx);
    },
    GetDeployment: op((input) => {
      const d = requireDeployment(input.deploymentId);
      return { deploymentInfo: deploymentView(d, groupOf(d)) };
    }),
    BatchGetDeployments: op((input) => {
      const list = Array.isArray(input.deploymentIds) ? (input.deploymentIds as string[]) : [];
      return { deploymentsInfo: list.map((id) => deployments.get(id)).filter((d) => d !== undefined).map((d) => deploymentView(d, groupOf(d))) };
    }),
    ListDeployments: op((input) => {
      const list = [...deployments.values()].filter((d) =>
        (input.applicationName === undefined || d.applicationName === input.applicationName)
        && (input.deploymentGroupName === undefined || d.groupName === input.deploymentGroupName)
        && (!Array.isArray(input.includeOnlyStatuses) || input.includeOnlyStatuses.includes(d.status)));
      return { deployments: list.sort((a, b) => b.createTime - a.createTime).map((d) => d.id) };
    }),
    ListDeploymentTargets: op((input) => {
      const d = requireDeployment(input.deploymentId);
      return { targetIds: [`${d.cluster}:${d.service}`] };
    }),
    GetDeploymentTarget: op((input) => {
      const d = requireDeployment(input.deploymentId);
      if (input.targetId !== `${d.cluster}:${d.service}`) throw err('DeploymentTargetDoesNotExistException', `The target ${String(input.targetId)} does not exist in deployment ${d.id}.`);
      const service = ecsService(d.cluster, d.service);
      return { deploymentTarget: targetView(d, service, options.ecs.state(), groupOf(d)) };
    }),
    StopDeployment: op((input) => {
      const d = requireDeployment(input.deploymentId);
      if (['Succeeded', 'Failed', 'Stopped'].includes(d.status)) throw err('DeploymentAlreadyCompletedException', `The deployment ${d.id} has already completed.`);
      d.stopRequest = { autoRollbackEnabled: input.autoRollbackEnabled === true };
      return { status: 'Pending', statusMessage: 'Stop request is pending.' };
    }),
    ContinueDeployment: op((input) => {
      const d = requireDeployment(input.deploymentId);
      if (d.status !== 'Ready') throw err('DeploymentIsNotInReadyStateException', `The deployment ${d.id} is not in the Ready state.`);
      d.continueRequested = true;
      return {};
    }),
  };

  const control: CodeDeployControl = {
    setScenario: (input) => {
      const next = { ...scenario, ...input };
      for (const key of ['hookMs', 'trafficShiftMs', 'failedTaskThreshold'] as const) {
        if (typeof next[key] !== 'number' || !(next[key] >= 0)) throw new TypeError(`codedeploy scenario ${key} must be a number >= 0`);
      }
      if (!Array.isArray(next.hooks)) throw new TypeError('codedeploy scenario hooks must be an array');
      for (const [i, rule] of next.hooks.entries()) {
        if (rule.status !== 'Succeeded' && rule.status !== 'Failed') throw new TypeError(`hooks[${i}].status must be Succeeded or Failed`);
      }
      scenario = { ...next, hooks: next.hooks.map((rule) => ({ ...rule, used: 0 })) };
    },
    deployments: () => [...deployments.values()],
    reset: () => {
      applications = new Map();
      groups = new Map();
      deployments = new Map();
      scenario = structuredClone(DEFAULT_SCENARIO);
    },
  };

  const module: JsonServiceModule = {
    protocol: 'awsJson1_1',
    name: 'codedeploy',
    targetPrefix: 'CodeDeploy_20141006',
    endpointEnvSuffix: 'CODEDEPLOY',
    operations,
    unknownOperationType: 'UnknownOperationException',
    serverErrorType: 'InternalFailure',
    control: {
      reset: control.reset,
      httpActions: {
        scenario: (body) => {
          control.setScenario((body ?? {}) as Partial<CodeDeployScenario>);
          return { ok: true };
        },
        deployments: () => ({ deployments: control.deployments().map((d) => deploymentView(d, groupOf(d))) }),
      },
    },
  };
  return { module, control };
}

function buildGroup(app: ApplicationRecord, name: string, input: Json, ecs: EcsState, ids: Prng): DeploymentGroupRecord {
  const services = Array.isArray(input.ecsServices) ? (input.ecsServices as Array<{ serviceName?: string; clusterName?: string }>) : [];
  if (app.computePlatform === 'ECS') {
    if (services.length !== 1 || !services[0]!.serviceName || !services[0]!.clusterName) {
      throw err('ECSServiceMappingLimitExceededException', 'An ECS deployment group needs exactly one ECS service (serviceName and clusterName).');
    }
    const target = services[0]!;
    const service = ecs.services.get(`${target.clusterName}/${target.serviceName}`);
    if (!service || service.status !== 'ACTIVE') throw err('InvalidECSServiceException', `The ECS service ${target.serviceName} in cluster ${target.clusterName} does not exist.`);
    if (service.deploymentController.type !== 'CODE_DEPLOY') {
      throw err('InvalidECSServiceException', `The ECS service ${target.serviceName} does not use the CODE_DEPLOY deployment controller.`);
    }
    const style = input.deploymentStyle as { deploymentType?: string; deploymentOption?: string } | undefined;
    if (style && (style.deploymentType !== 'BLUE_GREEN' || style.deploymentOption !== 'WITH_TRAFFIC_CONTROL')) {
      throw err('InvalidDeploymentStyleException', 'An ECS deployment group must use deploymentType BLUE_GREEN with deploymentOption WITH_TRAFFIC_CONTROL.');
    }
    const pairs = (input.loadBalancerInfo as { targetGroupPairInfoList?: unknown[] } | undefined)?.targetGroupPairInfoList;
    if (!Array.isArray(pairs) || pairs.length === 0) throw err('InvalidTargetGroupPairException', 'An ECS deployment group needs loadBalancerInfo.targetGroupPairInfoList.');
  }
  const bg = (input.blueGreenDeploymentConfiguration ?? {}) as {
    deploymentReadyOption?: { actionOnTimeout?: string; waitTimeInMinutes?: number };
    terminateBlueInstancesOnDeploymentSuccess?: { action?: string; terminationWaitTimeInMinutes?: number };
  };
  const configName = typeof input.deploymentConfigName === 'string' ? input.deploymentConfigName : 'CodeDeployDefault.ECSAllAtOnce';
  if (!CONFIGS.includes(configName)) throw err('DeploymentConfigDoesNotExistException', `No deployment configuration found for name: ${configName}`);
  return {
    id: ids.uuid(),
    applicationName: app.name,
    name,
    deploymentConfigName: configName,
    serviceRoleArn: String(input.serviceRoleArn),
    ecsServices: services.map((s) => ({ serviceName: s.serviceName!, clusterName: s.clusterName! })),
    blueGreenDeploymentConfiguration: {
      deploymentReadyOption: {
        actionOnTimeout: bg.deploymentReadyOption?.actionOnTimeout ?? 'CONTINUE_DEPLOYMENT',
        waitTimeInMinutes: bg.deploymentReadyOption?.waitTimeInMinutes ?? 0,
      },
      terminateBlueInstancesOnDeploymentSuccess: {
        action: bg.terminateBlueInstancesOnDeploymentSuccess?.action ?? 'TERMINATE',
        terminationWaitTimeInMinutes: bg.terminateBlueInstancesOnDeploymentSuccess?.terminationWaitTimeInMinutes ?? 0,
      },
    },
    loadBalancerInfo: input.loadBalancerInfo as DeploymentGroupRecord['loadBalancerInfo'],
    autoRollbackConfiguration: input.autoRollbackConfiguration as DeploymentGroupRecord['autoRollbackConfiguration'],
    deploymentStyle: { deploymentType: 'BLUE_GREEN', deploymentOption: 'WITH_TRAFFIC_CONTROL' },
    alarmConfiguration: input.alarmConfiguration,
  };
}
