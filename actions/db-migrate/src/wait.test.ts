import { describe, expect, it } from '@jest/globals';
import { ManualClock } from '../../common/src/clock.js';
import { MemoryLogger } from '../../common/src/logger.js';
import type { EcsApi } from './aws.js';
import { waitForTask } from './wait.js';

describe('waitForTask firstPollMs', () => {
  /** When (clock ms after the start) each DescribeTasks was sent, for a task that is STOPPED from 3 s on. */
  async function pollTimes(firstPollMs?: number): Promise<number[]> {
    const clock = new ManualClock(0);
    const at: number[] = [];
    const ecs = {
      async describeTasks() {
        at.push(clock.now());
        return [{ taskArn: 't', lastStatus: clock.now() >= 3000 ? 'STOPPED' : 'RUNNING' }];
      },
    } as unknown as EcsApi;
    await waitForTask({ cluster: 'c', taskArn: 't', startDeadline: 60_000, runDeadline: 60_000, firstPollMs }, { ecs, clock, logger: new MemoryLogger() });
    return at;
  }

  it('backs off from the given first wait, and from 1 s without one', async () => {
    expect(await pollTimes(100)).toEqual([0, 100, 250, 475, 812.5, 1318.75, 2078.125, 3217.1875]);
    expect(await pollTimes()).toEqual([0, 1000, 2500, 4750]);
  });
});
