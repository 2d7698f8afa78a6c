import { type Clock, systemClock } from './clock.js';

/**
 * The runner's cancel window, in ms counted from its SIGINT. SIGTERM follows 7.5 s after SIGINT and SIGKILL 2.5 s
 * after that (https://docs.github.com/en/actions/reference/workflow-cancellation-reference): a cancelled step acts
 * first (stops, rolls back, aborts what it started), reports after, and has done both before SIGTERM. Every call made
 * on a cancel path ends by one of these marks, through a CancelClock. They are the only figures of the window: the
 * test beside this file checks that each lies inside it.
 */
export const CANCEL_WINDOW = {
  /** The runner's SIGTERM: nothing is planned past it (the 2.5 s to SIGKILL are the runner's margin, not ours). */
  sigtermMs: 7_500,
  /**
   * The cancel path of ecs-deploy (UpdateService back, the diagnosis) and s3-spa-deploy (AbortMultipartUpload, the
   * HeadObjects that tell what is live): 2.5 s short of SIGTERM, because the report that follows is long (a diagnosis
   * with log tails and service events; a list of every page and fixed-name file with what is live).
   */
  budgetMs: 5_000,
  /**
   * s3-spa-deploy's CreateMultipartUpload and CompleteMultipartUpload run on this long past the cancel, to learn the
   * upload id (an upload whose id we never learned could not be aborted, and stays billed) or to finish what is whole.
   * Short, so that AbortMultipartUpload still gets 3 s of `budgetMs`.
   */
  multipartGraceMs: 2_000,
  /**
   * db-migrate's RunTask in flight at the cancel runs on this long to name the task it started, so that the task can
   * be stopped (its retries carry one clientToken, so they cannot start a second one). Longer than the multipart
   * grace because its undo, StopTask, runs to `stopTaskMs` rather than `budgetMs`: it too keeps 3 s for the undo.
   */
  runTaskGraceMs: 3_000,
  /**
   * db-migrate retries StopTask until this mark, past `budgetMs`: a migration left running is worse than a short
   * report (it holds its lock, and `lock: true` refuses the next run), and five throttled StopTasks used up a 5 s
   * window. Its report after the stop is small (the verdict and a few last log lines), so 1.5 s is enough for it.
   */
  stopTaskMs: 6_000,
  /** db-migrate's wait for the stopped task to be described STOPPED (its exit code and stop reason) ends here. */
  stoppedByMs: 6_500,
  /** db-migrate's last reads of the task's log end here: 0.5 s to write the outputs and the summary. */
  reportMs: 7_000,
} as const;

/** The reason an afterCancel signal carries; its message is what a report shows for a call the deadline ended. */
export class DeadlineError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DeadlineError';
  }
}

/** A signal bounding one call, and its release: `dispose` once the call has ended, so no timer or listener stays. */
export interface Deadline {
  readonly signal: AbortSignal;
  dispose(): void;
}

/**
 * A signal that aborts at `at` (ms on `clock`): the bound of one call. It is a real timer set to what is left on the
 * clock, because what it ends is an SDK request, which runs in real time; a mark already past gets 1 ms.
 */
export function signalAt(clock: Pick<Clock, 'now'>, at: number): AbortSignal {
  return AbortSignal.timeout(Math.max(1, at - clock.now()));
}

/**
 * When the runner's cancel came, on `clock`: the one record the deadlines of a cancel path count from. `clock` is
 * injected (db-migrate's tests run on a ManualClock, so its retries and waits after the cancel cost no real time);
 * without one, it is real time.
 */
export class CancelClock {
  private at: number | undefined;
  /** afterCancel deadlines waiting for the cancel to start them. */
  private readonly waiting = new Set<() => void>();

  /** `signal` is the runner's cancel; it also aborts the calls in flight that must not run on past it. */
  constructor(readonly signal: AbortSignal | undefined, private readonly clock: Clock = systemClock) {
    const record = () => {
      this.at = clock.now();
      for (const start of this.waiting) start();
      this.waiting.clear();
    };
    // One listener, whatever the number of deadlines: a listener per call would pile up on the cancel signal.
    if (signal?.aborted) record();
    else signal?.addEventListener('abort', record, { once: true });
  }

  get cancelled(): boolean {
    return this.at !== undefined;
  }

  /** Clock ms `offsetMs` after the cancel (after now, before any cancel). */
  after(offsetMs: number): number {
    return (this.at ?? this.clock.now()) + offsetMs;
  }

  /** Clock ms by which a call started now must end: `ms` from now, or `budgetMs` after the cancel if that is sooner. */
  by(ms: number, budgetMs: number = CANCEL_WINDOW.budgetMs): number {
    const own = this.clock.now() + ms;
    return this.at === undefined ? own : Math.min(own, this.at + budgetMs);
  }

  /**
   * For a call made after a failure or a cancel (a cleanup): a signal that aborts after `ms`, or when what is left of
   * the cancel's `budgetMs` runs out, whichever is sooner.
   */
  within(ms: number, budgetMs: number = CANCEL_WINDOW.budgetMs): AbortSignal {
    return signalAt(this.clock, this.by(ms, budgetMs));
  }

  /**
   * A signal that aborts `ms` after the cancel (at once if that is past), and never without a cancel: a call that may
   * run on past the cancel takes it, so it is unbounded on a normal run and bounded once the workflow is cancelled.
   * It waits on the clock: on a ManualClock, whose sleep returns at once, it aborts as soon as the cancel comes; on
   * the system clock its timer holds the process until it fires, so `dispose` it once the call has ended.
   */
  afterCancel(ms: number): Deadline {
    const deadline = new AbortController();
    const released = new AbortController();
    const reason = new DeadlineError(`gave up ${ms / 1000} s after the cancel, before the runner stops the step`);
    const start = () => {
      void this.clock.sleep(Math.max(1, this.after(ms) - this.clock.now()), released.signal).then(() => {
        if (!released.signal.aborted) deadline.abort(reason);
      });
    };
    if (this.cancelled) start();
    else if (this.signal) this.waiting.add(start);
    return {
      signal: deadline.signal,
      dispose: () => {
        this.waiting.delete(start);
        released.abort();
      },
    };
  }
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
