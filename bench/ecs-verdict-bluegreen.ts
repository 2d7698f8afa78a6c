// The blue/green rows of bench/ecs-verdict.ts: an ECS native BLUE_GREEN service and a CODE_DEPLOY service, each
// deployed by ecs-deploy's dist, with awscli's waiter on the same rollout (`aws ecs wait services-stable`, resp.
// `aws deploy wait deployment-successful`), and — when PEER_ECS_DIST names a checkout of the official
// aws-actions/amazon-ecs-deploy-task-definition (its action.yml and dist/, run in place, never committed) — that
// action deploying the next revision of the same service. The end of each rollout is read back from the simulator
// (the service deployment's finishedAt, the CodeDeploy deployment's completeTime).
import { CodeDeployClient, CreateApplicationCommand, CreateDeploymentGroupCommand, GetDeploymentCommand } from '@aws-sdk/client-codedeploy';
import { CreateServiceCommand, DescribeServiceDeploymentsCommand, DescribeServicesCommand, type ECSClient, RegisterTaskDefinitionCommand } from '@aws-sdk/client-ecs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { type ActionResult, runAction } from '../test/harness/index.js';
import type { Simulator } from '../test/sim/index.js';
import { runAwsCli } from '../test/support/awscli.js';

export interface BlueGreenRow {
  line: string;
  rightVerdict: boolean;
  targetMet: boolean;
}

type Kind = 'native' | 'codedeploy';
const TG = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup';
const LB = (kind: Kind) => [{
  targetGroupArn: `${TG}/blue/1`, containerName: 'app', containerPort: 8080,
  ...(kind === 'native' ? { advancedConfiguration: { alternateTargetGroupArn: `${TG}/green/2`, productionListenerRule: `${TG}/rule/1`, roleArn: 'arn:aws:iam::123456789012:role/ecs-infra' } } : {}),
}];
const ENV_CLEAN = { AWS_ENDPOINT_URL: undefined, AWS_PROFILE: undefined, AWS_CONFIG_FILE: '/nonexistent', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent' };
const seconds = (ms: number): string => `${ms >= 0 ? '+' : ''}${(ms / 1000).toFixed(1)} s`;

function container(tag: string) {
  return { name: 'app', image: `registry.example/app:${tag}`, memory: 256, essential: true, portMappings: [{ containerPort: 8080 }] };
}

async function setUp(ecs: ECSClient, codedeploy: CodeDeployClient, cluster: string, kind: Kind): Promise<string> {
  const service = kind === 'native' ? 'bluegreen' : 'codedeploy';
  await ecs.send(new RegisterTaskDefinitionCommand({ family: service, containerDefinitions: [container('1')] }));
  await ecs.send(new CreateServiceCommand({
    cluster, serviceName: service, taskDefinition: service, desiredCount: 2, loadBalancers: LB(kind),
    deploymentController: { type: kind === 'native' ? 'ECS' : 'CODE_DEPLOY' },
    deploymentConfiguration: kind === 'native' ? { strategy: 'BLUE_GREEN', bakeTimeInMinutes: 0 } : undefined,
  }));
  if (kind === 'codedeploy') {
    await codedeploy.send(new CreateApplicationCommand({ applicationName: `AppECS-${cluster}-${service}`, computePlatform: 'ECS' }));
    await codedeploy.send(new CreateDeploymentGroupCommand({
      applicationName: `AppECS-${cluster}-${service}`, deploymentGroupName: `DgpECS-${cluster}-${service}`, serviceRoleArn: 'arn:aws:iam::123456789012:role/cd',
      deploymentStyle: { deploymentType: 'BLUE_GREEN', deploymentOption: 'WITH_TRAFFIC_CONTROL' }, ecsServices: [{ clusterName: cluster, serviceName: service }],
      blueGreenDeploymentConfiguration: {
        deploymentReadyOption: { actionOnTimeout: 'CONTINUE_DEPLOYMENT', waitTimeInMinutes: 0 },
        terminateBlueInstancesOnDeploymentSuccess: { action: 'TERMINATE', terminationWaitTimeInMinutes: 0 },
      },
      loadBalancerInfo: { targetGroupPairInfoList: [{ targetGroups: [{ name: 'blue' }, { name: 'green' }], prodTrafficRoute: { listenerArns: [`${TG}/listener`] } }] },
      autoRollbackConfiguration: { enabled: true, events: ['DEPLOYMENT_FAILURE'] },
    }));
  }
  return service;
}

/** Sim epoch ms when the rollout ended, and how it ended. */
async function rolloutEnd(ecs: ECSClient, codedeploy: CodeDeployClient, cluster: string, service: string, kind: Kind, id: string): Promise<{ at?: number; state: string }> {
  if (kind === 'codedeploy') {
    const info = (await codedeploy.send(new GetDeploymentCommand({ deploymentId: id }))).deploymentInfo;
    return { at: info?.completeTime?.getTime(), state: info?.status ?? '?' };
  }
  const arn = (await ecs.send(new DescribeServicesCommand({ cluster, services: [service] }))).services?.[0]?.currentServiceDeployment;
  const sd = arn ? (await ecs.send(new DescribeServiceDeploymentsCommand({ serviceDeploymentArns: [arn] }))).serviceDeployments?.[0] : undefined;
  return { at: sd?.finishedAt?.getTime(), state: sd?.status ?? '?' };
}

async function waitForCall(sim: Simulator, service: string, operation: string, afterSeq: number): Promise<void> {
  for (let i = 0; i < 3_000; i++) {
    if (sim.control.calls({ service, operation, afterSeq }).length) return;
    await sleep(10);
  }
  throw new Error(`no ${operation} within 30 s`);
}

/** The official action deploying revision `tag` of the service from a task definition file; its verdict and its delay. */
async function runOfficial(sim: Simulator, ecs: ECSClient, codedeploy: CodeDeployClient, cluster: string, service: string, kind: Kind, simMinusReal: number): Promise<string> {
  const peerDir = process.env.PEER_ECS_DIST;
  if (!peerDir) return 'not run (set PEER_ECS_DIST)';
  const work = mkdtempSync(join(tmpdir(), 'ecs-verdict-official-'));
  const taskDefinition = join(work, 'td.json');
  writeFileSync(taskDefinition, JSON.stringify({ family: service, containerDefinitions: [container('3')] }));
  const appspec = join(work, 'appspec.yaml');
  writeFileSync(appspec, 'version: 0.0\nResources:\n  - TargetService:\n      Type: AWS::ECS::Service\n      Properties:\n        TaskDefinition: x\n        LoadBalancerInfo:\n          ContainerName: app\n          ContainerPort: 8080\n');
  const started = Date.now();
  const result = await runAction({
    actionDir: peerDir,
    with: { 'task-definition': taskDefinition, service, cluster, 'wait-for-service-stability': 'true', 'wait-for-minutes': '3', 'codedeploy-appspec': appspec },
    env: { ...sim.env(), ...ENV_CLEAN }, timeoutMs: 200_000,
  });
  await result.dispose();
  const exitAt = started + (result.exitedAtMs ?? result.durationMs);
  const id = result.outputs['codedeploy-deployment-id'] ?? '';
  const end = await rolloutEnd(ecs, codedeploy, cluster, service, kind, id);
  const verdict = result.conclusion === 'success' ? 'success' : 'failure';
  return `${verdict}, ${end.at === undefined ? 'n/a' : `${seconds(exitAt - (end.at - simMinusReal))} after ${end.state}`}`;
}

async function measure(sim: Simulator, ecs: ECSClient, codedeploy: CodeDeployClient, cluster: string, kind: Kind, dir: string, simMinusReal: number): Promise<BlueGreenRow> {
  const service = await setUp(ecs, codedeploy, cluster, kind);
  await sleep(8_000);
  const afterSeq = sim.control.calls().at(-1)?.seq ?? 0;
  const started = Date.now();
  const ours = runAction({
    actionDir: dir, with: { cluster, service, 'container-name': 'app', image: 'registry.example/app:2', timeout: '2m' },
    env: { ...sim.env(), ...ENV_CLEAN }, timeoutMs: 150_000,
  });
  await waitForCall(sim, kind === 'native' ? 'ecs' : 'codedeploy', kind === 'native' ? 'UpdateService' : 'CreateDeployment', afterSeq);
  let peerArgs = ['ecs', 'wait', 'services-stable', '--cluster', cluster, '--services', service];
  if (kind === 'codedeploy') {
    const [deployment] = sim.control.codedeploy.deployments().filter((d) => d.createTime >= sim.control.clock.now() - 60_000).slice(-1);
    peerArgs = ['deploy', 'wait', 'deployment-successful', '--deployment-id', deployment?.id ?? ''];
  }
  const peer = runAwsCli(peerArgs, sim.env(), { timeoutMs: 150_000 }).then((v) => ({ code: v.code, at: Date.now() }), (e: Error) => ({ code: -1, at: Date.now(), error: e.message }));
  const [result, peerDone]: [ActionResult, { code: number; at: number }] = await Promise.all([ours, peer]);
  await result.dispose();
  const exitAt = started + (result.exitedAtMs ?? result.durationMs);
  const id = result.outputs['codedeploy-deployment-id'] ?? '';
  const end = await rolloutEnd(ecs, codedeploy, cluster, service, kind, id);
  const endReal = end.at === undefined ? undefined : end.at - simMinusReal;
  const right = result.conclusion === 'success';
  const delay = endReal === undefined ? undefined : exitAt - endReal;
  const oursCell = `${result.outputs.result ?? `exit ${result.exitCode}`} ${right ? '✅' : '❌'}, ${delay === undefined ? 'n/a' : `${seconds(delay)} after ${end.state}`}`;
  const peerCell = `${peerDone.code === 0 ? 'success ✅' : `failure (exit ${peerDone.code}) ❌`}, ${endReal === undefined ? 'n/a' : `${seconds(peerDone.at - endReal)} after ${end.state}`}`;
  const official = await runOfficial(sim, ecs, codedeploy, cluster, service, kind, simMinusReal);
  const name = kind === 'native' ? 'ECS BLUE_GREEN (no bake time)' : 'CodeDeploy blue/green (no termination wait)';
  const awscli = kind === 'native' ? 'ecs wait services-stable' : 'deploy wait deployment-successful';
  return { line: `| ${name} | ${end.state} ${end.at === undefined ? '' : seconds(end.at - (started + simMinusReal))} | ${oursCell} | ${awscli}: ${peerCell} | ${official} |`, rightVerdict: right, targetMet: right && delay !== undefined && delay <= 3_000 };
}

export async function blueGreenRows(sim: Simulator, ecs: ECSClient, cluster: string, actionDir: string): Promise<BlueGreenRow[]> {
  const env = sim.env();
  const codedeploy = new CodeDeployClient({
    endpoint: sim.endpoint, region: env.AWS_REGION,
    credentials: { accessKeyId: env.AWS_ACCESS_KEY_ID as string, secretAccessKey: env.AWS_SECRET_ACCESS_KEY as string },
  });
  try {
    sim.control.ecs.setScenario({ timings: { hookMs: 500, trafficShiftMs: 2_000 } });
    sim.control.codedeploy.setScenario({ hookMs: 500, trafficShiftMs: 2_000 });
    const simMinusReal = sim.control.clock.now() - Date.now();
    return [
      await measure(sim, ecs, codedeploy, cluster, 'native', actionDir, simMinusReal),
      await measure(sim, ecs, codedeploy, cluster, 'codedeploy', actionDir, simMinusReal),
    ];
  } finally {
    codedeploy.destroy();
  }
}
