import * as core from '@actions/core';
import { systemClock } from '../../common/src/clock.js';
import { createFetchProbe } from './http.js';
import { getInputs, headerSecrets } from './inputs.js';
import { failureMessage, reportJson, summaryMarkdown } from './report.js';
import { run } from './run.js';

async function main(): Promise<void> {
  try {
    const inputs = getInputs();
    for (const secret of headerSecrets(inputs.headers)) core.setSecret(secret);
    const report = await run(inputs, { probe: createFetchProbe(), clock: systemClock, logger: core, random: Math.random });
    core.setOutput('report', reportJson(report));
    core.setOutput('passed', String(report.passed));
    await core.summary.addRaw(summaryMarkdown(report)).write();
    if (!report.passed) core.setFailed(failureMessage(report));
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}

await main();
