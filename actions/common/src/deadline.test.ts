import { describe, expect, it } from '@jest/globals';
import { afterCancel, DeadlineError, withinDeadline } from './deadline.js';

const never = <T>(): Promise<T> => new Promise<T>(() => undefined);
const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('afterCancel', () => {
  it('never fires without a cancel', async () => {
    const deadline = afterCancel(undefined, 10);
    await tick(40);
    expect(deadline.aborted).toBe(false);
    const quiet = new AbortController();
    const stillQuiet = afterCancel(quiet.signal, 10);
    await tick(40);
    expect(stillQuiet.aborted).toBe(false);
  });

  it('fires the budget after the cancel, counted from the cancel, with a DeadlineError that says so', async () => {
    const cancel = new AbortController();
    const deadline = afterCancel(cancel.signal, 60);
    await tick(80);
    expect(deadline.aborted).toBe(false);
    const at = Date.now();
    cancel.abort();
    await new Promise((resolve) => deadline.addEventListener('abort', resolve));
    expect(Date.now() - at).toBeGreaterThanOrEqual(50);
    expect(deadline.reason).toBeInstanceOf(DeadlineError);
    expect((deadline.reason as Error).message).toBe('gave up 0.06 s after the cancel, before the runner stops the step');
  });

  it('starts at once for a cancel that already happened', async () => {
    const cancel = new AbortController();
    cancel.abort();
    const deadline = afterCancel(cancel.signal, 20);
    await tick(60);
    expect(deadline.aborted).toBe(true);
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
