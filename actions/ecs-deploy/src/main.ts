import * as core from '../../common/src/core.js';
import { runnerCancelSignal } from '../../common/src/cancel.js';
import { createLogsApi } from '../../common/src/logs.js';
import { actionClock } from '../../common/src/test-clock.js';
import { getInputs } from './inputs.js';
import { actionLogger } from './log.js';
import { failureMessage, outputsOf, SUCCESS_RESULTS, summaryMarkdown } from './report.js';
import { run } from './run.js';
import { verdictLine } from './services.js';

const cancel = runnerCancelSignal();

async function main(): Promise<void> {
  try {
    const inputs = await getInputs();
    const { region } = inputs;
    // The AWS clients (the SDK, a chunk of the dist of its own) are loaded only now: an input error never pays for them.
    const aws = await import('./adapters.js');
    const report = await run(inputs, {
      ecs: aws.createEcsApi(region), logs: createLogsApi('ecs-deploy'), serviceDeployments: aws.createServiceDeploymentsApi(region),
      codedeploy: aws.createCodeDeployApi(region), scheduled: aws.createScheduledTasksApi(region),
      clock: actionClock(process.env, actionLogger, ['ECS', 'CLOUDWATCH_LOGS', 'CODEDEPLOY', 'EVENTBRIDGE', 'SCHEDULER']), logger: actionLogger, random: Math.random, signal: cancel,
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
