/**
 * The test jobs: `test` alone, or `test-<name>` for each of `test.jobs`, run in parallel. Each sets up the
 * toolchains it names (a single `test` with none named gets Node, as it always did), starts its service containers,
 * and runs your steps before and after its commands, in its working directory.
 */
import type { Config } from '../config/schema.js';
import type { TestJobConfig } from '../config/schema-test.js';
import { customSteps } from './custom.js';
import { checkout, commandStepName } from './steps.js';
import { testServices } from './test-services.js';
import { nodeSteps, phpSteps, pythonSteps, type NodeSetting } from './toolchains.js';
import type { Job, Step } from './types.js';

type Settings = Omit<TestJobConfig, 'run'> & { run: string[] };

/** The Node.js setting of a job: `node`, else (the single job only) the older node-version / package-manager keys. */
export function nodeSetting(job: Pick<Settings, 'node'> & { 'node-version'?: string | number; 'package-manager'?: NodeSetting['manager'] }, run: string[], fallback: boolean): NodeSetting | undefined {
  if (job.node) return { version: String(job.node.version), manager: job.node['package-manager'], cache: job.node.cache, ...(job.node.lockfile ? { lockfile: job.node.lockfile } : {}) };
  if (!fallback) return undefined;
  const first = run[0]?.trim().split(/\s+/)[0];
  const manager = job['package-manager'] ?? (first === 'pnpm' || first === 'yarn' ? first : 'npm');
  return { version: String(job['node-version'] ?? '20'), manager, cache: true };
}

function testJob(config: Config, id: string, name: string, job: Settings, node: NodeSetting | undefined): Job {
  const dir = job['working-directory'];
  const { services, env } = testServices(job.services ?? [], `${config.app.replace(/-/g, '_')}_test`);
  Object.assign(env, job.env ?? {});
  const steps: Step[] = [checkout()];
  if (node) steps.push(...nodeSteps(node, dir));
  if (job.python) steps.push(...pythonSteps({ version: String(job.python.version), manager: job.python['package-manager'], cache: job.python.cache, lockfile: job.python.lockfile }, dir));
  if (job.php) steps.push(...phpSteps({ version: String(job.php.version), extensions: job.php.extensions, cache: job.php.cache, lockfile: job.php.lockfile }, dir));
  steps.push(...customSteps(job.steps?.before));
  steps.push(...job.run.map((run) => ({ name: commandStepName(run), ...(dir ? { workingDirectory: dir } : {}), run })));
  steps.push(...customSteps(job.steps?.after));
  return {
    id, name, needs: [], runsOn: config['runs-on'], permissions: { contents: 'read' }, timeoutMinutes: 30,
    ...(Object.keys(services).length ? { services } : {}),
    ...(Object.keys(env).length ? { env } : {}),
    steps,
  };
}

export function testJobs(config: Config): Job[] {
  const test = config.test;
  if (test.jobs) {
    return Object.entries(test.jobs).map(([name, job]) => testJob(config, `test-${name}`, `Test ${name}`, job, nodeSetting(job, job.run, !job.python && !job.php)));
  }
  const run = test.run ?? [];
  const single: Settings = { ...test, run };
  return [testJob(config, 'test', 'Test', single, nodeSetting(test, run, !test.python && !test.php))];
}
