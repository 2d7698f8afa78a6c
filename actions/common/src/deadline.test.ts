import { describe, expect, it } from '@jest/globals';
import { type Clock, ManualClock, systemClock } from './clock.js';
import { CANCEL_WINDOW, CancelClock, DeadlineError, signalAt, withinDeadline } from './deadline.js';

const never = <T>(): Promise<T> => new Promise<T>(() => undefined);
const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const aborted = (signal: AbortSignal) => new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true }));
/** Real timers, but the time they count from is read from `now`: a test moves it to any point of the window. */
const clockAt = (now: () => number): Clock => ({ now, sleep: systemClock.sleep });

describe('CANCEL_WINDOW', () => {
  it('ends every mark before the runner\'s SIGTERM, in the order the cancel paths use them', () => {
    const { sigtermMs, budgetMs, multipartGraceMs, runTaskGraceMs, stopTaskMs, stoppedByMs, reportMs } = CANCEL_WINDOW;
    expect(sigtermMs).toBe(7_500);
    // An undo (AbortMultipartUpload, StopTask) comes after the grace of the call it undoes, within its own mark.
    expect(multipartGraceMs).toBeLessThan(budgetMs);
    expect(runTaskGraceMs).toBeLessThan(stopTaskMs);
    // db-migrate: stop, then see it STOPPED, then read the last log lines, then report before SIGTERM.
    expect(stopTaskMs).toBeLessThan(stoppedByMs);
    expect(stoppedByMs).toBeLessThan(reportMs);
    expect(reportMs).toBeLessThan(sigtermMs);
    expect(budgetMs).toBeLessThan(sigtermMs);
  });
});

describe('CancelClock.afterCancel', () => {
  it('never fires without a cancel', async () => {
    const none = new CancelClock(undefined).afterCancel(10);
    await tick(40);
    expect(none.signal.aborted).toBe(false);
    const quiet = new AbortController();
    const stillQuiet = new CancelClock(quiet.signal).afterCancel(10);
    await tick(40);
    expect(stillQuiet.signal.aborted).toBe(false);
  });

  it('fires the budget after the cancel, counted from the cancel, with a DeadlineError that says so', async () => {
    const cancel = new AbortController();
    const deadline = new CancelClock(cancel.signal).afterCancel(60);
    await tick(80);
    expect(deadline.signal.aborted).toBe(false);
    const at = Date.now();
    cancel.abort();
    await new Promise((resolve) => deadline.signal.addEventListener('abort', resolve));
    expect(Date.now() - at).toBeGreaterThanOrEqual(50);
    expect(deadline.signal.reason).toBeInstanceOf(DeadlineError);
    expect((deadline.signal.reason as Error).message).toBe('gave up 0.06 s after the cancel, before the runner stops the step');
  });

  it('starts at once for a cancel that already happened', async () => {
    const cancel = new AbortController();
    cancel.abort();
    const deadline = new CancelClock(cancel.signal).afterCancel(20);
    await tick(60);
    expect(deadline.signal.aborted).toBe(true);
  });

  it('lets a call run on for its grace after the cancel, and no longer: one made later gets what is left', async () => {
    let now = 0;
    const cancel = new AbortController();
    const cancelClock = new CancelClock(cancel.signal, clockAt(() => now));
    const call = cancelClock.afterCancel(2_000);
    expect(call.signal.aborted).toBe(false);
    now = 500;
    cancel.abort();
    await tick(50);
    expect(call.signal.aborted).toBe(false);
    call.dispose();
    now = 2_490;
    const late = cancelClock.afterCancel(2_000);
    await tick(100);
    expect(late.signal.aborted).toBe(true);
  });

  it('does not fire once disposed, before or after the cancel', async () => {
    const cancel = new AbortController();
    const cancelClock = new CancelClock(cancel.signal);
    const before = cancelClock.afterCancel(10);
    const after = cancelClock.afterCancel(10);
    before.dispose();
    cancel.abort();
    after.dispose();
    await tick(50);
    expect(before.signal.aborted).toBe(false);
    expect(after.signal.aborted).toBe(false);
  });

  it('adds one listener to the cancel, however many deadlines wait on it', () => {
    const cancel = new AbortController();
    let listeners = 0;
    const add = cancel.signal.addEventListener.bind(cancel.signal);
    cancel.signal.addEventListener = (...args: Parameters<typeof add>) => {
      listeners += 1;
      add(...args);
    };
    const cancelClock = new CancelClock(cancel.signal);
    const deadlines = Array.from({ length: 50 }, () => cancelClock.afterCancel(1_000));
    expect(listeners).toBe(1);
    for (const deadline of deadlines) deadline.dispose();
  });

  it('waits on an injected clock: on a ManualClock it fires as the cancel comes, the clock moved on by the wait', async () => {
    const clock = new ManualClock(1_000);
    const cancel = new AbortController();
    const cancelClock = new CancelClock(cancel.signal, clock);
    const grace = cancelClock.afterCancel(CANCEL_WINDOW.runTaskGraceMs);
    clock.advance(400);
    cancel.abort();
    await new Promise((resolve) => setImmediate(resolve));
    expect(grace.signal.aborted).toBe(true);
    expect(clock.now()).toBe(1_400 + CANCEL_WINDOW.runTaskGraceMs);
  });
});

describe('CancelClock: marks counted from the cancel', () => {
  it('records the cancel on the injected clock, once', () => {
    const clock = new ManualClock(1_000);
    const cancel = new AbortController();
    const cancelClock = new CancelClock(cancel.signal, clock);
    expect(cancelClock.cancelled).toBe(false);
    // Before any cancel a mark counts from now.
    expect(cancelClock.after(CANCEL_WINDOW.stopTaskMs)).toBe(1_000 + CANCEL_WINDOW.stopTaskMs);
    clock.advance(250);
    cancel.abort();
    clock.advance(4_000);
    expect(cancelClock.cancelled).toBe(true);
    expect(cancelClock.after(CANCEL_WINDOW.stopTaskMs)).toBe(1_250 + CANCEL_WINDOW.stopTaskMs);
    expect(new CancelClock(cancel.signal, clock).after(0)).toBe(5_250);
  });

  it('by: `ms` from now, or the budget after the cancel if that is sooner', () => {
    const clock = new ManualClock(0);
    const cancel = new AbortController();
    const cancelClock = new CancelClock(cancel.signal, clock);
    expect(cancelClock.by(20_000)).toBe(20_000);
    cancel.abort();
    expect(cancelClock.by(20_000)).toBe(CANCEL_WINDOW.budgetMs);
    expect(cancelClock.by(2_000, CANCEL_WINDOW.stoppedByMs)).toBe(2_000);
    clock.advance(6_000);
    expect(cancelClock.by(2_000, CANCEL_WINDOW.stoppedByMs)).toBe(CANCEL_WINDOW.stoppedByMs);
  });

  it('within: bounds a call made after the cancel by what is left of the budget', async () => {
    let now = 1_000;
    const cancel = new AbortController();
    const cancelClock = new CancelClock(cancel.signal, clockAt(() => now));
    cancel.abort();
    now += CANCEL_WINDOW.budgetMs - 20;
    const signal = cancelClock.within(60_000);
    expect(signal.aborted).toBe(false);
    await tick(200);
    expect(signal.aborted).toBe(true);
  });

  it('within: without a cancel, only `ms` bounds the call', async () => {
    const cancelClock = new CancelClock(new AbortController().signal, clockAt(() => 1_000_000));
    const signal = cancelClock.within(300);
    await tick(20);
    expect(signal.aborted).toBe(false);
    await aborted(signal);
  });

  it('signalAt: a real timer for what is left on the clock, 1 ms for a mark already past', async () => {
    const clock = new ManualClock(10_000);
    const past = signalAt(clock, 9_000);
    const soon = signalAt(clock, 10_300);
    const later = signalAt(clock, 60_000);
    await tick(20);
    expect(past.aborted).toBe(true);
    expect(soon.aborted).toBe(false);
    await aborted(soon);
    expect(later.aborted).toBe(false);
  });
});

describe('withinDeadline', () => {
  it('passes the signal to the call and settles as the call does', async () => {
    const signal = new AbortController().signal;
    let given: AbortSignal | undefined;
    await expect(withinDeadline(signal, async (s) => {
      given = s;
      return 'done';
    })).resolves.toBe('done');
    expect(given).toBe(signal);
    await expect(withinDeadline(signal, async () => {
      throw new Error('Rate exceeded');
    })).rejects.toThrow('Rate exceeded');
  });

  it('rejects with the reason when the deadline comes, even if the call ignores the signal', async () => {
    const deadline = new AbortController();
    const pending = withinDeadline(deadline.signal, () => never());
    setTimeout(() => deadline.abort(new DeadlineError('time is up')), 20);
    await expect(pending).rejects.toThrow('time is up');
  });

  it('does not call at all once the deadline has passed', async () => {
    const deadline = new AbortController();
    deadline.abort(new DeadlineError('time is up'));
    let called = false;
    await expect(withinDeadline(deadline.signal, async () => {
      called = true;
    })).rejects.toThrow('time is up');
    expect(called).toBe(false);
  });

  it('treats a call that throws at once like one that rejects', async () => {
    await expect(withinDeadline(new AbortController().signal, () => {
      throw new Error('bad input');
    })).rejects.toThrow('bad input');
  });
});
