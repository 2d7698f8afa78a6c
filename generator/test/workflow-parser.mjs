// Runs GitHub's own workflow parser (@actions/workflow-parser, the parser behind GitHub's VS Code extension) over
// the files named on the command line, schema validation and conversion (needs, expressions, matrix…), and prints
// {file: messages[]} as JSON. A separate process because the package imports its JSON schema without an import
// attribute, which Node refuses: a loader hook serves those .json files as modules. Where Node has them (≥ 22.15,
// which runs the tests), in-thread hooks (registerHooks): register() starts a loader thread that every import waits
// on, ~0.2 s of CPU per run for the same result.
import * as nodeModule from 'node:module';
import { readFileSync } from 'node:fs';

const jsonAsModule = (url) => `export default ${readFileSync(new URL(url), 'utf8')};`;
if (typeof nodeModule.registerHooks === 'function') {
  nodeModule.registerHooks({
    load(url, context, next) {
      return url.endsWith('.json') ? { format: 'module', source: jsonAsModule(url), shortCircuit: true } : next(url, context);
    },
  });
} else {
  const hook = `
export async function load(url, context, next) {
  if (url.endsWith('.json')) {
    const { readFile } = await import('node:fs/promises');
    const text = await readFile(new URL(url), 'utf8');
    return { format: 'module', source: 'export default ' + text + ';', shortCircuit: true };
  }
  return next(url, context);
}`;
  nodeModule.register(`data:text/javascript,${encodeURIComponent(hook)}`, import.meta.url);
}

const { parseWorkflow, convertWorkflowTemplate, NoOperationTraceWriter } = await import('@actions/workflow-parser');
const results = {};
for (const file of process.argv.slice(2)) {
  const parsed = parseWorkflow({ name: file, content: readFileSync(file, 'utf8') }, new NoOperationTraceWriter());
  const messages = parsed.context.errors.getErrors().map((error) => error.message);
  if (parsed.value && messages.length === 0) {
    const template = await convertWorkflowTemplate(parsed.context, parsed.value);
    for (const error of template.errors ?? []) messages.push(error.Message ?? error.message ?? String(error));
  }
  results[file] = messages;
}
process.stdout.write(JSON.stringify(results));
