/**
 * Deadlines for the calls a cancel still makes. The runner sends SIGINT, then SIGTERM 7.5 s later and SIGKILL 2.5 s
 * after that: every call made after the cancel (AbortMultipartUpload, the HeadObjects that tell what is live) and
 * every call allowed to run on past it (CreateMultipartUpload, CompleteMultipartUpload) must end within
 * CANCEL_BUDGET_MS of the SIGINT, which leaves time to report before SIGTERM.
 */
export const CANCEL_BUDGET_MS = 5_000;

export interface CancelDeadlines {
  /** The runner's cancel; aborts requests in flight. */
  signal?: AbortSignal;
  /** A signal that aborts `ms` after the cancel (at once if that is already past); `dispose` when the call ended. */
  afterCancel(ms: number): { signal: AbortSignal; dispose: () => void };
  /** For a call made after a failure or a cancel: `ms`, or what is left of the cancel's budget if that is less. */
  cleanup(ms: number): AbortSignal;
}

export function cancelDeadlines(cancel?: AbortSignal, now: () => number = Date.now): CancelDeadlines {
  let cancelledAt = cancel?.aborted ? now() : undefined;
  // Registered first, so it has run when any `arm` below runs.
  cancel?.addEventListener('abort', () => (cancelledAt ??= now()), { once: true });
  const left = (ms: number) => Math.max(1, (cancelledAt ?? now()) + ms - now());
  return {
    signal: cancel,
    afterCancel(ms) {
      const controller = new AbortController();
      if (!cancel) return { signal: controller.signal, dispose: () => undefined };
      let timer: ReturnType<typeof setTimeout> | undefined;
      const arm = () => {
        timer = setTimeout(() => controller.abort(new Error(`still running ${ms} ms after the cancel`)), left(ms));
      };
      if (cancelledAt !== undefined) arm();
      else cancel.addEventListener('abort', arm, { once: true });
      return {
        signal: controller.signal,
        dispose: () => {
          clearTimeout(timer);
          cancel.removeEventListener('abort', arm);
        },
      };
    },
    cleanup: (ms) => AbortSignal.timeout(cancelledAt === undefined ? ms : Math.min(ms, left(CANCEL_BUDGET_MS))),
  };
}
