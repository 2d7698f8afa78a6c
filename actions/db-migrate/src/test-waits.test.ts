import { describe, expect, it } from '@jest/globals';
import { ManualClock } from '../../common/src/clock.js';
import { MemoryLogger } from '../../common/src/logger.js';
import type { EcsApi } from './aws.js';
import { testWaits } from './test-waits.js';
import { waitForTask } from './wait.js';

const SIM = 'http://127.0.0.1:43121';
const loopback = { AWS_ENDPOINT_URL_ECS: SIM, AWS_ENDPOINT_URL_CLOUDWATCH_LOGS: SIM };

function waitsOf(env: NodeJS.ProcessEnv) {
  const logger = new MemoryLogger();
  return { timings: testWaits(env, logger), warnings: logger.lines.filter((l) => l.level === 'warning').map((l) => l.message) };
}

describe('DB_MIGRATE_TEST_WAITS_MS', () => {
  it.each([
    ['both services on 127.0.0.1', loopback],
    ['AWS_ENDPOINT_URL on localhost', { AWS_ENDPOINT_URL: 'http://localhost:4566' }],
    ['IPv6 loopback', { AWS_ENDPOINT_URL: 'http://[::1]:4566' }],
    ['another 127/8 address', { AWS_ENDPOINT_URL_ECS: 'http://127.0.0.2:1', AWS_ENDPOINT_URL_CLOUDWATCH_LOGS: 'https://127.1.2.3' }],
  ])('shortens the polls and the late-events window against %s', (_case, endpoints) => {
    expect(waitsOf({ ...endpoints, DB_MIGRATE_TEST_WAITS_MS: '100' })).toEqual({ timings: { taskPollMs: 100, logPollMs: 100, lateEventsMs: 100 }, warnings: [] });
  });

  it('is nothing when unset or empty, without a word', () => {
    expect(waitsOf(loopback)).toEqual({ timings: {}, warnings: [] });
    expect(waitsOf({ ...loopback, DB_MIGRATE_TEST_WAITS_MS: '' })).toEqual({ timings: {}, warnings: [] });
  });

  // A production run reaches AWS itself: the setting must not change it, and the warning says why.
  it.each([
    ['no endpoint (real AWS)', {}],
    ['ECS on AWS, Logs on loopback', { AWS_ENDPOINT_URL_CLOUDWATCH_LOGS: SIM }],
    ['Logs on AWS, ECS on loopback', { AWS_ENDPOINT_URL_ECS: SIM }],
    ['a look-alike host', { AWS_ENDPOINT_URL: 'http://127.0.0.1.example.com' }],
    ['localhost as a subdomain', { AWS_ENDPOINT_URL: 'https://localhost.attacker.example' }],
    ['a private address', { AWS_ENDPOINT_URL: 'http://10.0.0.5:4566' }],
    ['not a URL', { AWS_ENDPOINT_URL: '127.0.0.1' }],
    ['configured endpoints ignored by the SDK', { ...loopback, AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'true' }],
  ])('is ignored with a warning for %s', (_case, endpoints) => {
    expect(waitsOf({ ...endpoints, DB_MIGRATE_TEST_WAITS_MS: '100' })).toEqual({
      timings: {}, warnings: ['DB_MIGRATE_TEST_WAITS_MS is ignored: it is a test setting, honoured only against loopback ECS and CloudWatch Logs endpoints'],
    });
  });

  // It can only shorten: the longest fixed wait it replaces is 1 s of polling.
  it.each(['0', '1001', '60000', '-5', '1.5', '100ms', ' 100', 'fast'])('refuses %p with a warning', (value) => {
    expect(waitsOf({ ...loopback, DB_MIGRATE_TEST_WAITS_MS: value })).toEqual({
      timings: {}, warnings: ['DB_MIGRATE_TEST_WAITS_MS is ignored: expected whole milliseconds from 1 to 1000'],
    });
  });

  it('accepts the bounds', () => {
    expect(waitsOf({ ...loopback, DB_MIGRATE_TEST_WAITS_MS: '1' }).timings).toEqual({ taskPollMs: 1, logPollMs: 1, lateEventsMs: 1 });
    expect(waitsOf({ ...loopback, DB_MIGRATE_TEST_WAITS_MS: '1000' }).timings).toEqual({ taskPollMs: 1000, logPollMs: 1000, lateEventsMs: 1000 });
  });
});

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
