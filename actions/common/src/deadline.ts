/**
 * Deadlines for what a step does once it is cancelled. The runner sends SIGINT, SIGTERM 7.5 s later and kills the
 * process tree 2.5 s after that: whatever the step does after the first signal (stop or roll back first, then
 * explain) must end inside the first window, with time left to write the outputs and the summary. These are real
 * timers, not the injected Clock, because what they end is an SDK request, which runs in real time.
 */

/** What a cancelled step may spend on its cancel path: 2.5 s short of the runner's SIGTERM, for the report and exit. */
export const CANCEL_BUDGET_MS = 5_000;

/** The reason a deadline signal carries; its message is what a report shows for a call the deadline ended. */
export class DeadlineError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DeadlineError';
  }
}

/**
 * A signal that aborts `budgetMs` after `cancel` does (counting from when it did), and never when there is no
 * cancel: calls that may run on the cancel path take it, so they are unbounded on a normal run and bounded once the
 * workflow is cancelled. The timer is unref'd, so it never keeps a finished step alive.
 */
export function afterCancel(cancel: AbortSignal | undefined, budgetMs: number = CANCEL_BUDGET_MS): AbortSignal {
  const deadline = new AbortController();
  const reason = new DeadlineError(`gave up ${budgetMs / 1000} s after the cancel, before the runner stops the step`);
  const start = () => setTimeout(() => deadline.abort(reason), budgetMs).unref();
  if (cancel?.aborted) start();
  else cancel?.addEventListener('abort', start, { once: true });
  return deadline.signal;
}

/**
 * Calls `call` with `signal` and settles as it does, or rejects with the signal's reason the moment it aborts even
 * if the call does not honour it: the caller's deadline holds whatever the adapter does.
 */
export function withinDeadline<T>(signal: AbortSignal, call: (signal: AbortSignal) => Promise<T>): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    let settled: Promise<T>;
    try {
      settled = call(signal);
    } catch (error) {
      settled = Promise.reject(error);
    }
    // A late settlement after the abort is ignored (and handled, so it is no unhandled rejection).
    settled.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
