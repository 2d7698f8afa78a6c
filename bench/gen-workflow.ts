/**
 * gen-workflow speed: `generate`, `check` and `explain` of the committed bundle (generator/dist/index.js), started as a
 * user starts it (a fresh `node` process), for every test config and every generator/examples/*.yml (the teams'
 * pipelines, the largest configs). Target: generate and check each under 1 s. Printed next to the same
 * run's figures for `node-actionlint` over the same file (the other tool a pipeline runs on it) and a bare
 * `node -e 0` (the floor of any Node CLI). Exit 3 when only the timing target was missed.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { neutralize } from '../actions/common/src/untrusted.js';

const root = new URL('..', import.meta.url).pathname;
const bin = join(root, 'generator', 'dist', 'index.js');
const actionlint = join(root, 'node_modules', '@tktco', 'node-actionlint', 'bin', 'node-actionlint.js');
const configsDir = join(root, 'generator', 'test', 'configs');
const examplesDir = join(root, 'generator', 'examples');
const ymls = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yml')).sort().map((f) => join(dir, f)) : []);
const configs = [join(root, 'generator', 'test', 'example.yml'), ...ymls(configsDir), ...ymls(examplesDir)];
const largest = configs.reduce((a, b) => (statSync(b).size > statSync(a).size ? b : a));
// `largest` as the second argument: only the largest config (the target's case), for a quick run on a busy machine.
const measured = process.argv[3] === 'largest' ? [largest] : configs;
const runs = Number(process.argv[2] ?? 7);
const TARGET_MS = 1000;
// node-actionlint takes ~4 s a start (its WASM compile): 7 of them per config were ~6 of the bench's 8 minutes in CI.
// It is the reference figure, not the target, so 3 runs give its median.
const lintRuns = Math.min(runs, 3);

function timed(args: string[], cwd: string, okCodes = [0]): number {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', timeout: 60_000 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (!okCodes.includes(result.status ?? -1)) throw new Error(`${args.join(' ')} exited ${result.status}: ${neutralize(`${result.stderr}${result.stdout}`)}`);
  return ms;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const rows: string[] = [];
let missed = false;
for (const config of measured) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-gen-'));
  copyFileSync(config, join(dir, 'platform.yml'));
  mkdirSync(join(dir, '.github', 'workflows'), { recursive: true });
  timed([bin], dir); // warm the file cache
  const generate = median(Array.from({ length: runs }, () => timed([bin, 'generate'], dir)));
  const check = median(Array.from({ length: runs }, () => timed([bin, 'check'], dir)));
  const explain = median(Array.from({ length: runs }, () => timed([bin, 'explain', '--event', 'push', '--ref', 'refs/tags/v1.2.3'], dir)));
  const lint = median(Array.from({ length: lintRuns }, () => timed([actionlint, '.github/workflows/pipeline.yml'], dir)));
  const floor = median(Array.from({ length: runs }, () => timed(['-e', '0'], dir)));
  const over = generate > TARGET_MS || check > TARGET_MS;
  missed ||= over;
  const name = `${config.slice(root.length)}${config === largest ? ' (largest)' : ''}`;
  rows.push(`| ${name} | ${generate.toFixed(0)} ms${over ? ' ⚠️' : ''} | ${check.toFixed(0)} ms | ${explain.toFixed(0)} ms | ${lint.toFixed(0)} ms | ${floor.toFixed(0)} ms |`);
}

console.log(`\ngen-workflow, medians of ${runs} runs (node-actionlint: ${lintRuns}; fresh node process each; target: generate and check each < ${TARGET_MS} ms)\n`);
console.log('| config | ours: generate | ours: check | ours: explain (tag push) | node-actionlint on the output | node -e 0 |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const row of rows) console.log(row);
if (missed) process.exit(3);
