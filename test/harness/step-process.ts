import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';

import type { CancelTimings, SignalRecord } from './types.js';

// One `node <entry>` process, supervised the way actions/runner's ProcessInvoker does it:
// stdin is a pipe closed at once, the process gets its own process group (so the whole tree
// can be killed), cancellation escalates SIGINT -> SIGTERM -> SIGKILL, and after the process
// exits its output pipes get a bounded time to close before whatever holds them is killed.

export interface StepProcessOptions {
  readonly node: string;
  readonly script: string;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string>>;
  readonly timeoutMs: number;
  readonly cancelTimings: CancelTimings;
  readonly streamDrainMs: number;
  readonly onLine: (stream: 'stdout' | 'stderr', line: string) => void;
}

export interface ProcessOutcome {
  readonly exitCode: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly exitedAtMs: number;
  readonly durationMs: number;
  readonly timedOut: boolean;
  readonly cancelled: boolean;
  readonly signalsSent: readonly SignalRecord[];
  readonly orphansKilled: boolean;
}

export interface StepProcess {
  readonly done: Promise<ProcessOutcome>;
  cancel(): void;
}

/** Splits like .NET's StreamReader.ReadLine: `\r\n`, `\r` and `\n` all end a line. */
export class LineSplitter {
  private buffer = '';

  constructor(private readonly emit: (line: string) => void) {}

  push(chunk: string): void {
    this.buffer += chunk;
    const pattern = /\r\n|\r|\n/g;
    let start = 0;
    for (let match = pattern.exec(this.buffer); match; match = pattern.exec(this.buffer)) {
      // A `\r` at the very end may be the first half of `\r\n`: wait for the next chunk.
      if (match[0] === '\r' && match.index === this.buffer.length - 1) break;
      this.emit(this.buffer.slice(start, match.index));
      start = match.index + match[0].length;
    }
    this.buffer = this.buffer.slice(start);
  }

  end(): void {
    const rest = this.buffer.endsWith('\r') ? this.buffer.slice(0, -1) : this.buffer;
    if (this.buffer !== '') this.emit(rest);
    this.buffer = '';
  }
}

/** Whether any process (a zombie included) is in the group: kill(0) answers ESRCH only for an empty one. */
function groupHasMembers(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/**
 * Whether any process of the group is still running. A killed process stays a zombie (and still
 * answers kill(0)) until it is reaped, so on Linux /proc is read to skip zombies. Most steps leave
 * nothing behind: the kill(0) probe answers those without reading every process's stat (~5 ms of
 * CPU per step on a busy machine).
 */
export async function groupHasLiveMembers(pgid: number): Promise<boolean> {
  if (!groupHasMembers(pgid)) return false;
  if (process.platform !== 'linux') return true;
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = await readFile(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // exited while we looked
    }
    // Fields after the parenthesised command name: state, ppid, pgrp, ...
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(pgrp) === pgid && state !== 'Z' && state !== 'X') return true;
  }
  return false;
}

function delay(ms: number): { promise: Promise<void>; clear(): void } {
  let timer: NodeJS.Timeout | undefined;
  const promise = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  return { promise, clear: () => clearTimeout(timer) };
}

export function startStepProcess(options: StepProcessOptions): StepProcess {
  const startedAt = performance.now();
  const elapsed = (): number => Math.round(performance.now() - startedAt);
  const ownGroup = process.platform !== 'win32';

  const child = spawn(options.node, [options.script], {
    cwd: options.cwd,
    env: options.env,
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: ownGroup,
  });
  child.stdin.on('error', () => undefined);
  child.stdin.end();

  const signalsSent: SignalRecord[] = [];
  let exited = false;
  let exitedAtMs = 0;
  let timedOut = false;
  let cancelled = false;
  let orphansKilled = false;
  const output = { stdout: '', stderr: '' };

  const send = (signal: NodeJS.Signals, target: 'process' | 'group', reason: SignalRecord['reason']): void => {
    const pid = child.pid;
    if (pid === undefined) return;
    try {
      process.kill(target === 'group' && ownGroup ? -pid : pid, signal);
      signalsSent.push({ signal, atMs: elapsed(), target, reason });
    } catch {
      // Already gone: nothing to signal.
    }
  };


  const streamClosed = (['stdout', 'stderr'] as const).map((name) => {
    const stream = child[name];
    const splitter = new LineSplitter((line) => options.onLine(name, line));
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      output[name] += chunk;
      splitter.push(chunk);
    });
    return new Promise<void>((resolve) => {
      stream.once('close', () => {
        splitter.end();
        resolve();
      });
    });
  });

  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      exited = true;
      exitedAtMs = elapsed();
      resolve({ code, signal });
    });
  });
  const exitedSignal = exit.then(
    () => true,
    () => true,
  );

  const exitedWithin = async (ms: number): Promise<boolean> => {
    const wait = delay(ms);
    const result = await Promise.race([exitedSignal, wait.promise.then(() => false)]);
    wait.clear();
    return result;
  };

  const hardStop = setTimeout(() => {
    if (exited) return;
    timedOut = true;
    send('SIGKILL', 'group', 'timeout');
  }, options.timeoutMs);

  const done = (async (): Promise<ProcessOutcome> => {
    let status: { code: number | null; signal: NodeJS.Signals | null };
    try {
      status = await exit;
    } finally {
      clearTimeout(hardStop);
    }

    const drain = delay(options.streamDrainMs);
    const drained = await Promise.race([Promise.all(streamClosed).then(() => true), drain.promise.then(() => false)]);
    drain.clear();
    const groupKilled = signalsSent.some((s) => s.signal === 'SIGKILL' && s.target === 'group');
    const leftovers = !groupKilled && ownGroup && child.pid !== undefined && (await groupHasLiveMembers(child.pid));
    if (!drained || leftovers) {
      orphansKilled = true;
      send('SIGKILL', 'group', 'orphans');
      if (!drained) {
        child.stdout.destroy();
        child.stderr.destroy();
      }
      const settle = delay(1000);
      await Promise.race([Promise.all(streamClosed), settle.promise]);
      settle.clear();
    }

    return {
      exitCode: status.code,
      signal: status.signal,
      stdout: output.stdout,
      stderr: output.stderr,
      exitedAtMs,
      durationMs: elapsed(),
      timedOut,
      cancelled,
      signalsSent,
      orphansKilled,
    };
  })();

  const cancel = (): void => {
    if (cancelled || exited) return;
    cancelled = true;
    void (async () => {
      send('SIGINT', 'process', 'cancel');
      if (await exitedWithin(options.cancelTimings.sigintToSigtermMs)) return;
      send('SIGTERM', 'process', 'cancel');
      if (await exitedWithin(options.cancelTimings.sigtermToSigkillMs)) return;
      send('SIGKILL', 'group', 'cancel');
    })();
  };

  return { done, cancel };
}
