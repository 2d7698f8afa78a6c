// Cold start of each action's committed dist, as the runner starts it (`node dist/index.js` under Node 24, the
// runner's files named, no inputs), up to its exit on the first input error: the fixed cost every step pays before
// any work. Printed next to a bare `node -e 0` and, when PEER_DIST names another action's committed dist/index.js
// (e.g. the official aws-actions/amazon-ecs-deploy-task-definition, run in place from its repository), next to it.
// Usage: [PEER_DIST=/path/to/peer/dist/index.js] node bench/cold-start.mjs [runs=20]
// Exit 1: a wrong result (a dist whose JavaScript — index.js and every on-demand chunk — is over 2 MB, or one that
// does not fail with one ::error:: naming an input);
// exit 3: only the timing target was missed (ours slower than the peer); 0 otherwise.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const ACTIONS = ['build-push', 'db-migrate', 'ecs-deploy', 's3-spa-deploy', 'smoke-test'];
/** MB as the issue counts them (3,100,773 bytes = "3.10 MB"). */
const MAX_DIST_BYTES = 2_000_000;
const runs = Number(process.argv[2] ?? 20);
const root = new URL('..', import.meta.url).pathname;
const peerDist = process.env.PEER_DIST;
if (!Number.isInteger(runs) || runs < 1) {
  console.error('usage: [PEER_DIST=…/dist/index.js] node bench/cold-start.mjs [runs=20]');
  process.exit(2);
}
if (peerDist && !existsSync(peerDist)) {
  console.error(`PEER_DIST=${peerDist}: no such file`);
  process.exit(2);
}

/** The action runtime: HARNESS_NODE (as the tests use), else a Node 24 fetched once by npx, else this node. */
function node24() {
  const candidates = [process.env.HARNESS_NODE];
  try {
    candidates.push(execFileSync('npx', ['-y', 'node@24', '-p', 'process.execPath'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
  } catch {
    // offline: fall through to this node, and say so in the table
  }
  for (const node of [...candidates, process.execPath]) {
    if (!node || !existsSync(node)) continue;
    const version = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
    if (version.startsWith('v24.') || node === process.execPath) return { node, version };
  }
  throw new Error('no node binary');
}

/** What the runner downloads and may load: index.js and the chunks it imports on demand; and the whole folder. */
function distBytes(indexJs) {
  const dir = dirname(indexJs);
  const files = readdirSync(dir).filter((f) => statSync(join(dir, f)).isFile());
  const sum = (list) => list.reduce((total, f) => total + statSync(join(dir, f)).size, 0);
  const js = files.filter((f) => f.endsWith('.js'));
  return { index: statSync(indexJs).size, total: sum(js), files: js.length, folder: sum(files) };
}

const work = mkdtempSync(join(tmpdir(), 'bench-cold-start-'));
let fileSet = 0;
/** The runner's environment for a step with no `with:`: its file-command files exist and are empty. */
function runnerEnv() {
  const dir = join(work, String(fileSet++));
  const env = { PATH: process.env.PATH, RUNNER_TEMP: work, GITHUB_WORKSPACE: work };
  for (const name of ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STEP_SUMMARY']) {
    env[name] = `${dir}-${name}`;
    writeFileSync(env[name], '');
  }
  return env;
}

/**
 * A child's output, shown when it fails its check: each line behind `| `, so that none of it (a peer's `::error::`,
 * anything a broken dist prints) reaches the runner as a workflow command from this bench's stderr. The runner
 * splits on \r\n, \r and \n and trims leading spaces before looking for `::`. (The actions' own printer,
 * actions/common/src/untrusted.ts, is TypeScript, which this plain .mjs run by Node 20 cannot import.)
 */
const quoted = (text) => text.split(/\r\n|\r|\n/).map((line) => `| ${line}`).join('\n');

function once(command) {
  return new Promise((resolve, reject) => {
    const env = runnerEnv();
    let stdout = '';
    let stderr = '';
    const started = process.hrtime.bigint();
    let ms;
    const child = spawn(command.cmd, command.args, { env, cwd: work, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('exit', () => (ms = Number(process.hrtime.bigint() - started) / 1e6));
    child.on('close', (code) => {
      const problem = command.check?.(code, stdout, stderr);
      if (problem) reject(new Error(`${command.label}: ${problem}\n--- stdout\n${quoted(stdout)}\n--- stderr\n${quoted(stderr)}`));
      else resolve(ms);
    });
  });
}

/** Ours must stop where a user's first mistake stops it: exit 1, one ::error:: naming an input, nothing on stderr. */
function oursFailsOnInput(code, stdout, stderr) {
  const errors = stdout.split(/\r?\n/).filter((line) => line.startsWith('::error'));
  if (code !== 1 || errors.length !== 1 || !/^::error::Input '[^']+'/.test(errors[0]) || stderr !== '') {
    return `expected exit 1 with one ::error::Input '…' and no stderr, got exit ${code}, ${errors.length} error line(s)`;
  }
  return undefined;
}

function peerFailsOnInput(code, stdout) {
  return code === 1 && /^::error::/m.test(stdout) ? undefined : `expected exit 1 with an ::error:: line, got exit ${code}`;
}

const { node, version } = node24();
const commands = [{ label: `node ${version} -e 0`, cmd: node, args: ['-e', '0'], check: (code) => (code === 0 ? undefined : `exit ${code}`) }];
for (const name of ACTIONS) {
  const indexJs = join(root, 'actions', name, 'dist', 'index.js');
  commands.push({ label: `ours: ${name}`, name, cmd: node, args: [indexJs], check: oursFailsOnInput, size: distBytes(indexJs) });
}
if (peerDist) {
  commands.push({ label: `peer: ${peerDist}`, peer: true, cmd: node, args: [peerDist], check: peerFailsOnInput, size: distBytes(peerDist) });
}

// Round-robin, after one warm-up of each (the runner's disk cache is warm after checkout): a burst of load from
// other processes then slows every command alike rather than the one that happened to run during it.
// A command that fails its check is reported and left out from then on; the others are still measured.
const times = new Map(commands.map((c) => [c, []]));
const wrong = [];
const failed = new Set();
async function timed(command) {
  if (failed.has(command)) return undefined;
  try {
    return await once(command);
  } catch (error) {
    failed.add(command);
    times.set(command, []);
    wrong.push(error.message);
    return undefined;
  }
}
for (const command of commands) await timed(command);
for (let i = 0; i < runs; i++) {
  for (const command of commands) {
    const ms = await timed(command);
    if (ms !== undefined) times.get(command).push(ms);
  }
}

const stats = (list) => {
  const sorted = [...list].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p90: at(0.9), min: sorted[0] };
};
const floor = stats(times.get(commands[0])).median;
const peer = commands.find((c) => c.peer);
// A peer that failed its check (wrong path, a package.json above it that makes its CommonJS dist ESM, …) has no
// times: it is reported in `wrong`, and nothing is judged against it.
const peerMedian = peer && times.get(peer).length > 0 ? stats(times.get(peer)).median : undefined;
const mb = (bytes) => (bytes / 1e6).toFixed(2);

console.log(`cold start to the first input error, ${runs} runs each, round-robin (wall time of the whole process, ms), ${version}`);
console.log('| command | dist index.js | dist JS, all .js files | dist folder, all files | median | p90 | min | median − node -e 0 | vs peer |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
const missed = [];
for (const command of commands) {
  const list = times.get(command);
  if (list.length === 0) continue;
  const { median, p90, min } = stats(list);
  const size = command.size
    ? `${mb(command.size.index)} MB | ${mb(command.size.total)} MB (${command.size.files} file${command.size.files > 1 ? 's' : ''}) | ${mb(command.size.folder)} MB`
    : ' | | ';
  const ratio = peerMedian && command !== commands[0] ? `${(median / peerMedian).toFixed(2)}×` : '';
  console.log(`| ${command.label} | ${size} | ${median.toFixed(0)} | ${p90.toFixed(0)} | ${min.toFixed(0)} | ${command === commands[0] ? '' : (median - floor).toFixed(0)} | ${ratio} |`);
  if (command.name && peerMedian !== undefined && median > peerMedian) missed.push(`${command.name} ${median.toFixed(0)} ms > peer ${peerMedian.toFixed(0)} ms`);
}
// The limit holds for all the JavaScript a dist ships, not just index.js: the chunks (CloudFront with a distribution,
// CloudWatch Logs for a failed rollout's diagnosis, …) are downloaded with every checkout and loaded on their path.
// The whole folder (licenses.txt too) is printed, not held to it.
for (const command of commands.filter((c) => c.name)) {
  if (command.size.total > MAX_DIST_BYTES) wrong.push(`actions/${command.name}/dist: ${command.size.total} bytes of JavaScript in ${command.size.files} file(s), over the ${MAX_DIST_BYTES} bytes (2 MB) limit`);
}

console.log();
console.log(`Size target (every dist's JavaScript, index.js and chunks, ≤ 2 MB): ${wrong.some((w) => w.includes('limit')) ? 'MISSED' : 'met'}`);
if (!peer) console.log('Timing target (each of ours ≤ the peer): not judged, no PEER_DIST given');
else if (peerMedian === undefined) console.log('Timing target (each of ours ≤ the peer): not judged, the peer did not run as expected (below)');
else console.log(`Timing target (each of ours ≤ the peer, ${peerMedian.toFixed(0)} ms): ${missed.length ? `missed: ${missed.join('; ')}` : 'met'}`);
rmSync(work, { recursive: true, force: true });
if (wrong.length) {
  for (const problem of wrong) console.error(`::error::${problem.split(/\r\n|\r|\n/)[0]}`);
  for (const problem of wrong) console.error(problem);
  process.exit(1);
}
process.exit(missed.length ? 3 : 0);
