// moto (https://github.com/getmoto/moto) as a loopback AWS endpoint for integration tests.
//
// Quirks of moto 5.x that tests built on this server have to respect:
// - ECS RunTask with networkMode awsvpc crashes when the subnets belong to a VPC created in the test; use the
//   default VPC's subnets (ec2 DescribeSubnets with default-for-az) and the default security group.
// - ECS RunTask needs `memory` on each container definition, even where real Fargate accepts task-level memory.
// - ECS services never start tasks by themselves: with MOTO_ECS_SERVICE_RUNNING=N in the server's environment
//   (`serverEnv`), every service reports runningCount N, which is what deployment-wait loops poll.
import { LOOPBACK, retryOnPortClash } from './ports.js';
import { LongRunningProcess, httpStatus, runCommand, waitUntilReady } from './process.js';

export interface MotoOptions {
  /** Extra environment for the server process, e.g. `{ MOTO_ECS_SERVICE_RUNNING: '1' }`. */
  serverEnv?: Record<string, string>;
  /** Region put into `env()`; moto accepts any. */
  region?: string;
  /** Python interpreter that has moto installed. */
  python?: string;
  startTimeoutMs?: number;
}

export interface MotoServer {
  /** http://127.0.0.1:PORT, for every AWS service. */
  readonly endpoint: string;
  readonly port: number;
  readonly pid: number;
  /**
   * Variables that point an AWS SDK or CLI at this server with fake credentials. They do not unset anything:
   * a caller's AWS_PROFILE makes SDK v3 skip env credentials, and AWS_ENDPOINT_URL_<SERVICE> wins over
   * AWS_ENDPOINT_URL, so remove those from the environment the variables are merged into.
   */
  env(): Record<string, string>;
  /** Drops every resource in every service (moto's POST /moto-api/reset). */
  reset(): Promise<void>;
  stop(): Promise<void>;
  logTail(lines?: number): string;
}

const INSTALL_HINT =
  "install moto 5 with its server extra into this python3 (pip install 'moto[server]>=5'), or pass `python` " +
  'pointing at an interpreter that has it';

async function checkMotoInstalled(python: string): Promise<string> {
  let result;
  try {
    result = await runCommand(python, ['-c', 'import moto, moto.server; print(moto.__version__)'], { timeoutMs: 30_000 });
  } catch (err) {
    throw new Error(`${python} could not be run (${err instanceof Error ? err.message : String(err)}): ${INSTALL_HINT}`, {
      cause: err,
    });
  }
  if (result.code !== 0) {
    const reason = result.stderr.trim().split('\n').pop() ?? 'unknown error';
    throw new Error(`moto not importable by ${python} (${reason}): ${INSTALL_HINT}`);
  }
  return result.stdout.trim();
}

export async function startMoto(opts: MotoOptions = {}): Promise<MotoServer> {
  const python = opts.python ?? 'python3';
  const region = opts.region ?? 'us-east-1';
  const version = await checkMotoInstalled(python);
  if (!version.startsWith('5.')) {
    throw new Error(`moto ${version} found, the test-bed is written against moto 5.x: ${INSTALL_HINT}`);
  }

  const { proc, port } = await retryOnPortClash(async (port) => {
    const proc = await LongRunningProcess.start({
      name: 'moto',
      command: python,
      args: ['-m', 'moto.server', '-H', LOOPBACK, '-p', String(port)],
      env: { ...opts.serverEnv, PYTHONUNBUFFERED: '1' },
    });
    const endpoint = `http://${LOOPBACK}:${port}`;
    try {
      await waitUntilReady(proc, `moto on ${endpoint}`, async () => (await httpStatus(`${endpoint}/moto-api/`)) === 200, {
        timeoutMs: opts.startTimeoutMs ?? 30_000,
      });
    } catch (err) {
      await proc.stop({ graceMs: 2_000 });
      throw err;
    }
    return { proc, port };
  });

  const endpoint = `http://${LOOPBACK}:${port}`;
  return {
    endpoint,
    port,
    pid: proc.pid,
    env: () => ({
      AWS_ENDPOINT_URL: endpoint,
      AWS_ACCESS_KEY_ID: 'testing',
      AWS_SECRET_ACCESS_KEY: 'testing',
      AWS_REGION: region,
      AWS_DEFAULT_REGION: region,
    }),
    reset: async () => {
      const status = await httpStatus(`${endpoint}/moto-api/reset`, { method: 'POST' }, 10_000);
      if (status !== 200) throw new Error(`moto reset answered HTTP ${status}`);
    },
    stop: () => proc.stop({ graceMs: 5_000 }),
    logTail: (lines) => proc.logTail(lines),
  };
}

/**
 * Environment for a dist run against moto alone: moto's endpoint and fake keys, with every variable that could point
 * the SDK elsewhere (the simulator's AWS_ENDPOINT_URL_*, a profile, the machine's config files) removed.
 */
export function motoOnlyEnv(moto: MotoServer): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ...moto.env() };
  for (const key of Object.keys(process.env)) if (key.startsWith('AWS_ENDPOINT_URL_')) env[key] = undefined;
  for (const key of ['AWS_ENDPOINT_URL_ECS', 'AWS_ENDPOINT_URL_CLOUDWATCH_LOGS', 'AWS_PROFILE', 'AWS_SESSION_TOKEN']) env[key] = undefined;
  env.AWS_CONFIG_FILE = '/nonexistent/aws-config';
  env.AWS_SHARED_CREDENTIALS_FILE = '/nonexistent/aws-credentials';
  return env;
}
