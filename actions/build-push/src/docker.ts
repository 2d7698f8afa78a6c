import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { UntrustedLineStream } from '../../common/src/untrusted.js';

/** What build-push asks of the docker CLI: run.ts is tested against a fake of this. */
export interface DockerCli {
  /** Runs `docker <args>`; resolves with the exit code (never rejects on a non-zero exit). */
  run(args: readonly string[], options?: DockerRunOptions): Promise<DockerResult>;
}

export interface DockerRunOptions {
  /** Written to stdin, then closed (the password for --password-stdin). */
  input?: string;
  /**
   * Print each line of stdout and stderr to the job log as it arrives. A RUN step or a dependency's install script
   * writes what it likes there, so every line goes through the neutralising printer first.
   */
  echo?: boolean;
  /** Kill the command after this long. */
  timeoutMs?: number;
}

export interface DockerResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Where the docker CLI looks for plugins besides `<DOCKER_CONFIG>/cli-plugins` (docker/cli pluginmanager). */
const SYSTEM_PLUGIN_DIRS = ['/usr/local/lib/docker/cli-plugins', '/usr/local/libexec/docker/cli-plugins', '/usr/lib/docker/cli-plugins', '/usr/libexec/docker/cli-plugins'];

/** The user's docker config dir: plugins and buildx builders live there, credentials we never touch. */
export const userDockerConfigDir = (env: Record<string, string | undefined>): string => env.DOCKER_CONFIG || join(env.HOME || homedir(), '.docker');

/**
 * The docker-buildx plugin binary, found without running docker, so that `platforms` on a runner without
 * buildx fails with the input error before any docker call.
 */
export function findBuildxPlugin(env: Record<string, string | undefined>, isExecutable: (path: string) => boolean = executable): string | undefined {
  const dirs = [join(userDockerConfigDir(env), 'cli-plugins'), ...SYSTEM_PLUGIN_DIRS];
  return dirs.map((dir) => join(dir, 'docker-buildx')).find(isExecutable);
}

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export interface DockerCliOptions {
  /** The private DOCKER_CONFIG (under RUNNER_TEMP) the login writes to. */
  configDir: string;
  /** The classic builder: DOCKER_BUILDKIT=0, the only one that needs no buildx plugin. */
  classic: boolean;
  /** The buildx plugin when present; linked into the private config so the CLI still finds a per-user install. */
  buildxPlugin?: string;
  env: Record<string, string | undefined>;
  /** Where echoed output goes (core.info); it only ever receives neutralised text. Without it nothing is echoed. */
  print?: (text: string) => void;
}

export function createDockerCli(options: DockerCliOptions): DockerCli {
  const userConfig = userDockerConfigDir(options.env);
  if (options.buildxPlugin?.startsWith(join(userConfig, 'cli-plugins'))) {
    const pluginDir = join(options.configDir, 'cli-plugins');
    mkdirSync(pluginDir, { recursive: true });
    if (!existsSync(join(pluginDir, 'docker-buildx'))) symlinkSync(options.buildxPlugin, join(pluginDir, 'docker-buildx'));
  }
  const env: Record<string, string | undefined> = {
    ...options.env,
    DOCKER_CONFIG: options.configDir,
    DOCKER_CLI_HINTS: 'false',
    // Builders made by docker/setup-buildx-action are kept in the user's config dir, not in ours.
    BUILDX_CONFIG: options.env.BUILDX_CONFIG || join(userConfig, 'buildx'),
  };
  if (options.classic) env.DOCKER_BUILDKIT = '0';
  return {
    run: (args, runOptions = {}) => runDocker(args, env, runOptions, options.print),
  };
}

function runDocker(args: readonly string[], env: Record<string, string | undefined>, options: DockerRunOptions, print?: (text: string) => void): Promise<DockerResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('docker', args, { env: env as NodeJS.ProcessEnv, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    // One stream per pipe: a line half-written to stdout must not be joined to a line of stderr.
    const echoLine = (text: string) => {
      if (text.trim()) print?.(text);
    };
    const echoed = options.echo && print ? { out: new UntrustedLineStream(echoLine), err: new UntrustedLineStream(echoLine) } : undefined;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      echoed?.out.push(chunk);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      echoed?.err.push(chunk);
    });
    const timer = options.timeoutMs ? setTimeout(() => child.kill('SIGKILL'), options.timeoutMs) : undefined;
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(error.code === 'ENOENT' ? new Error('the docker CLI was not found on PATH: build-push needs Docker on the runner', { cause: error }) : error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      echoed?.out.end();
      echoed?.err.end();
      resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr: signal ? `${stderr}\nkilled by ${signal} (timeout)` : stderr });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
  });
}
