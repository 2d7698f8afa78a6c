import { describe, expect, it } from '@jest/globals';
import { ManualClock } from './clock.js';
import { MemoryLogger } from './logger.js';
import type { TaskDefinitionTag } from './ecs-types.js';
import { type RegisterApi, registerOnce, RUN_TAG } from './register.js';
import type { JsonObject } from './taskdef.js';

const ARN = (n: number) => `arn:aws:ecs:us-east-1:123456789012:task-definition/api:${n}`;
const DEFINITION: JsonObject = {
  family: 'api', networkMode: 'awsvpc',
  containerDefinitions: [{ name: 'api', image: 'repo/api:2', essential: true }],
  tags: [{ key: 'team', value: 'payments' }, { key: RUN_TAG, value: 'copied-from-the-source-revision' }],
};

type Fault = 'http503' | 'reset' | 'throttle' | 'client-error';

const errorOf = (fault: Fault): Error => ({
  http503: Object.assign(new Error('Service Unavailable'), { name: 'ServerException', $metadata: { httpStatusCode: 503 } }),
  reset: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }),
  throttle: Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException', $metadata: { httpStatusCode: 400 } }),
  'client-error': Object.assign(new Error('Too many concurrent attempts'), { name: 'ClientException', $metadata: { httpStatusCode: 400 } }),
})[fault];

/**
 * ECS's revisions of one family. Each scripted fault fails one call, either before ECS acts (`before`) or after it
 * registered (`after`: the response is lost, the case the check before a retry exists for).
 */
class FakeRegistry implements RegisterApi {
  readonly revisions: Array<{ arn: string; definition: JsonObject; tags: TaskDefinitionTag[] }> = [
    { arn: ARN(1), definition: { ...DEFINITION, containerDefinitions: [{ name: 'api', image: 'repo/api:1' }], tags: [] }, tags: [] },
  ];
  calls = 0;
  faults: Array<{ fault: Fault; when: 'before' | 'after' }> = [];

  async registerTaskDefinition(definition: JsonObject, signal?: AbortSignal) {
    this.calls += 1;
    if (signal?.aborted) throw Object.assign(new Error('Request aborted'), { name: 'AbortError' });
    const next = this.faults.shift();
    if (next?.when === 'before') throw errorOf(next.fault);
    const { tags = [], ...content } = definition;
    const arn = ARN(this.revisions.length + 1);
    // Describe output: ECS's own fields added, tags apart from the definition.
    this.revisions.push({ arn, definition: { ...content, taskDefinitionArn: arn, revision: this.revisions.length + 1, status: 'ACTIVE' }, tags: tags as TaskDefinitionTag[] });
    if (next?.when === 'after') throw errorOf(next.fault);
    return arn;
  }

  async describeTaskDefinition(ref: string) {
    const found = ref === 'api' ? this.revisions.at(-1) : this.revisions.find((r) => r.arn === ref);
    if (!found) throw new Error(`no ${ref}`);
    return found;
  }
}

function setup() {
  const ecs = new FakeRegistry();
  const logger = new MemoryLogger();
  const clock = new ManualClock(0);
  const register = (signal?: AbortSignal, step?: string) => registerOnce(DEFINITION, 'run-42', { ecs, clock, logger, random: () => 0.5, signal }, step);
  return { ecs, logger, clock, register };
}

describe('registerOnce', () => {
  it('registers once, tagged with the run (replacing a run tag copied from the source revision)', async () => {
    const s = setup();
    expect(await s.register()).toBe(ARN(2));
    expect(s.ecs.calls).toBe(1);
    expect(s.ecs.revisions[1]?.tags).toEqual([{ key: 'team', value: 'payments' }, { key: RUN_TAG, value: 'run-42' }]);
  });

  it.each(['http503', 'reset'] as const)('after a %s that came once ECS had registered, finds that revision and does not register twice', async (fault) => {
    const s = setup();
    s.ecs.faults = [{ fault, when: 'after' }];
    expect(await s.register()).toBe(ARN(2));
    expect(s.ecs.calls).toBe(1);
    expect(s.ecs.revisions).toHaveLength(2);
    expect(s.logger.text('info')).toContain(`${ARN(2)} carries this run's ${RUN_TAG} tag and the same content: it is this run's registration`);
  });

  it.each(['http503', 'reset', 'throttle'] as const)('after a %s before ECS acted, registers again, once', async (fault) => {
    const s = setup();
    s.ecs.faults = [{ fault, when: 'before' }];
    expect(await s.register()).toBe(ARN(2));
    expect(s.ecs.calls).toBe(2);
    expect(s.ecs.revisions).toHaveLength(2);
    expect(s.clock.now()).toBe(750);
  });

  it('registers again when the newest revision is another run\'s, or has other content', async () => {
    const s = setup();
    s.ecs.revisions.push({ arn: ARN(2), definition: { ...DEFINITION, tags: [] }, tags: [{ key: RUN_TAG, value: 'run-41' }] });
    s.ecs.faults = [{ fault: 'http503', when: 'before' }];
    expect(await s.register()).toBe(ARN(3));
    const t = setup();
    t.ecs.revisions.push({ arn: ARN(2), definition: { family: 'api', containerDefinitions: [{ name: 'api', image: 'repo/api:9' }] }, tags: [{ key: RUN_TAG, value: 'run-42' }] });
    t.ecs.faults = [{ fault: 'reset', when: 'before' }];
    expect(await t.register()).toBe(ARN(3));
  });

  it('throws a failure that cannot be retried at once, naming the step', async () => {
    const s = setup();
    s.ecs.faults = [{ fault: 'client-error', when: 'before' }];
    await expect(s.register()).rejects.toThrow('Could not register task definition for family api: ClientException: Too many concurrent attempts');
    await expect(setup().register(undefined, 'Could not register a revision with image x')).resolves.toBe(ARN(2));
    const t = setup();
    t.ecs.faults = [{ fault: 'client-error', when: 'before' }];
    await expect(t.register(undefined, 'Could not register a revision with image x')).rejects.toThrow(/^Could not register a revision with image x: ClientException/);
    expect(t.ecs.calls).toBe(1);
  });

  it('gives up after four attempts', async () => {
    const s = setup();
    s.ecs.faults = Array.from({ length: 4 }, () => ({ fault: 'http503' as const, when: 'before' as const }));
    await expect(s.register()).rejects.toThrow('Could not register task definition for family api: ServerException: Service Unavailable');
    expect(s.ecs.calls).toBe(4);
  });

  it('makes no further attempt once the signal is aborted', async () => {
    const s = setup();
    const cancel = new AbortController();
    s.ecs.faults = [{ fault: 'http503', when: 'before' }];
    const original = s.ecs.registerTaskDefinition.bind(s.ecs);
    s.ecs.registerTaskDefinition = async (definition, signal) => {
      const out = original(definition, signal);
      cancel.abort();
      return out;
    };
    await expect(s.register(cancel.signal)).rejects.toThrow('Service Unavailable');
    expect(s.ecs.calls).toBe(1);
  });
});
