// How soon after an ECS rollout ends does the pipeline know, and is what it knows true? ecs-deploy's dist (run as the
// runner runs it) next to the peer most pipelines use, `aws ecs wait services-stable` (awscli v2), in the same run,
// against the loopback simulator on a real-time clock (clockSpeed 1: sim seconds are real seconds).
// Usage: npx tsx bench/ecs-verdict.ts
//
// The moment a rollout ends is read back from the simulator (the createdAt of its "deployment completed." /
// "deployment failed" events, which carry the exact sim time of the transition), not assumed from the timings.
import { CreateClusterCommand, CreateServiceCommand, DescribeServicesCommand, ECSClient, RegisterTaskDefinitionCommand } from '@aws-sdk/client-ecs';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { type ActionResult, runAction } from '../test/harness/index.js';
import { type RecordedCall, type Simulator, startSimulator, type TaskOutcomeRule } from '../test/sim/index.js';
import { type AwsCliResult, runAwsCli } from '../test/support/awscli.js';
import { blueGreenRows } from './ecs-verdict-bluegreen.js';

const ACTION_DIR = fileURLToPath(new URL('../actions/ecs-deploy', import.meta.url));
const CLUSTER = 'bench';
const DESIRED = 2;
/** Whole-run bound: a hung child must not hang the benchmark. */
const RUN_BOUND_MS = process.env.PEER_ECS_DIST ? 600_000 : 300_000;
const TARGET_DELAY_S = 3;

interface Scenario {
  name: string;
  service: string;
  outcomes: TaskOutcomeRule[];
  /** What a truthful step would conclude. */
  expected: 'success' | 'failure';
}

const SCENARIOS: Scenario[] = [
  { name: 'success', service: 'web', outcomes: [], expected: 'success' },
  // Long enough that our polling has backed off to its ceiling before the end: the worst phase for the delay.
  { name: 'slow success (tasks pending 20 s)', service: 'worker', outcomes: [{ outcome: 'success', pendingMs: 20_000 }], expected: 'success' },
  {
    name: 'crash → circuit breaker rollback', service: 'api', expected: 'failure',
    outcomes: [{ outcome: 'crash', afterMs: 1_000, exitCode: 1, logLines: ['Error: DATABASE_URL is not set'] }],
  },
];

interface Timed<T> {
  value: T;
  /** Real epoch ms when the verdict was known (process exit). */
  at: number;
}

interface Measurement {
  scenario: Scenario;
  update: RecordedCall;
  ours: Timed<ActionResult>;
  peer: Timed<AwsCliResult> | { error: string };
  /** Sim epoch ms of the transitions, from the service's events. */
  ourEnd?: { state: 'COMPLETED' | 'FAILED'; at: number };
  rollbackCompletedAt?: number;
}

const watchdog = setTimeout(() => {
  console.error(`ecs-verdict: still running after ${RUN_BOUND_MS / 1000} s; giving up`);
  process.exit(2);
}, RUN_BOUND_MS);
watchdog.unref();

function ecsClient(sim: Simulator): ECSClient {
  const env = sim.env();
  return new ECSClient({
    endpoint: sim.endpoint, region: env.AWS_REGION,
    credentials: { accessKeyId: env.AWS_ACCESS_KEY_ID as string, secretAccessKey: env.AWS_SECRET_ACCESS_KEY as string },
  });
}

async function createServices(ecs: ECSClient): Promise<void> {
  await ecs.send(new CreateClusterCommand({ clusterName: CLUSTER }));
  for (const { service } of SCENARIOS) {
    await ecs.send(new RegisterTaskDefinitionCommand({
      family: service,
      containerDefinitions: [{
        name: service, image: `registry.example/${service}:1`, memory: 256, essential: true,
        logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': `/ecs/${service}`, 'awslogs-region': 'us-east-1', 'awslogs-stream-prefix': 'ecs' } },
      }],
    }));
    await ecs.send(new CreateServiceCommand({
      cluster: CLUSTER, serviceName: service, taskDefinition: service, desiredCount: DESIRED,
      deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: true }, maximumPercent: 200, minimumHealthyPercent: 100 },
    }));
  }
}

/** The circuit breaker rolls back only to a deployment that COMPLETED, so the first rollouts must finish first. */
async function waitForSteadyServices(ecs: ECSClient, boundMs: number): Promise<void> {
  const until = Date.now() + boundMs;
  for (;;) {
    const out = await ecs.send(new DescribeServicesCommand({ cluster: CLUSTER, services: SCENARIOS.map((s) => s.service) }));
    if ((out.services ?? []).every((s) => s.deployments?.length === 1 && s.deployments[0]?.rolloutState === 'COMPLETED')) return;
    if (Date.now() > until) throw new Error(`services did not reach COMPLETED within ${boundMs} ms`);
    await sleep(200);
  }
}

async function waitForCall(sim: Simulator, operation: string, afterSeq: number, boundMs: number): Promise<RecordedCall> {
  const until = Date.now() + boundMs;
  for (;;) {
    const [call] = sim.control.calls({ service: 'ecs', operation, afterSeq });
    if (call) return call;
    if (Date.now() > until) throw new Error(`no ${operation} call within ${boundMs} ms`);
    await sleep(10);
  }
}

function rolloutEnds(sim: Simulator, service: string, deploymentId: string, since: number): Pick<Measurement, 'ourEnd' | 'rollbackCompletedAt'> {
  const record = sim.control.ecs.state().services.get(`${CLUSTER}/${service}`);
  const events = (record?.events ?? []).filter((e) => e.createdAt >= since).reverse();
  const ours = events.find((e) => e.message.includes(`(deployment ${deploymentId}) deployment `));
  const ourEnd = ours && { state: ours.message.includes('deployment completed.') ? 'COMPLETED' as const : 'FAILED' as const, at: ours.createdAt };
  const rollback = events.find((e) => /\(deployment \S+\) deployment completed\./.test(e.message) && !e.message.includes(deploymentId));
  return { ourEnd, rollbackCompletedAt: rollback?.createdAt };
}

async function measure(sim: Simulator, scenario: Scenario): Promise<Measurement> {
  const afterSeq = sim.control.calls().at(-1)?.seq ?? 0;
  // "new-deployments" rules apply to deployments created after this call: the one the action is about to start.
  sim.control.ecs.setScenario({ outcomes: scenario.outcomes }, { cluster: CLUSTER, service: scenario.service });
  const spawnedAt = Date.now();
  const ours = runAction({
    actionDir: ACTION_DIR,
    with: { cluster: CLUSTER, service: scenario.service, 'container-name': scenario.service, image: `registry.example/${scenario.service}:2`, timeout: '2m' },
    env: { ...sim.env(), AWS_ENDPOINT_URL: undefined, AWS_PROFILE: undefined, AWS_CONFIG_FILE: '/nonexistent', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent' },
    timeoutMs: 120_000,
  }).then((value) => ({ value, at: spawnedAt + (value.exitedAtMs ?? value.durationMs) }));
  const update = await waitForCall(sim, 'UpdateService', afterSeq, 30_000);
  // The peer starts where a pipeline would run it: right after the update-service that started the rollout.
  const peer = runAwsCli(['ecs', 'wait', 'services-stable', '--cluster', CLUSTER, '--services', scenario.service], sim.env(), { timeoutMs: 120_000 })
    .then((value) => ({ value, at: Date.now() }), (error: Error) => ({ error: error.message.split('\n')[0] ?? 'failed' }));
  const [oursDone, peerDone] = await Promise.all([ours, peer]);
  await oursDone.value.dispose();
  const deploymentId = oursDone.value.outputs['deployment-id'] ?? '';
  return { scenario, update, ours: oursDone, peer: peerDone, ...rolloutEnds(sim, scenario.service, deploymentId, update.simTime) };
}

const seconds = (ms: number): string => `${ms >= 0 ? '+' : ''}${(ms / 1000).toFixed(1)} s`;

function row(m: Measurement, simMinusReal: number): { line: string; targetMet: boolean; rightVerdict: boolean } {
  const real = (simMs: number) => simMs - simMinusReal;
  const ends = m.ourEnd ? `${m.ourEnd.state} ${seconds(m.ourEnd.at - m.update.simTime)}` : 'not seen';
  const rollback = m.rollbackCompletedAt === undefined ? '' : `; rollback COMPLETED ${seconds(m.rollbackCompletedAt - m.update.simTime)}`;
  const oursResult = m.ours.value.outputs.result ?? `(no result; exit ${m.ours.value.exitCode})`;
  const oursRight = (m.ours.value.conclusion === 'success') === (m.scenario.expected === 'success');
  const oursDelay = m.ourEnd ? real(m.ourEnd.at) : undefined;
  const oursCell = `${oursResult} (step ${m.ours.value.conclusion}) ${oursRight ? '✅' : '❌'}, ` +
    (oursDelay === undefined ? 'n/a' : `${seconds(m.ours.at - oursDelay)} after ${m.ourEnd?.state}`);
  let peerCell: string;
  if ('error' in m.peer) {
    peerCell = `not measured: ${m.peer.error}`;
  } else {
    const verdict = m.peer.value.code === 0 ? 'success' : `failure (exit ${m.peer.value.code})`;
    const right = (m.peer.value.code === 0) === (m.scenario.expected === 'success');
    // services-stable can only hold once a single deployment is left: after the rollback, when there is one.
    const end = m.rollbackCompletedAt ?? (m.ourEnd?.state === 'COMPLETED' ? m.ourEnd.at : undefined);
    const label = m.rollbackCompletedAt !== undefined ? 'rollback COMPLETED' : 'COMPLETED';
    peerCell = `${verdict} ${right ? '✅' : '❌'}, ` + (end === undefined ? 'n/a' : `${seconds(m.peer.at - real(end))} after ${label}`);
  }
  const targetMet = oursRight && oursDelay !== undefined && (m.ours.at - oursDelay) / 1000 <= TARGET_DELAY_S;
  return { line: `| ${m.scenario.name} | ${ends}${rollback} | ${oursCell} | ${peerCell} |`, targetMet, rightVerdict: oursRight };
}

async function main(): Promise<void> {
  const sim = await startSimulator({ clockSpeed: 1, startTime: Date.now() });
  const ecs = ecsClient(sim);
  try {
    sim.control.ecs.setScenario({ timings: { provisioningMs: 1_000, pendingMs: 1_500, stoppingMs: 1_000, steadyStateMs: 2_000 } });
    await createServices(ecs);
    await waitForSteadyServices(ecs, 30_000);
    const simMinusReal = sim.control.clock.now() - Date.now();
    const rows: Array<{ line: string; targetMet: boolean; rightVerdict: boolean }> = [];
    for (const scenario of SCENARIOS) {
      const m = await measure(sim, scenario);
      rows.push(row(m, simMinusReal));
      if (!m.ourEnd) console.error(`${scenario.name}: the simulator recorded no end of our deployment; action log tail:\n${m.ours.value.log.split('\n').slice(-20).join('\n')}`);
    }
    console.log(`ecs-verdict: ${DESIRED} tasks, circuit breaker with rollback, simulator at clockSpeed 1 (times are real seconds; "+x s" in`);
    console.log('"rollout ends" is after the UpdateService call; delays are from that end to the process exit with a verdict)');
    console.log('| scenario | rollout ends at | ours: verdict, delay | awscli services-stable: verdict, delay |');
    console.log('| --- | --- | --- | --- |');
    for (const r of rows) console.log(r.line);
    const blueGreen = await blueGreenRows(sim, ecs, CLUSTER, ACTION_DIR);
    console.log('');
    console.log('Blue/green: ecs-deploy, awscli\'s waiter on the same rollout, and the official amazon-ecs-deploy-task-definition');
    console.log('(PEER_ECS_DIST: its checkout, run in place; it deploys the next revision of the same service afterwards)');
    console.log('| scenario | rollout ends at | ours: verdict, delay | awscli waiter: verdict, delay | official action: verdict, delay |');
    console.log('| --- | --- | --- | --- | --- |');
    for (const r of blueGreen) console.log(r.line);
    rows.push(...blueGreen);
    console.log(`target (ours: right verdict within ${TARGET_DELAY_S} s): ${rows.map((r) => (r.targetMet ? 'met' : 'NOT met')).join(', ')}`);
    // Exit 1: ours gave a wrong verdict (a functional failure). Exit 3: right verdicts, but a delay over the target,
    // which a loaded machine can cause: a figure to report, not a broken build.
    if (!rows.every((r) => r.rightVerdict)) process.exitCode = 1;
    else if (!rows.every((r) => r.targetMet)) process.exitCode = 3;
  } finally {
    ecs.destroy();
    await sim.stop();
  }
}

await main();
