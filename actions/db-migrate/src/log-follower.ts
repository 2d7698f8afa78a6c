import type { Clock } from '../../common/src/clock.js';
import { errorMessage } from '../../common/src/errors.js';
import type { Logger } from '../../common/src/logger.js';
import type { LogEventPage, LogsApi } from '../../common/src/logs.js';

export interface FollowerOptions {
  group: string;
  stream: string;
  /** Lines beyond this are counted but not printed. */
  maxPrinted: number;
  /** Between polls while the task runs: lines reach the job log at most this (plus one call) behind. */
  pollMs?: number;
  /** After the task stopped and the stream is drained, keep asking this long for events CloudWatch indexes late. */
  lateEventsMs?: number;
  print: (line: string) => void;
}

export interface FollowStats {
  lines: number;
  printed: number;
  /** The last lines, for the job summary. */
  tail: string[];
  /** Event timestamp → printed, in ms (only meaningful when the clocks agree, as on AWS or a real-time simulator). */
  lagMs: { max: number; p50: number } | undefined;
  /** Set when the stream could not be read at the end. */
  problem?: string;
}

const TAIL_LINES = 20;
const MAX_FAILURES = 5;
/** A bound on pages read back to back (10,000 events each): a stream the task writes faster than we read. */
const MAX_DRAIN_PAGES = 1000;

/**
 * Follows one awslogs stream with GetLogEvents and its forward token, so every event is printed once and in order:
 * the token continues exactly after the last event returned, and comes back unchanged when there is nothing newer.
 * A full page (the token moved) is followed at once; otherwise the next poll waits `pollMs`.
 */
export class LogFollower {
  private token: string | undefined;
  private lines = 0;
  private printed = 0;
  private readonly tail: string[] = [];
  private readonly lags: number[] = [];
  private failures = 0;
  private stopRequested = false;
  private wake = new AbortController();
  private running: Promise<void> | undefined;
  private problem: string | undefined;
  private lateMs = 2000;
  private deadline: AbortSignal | undefined;

  constructor(private readonly api: Pick<LogsApi, 'page'>, private readonly options: FollowerOptions, private readonly clock: Clock, private readonly logger: Logger) {}

  /** Starts polling in the background; `finish()` drains and ends it. */
  start(): void {
    this.running ??= this.follow();
  }

  /**
   * After the task STOPPED: reads everything left, waits briefly for late events, and returns the counts. Once
   * `deadline` aborts (a cancelled step has seconds left), the call in flight is aborted and reading ends there.
   */
  async finish(lateEventsMs = this.options.lateEventsMs ?? 2000, deadline?: AbortSignal): Promise<FollowStats> {
    this.lateMs = lateEventsMs;
    this.deadline = deadline;
    this.stopRequested = true;
    this.wake.abort();
    await (this.running ?? this.follow());
    const sorted = [...this.lags].sort((a, b) => a - b);
    return {
      lines: this.lines,
      printed: this.printed,
      tail: [...this.tail],
      lagMs: sorted.length ? { max: sorted[sorted.length - 1] as number, p50: sorted[Math.floor(sorted.length / 2)] as number } : undefined,
      problem: this.problem,
    };
  }

  /** One GetLogEvents call; returns whether the token moved (there may be more). */
  private async poll(): Promise<boolean> {
    const { group, stream } = this.options;
    let page: LogEventPage;
    if (this.deadline?.aborted) return this.stoppedAtDeadline();
    try {
      page = await this.api.page(group, stream, this.token, this.deadline);
      this.failures = 0;
    } catch (error) {
      // The stream appears only once the container has written to it.
      if ((error as { name?: string }).name === 'ResourceNotFoundException') return false;
      if (this.deadline?.aborted) return this.stoppedAtDeadline();
      this.failures += 1;
      this.problem = `could not read log stream ${stream}: ${errorMessage(error)}`;
      if (this.failures === MAX_FAILURES) this.logger.warning(`${this.problem} (${this.failures} times in a row; still trying)`);
      return false;
    }
    this.problem = undefined;
    const now = this.clock.now();
    for (const event of page.events) this.emit(event.message ?? '', event.timestamp === undefined ? undefined : now - event.timestamp);
    const moved = page.nextForwardToken !== undefined && page.nextForwardToken !== this.token;
    if (page.nextForwardToken) this.token = page.nextForwardToken;
    return moved;
  }

  private stoppedAtDeadline(): false {
    this.problem = 'reading stopped at the cancellation deadline';
    return false;
  }

  private emit(message: string, lag: number | undefined): void {
    // awslogs keeps a line's trailing newline out of the event; multi-line events are one message.
    const line = message.replace(/\r?\n$/, '');
    this.lines += 1;
    if (lag !== undefined) this.lags.push(Math.max(0, lag));
    this.tail.push(line);
    if (this.tail.length > TAIL_LINES) this.tail.shift();
    if (this.printed < this.options.maxPrinted) {
      this.printed += 1;
      this.options.print(line);
    }
  }

  private async follow(): Promise<void> {
    const pollMs = this.options.pollMs ?? 1000;
    while (!this.stopRequested) {
      const more = await this.poll();
      if (!more && !this.stopRequested) await this.clock.sleep(pollMs, this.wake.signal);
    }
    // Drain: until a call returns nothing new; then the late-events window, restarted by anything that arrives.
    for (let pages = 0; pages < MAX_DRAIN_PAGES && (await this.poll()); pages++) { /* the token moved: keep reading */ }
    const lateMs = this.lateMs;
    const step = Math.max(1, Math.min(pollMs, lateMs / 4));
    const hardEnd = this.clock.now() + 5 * lateMs;
    let quietUntil = this.clock.now() + lateMs;
    while (this.clock.now() < quietUntil && !this.deadline?.aborted) {
      await this.clock.sleep(step, this.deadline);
      const before = this.lines;
      for (let pages = 0; pages < MAX_DRAIN_PAGES && (await this.poll()); pages++) { /* the token moved: keep reading */ }
      if (this.lines > before) quietUntil = Math.min(hardEnd, this.clock.now() + lateMs);
    }
  }
}
