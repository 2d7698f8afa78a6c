import * as core from '@actions/core';
import { systemClock } from '../../common/src/clock.js';
import { createEcsApi, createLogsApi } from './aws.js';
import { getInputs } from './inputs.js';
import { failureMessage, outputsOf, SUCCESS_RESULTS, summaryMarkdown } from './report.js';
import { run } from './run.js';

async function main(): Promise<void> {
  // The runner cancels with SIGINT, then SIGTERM: stop waiting at once, report, and roll back if asked.
  const cancel = new AbortController();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => cancel.abort());
  try {
    const inputs = getInputs();
    const report = await run(inputs, {
      ecs: createEcsApi(inputs.region), logs: createLogsApi(inputs.region), clock: systemClock, logger: core, random: Math.random, signal: cancel.signal,
    });
    for (const [name, value] of Object.entries(outputsOf(report))) core.setOutput(name, value);
    await core.summary.addRaw(summaryMarkdown(report)).write();
    if (!SUCCESS_RESULTS.includes(report.result)) core.setFailed(failureMessage(report));
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}

await main();
