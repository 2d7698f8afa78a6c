// A private dockerd for integration tests: its own data, exec root, socket and pidfile under one temp dir, no
// networking of its own (no bridge, no iptables) and the vfs storage driver, which needs no overlay support.
// Nothing can be pulled (no internet), so images must be built FROM scratch. There is no buildx plugin; the
// classic builder (DOCKER_BUILDKIT=0) works with every docker CLI found here, so env() selects it.
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  LongRunningProcess,
  isProcessAlive,
  requireExecutable,
  runCommand,
  terminatePid,
  waitUntilReady,
  type CommandResult,
} from './process.js';

export interface DockerdOptions {
  /** dockerd is usually ready in a second or two, but a loaded machine has been seen far slower. */
  startTimeoutMs?: number;
}

export interface DockerCommandOptions {
  input?: string;
  cwd?: string;
  env?: Record<string, string | undefined>;
  timeoutMs?: number;
  /** Return a failed result instead of throwing (for asserting that a command is refused). */
  allowFailure?: boolean;
}

export interface DockerDaemon {
  /** unix:///…/docker.sock */
  readonly host: string;
  readonly pid: number;
  /** The containerd dockerd started for itself; undefined when it attached to a system containerd. */
  readonly containerdPid: number | undefined;
  /** Temp dir holding everything of this daemon; removed by stop(). */
  readonly dir: string;
  /** DOCKER_HOST, DOCKER_BUILDKIT=0 and a private DOCKER_CONFIG, so no test touches ~/.docker. */
  env(): Record<string, string>;
  /** Runs the docker CLI against this daemon; throws with stderr on a non-zero exit unless allowFailure. */
  docker(args: readonly string[], opts?: DockerCommandOptions): Promise<CommandResult>;
  stop(): Promise<void>;
  logTail(lines?: number): string;
}

const INSTALL_HINT = 'apt-get install -y docker.io';
const DIR_PREFIX = 'pa-dockerd-';
/** sun_path is 108 bytes; containerd's socket is the deepest one dockerd creates under the exec root. */
const DEEPEST_SOCKET = 'exec/containerd/containerd.sock.ttrpc';
const UNIX_SOCKET_PATH_MAX = 107;

/** A base for the temp dir short enough that every socket path inside it fits in sun_path. */
function socketSafeTmpdir(): string {
  const base = tmpdir();
  const longest = join(base, `${DIR_PREFIX}XXXXXX`, DEEPEST_SOCKET);
  return longest.length <= UNIX_SOCKET_PATH_MAX ? base : '/tmp';
}

export async function startDockerd(opts: DockerdOptions = {}): Promise<DockerDaemon> {
  if (process.getuid?.() !== 0) {
    throw new Error('dockerd needs root (it mounts its data root and manages cgroups): run the integration tests as root');
  }
  const dockerdBinary = requireExecutable('dockerd', INSTALL_HINT);
  requireExecutable('containerd', `${INSTALL_HINT} (it depends on containerd and runc)`);
  const dockerCli = requireExecutable('docker', INSTALL_HINT);

  await removeStaleDaemonDirs(socketSafeTmpdir());
  const dir = await mkdtemp(join(socketSafeTmpdir(), DIR_PREFIX));
  const socket = join(dir, 'docker.sock');
  const host = `unix://${socket}`;
  const configDir = join(dir, 'client-config');
  const clientEnv = { DOCKER_HOST: host, DOCKER_BUILDKIT: '0', DOCKER_CONFIG: configDir, DOCKER_CLI_HINTS: 'false' };
  const docker = async (args: readonly string[], cmdOpts: DockerCommandOptions = {}): Promise<CommandResult> => {
    const result = await runCommand(dockerCli, args, {
      input: cmdOpts.input,
      cwd: cmdOpts.cwd,
      timeoutMs: cmdOpts.timeoutMs ?? 120_000,
      // A context or TLS settings from the caller's shell would send the CLI somewhere else.
      env: { DOCKER_CONTEXT: undefined, DOCKER_TLS_VERIFY: undefined, DOCKER_CERT_PATH: undefined, ...clientEnv, ...cmdOpts.env },
    });
    if (result.code !== 0 && !cmdOpts.allowFailure) {
      throw new Error(`docker ${args.join(' ')} failed (${result.signal ?? `exit ${result.code}`}):\n${result.stderr.trim()}`);
    }
    return result;
  };

  let proc: LongRunningProcess | undefined;
  try {
    await mkdir(configDir);
    // Our own daemon.json keeps a host /etc/docker/daemon.json (mirrors, drivers, hosts) out of the test-bed.
    const daemonConfig = join(dir, 'daemon.json');
    await writeFile(daemonConfig, '{}\n');
    // Should dockerd attach to a system containerd (it does when /run/containerd/containerd.sock exists), a
    // namespace of our own keeps this daemon's objects apart from any other daemon's.
    const namespace = `pa-${randomBytes(4).toString('hex')}`;
    proc = await LongRunningProcess.start({
      name: 'dockerd',
      command: dockerdBinary,
      args: [
        '--config-file', daemonConfig,
        '--iptables=false', '--ip6tables=false', '--bridge=none',
        '--storage-driver=vfs',
        '--data-root', join(dir, 'data'),
        '--exec-root', join(dir, 'exec'),
        '--pidfile', join(dir, 'dockerd.pid'),
        '--host', host,
        '--containerd-namespace', namespace,
        '--containerd-plugins-namespace', `${namespace}-plugins`,
      ],
    });
    const daemon = proc;
    await waitUntilReady(
      daemon,
      `dockerd on ${host}`,
      async () => {
        const result = await docker(['version', '--format', '{{.Server.Version}}'], { allowFailure: true, timeoutMs: 10_000 });
        if (result.code !== 0) throw new Error(result.stderr.trim().split('\n').pop());
        return true;
      },
      { timeoutMs: opts.startTimeoutMs ?? 60_000, intervalMs: 250 },
    );
    const containerdPid = await readPidFile(join(dir, 'exec', 'containerd', 'containerd.pid'));
    return {
      host,
      pid: daemon.pid,
      containerdPid,
      dir,
      env: () => ({ ...clientEnv }),
      docker,
      stop: () => stopAndClean(daemon, containerdPid, dir),
      logTail: (lines) => daemon.logTail(lines),
    };
  } catch (err) {
    await stopAndClean(proc, undefined, dir).catch(() => undefined);
    throw err;
  }
}

async function readPidFile(path: string): Promise<number | undefined> {
  try {
    const pid = Number.parseInt(await readFile(path, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * dockerd's children (containerd, shims) run in process groups of their own, so a SIGKILLed dockerd leaves
 * them behind; and dockerd bind-mounts its data root, which a dead dockerd never unmounts. Each step runs even
 * when an earlier one failed, and the errors are reported together.
 */
async function stopAndClean(proc: LongRunningProcess | undefined, containerdPid: number | undefined, dir: string): Promise<void> {
  const problems: string[] = [];
  const attempt = async (what: string, step: () => Promise<void>): Promise<void> => {
    try {
      await step();
    } catch (err) {
      problems.push(`${what}: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  await attempt('stopping dockerd', async () => proc?.stop({ graceMs: 20_000 }));
  await attempt('stopping containerd', async () => {
    if (containerdPid !== undefined) await terminatePid(containerdPid);
  });
  await attempt('stopping leftover processes', async () => {
    for (const pid of await pidsMentioning(dir)) await terminatePid(pid);
  });
  await attempt('unmounting', () => unmountAllUnder(dir));
  if (problems.length === 0) {
    await attempt('removing the temp dir', () => removeDaemonDir(dir));
  }
  if (problems.length > 0) throw new Error(`dockerd test-bed cleanup of ${dir} failed:\n${problems.join('\n')}`);
}

/** Processes whose command line names a path in our temp dir: only this daemon's children can. */
async function pidsMentioning(dir: string): Promise<number[]> {
  const found: number[] = [];
  for (const entry of await readdir('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    try {
      const cmdline = (await readFile(`/proc/${pid}/cmdline`, 'utf8')).replaceAll('\0', ' ');
      if (cmdline.includes(`${dir}/`) && isProcessAlive(pid)) found.push(pid);
    } catch {
      // exited while we looked
    }
  }
  return found;
}

/** Mount points in our namespace at or below `dir`, deepest first. */
async function mountsUnder(dir: string): Promise<string[]> {
  const table = await readFile('/proc/self/mountinfo', 'utf8');
  // The mount point is the fifth field; the kernel escapes space, tab, newline and backslash as octal.
  const points = table
    .split('\n')
    .map((line) => line.split(' ')[4])
    .filter((field): field is string => field !== undefined)
    .map((field) => field.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(Number.parseInt(octal, 8))));
  return [...new Set(points.filter((p) => p === dir || p.startsWith(`${dir}/`)))].sort((a, b) => b.length - a.length);
}

async function unmountAllUnder(dir: string): Promise<void> {
  for (const point of await mountsUnder(dir)) {
    const plain = await runCommand('umount', [point], { timeoutMs: 30_000 });
    if (plain.code !== 0) await runCommand('umount', ['--lazy', point], { timeoutMs: 30_000 });
  }
  const left = await mountsUnder(dir);
  if (left.length > 0) throw new Error(`still mounted: ${left.join(', ')}`);
}

async function removeDaemonDir(dir: string): Promise<void> {
  // A recursive delete of the wrong path would be a disaster; only ever delete a dir this module created.
  if (!new RegExp(`/${DIR_PREFIX}[A-Za-z0-9]{6}$`).test(dir)) throw new Error(`refusing to delete ${dir}`);
  await rm(dir, { recursive: true, force: true, maxRetries: 3 });
}

/** Age past which a daemon dir whose dockerd is gone is taken as left over, not as one still starting. */
const STALE_AFTER_MS = 10 * 60_000;

/**
 * A test runner that died took its dockerd with it (death signal) but left the dir, vfs layers and mount
 * behind; the next start clears those so they do not pile up on a machine that is kept between sessions.
 */
async function removeStaleDaemonDirs(base: string): Promise<void> {
  for (const name of await readdir(base).catch(() => [] as string[])) {
    if (!name.startsWith(DIR_PREFIX)) continue;
    const dir = join(base, name);
    try {
      if (Date.now() - (await stat(dir)).mtimeMs < STALE_AFTER_MS) continue;
      const pid = await readPidFile(join(dir, 'dockerd.pid'));
      if (pid !== undefined && isProcessAlive(pid)) continue;
      await unmountAllUnder(dir);
      await removeDaemonDir(dir);
    } catch {
      // best effort: a dir we cannot clear must not stop the test-bed from starting
    }
  }
}
