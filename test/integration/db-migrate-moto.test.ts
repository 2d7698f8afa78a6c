import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { CreateClusterCommand, DescribeTasksCommand, ECSClient, ListTasksCommand, RegisterTaskDefinitionCommand } from '@aws-sdk/client-ecs';
import { fileURLToPath } from 'node:url';
import { type ActionResult, runAction } from '../harness/index.js';
import { motoOnlyEnv, startMoto, type MotoServer } from '../support/moto.js';

// db-migrate's dist against moto, an ECS we did not write: the RunTask it builds (command override, startedBy,
// clientToken, launch type) must be accepted. moto's tasks never stop by themselves (they stay RUNNING with no
// exit code), which makes it a real test of the timeout path: the step must fail clearly and stop the task.
// moto 5 walks a task one status further on each DescribeTasks (… STOPPED, with no stopCode); its state manager holds
// tasks where RunTask left them instead: RUNNING, the container PENDING (with exitCode 0, which must not count).

jest.setTimeout(90_000);

const actionDir = fileURLToPath(new URL('../../actions/db-migrate', import.meta.url));
let moto: MotoServer;
let ecs: ECSClient;

async function migrate(inputs: Record<string, string>): Promise<ActionResult> {
  const result = await runAction({ actionDir, with: { cluster: 'prod', ...inputs }, env: motoOnlyEnv(moto), timeoutMs: 60_000 });
  await result.dispose();
  return result;
}

beforeAll(async () => {
  moto = await startMoto();
  ecs = new ECSClient({ endpoint: moto.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } });
  const hold = await fetch(`${moto.endpoint}/moto-api/state-manager/set-transition`, {
    method: 'POST', body: JSON.stringify({ model_name: 'ecs::task', transition: { progression: 'manual', times: 1_000_000 } }),
  });
  expect(hold.status).toBe(201);
  await ecs.send(new CreateClusterCommand({ clusterName: 'prod' }));
  await ecs.send(new RegisterTaskDefinitionCommand({
    family: 'migrate', networkMode: 'bridge',
    containerDefinitions: [{
      name: 'app', image: 'registry.example/app:1', memory: 256, essential: true, command: ['serve'],
      logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': '/ecs/migrate', 'awslogs-region': 'us-east-1', 'awslogs-stream-prefix': 'ecs' } },
    }],
  }));
}, 60_000);

afterAll(async () => {
  ecs?.destroy();
  await moto?.stop();
}, 30_000);

describe('db-migrate dist against moto', () => {
  it('gets RunTask with the command override accepted; a task that never ends times out clearly and is stopped', async () => {
    const result = await migrate({ 'task-definition': 'migrate', 'launch-type': 'FARGATE', command: 'bin/migrate up', 'environment-variables': 'RELEASE=abc', timeout: '6s' });
    const errors = result.annotations.filter((a) => a.level === 'error').map((a) => a.message);
    const taskArn = result.outputs['task-arn'] as string;
    expect(taskArn).toMatch(/^arn:aws:ecs:us-east-1:\d{12}:task\/prod\/\w+/);
    const described = await ecs.send(new DescribeTasksCommand({ cluster: 'prod', tasks: [taskArn] }));
    const task = described.tasks?.[0];
    expect(task?.overrides?.containerOverrides?.[0]).toMatchObject({ name: 'app', command: ['sh', '-c', 'bin/migrate up'], environment: [{ name: 'RELEASE', value: 'abc' }] });
    expect(task?.startedBy).toBe('platform-actions/db-migrate');

    expect(result.conclusion).toBe('failure');
    expect(result.outputs.result).toBe('timed-out');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^db-migrate timed-out: the task was still running at the timeout \(timeout 6s\); the task was stopped$/m);
    expect(result.outputs['exit-code']).toBe('');
    expect(task?.desiredStatus).toBe('STOPPED');
    const running = await ecs.send(new ListTasksCommand({ cluster: 'prod', family: 'migrate', desiredStatus: 'RUNNING' }));
    expect(running.taskArns ?? []).toEqual([]);
    expect(result.log).toContain('StopTask sent for');
  });
});
