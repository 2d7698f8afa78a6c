import * as core from '../../common/src/core.js';
import { runnerCancelSignal } from '../../common/src/cancel.js';
import { createLogsApi } from '../../common/src/logs.js';
import { actionClock } from '../../common/src/test-clock.js';
import { getInputs } from './inputs.js';
import { jobLog } from './printers.js';
import { failureMessage, outputsOf, summaryMarkdown } from './report.js';
import { run } from './run.js';
import { execCommandLine, runExecSession } from './session/index.js';

const { logger, printLine } = jobLog(core);

async function main(): Promise<void> {
  const cancel = runnerCancelSignal();
  try {
    const inputs = getInputs();
    // The ECS client (the AWS SDK, a chunk of the dist of its own) is loaded only now: an input error never pays for it.
    const { createEcsApi } = await import('./aws.js');
    const report = await run(inputs, {
      ecs: createEcsApi(inputs.region), logs: createLogsApi('db-migrate'), clock: actionClock(process.env, logger, ['ECS', 'CLOUDWATCH_LOGS']),
      logger, printLine, signal: cancel, session: { commandLine: execCommandLine, run: runExecSession },
    });
    for (const [name, value] of Object.entries(outputsOf(report))) core.setOutput(name, value);
    await core.summary.addRaw(summaryMarkdown(report)).write();
    if (report.result !== 'succeeded') core.setFailed(failureMessage(report));
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}

await main();
