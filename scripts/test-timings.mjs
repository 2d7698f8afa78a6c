// Where a jest run's time went, from its --json report: wall time, each project's summed file time, the slowest
// files. Usage: npm test -- --json --outputFile=/tmp/jest.json; node scripts/test-timings.mjs /tmp/jest.json [top=15]
// With --write, each file's time also goes into scripts/test-durations.json (merged over what is there), the order
// scripts/jest-sequencer.cjs starts files in where jest has no times of its own: refresh it from a whole `npm test`
// run on a quiet machine when files are added or their times move a lot.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const write = args.includes('--write');
const [file, top = '15'] = args.filter((a) => a !== '--write');
if (!file) {
  console.error('usage: node scripts/test-timings.mjs <jest --json output> [top] [--write]');
  process.exit(2);
}
const report = JSON.parse(readFileSync(file, 'utf8'));
const project = (name) => (name.startsWith('test/e2e/') ? 'e2e' : name.startsWith('test/integration/') ? 'integration' : name.startsWith('test/') ? 'tooling' : 'unit');
const files = report.testResults
  .map((t) => ({ name: relative(process.cwd(), t.name), seconds: (t.endTime - t.startTime) / 1000, tests: t.assertionResults.length, status: t.status }))
  .sort((a, b) => b.seconds - a.seconds);
const end = Math.max(...report.testResults.map((t) => t.endTime));
console.log(`wall ${((end - report.startTime) / 1000).toFixed(1)} s (start to last file's end); ${report.numPassedTests}/${report.numTotalTests} tests passed`);
const byProject = new Map();
for (const f of files) byProject.set(project(f.name), (byProject.get(project(f.name)) ?? 0) + f.seconds);
for (const [name, seconds] of byProject) console.log(`${name}: ${seconds.toFixed(1)} s summed over its files`);
console.log(`\nslowest ${top} files (s, tests, file):`);
for (const f of files.slice(0, Number(top))) console.log(`${f.seconds.toFixed(1).padStart(7)} ${String(f.tests).padStart(4)}  ${f.name}${f.status === 'passed' ? '' : ` (${f.status})`}`);

if (write) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const target = join(root, 'scripts', 'test-durations.json');
  let seconds = {};
  try {
    seconds = JSON.parse(readFileSync(target, 'utf8')).seconds ?? {};
  } catch {
    // a first write
  }
  for (const t of report.testResults) seconds[relative(root, t.name).split('\\').join('/')] = Math.round((t.endTime - t.startTime) / 100) / 10;
  const sorted = Object.fromEntries(Object.entries(seconds).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(target, `${JSON.stringify({ about: 'seconds per test file in a whole npm test run; see scripts/jest-sequencer.cjs', seconds: sorted }, null, 2)}\n`);
  console.log(`\nwrote ${relative(process.cwd(), target)} (${Object.keys(sorted).length} files)`);
}
