import { spawn } from 'node:child_process';
import { constants } from 'node:fs';
import { access } from 'node:fs/promises';

/** Debian's awscli v2; another `aws` (v1) may come first on PATH, so it is always called by full path. */
export const AWS_CLI_PATH = '/usr/bin/aws';

export interface AwsCliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface AwsCliOptions {
  /** Kill the CLI after this long (real ms). Default 120 s. */
  timeoutMs?: number;
  cwd?: string;
}

/** The SDK's AWS_ENDPOINT_URL_<suffix> for each awscli service command the simulator speaks. */
const ENDPOINT_ENV_SUFFIX: Record<string, string> = {
  ecs: 'ECS',
  ecr: 'ECR',
  logs: 'CLOUDWATCH_LOGS',
  cloudfront: 'CLOUDFRONT',
  deploy: 'CODEDEPLOY',
  events: 'EVENTBRIDGE',
  scheduler: 'SCHEDULER',
};

/**
 * Runs the real awscli v2 against the endpoints named in `env` (e.g. Simulator#env()).
 *
 * Debian's awscli 2.9.19 predates support for AWS_ENDPOINT_URL_<SERVICE> (added in awscli 2.13), so the
 * endpoint for the command's service is passed as --endpoint-url. A service command with no endpoint in
 * `env` is refused rather than sent to real AWS. Nothing from the caller's environment or ~/.aws leaks in
 * beyond PATH/HOME/locale.
 */
export async function runAwsCli(args: string[], env: Record<string, string>, options: AwsCliOptions = {}): Promise<AwsCliResult> {
  await access(AWS_CLI_PATH, constants.X_OK).catch(() => {
    throw new Error(`awscli v2 is needed at ${AWS_CLI_PATH} for this test; install it with: apt-get install -y awscli`);
  });
  const argv = withEndpoint(args, env);
  const childEnv: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? '/tmp',
    LANG: 'C.UTF-8',
    AWS_CONFIG_FILE: '/nonexistent/aws-config',
    AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/aws-credentials',
    AWS_PAGER: '',
    AWS_CLI_AUTO_PROMPT: 'off',
    ...env,
  };
  // awscli takes its region from AWS_DEFAULT_REGION; the SDK convention is AWS_REGION.
  if (childEnv.AWS_DEFAULT_REGION === undefined && env.AWS_REGION !== undefined) childEnv.AWS_DEFAULT_REGION = env.AWS_REGION;

  return new Promise((resolve, reject) => {
    const child = spawn(AWS_CLI_PATH, argv, { env: childEnv, cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timeoutMs = options.timeoutMs ?? 120_000;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`aws ${argv.join(' ')} did not finish within ${timeoutMs} ms\nstdout: ${stdout}\nstderr: ${stderr}`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr });
    });
  });
}

/** Global options that take a value, so the word after them is not the service command. */
const VALUE_OPTIONS = new Set(['--region', '--output', '--profile', '--query', '--color', '--ca-bundle', '--cli-read-timeout', '--cli-connect-timeout']);

function withEndpoint(args: string[], env: Record<string, string>): string[] {
  const service = args.find((arg, i) => !arg.startsWith('-') && !VALUE_OPTIONS.has(args[i - 1] ?? ''));
  if (service === undefined || args.includes('--endpoint-url')) return args;
  const suffix = ENDPOINT_ENV_SUFFIX[service] ?? service.toUpperCase().replace(/-/g, '_');
  const endpoint = env[`AWS_ENDPOINT_URL_${suffix}`] ?? env.AWS_ENDPOINT_URL;
  if (endpoint === undefined) {
    throw new Error(`refusing to run "aws ${args.join(' ')}": env has no AWS_ENDPOINT_URL_${suffix}, so it would call real AWS`);
  }
  return [...args, '--endpoint-url', endpoint];
}
