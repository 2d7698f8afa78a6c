import { describe, expect, it } from '@jest/globals';
import { ManualClock } from '../../common/src/clock.js';
import { MemoryLogger } from '../../common/src/logger.js';
import type { LogEventPage, LogsApi } from '../../common/src/logs.js';
import { LogFollower } from './log-follower.js';

/**
 * A stream as CloudWatch serves it: an event is readable from `visibleAt` (ingestion lags the write), pages hold at
 * most `pageSize` events, and the forward token names the position after the last event returned.
 */
class FakeStream implements Pick<LogsApi, 'page'> {
  readonly events: Array<{ timestamp: number; message: string; visibleAt: number }> = [];
  calls = 0;
  createdAt = 0;
  failNext = 0;

  constructor(private readonly clock: ManualClock, private readonly pageSize = 100) {}

  add(count: number, from: number, every: number, prefix = 'line', visibleAfter = 200): void {
    const start = this.events.length;
    for (let i = 0; i < count; i++) this.events.push({ timestamp: from + i * every, message: `${prefix} ${start + i + 1}`, visibleAt: from + i * every + visibleAfter });
  }

  async page(_group: string, _stream: string, token: string | undefined): Promise<LogEventPage> {
    this.calls += 1;
    // A real call takes a turn of the event loop; without one the follower's loop would never let the test run.
    await new Promise((resolve) => setImmediate(resolve));
    if (this.failNext > 0) {
      this.failNext -= 1;
      throw Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' });
    }
    if (this.clock.now() < this.createdAt) throw Object.assign(new Error('The specified log stream does not exist.'), { name: 'ResourceNotFoundException' });
    const from = token ? Number(token.slice(2)) : 0;
    const visible = this.events.filter((e) => e.visibleAt <= this.clock.now());
    const page = visible.slice(from, from + this.pageSize);
    return { events: page.map(({ timestamp, message }) => ({ timestamp, message })), nextForwardToken: `f/${from + page.length}` };
  }
}

async function until(predicate: () => boolean): Promise<void> {
  for (let turns = 0; !predicate(); turns++) {
    if (turns > 100_000) throw new Error('condition never met');
    await new Promise((resolve) => setImmediate(resolve));
  }
}

function follower(stream: FakeStream, clock: ManualClock, maxPrinted = 1_000_000) {
  const printed: Array<{ line: string; at: number }> = [];
  const logger = new MemoryLogger();
  const f = new LogFollower(stream, { group: 'g', stream: 's', maxPrinted, pollMs: 1000, lateEventsMs: 2000, print: (line) => printed.push({ line, at: clock.now() }) }, clock, logger);
  return { f, printed, logger };
}

describe('LogFollower', () => {
  it('prints every line once, in order, within a poll of its arrival, and drains what the stopped task left', async () => {
    const clock = new ManualClock(0);
    const stream = new FakeStream(clock);
    stream.createdAt = 3000; // the stream appears once the container has written
    stream.add(2500, 3000, 4); // 2,500 lines over 10 s: more than a page per poll
    const { f, printed, logger } = follower(stream, clock);
    f.start();
    await until(() => clock.now() >= 13_000);
    // The task stops at 13 s; its last lines become readable only later (late ingestion).
    stream.add(50, 13_000, 1, 'late', 1500);
    const stats = await f.finish();
    expect(printed.map((p) => p.line)).toEqual([...Array.from({ length: 2500 }, (_, i) => `line ${i + 1}`), ...Array.from({ length: 50 }, (_, i) => `late ${2501 + i}`)]);
    expect(stats).toMatchObject({ lines: 2550, printed: 2550 });
    expect(stats.tail).toHaveLength(20);
    expect(stats.tail.at(-1)).toBe('late 2550');
    // While running: at most one poll interval (1 s) plus the ingestion delay behind the write.
    const lags = printed.slice(0, 2500).map((p, i) => p.at - (3000 + i * 4));
    expect(Math.max(...lags)).toBeLessThanOrEqual(1000 + 200 + 100);
    expect(stats.lagMs?.max).toBeGreaterThan(0);
    expect(logger.text('warning')).toBe('');
  });

  it('caps printed lines but counts them all and keeps the tail', async () => {
    const clock = new ManualClock(0);
    const stream = new FakeStream(clock);
    stream.add(120, 0, 1, 'line', 0);
    const { f, printed } = follower(stream, clock, 10);
    const stats = await f.finish();
    expect(printed.map((p) => p.line)).toEqual(Array.from({ length: 10 }, (_, i) => `line ${i + 1}`));
    expect(stats).toMatchObject({ lines: 120, printed: 10 });
    expect(stats.tail[0]).toBe('line 101');
  });

  it('keeps going through read failures, warns once they persist, and loses nothing', async () => {
    const clock = new ManualClock(0);
    const stream = new FakeStream(clock);
    stream.add(30, 0, 10, 'line', 0);
    stream.failNext = 6;
    const { f, printed, logger } = follower(stream, clock);
    f.start();
    await until(() => stream.calls >= 8);
    const stats = await f.finish();
    expect(printed).toHaveLength(30);
    expect(stats.problem).toBeUndefined();
    expect(logger.text('warning')).toContain('could not read log stream s: Rate exceeded (5 times in a row; still trying)');
  });
});
