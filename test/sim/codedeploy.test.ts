import { beforeEach, describe, expect, it } from '@jest/globals';
import {
  CodeDeployClient, CreateApplicationCommand, CreateDeploymentCommand, CreateDeploymentGroupCommand, DeploymentLimitExceededException,
  GetDeploymentCommand, GetDeploymentGroupCommand, GetDeploymentTargetCommand, ListDeploymentTargetsCommand, StopDeploymentCommand,
  type DeploymentInfo,
} from '@aws-sdk/client-codedeploy';
import {
  CreateServiceCommand, DescribeServicesCommand, ECSClient, InvalidParameterException, RegisterTaskDefinitionCommand, UpdateServiceCommand, type Service,
} from '@aws-sdk/client-ecs';
import { withSimulator } from './sdk-env.js';

const aws = withSimulator({ clients: { ecs: () => new ECSClient({}), cd: () => new CodeDeployClient({}) } });
const TG = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup';
const LISTENER = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/web/1';

let t0 = 0;
beforeEach(() => {
  aws.sim.control.reset();
  aws.sim.control.ecs.setScenario({ timings: { provisioningMs: 1_000, pendingMs: 2_000, stoppingMs: 1_000 } });
  aws.sim.control.codedeploy.setScenario({ hookMs: 1_000, trafficShiftMs: 2_000 });
  t0 = aws.sim.control.clock.now();
});

const at = (ms: number): void => {
  aws.sim.control.clock.advance(t0 + ms - aws.sim.control.clock.now());
};

async function register(image: string): Promise<string> {
  const out = await aws.ecs.send(new RegisterTaskDefinitionCommand({
    family: 'web', containerDefinitions: [{ name: 'web', image, memory: 256, portMappings: [{ containerPort: 8080 }] }],
  }));
  return out.taskDefinition!.taskDefinitionArn!;
}

const appSpec = (td: string, hooks = ''): string => `version: 0.0
Resources:
  - TargetService:
      Type: AWS::ECS::Service
      Properties:
        TaskDefinition: "${td}"
        LoadBalancerInfo:
          ContainerName: web
          ContainerPort: 8080
${hooks}`;

/** A CODE_DEPLOY service on web:1 (settled at 5 s) with its application and deployment group. */
async function setUp(autoRollback: boolean, terminationWaitTimeInMinutes = 1) {
  const td1 = await register('web:1');
  await aws.ecs.send(new CreateServiceCommand({
    serviceName: 'web', taskDefinition: td1, desiredCount: 2, deploymentController: { type: 'CODE_DEPLOY' },
    loadBalancers: [{ targetGroupArn: `${TG}/blue/1`, containerName: 'web', containerPort: 8080 }],
  }));
  await aws.cd.send(new CreateApplicationCommand({ applicationName: 'AppECS-default-web', computePlatform: 'ECS' }));
  await aws.cd.send(new CreateDeploymentGroupCommand({
    applicationName: 'AppECS-default-web', deploymentGroupName: 'DgpECS-default-web', serviceRoleArn: 'arn:aws:iam::123456789012:role/cd',
    deploymentStyle: { deploymentType: 'BLUE_GREEN', deploymentOption: 'WITH_TRAFFIC_CONTROL' },
    ecsServices: [{ clusterName: 'default', serviceName: 'web' }],
    blueGreenDeploymentConfiguration: {
      deploymentReadyOption: { actionOnTimeout: 'CONTINUE_DEPLOYMENT', waitTimeInMinutes: 0 },
      terminateBlueInstancesOnDeploymentSuccess: { action: 'TERMINATE', terminationWaitTimeInMinutes },
    },
    loadBalancerInfo: { targetGroupPairInfoList: [{
      targetGroups: [{ name: 'blue' }, { name: 'green' }], prodTrafficRoute: { listenerArns: [LISTENER] }, testTrafficRoute: { listenerArns: [`${LISTENER}/test`] },
    }] },
    autoRollbackConfiguration: { enabled: autoRollback, events: ['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_REQUEST'] },
  }));
  at(5_000);
  return { td1, td2: await register('web:2') };
}

async function start(td: string, hooks = ''): Promise<string> {
  const out = await aws.cd.send(new CreateDeploymentCommand({
    applicationName: 'AppECS-default-web', deploymentGroupName: 'DgpECS-default-web',
    revision: { revisionType: 'AppSpecContent', appSpecContent: { content: appSpec(td, hooks) } },
  }));
  return out.deploymentId!;
}

async function deployment(id: string): Promise<DeploymentInfo> {
  return (await aws.cd.send(new GetDeploymentCommand({ deploymentId: id }))).deploymentInfo!;
}

async function service(): Promise<Service> {
  return (await aws.ecs.send(new DescribeServicesCommand({ services: ['web'] }))).services![0]!;
}

describe('CodeDeploy ECS blue/green', () => {
  it('runs the lifecycle events, shifts traffic, terminates the original task set after the wait, and succeeds', async () => {
    const { td1, td2 } = await setUp(false);
    const group = (await aws.cd.send(new GetDeploymentGroupCommand({ applicationName: 'AppECS-default-web', deploymentGroupName: 'DgpECS-default-web' }))).deploymentGroupInfo!;
    expect(group.blueGreenDeploymentConfiguration?.terminateBlueInstancesOnDeploymentSuccess?.terminationWaitTimeInMinutes).toBe(1);
    await expect(aws.ecs.send(new UpdateServiceCommand({ service: 'web', taskDefinition: td2 }))).rejects.toThrow(InvalidParameterException);
    const id = await start(td2, 'Hooks:\n  - AfterAllowTestTraffic: "arn:aws:lambda:us-east-1:123456789012:function:smoke"\n');
    expect(id).toMatch(/^d-[A-Z0-9]{9}$/);
    await expect(start(td2)).rejects.toThrow(DeploymentLimitExceededException);
    at(7_000);
    const targets = await aws.cd.send(new ListDeploymentTargetsCommand({ deploymentId: id }));
    expect(targets.targetIds).toEqual(['default:web']);
    const during = (await aws.cd.send(new GetDeploymentTargetCommand({ deploymentId: id, targetId: 'default:web' }))).deploymentTarget!.ecsTarget!;
    expect(during.lifecycleEvents!.map((e) => `${e.lifecycleEventName}:${e.status}`)).toEqual([
      'BeforeInstall:Succeeded', 'Install:InProgress', 'AfterInstall:Pending', 'AllowTestTraffic:Pending', 'AfterAllowTestTraffic:Pending',
      'BeforeAllowTraffic:Pending', 'AllowTraffic:Pending', 'AfterAllowTraffic:Pending',
    ]);
    expect((await service()).taskSets!.map((s) => [s.status, s.taskDefinition])).toEqual([['PRIMARY', td1], ['ACTIVE', td2]]);
    at(20_000);
    expect((await deployment(id)).status).toBe('InProgress');
    const s = await service();
    expect(s.taskDefinition).toBe(td2);
    expect(s.taskSets!.map((x) => [x.status, x.taskDefinition, x.runningCount])).toEqual([['PRIMARY', td2, 2], ['ACTIVE', td1, 2]]);
    at(90_000);
    const done = await deployment(id);
    expect(done.status).toBe('Succeeded');
    expect(done.deploymentOverview).toMatchObject({ Succeeded: 1 });
    const target = (await aws.cd.send(new GetDeploymentTargetCommand({ deploymentId: id, targetId: 'default:web' }))).deploymentTarget!.ecsTarget!;
    expect(target.lifecycleEvents!.every((e) => e.status === 'Succeeded')).toBe(true);
    expect((await service()).taskSets!.map((x) => [x.status, x.taskDefinition, x.runningCount])).toEqual([['PRIMARY', td2, 2]]);
  });

  it('fails when replacement tasks crash and rolls back when automatic rollback is on', async () => {
    const { td1, td2 } = await setUp(true);
    aws.sim.control.ecs.setScenario({ outcomes: [{ outcome: 'crash', afterMs: 1_000 }] }, { service: 'web' });
    const id = await start(td2);
    at(60_000);
    const failed = await deployment(id);
    expect(failed.status).toBe('Failed');
    expect(failed.errorInformation?.code).toBe('ECS_UPDATE_ERROR');
    const rollbackId = failed.rollbackInfo!.rollbackDeploymentId!;
    const rollback = await deployment(rollbackId);
    expect(rollback).toMatchObject({ status: 'Succeeded', creator: 'autoRollback', rollbackInfo: { rollbackTriggeringDeploymentId: id } });
    const s = await service();
    expect(s.taskDefinition).toBe(td1);
    expect(s.taskSets!.map((x) => [x.status, x.taskDefinition])).toEqual([['PRIMARY', td1]]);
  });

  it('fails on a failing hook without rollback, and StopDeployment with autoRollbackEnabled rolls back', async () => {
    const { td1, td2 } = await setUp(false);
    aws.sim.control.codedeploy.setScenario({ hooks: [{ event: 'AfterInstall', status: 'Failed', limit: 1 }] });
    const id = await start(td2, 'Hooks:\n  - AfterInstall: "arn:aws:lambda:us-east-1:123456789012:function:check"\n');
    at(30_000);
    const failed = await deployment(id);
    expect(failed).toMatchObject({ status: 'Failed', errorInformation: { code: 'HOOK_EXECUTION_FAILURE' } });
    expect(failed.rollbackInfo).toBeUndefined();
    expect((await service()).taskDefinition).toBe(td1);

    const second = await start(td2);
    at(33_000);
    const stop = await aws.cd.send(new StopDeploymentCommand({ deploymentId: second, autoRollbackEnabled: true }));
    expect(stop.status).toBe('Pending');
    at(60_000);
    const stopped = await deployment(second);
    expect(stopped).toMatchObject({ status: 'Stopped', errorInformation: { code: 'MANUAL_STOP' } });
    expect((await deployment(stopped.rollbackInfo!.rollbackDeploymentId!)).status).toBe('Succeeded');
    expect((await service()).taskSets!.map((x) => x.taskDefinition)).toEqual([td1]);
  });
});
