import * as core from '@actions/core';
import { runnerCancelSignal } from '../../common/src/cancel.js';
import { systemClock } from '../../common/src/clock.js';
import { createEcsApi, createLogsApi } from './aws.js';
import { createCodeDeployApi } from './codedeploy-aws.js';
import { getInputs } from './inputs.js';
import { actionLogger } from './log.js';
import { failureMessage, outputsOf, SUCCESS_RESULTS, summaryMarkdown } from './report.js';
import { run } from './run.js';
import { createScheduledTasksApi } from './scheduled-aws.js';
import { createServiceDeploymentsApi } from './service-deployments.js';
import { verdictLine } from './services.js';

const cancel = runnerCancelSignal();

async function main(): Promise<void> {
  try {
    const inputs = await getInputs();
    const { region } = inputs;
    const report = await run(inputs, {
      ecs: createEcsApi(region), logs: createLogsApi(region), serviceDeployments: createServiceDeploymentsApi(region),
      codedeploy: createCodeDeployApi(region), scheduled: createScheduledTasksApi(region),
      clock: systemClock, logger: actionLogger, random: Math.random, signal: cancel,
    });
    for (const service of report.services) actionLogger.info(`Verdict ${verdictLine(service)}`);
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
