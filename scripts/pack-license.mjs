// gen-workflow's prepack/postpack (run by npm in generator/): npm cannot pack a file from outside the package
// folder, so the repository's LICENSE is copied into generator/ for the pack and removed after it. A publish
// without a LICENSE fails; a local pack only warns.
import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const generator = new URL('../generator/', import.meta.url).pathname;
const source = new URL('../LICENSE', import.meta.url).pathname;
const target = join(generator, 'LICENSE');

if (process.argv[2] === 'copy') {
  if (existsSync(source)) copyFileSync(source, target);
  else if (process.env.npm_command === 'publish') {
    console.error('gen-workflow: no LICENSE at the repository root; refusing to publish without one');
    process.exit(1);
  } else console.warn('gen-workflow: no LICENSE at the repository root; the package is packed without one');
} else if (process.argv[2] === 'remove') {
  rmSync(target, { force: true });
} else {
  console.error('usage: pack-license.mjs copy|remove');
  process.exit(2);
}
