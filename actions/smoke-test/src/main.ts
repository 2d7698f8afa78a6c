import * as core from '../../common/src/core.js';
import { systemClock } from '../../common/src/clock.js';
import { MaskedValues } from '../../common/src/secrets.js';
import { untrustedSafeLogger } from '../../common/src/untrusted.js';
import { getInputs, headerSecrets } from './inputs.js';
import { failureMessage, redactReport, reportJson, summaryMarkdown } from './report.js';
import { run } from './run.js';

// Every info line may embed outside text (an event, a file name, a log line): the printer neutralises it.
const logger = untrustedSafeLogger(core);

async function main(): Promise<void> {
  try {
    const inputs = getInputs();
    const masked = new MaskedValues((secret) => core.setSecret(secret));
    for (const secret of headerSecrets(inputs.headers)) masked.add(secret);
    // The probe (node:https and node:tls, the proxy agents) is loaded only now: an input error never pays for it.
    const { createHttpProbe } = await import('./http.js');
    const report = redactReport(await run(inputs, { probe: createHttpProbe(), clock: systemClock, logger, random: Math.random }), masked);
    core.setOutput('report', reportJson(report));
    core.setOutput('passed', String(report.passed));
    await core.summary.addRaw(summaryMarkdown(report)).write();
    if (!report.passed) core.setFailed(failureMessage(report));
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}

await main();
