import { describe, expect, it } from '@jest/globals';
import type { ActionResult } from '../harness/index.js';
import { forgedCommands, HOSTILE_BLOCK, HOSTILE_TEXTS } from '../support/hostile.js';
import { image, revisionArn, theError, useEcsDeployFixture } from './ecs-fixtures.js';

// The dist against the simulator, with hostile text in each source of outside text ecs-deploy prints: a crashing
// container's log lines, a stopped reason, and service event messages. The runner (the harness) must process
// none of it as a command, and the action's own failure annotation must still be there.
const fx = useEcsDeployFixture({ seed: 47 });

const runnerLines = (texts: readonly string[]): string[] => texts.flatMap((text) => text.split(/\r\n|\r|\n/));

function expectOnlyOwnCommands(result: ActionResult): void {
  const own = theError(result);
  expect(own).toMatch(/^ecs-deploy (failed|rolled-back): api in prod, api:1 → api:2 /);
  // The action's annotation carries the diagnosis, hostile lines included, escaped into one command line.
  expect(forgedCommands(result.commands).filter((c) => !(c.name === 'error' && c.data === own))).toEqual([]);
  expect(result.annotations.map((a) => a.level)).toEqual(['error']);
  expect(result.masks).toEqual([]);
  expect(result.state).toEqual({});
  expect(Object.keys(result.outputs).sort()).toEqual(['deployment-id', 'previous-task-definition-arn', 'result', 'rollout-state', 'task-definition-arn']);
  expect(result.outputs['task-definition-arn']).toBe(revisionArn(2));
}

function expectVisible(shown: string, texts: readonly string[]): void {
  for (const line of runnerLines(texts)) expect(shown).toContain(line);
}

describe('ecs-deploy dist: outside text never becomes a workflow command', () => {
  it('a crashing container whose log lines are hostile', async () => {
    await fx.startService({ circuitBreaker: { rollback: true } });
    fx.setOutcomes([{ outcome: 'crash', afterMs: 2_000, logLines: [...HOSTILE_TEXTS], logIntervalMs: 100 }], { steadyStateMs: 30_000 });
    const result = await fx.deploy({ image: image('v2') });
    expect(result.conclusion).toBe('failure');
    expectOnlyOwnCommands(result);
    expect(theError(result)).toContain('EssentialContainerExited — Essential container in task exited');
    expectVisible(result.log, HOSTILE_TEXTS);
    expect(result.log).toContain('    | ::stop-commands::forged-stop');
    expectVisible(result.summary, HOSTILE_TEXTS);
  });

  it('a task that fails to start with a hostile stopped reason', async () => {
    await fx.startService({ circuitBreaker: { rollback: true } });
    fx.setOutcomes([{ outcome: 'fail-to-start', reason: HOSTILE_BLOCK }]);
    const result = await fx.deploy({ image: image('v2') });
    expect(result.conclusion).toBe('failure');
    expectOnlyOwnCommands(result);
    expect(theError(result)).toContain('TaskFailedToStart — ERROR');
    expectVisible(result.log, HOSTILE_TEXTS);
  });

  it('service events with hostile messages, streamed while waiting and in the diagnosis', async () => {
    await fx.startService();
    fx.setOutcomes([{ outcome: 'unplaceable', retryMs: 5_000, reason: HOSTILE_BLOCK }]);
    const result = await fx.deploy({ image: image('v2') });
    expect(result.conclusion).toBe('failure');
    expectOnlyOwnCommands(result);
    expect(theError(result)).toContain('unable to place a task (fail-fast)');
    expect(result.log).toMatch(/^event \S+ \(service api\) was unable to place a task because no container instance met all of its requirements\. ERROR$/m);
    expectVisible(result.log, HOSTILE_TEXTS);
    expect(result.summary).toContain('#### Service events');
  });
});
