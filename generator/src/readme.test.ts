/** The project README shows the reference example as is, and the job graph it generates. */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { graphOf } from './generate.js';
import { examplePath, repoRoot, tempRepo } from '../test/support.js';

const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## gen-workflow'), readme.indexOf('## Development'));
const block = (lang: string) => new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(section)?.[1];

describe('README', () => {
  it('has the reference example, exactly as generator/test/example.yml (the one the tests generate)', () => {
    expect(block('yaml')).toBe(readFileSync(examplePath, 'utf8'));
  });

  it('has the mermaid graph gen-workflow --graph prints for it', () => {
    const graph = graphOf({ cwd: tempRepo(examplePath), config: 'platform.yml', out: '.github/workflows' });
    expect(block('mermaid')).toBe(`${graph}\n`);
  });
});
