// Cold start and one passing check of the smoke-test dist, as the runner starts it (`node dist/index.js`), next to
// the peer most pipelines use today (`curl -fsS URL`) in the same run, against the same loopback server.
// Usage: node bench/smoke-test.mjs [runs=20]
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const runs = Number(process.argv[2] ?? 20);
const dist = new URL('../actions/smoke-test/dist/index.js', import.meta.url).pathname;
const server = createServer((_req, res) => {
  res.setHeader('content-type', 'application/json');
  res.end('{"build":{"version":"abc"}}');
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/version`;
const work = mkdtempSync(join(tmpdir(), 'bench-smoke-'));

function runner(node) {
  const files = ['out', 'summary', 'state', 'env', 'path'].map((f) => join(work, f));
  for (const f of files) writeFileSync(f, '');
  return {
    cmd: node,
    args: [dist],
    env: {
      PATH: process.env.PATH, GITHUB_OUTPUT: files[0], GITHUB_STEP_SUMMARY: files[1], GITHUB_STATE: files[2], GITHUB_ENV: files[3], GITHUB_PATH: files[4],
      INPUT_URLS: url, 'INPUT_JSON-ASSERT': '$.build.version == abc', INPUT_TIMEOUT: '30s', 'INPUT_REQUEST-TIMEOUT': '10s', INPUT_INTERVAL: '2s',
    },
  };
}

function once({ cmd, args, env }) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(cmd, args, { env, stdio: 'ignore' });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(Number(process.hrtime.bigint() - started) / 1e6) : reject(new Error(`${cmd} exited ${code}`))));
  });
}

async function measure(label, command) {
  await once(command); // warm the file cache: the runner's disk is warm after checkout
  const times = [];
  for (let i = 0; i < runs; i++) times.push(await once(command));
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(0);
  return { label, median: at(0.5), p90: at(0.9), min: times[0].toFixed(0) };
}

const rows = [await measure(`ours: node ${process.version} dist/index.js`, runner(process.execPath))];
try {
  const node24 = execFileSync('npx', ['-y', 'node@24', '-p', 'process.execPath'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  const version = execFileSync(node24, ['--version'], { encoding: 'utf8' }).trim();
  rows.push(await measure(`ours: node ${version} dist/index.js`, runner(node24)));
} catch (error) {
  rows.push({ label: `ours under node 24: not measured (${error.message.split('\n')[0]})`, median: '-', p90: '-', min: '-' });
}
rows.push(await measure('peer: curl -fsS URL', { cmd: 'curl', args: ['-fsS', '-o', '/dev/null', url], env: { PATH: process.env.PATH } }));

console.log(`smoke-test: one passing check of ${url}, ${runs} runs each (wall time of the whole process, ms)`);
console.log('| command | median | p90 | min |');
console.log('| --- | ---: | ---: | ---: |');
for (const r of rows) console.log(`| ${r.label} | ${r.median} | ${r.p90} | ${r.min} |`);
server.close();
rmSync(work, { recursive: true, force: true });
