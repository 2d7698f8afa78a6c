import { describe, expect, it } from '@jest/globals';
import { type Clock, ManualClock, systemClock } from './clock.js';
import { MemoryLogger } from './logger.js';
import { actionClock, fastClock } from './test-clock.js';

const SIM = 'http://127.0.0.1:43121';
const SERVICES = ['ECS', 'CLOUDWATCH_LOGS'];
const loopback = { AWS_ENDPOINT_URL_ECS: SIM, AWS_ENDPOINT_URL_CLOUDWATCH_LOGS: SIM };

function clockOf(env: NodeJS.ProcessEnv, services: readonly string[] = SERVICES): { clock: Clock; warnings: string[] } {
  const logger = new MemoryLogger();
  return { clock: actionClock(env, logger, services), warnings: logger.lines.filter((l) => l.level === 'warning').map((l) => l.message) };
}

/** A base clock that records the real sleeps asked of it. */
class RecordingClock extends ManualClock {
  readonly slept: number[] = [];
  override async sleep(ms: number): Promise<void> {
    this.slept.push(ms);
    await super.sleep(ms);
  }
}

describe('fastClock', () => {
  it('advances `speed` ms per ms of its base from its creation, and sleeps 1/speed of the asked time', async () => {
    const base = new RecordingClock(5_000);
    const clock = fastClock(10, base);
    expect(clock.now()).toBe(5_000);
    base.advance(100);
    expect(clock.now()).toBe(6_000);
    await clock.sleep(2_000);
    expect(base.slept).toEqual([200]);
    expect(clock.now()).toBe(8_000);
  });
});

describe('PLATFORM_ACTIONS_TEST_CLOCK_SPEED', () => {
  it.each([
    ['both services on 127.0.0.1', loopback],
    ['AWS_ENDPOINT_URL on localhost', { AWS_ENDPOINT_URL: 'http://localhost:4566' }],
    ['IPv6 loopback', { AWS_ENDPOINT_URL: 'http://[::1]:4566' }],
    ['another 127/8 address', { AWS_ENDPOINT_URL_ECS: 'http://127.0.0.2:1', AWS_ENDPOINT_URL_CLOUDWATCH_LOGS: 'https://127.1.2.3' }],
  ])('runs the clock faster against %s, without a word', (_case, endpoints) => {
    const { clock, warnings } = clockOf({ ...endpoints, PLATFORM_ACTIONS_TEST_CLOCK_SPEED: '100' });
    expect(warnings).toEqual([]);
    expect(clock).toMatchObject({ speed: 100 });
  });

  it('is the system clock when unset, empty or 1, without a word', () => {
    expect(clockOf(loopback)).toEqual({ clock: systemClock, warnings: [] });
    expect(clockOf({ ...loopback, PLATFORM_ACTIONS_TEST_CLOCK_SPEED: '' })).toEqual({ clock: systemClock, warnings: [] });
    expect(clockOf({ ...loopback, PLATFORM_ACTIONS_TEST_CLOCK_SPEED: '1' })).toEqual({ clock: systemClock, warnings: [] });
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
    expect(clockOf({ ...endpoints, PLATFORM_ACTIONS_TEST_CLOCK_SPEED: '10' })).toEqual({
      clock: systemClock, warnings: ['PLATFORM_ACTIONS_TEST_CLOCK_SPEED is ignored: it is a test setting, honoured only when every AWS service the action calls has a loopback endpoint'],
    });
  });

  it('is ignored for an action that names no service', () => {
    expect(clockOf({ AWS_ENDPOINT_URL: SIM, PLATFORM_ACTIONS_TEST_CLOCK_SPEED: '10' }, []).clock).toBe(systemClock);
  });

  it.each(['0', '101', '60000', '-5', '1.5', '10x', ' 10', 'fast'])('refuses %p with a warning', (value) => {
    expect(clockOf({ ...loopback, PLATFORM_ACTIONS_TEST_CLOCK_SPEED: value })).toEqual({
      clock: systemClock, warnings: ['PLATFORM_ACTIONS_TEST_CLOCK_SPEED is ignored: expected a whole number from 1 to 100'],
    });
  });
});
