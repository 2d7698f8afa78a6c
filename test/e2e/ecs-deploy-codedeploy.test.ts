import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type * as CodeDeploy from '@aws-sdk/client-codedeploy';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTAINER, errorsOf, image, inputsOf, revisionArn, theError, useEcsDeployFixture } from './ecs-fixtures.js';
import type { SimApiClient } from './sim-action-bed.js';

// Services on the CODE_DEPLOY controller: the new revision goes out as a CodeDeploy ECS blue/green deployment.
const fx = useEcsDeployFixture({ seed: 41 });
const TG = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup';
const HOOK = 'arn:aws:lambda:us-east-1:123456789012:function:smoke';
let dir = '';
/** The CodeDeploy operations the test calls itself (sim-action-bed's SimApi). */
interface CodeDeployOperations {
  [operation: string]: [object, object];
  CreateApplication: [CodeDeploy.CreateApplicationCommandInput, CodeDeploy.CreateApplicationCommandOutput];
  CreateDeploymentGroup: [CodeDeploy.CreateDeploymentGroupCommandInput, CodeDeploy.CreateDeploymentGroupCommandOutput];
  GetDeployment: [CodeDeploy.GetDeploymentCommandInput, CodeDeploy.GetDeploymentCommandOutput];
}
let codedeploy: SimApiClient<CodeDeployOperations>;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ecs-deploy-codedeploy-'));
  codedeploy = fx.api.json<CodeDeployOperations>('codedeploy');
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

interface GroupOptions {
  application?: string;
  group?: string;
  autoRollback?: boolean;
}

/** Service `api` on the CODE_DEPLOY controller behind a load balancer, with its CodeDeploy application and group. */
async function startCodeDeployService(options: GroupOptions = {}): Promise<{ application: string; group: string }> {
  await fx.startService({ deploymentController: 'CODE_DEPLOY', loadBalancers: [{ targetGroupArn: `${TG}/blue/1`, containerName: CONTAINER, containerPort: 8080 }] });
  fx.sim.control.codedeploy.setScenario({ hookMs: 1_000, trafficShiftMs: 2_000, hooks: [] });
  const application = options.application ?? 'AppECS-prod-api';
  const group = options.group ?? 'DgpECS-prod-api';
  await codedeploy.send('CreateApplication', { applicationName: application, computePlatform: 'ECS' });
  await codedeploy.send('CreateDeploymentGroup', {
    applicationName: application, deploymentGroupName: group, serviceRoleArn: 'arn:aws:iam::123456789012:role/codedeploy',
    deploymentStyle: { deploymentType: 'BLUE_GREEN', deploymentOption: 'WITH_TRAFFIC_CONTROL' },
    ecsServices: [{ clusterName: 'prod', serviceName: 'api' }],
    blueGreenDeploymentConfiguration: {
      deploymentReadyOption: { actionOnTimeout: 'CONTINUE_DEPLOYMENT', waitTimeInMinutes: 0 },
      terminateBlueInstancesOnDeploymentSuccess: { action: 'TERMINATE', terminationWaitTimeInMinutes: 0 },
    },
    loadBalancerInfo: { targetGroupPairInfoList: [{ targetGroups: [{ name: 'blue' }, { name: 'green' }], prodTrafficRoute: { listenerArns: [`${TG}/listener`] } }] },
    autoRollbackConfiguration: { enabled: options.autoRollback ?? false, events: ['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_REQUEST'] },
  });
  return { application, group };
}

const appSpecFile = (name: string, hooks: string): string => {
  const path = join(dir, name);
  writeFileSync(path, `version: 0.0\nResources:\n  - TargetService:\n      Type: AWS::ECS::Service\n      Properties:\n        TaskDefinition: to-be-replaced\n        LoadBalancerInfo:\n          ContainerName: ${CONTAINER}\n          ContainerPort: 8080\n${hooks}`);
  return path;
};

const statusOf = async (id: string) => (await codedeploy.send('GetDeployment', { deploymentId: id })).deploymentInfo;

describe('ecs-deploy dist against the simulator: CodeDeploy blue/green', () => {
  it("deploys with the console's default names and an AppSpec built from the load balancer", async () => {
    await startCodeDeployService();
    const result = await fx.deploy({ image: image('v2') });
    expect(errorsOf(result)).toEqual([]);
    const id = result.outputs['codedeploy-deployment-id'] as string;
    expect(id).toMatch(/^d-[A-Z0-9]{9}$/);
    expect(result.outputs).toMatchObject({ result: 'deployed', 'deployment-id': id, 'rollout-state': 'Succeeded', 'task-definition-arn': revisionArn(2) });
    expect(fx.calls('UpdateService')).toEqual([]);
    const [created] = inputsOf(fx.calls('CreateDeployment', 'codedeploy'));
    expect(created).toMatchObject({ applicationName: 'AppECS-prod-api', deploymentGroupName: 'DgpECS-prod-api' });
    const content = JSON.parse((created?.revision as { appSpecContent: { content: string } }).appSpecContent.content);
    expect(content.Resources[0].TargetService.Properties).toMatchObject({ TaskDefinition: revisionArn(2), LoadBalancerInfo: { ContainerName: CONTAINER, ContainerPort: 8080 } });
    expect(result.log).toMatch(new RegExp(`CodeDeploy deployment ${id} started in AppECS-prod-api/DgpECS-prod-api`));
    expect(result.log).toMatch(/CodeDeploy d-\w+ Succeeded: BeforeInstall Succeeded, Install Succeeded, .*AfterAllowTraffic Succeeded/);
    expect((await statusOf(id))?.status).toBe('Succeeded');
    expect((await fx.service()).taskDefinition).toBe(revisionArn(2));
    expect(result.summary).toContain('✅ ecs-deploy: deployed');
  });

  it('a failing hook in the given AppSpec, no automatic rollback: failed, with the lifecycle event in the diagnosis', async () => {
    const { application, group } = await startCodeDeployService({ application: 'shop', group: 'shop-api' });
    fx.sim.control.codedeploy.setScenario({ hooks: [{ event: 'AfterInstall', status: 'Failed', limit: 1 }] });
    const result = await fx.deploy({
      image: image('v2'), 'codedeploy-application': application, 'codedeploy-deployment-group': group,
      'codedeploy-appspec': appSpecFile('appspec.yaml', `Hooks:\n  - AfterInstall: "${HOOK}"\n`),
    });
    expect(result.conclusion).toBe('failure');
    expect(result.outputs).toMatchObject({ result: 'failed', 'rollout-state': 'Failed' });
    const message = theError(result);
    expect(message).toMatch(/^ecs-deploy failed: api in prod, api:1 → api:2 \(deployment d-\w+\): CodeDeploy deployment d-\w+ Failed: HOOK_EXECUTION_FAILURE: /);
    expect(message).toContain('lifecycle event AfterInstall Failed (ScriptFailed): The lifecycle hook AfterInstall returned Failed.');
    const [created] = inputsOf(fx.calls('CreateDeployment', 'codedeploy'));
    expect(String((created?.revision as { appSpecContent: { content: string } }).appSpecContent.content)).toContain(HOOK);
  });

  it('replacement tasks fail to start and CodeDeploy rolls back: rolled-back, with the stopped task', async () => {
    await startCodeDeployService({ autoRollback: true });
    fx.setOutcomes([{ outcome: 'fail-to-start' }]);
    const result = await fx.deploy({ image: image('v2') });
    expect(result.conclusion).toBe('failure');
    expect(result.outputs.result).toBe('rolled-back');
    const message = theError(result);
    expect(message).toMatch(/CodeDeploy rolled back \(deployment d-\w+\): ECS_UPDATE_ERROR: /);
    expect(message).toContain('TaskFailedToStart — CannotPullContainerError');
    expect((await fx.service()).taskDefinition).toBe(revisionArn(1));
  });

  it('a container the AppSpec names that the revision lacks is an input error before any write', async () => {
    await startCodeDeployService();
    const path = join(dir, 'wrong.json');
    writeFileSync(path, JSON.stringify({ version: 0.0, Resources: [{ TargetService: { Type: 'AWS::ECS::Service', Properties: { TaskDefinition: 'x', LoadBalancerInfo: { ContainerName: 'web', ContainerPort: 80 } } } }] }));
    const result = await fx.deploy({ image: image('v2'), 'codedeploy-appspec': path });
    expect(theError(result)).toBe(`Input 'codedeploy-appspec': LoadBalancerInfo.ContainerName "web" is not a container of the new revision (containers: ${CONTAINER})`);
    expect(fx.calls('RegisterTaskDefinition')).toEqual([]);
    expect(fx.calls('CreateDeployment', 'codedeploy')).toEqual([]);
  });

  it('times out on a hook that never answers; with rollback-on-failure it stops the deployment with rollback', async () => {
    await startCodeDeployService();
    fx.sim.control.codedeploy.setScenario({ hooks: [{ event: 'AfterInstall', status: 'Succeeded', afterMs: 36_000_000 }] });
    // 20 s of the action's clock: 2 s of real time (ACTION_CLOCK_SPEED).
    const result = await fx.deploy({ image: image('v2'), timeout: '20s', 'rollback-on-failure': 'true', 'codedeploy-appspec': appSpecFile('slow.yaml', `Hooks:\n  - AfterInstall: "${HOOK}"\n`) });
    expect(result.conclusion).toBe('failure');
    expect(result.outputs.result).toBe('rolled-back');
    expect(inputsOf(fx.calls('StopDeployment', 'codedeploy'))).toEqual([expect.objectContaining({ autoRollbackEnabled: true })]);
    const message = theError(result);
    expect(message).toMatch(/the rollout did not finish before the timeout \(CodeDeploy d-\w+ InProgress: /);
    expect(message).toMatch(/rollback-on-failure: CodeDeploy deployment d-\w+ ended Stopped; the traffic is back on the original task set/);
    expect((await fx.service()).taskDefinition).toBe(revisionArn(1));
  });

  it('on a cancel: StopDeployment with rollback first, then the report, before SIGTERM', async () => {
    await startCodeDeployService();
    fx.sim.control.codedeploy.setScenario({ hooks: [{ event: 'AfterInstall', status: 'Succeeded', afterMs: 36_000_000 }] });
    const running = fx.startDeploy({ image: image('v2'), 'codedeploy-appspec': appSpecFile('cancel.yaml', `Hooks:\n  - AfterInstall: "${HOOK}"\n`) });
    await running.waitForLine(/^CodeDeploy d-\w+ InProgress/, 15_000);
    const result = await running.cancel();
    await result.dispose();
    expect(result.conclusion).toBe('cancelled');
    expect(result.signalsSent.map((s) => s.signal)).toEqual(['SIGINT']);
    expect((result.exitedAtMs ?? Infinity) - (result.signalsSent[0]?.atMs ?? 0)).toBeLessThan(7_500);
    expect(result.outputs.result).toBe('cancelled');
    const stops = fx.calls('StopDeployment', 'codedeploy');
    expect(inputsOf(stops)).toEqual([expect.objectContaining({ deploymentId: result.outputs['codedeploy-deployment-id'], autoRollbackEnabled: true })]);
    expect(stops[0]!.seq).toBeLessThan(fx.calls('ListTasks')[0]?.seq ?? Infinity);
    expect(theError(result)).toMatch(/requested StopDeployment with rollback of d-\w+ \([^)]*\) on the cancel; the step did not wait for it/);
  });
});
