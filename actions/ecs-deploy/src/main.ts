import * as core from '../../common/src/core.js';
import { runnerCancelSignal } from '../../common/src/cancel.js';
import { systemClock } from '../../common/src/clock.js';
import { createLogsApi } from '../../common/src/logs.js';
import { createEcsApi } from './aws.js';
import { getInputs } from './inputs.js';
import { actionLogger } from './log.js';
import { failureMessage, outputsOf, SUCCESS_RESULTS, summaryMarkdown } from './report.js';
import { run } from './run.js';

const cancel = runnerCancelSignal();

async function main(): Promise<void> {
  try {
    const inputs = getInputs();
    const report = await run(inputs, {
      ecs: createEcsApi(inputs.region), logs: createLogsApi('ecs-deploy'), clock: systemClock, logger: actionLogger, random: Math.random, signal: cancel,
    });
    for (const [name, value] of Object.entries(outputsOf(report))) core.setOutput(name, value);
    await core.summary.addRaw(summaryMarkdown(report)).write();
    if (!SUCCESS_RESULTS.includes(report.result)) core.setFailed(failureMessage(report));
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}

await main();
// The report is out. A call the cancel abandoned may still hold an SDK backoff timer (not abortable), which would
// keep a cancelled step alive until the runner kills it.
if (cancel.aborted) process.exit();
