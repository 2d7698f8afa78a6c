import { describe, expect, it } from '@jest/globals';
import { withSimulator } from '../../../test/sim/sdk-env.js';
import { createLogsApi } from '../../common/src/logs.js';
import { createEcsApi } from './aws.js';

// The adapters against the simulator: a signal must end a call and the SDK's retries between attempts, which is
// what bounds the cancel path (a throttled call is otherwise retried for tens of seconds).
const aws = withSimulator();

async function settleTime(call: Promise<unknown>): Promise<{ ms: number; error: unknown }> {
  const started = Date.now();
  const error = await call.then(() => undefined, (e: unknown) => e);
  return { ms: Date.now() - started, error };
}

describe('ecs-deploy AWS adapters honour an abort signal', () => {
  it('stoppedTasks: ListTasks throttled without end stops at the signal', async () => {
    aws.sim.control.reset();
    aws.sim.control.faults.add({ kind: 'throttle', service: 'ecs', operation: 'ListTasks', count: 1000 });
    const { ms, error } = await settleTime(createEcsApi('us-east-1').stoppedTasks('prod', 'api', 'arn', 3, AbortSignal.timeout(300)));
    expect(error).toMatchObject({ name: expect.stringMatching(/AbortError|TimeoutError/) });
    expect(ms).toBeLessThan(1_500);
    expect(aws.sim.control.calls({ operation: 'ListTasks' }).length).toBeLessThan(8);
  });

  it('describeService and updateService: a slow answer is not waited for', async () => {
    aws.sim.control.reset();
    aws.sim.control.faults.add({ kind: 'slow', service: 'ecs', delayMs: 5_000, count: 2 });
    const api = createEcsApi('us-east-1');
    for (const call of [api.describeService('prod', 'api', AbortSignal.timeout(200)), api.updateService({ cluster: 'prod', service: 'api' }, AbortSignal.timeout(200))]) {
      const { ms, error } = await settleTime(call);
      expect(String(error)).toMatch(/abort/i);
      expect(ms).toBeLessThan(1_500);
    }
  });

  it('tail: GetLogEvents throttled without end stops at the signal', async () => {
    aws.sim.control.reset();
    aws.sim.control.faults.add({ kind: 'throttle', service: 'logs', operation: 'GetLogEvents', count: 1000 });
    const { ms, error } = await settleTime(createLogsApi('ecs-deploy').forRegion('us-east-1').tail('/ecs/api', 'ecs/api/1', 30, AbortSignal.timeout(300)));
    expect(error).toBeDefined();
    expect(ms).toBeLessThan(1_500);
  });
});
