/**
 * The runner cancels a step with SIGINT, then SIGTERM 7.5 s later, then kills it 2.5 s after that: the signal
 * aborts at the first of them, so the action can stop what it started and report before it is killed.
 */
export function runnerCancelSignal(): AbortSignal {
  const cancel = new AbortController();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => cancel.abort());
  return cancel.signal;
}
