import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, readFileSync } from 'node:fs';
import type { Socket } from 'node:net';
import { delimiter, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** Directories searched after PATH: daemons live in sbin, which a non-login shell's PATH may lack. */
const SBIN_DIRS = ['/usr/local/sbin', '/usr/sbin', '/sbin'];

export function findExecutable(name: string): string | undefined {
  const dirs = [...(process.env.PATH ?? '').split(delimiter).filter(Boolean), ...SBIN_DIRS];
  for (const dir of dirs) {
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

/** Fails with a message that names the missing tool and how to install it, so a test never skips silently. */
export function requireExecutable(name: string, installHint: string): string {
  const found = findExecutable(name);
  if (found === undefined) throw new Error(`${name} not found on PATH or in ${SBIN_DIRS.join(', ')}: ${installHint}`);
  return found;
}

export interface CommandResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  env?: Record<string, string | undefined>;
  cwd?: string;
  input?: string;
  timeoutMs?: number;
}

/** Runs a command to completion, killing it when it outlives `timeoutMs` (an unbounded wait would hang CI). */
export async function runCommand(command: string, args: readonly string[], opts: RunOptions = {}): Promise<CommandResult> {
  const timeoutMs = opts.timeoutMs ?? 60_000;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: opts.cwd,
      env: opts.env ? { ...process.env, ...opts.env } : process.env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${command} ${args.join(' ')} did not finish within ${timeoutMs} ms\n${stderr.slice(-2000)}`));
    }, timeoutMs);
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
    child.stdin.on('error', () => undefined); // the child may exit without reading its input
    child.stdin.end(opts.input ?? '');
  });
}

export interface ProcessSpec {
  /** Short name used in error messages, e.g. "moto". */
  name: string;
  command: string;
  args: readonly string[];
  env?: Record<string, string | undefined>;
  cwd?: string;
}

export interface StopOptions {
  /** Time between SIGTERM and SIGKILL. */
  graceMs?: number;
}

const LOG_LIMIT = 256 * 1024;

/**
 * Two guards against orphans when a test forgets stop() or the runner dies. Jest gives each test file its own
 * copy of `process` whose 'exit' event never fires, so the exit hook only helps outside jest; inside it,
 * setpriv (util-linux) sets PR_SET_PDEATHSIG, and the kernel SIGKILLs the server when the test process ends.
 */
const liveChildren = new Set<ChildProcess>();
let exitGuardInstalled = false;
const setpriv = findExecutable('setpriv');

function installExitGuard(): void {
  if (exitGuardInstalled) return;
  exitGuardInstalled = true;
  process.once('exit', () => {
    for (const child of liveChildren) signalGroup(child.pid, 'SIGKILL');
  });
}

/**
 * Signals the child's whole process group (it was spawned detached, so it leads one). Falls back to the pid
 * alone only while the child is unreaped: a reaped pid may already belong to someone else.
 */
function signalGroup(pid: number | undefined, signal: NodeJS.Signals, childUnreaped = true): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    if (!childUnreaped) return;
    try {
      process.kill(pid, signal);
    } catch {
      // already gone
    }
  }
}

export class LongRunningProcess {
  readonly name: string;
  readonly pid: number;
  private output = '';
  private exitInfo: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  private readonly exitPromise: Promise<void>;

  private constructor(private readonly child: ChildProcess, spec: ProcessSpec) {
    this.name = spec.name;
    if (child.pid === undefined) throw new Error(`${spec.name}: could not start ${spec.command}`);
    this.pid = child.pid;
    const append = (chunk: string): void => {
      this.output = (this.output + chunk).slice(-LOG_LIMIT);
    };
    child.stdout?.setEncoding('utf8').on('data', append);
    child.stderr?.setEncoding('utf8').on('data', append);
    this.exitPromise = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        this.exitInfo = { code, signal };
        liveChildren.delete(child);
        resolve();
      });
    });
  }

  /**
   * Spawns in its own process group with stdout and stderr captured; fails if the binary cannot be executed.
   * The child and its pipes are unref'd: a forgotten server must not keep jest from exiting (the death signal
   * ends it then), and tests awaiting it keep the event loop alive anyway.
   */
  static async start(spec: ProcessSpec): Promise<LongRunningProcess> {
    installExitGuard();
    // setpriv execs the command, so the pid we get is the server's own.
    const [command, args] =
      setpriv !== undefined ? [setpriv, ['--pdeathsig', 'KILL', '--', spec.command, ...spec.args]] : [spec.command, spec.args];
    const child = spawn(command, args, {
      cwd: spec.cwd,
      env: spec.env ? { ...process.env, ...spec.env } : process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    await new Promise<void>((resolve, reject) => {
      child.once('spawn', resolve);
      child.once('error', (err) => reject(new Error(`${spec.name}: could not start ${spec.command}: ${err.message}`)));
    });
    child.unref();
    for (const stream of [child.stdout, child.stderr]) (stream as Socket | null)?.unref();
    liveChildren.add(child);
    return new LongRunningProcess(child, spec);
  }

  hasExited(): boolean {
    return this.exitInfo !== undefined;
  }

  describeExit(): string {
    if (this.exitInfo === undefined) return `${this.name} (pid ${this.pid}) is running`;
    const { code, signal } = this.exitInfo;
    return `${this.name} (pid ${this.pid}) exited with ${signal ? `signal ${signal}` : `code ${code}`}`;
  }

  /** The last lines the process printed, for error messages. */
  logTail(lines = 40): string {
    return this.output.split('\n').slice(-lines).join('\n');
  }

  /**
   * Resolves true when the process exited within `timeoutMs`. The timer is ref'd, so whoever awaits this keeps
   * the event loop alive although the child itself is unref'd; it is cleared as soon as the race is decided.
   */
  async waitForExit(timeoutMs: number): Promise<boolean> {
    if (this.hasExited()) return true;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    try {
      return await Promise.race([this.exitPromise.then(() => true), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** SIGTERM to the group, then SIGKILL after `graceMs`; throws if even SIGKILL did not end it. */
  async stop(opts: StopOptions = {}): Promise<void> {
    const graceMs = opts.graceMs ?? 10_000;
    if (!this.hasExited()) {
      signalGroup(this.pid, 'SIGTERM');
      if (!(await this.waitForExit(graceMs))) {
        signalGroup(this.pid, 'SIGKILL');
        if (!(await this.waitForExit(5_000))) throw new Error(`${this.name} (pid ${this.pid}) survived SIGKILL`);
      }
    }
    // Helpers the process forked into its group must not outlive it.
    signalGroup(this.pid, 'SIGKILL', false);
    this.child.stdout?.destroy();
    this.child.stderr?.destroy();
  }
}

export interface WaitOptions {
  timeoutMs: number;
  intervalMs?: number;
}

/**
 * Polls `probe` until it returns true. Fails early, with the process's log tail, if the process dies, and
 * fails after `timeoutMs` with the last probe error: every wait in the test-bed is bounded.
 */
export async function waitUntilReady(
  proc: LongRunningProcess,
  what: string,
  probe: () => Promise<boolean>,
  opts: WaitOptions,
): Promise<void> {
  const deadline = Date.now() + opts.timeoutMs;
  const intervalMs = opts.intervalMs ?? 100;
  let lastProblem = 'probe never answered true';
  for (;;) {
    if (proc.hasExited()) {
      throw new Error(`${what}: ${proc.describeExit()} before it was ready\n--- ${proc.name} log ---\n${proc.logTail()}`);
    }
    try {
      if (await probe()) return;
    } catch (err) {
      lastProblem = err instanceof Error ? err.message : String(err);
    }
    if (Date.now() >= deadline) {
      throw new Error(
        `${what}: not ready after ${opts.timeoutMs} ms (last probe: ${lastProblem})\n--- ${proc.name} log ---\n${proc.logTail()}`,
      );
    }
    await proc.waitForExit(intervalMs);
  }
}

/** HTTP status of a request, bounded by `timeoutMs`; throws on connection errors so probes can report them. */
export async function httpStatus(url: string, init: RequestInit = {}, timeoutMs = 2_000): Promise<number> {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  await response.arrayBuffer();
  return response.status;
}

/**
 * True while `pid` names a live process. A zombie counts as gone: an orphan reparented to an init that has
 * not reaped it yet still answers kill(pid, 0).
 */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

/** Ends a process that is not our child (so no exit event): SIGTERM, poll, then SIGKILL. */
export async function terminatePid(pid: number, graceMs = 5_000): Promise<void> {
  const signalAndWait = async (signal: NodeJS.Signals, waitMs: number): Promise<boolean> => {
    try {
      process.kill(pid, signal);
    } catch {
      return true;
    }
    const deadline = Date.now() + waitMs;
    while (Date.now() < deadline) {
      if (!isProcessAlive(pid)) return true;
      await sleep(50);
    }
    return !isProcessAlive(pid);
  };
  if (!isProcessAlive(pid)) return;
  if (await signalAndWait('SIGTERM', graceMs)) return;
  if (!(await signalAndWait('SIGKILL', 5_000))) throw new Error(`pid ${pid} survived SIGKILL`);
}
