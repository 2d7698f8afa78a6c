// Writes the inputs/outputs tables of each actions/<name>/README.md from its action.yml, between
// `<!-- action-docs:start -->` and `<!-- action-docs:end -->`. `--check` fails when a README is stale instead.
// `--root DIR` runs on another tree (the tests use it on a copy).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const args = process.argv.slice(2);
const check = args.includes('--check');
const rootAt = args.indexOf('--root');
const root = rootAt >= 0 ? args[rootAt + 1] : new URL('..', import.meta.url).pathname;
const START = '<!-- action-docs:start -->';
const END = '<!-- action-docs:end -->';

const cell = (text) => String(text ?? '').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').trim();
const code = (text) => (text === '' || text === undefined ? '' : `\`${cell(text)}\``);

export function renderTables(action) {
  const inputs = Object.entries(action.inputs ?? {}).map(
    ([name, spec]) => `| \`${name}\` | ${spec.required ? 'yes' : 'no'} | ${code(spec.default)} | ${cell(spec.description)} |`,
  );
  const outputs = Object.entries(action.outputs ?? {}).map(([name, spec]) => `| \`${name}\` | ${cell(spec.description)} |`);
  return [
    START,
    '<!-- generated from action.yml by `npm run docs`; do not edit by hand -->',
    '### Inputs',
    '',
    '| Name | Required | Default | Description |',
    '| --- | --- | --- | --- |',
    ...inputs,
    '',
    '### Outputs',
    '',
    '| Name | Description |',
    '| --- | --- |',
    ...outputs,
    END,
  ].join('\n');
}

let stale = 0;
for (const name of readdirSync(join(root, 'actions'))) {
  const actionFile = join(root, 'actions', name, 'action.yml');
  const readmeFile = join(root, 'actions', name, 'README.md');
  if (!existsSync(actionFile)) continue;
  const readme = existsSync(readmeFile) ? readFileSync(readmeFile, 'utf8') : '';
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) {
    stale += 1;
    console.error(`::error file=actions/${name}/README.md::has no ${START} … ${END} section for the generated tables`);
    continue;
  }
  const updated = readme.slice(0, start) + renderTables(parse(readFileSync(actionFile, 'utf8'))) + readme.slice(end + END.length);
  if (updated === readme) continue;
  if (check) {
    stale += 1;
    console.error(`::error file=actions/${name}/README.md::inputs/outputs tables differ from action.yml; run 'npm run docs'`);
  } else {
    writeFileSync(readmeFile, updated);
    console.log(`updated actions/${name}/README.md`);
  }
}
if (stale > 0) process.exit(1);
