import * as core from '../../common/src/core.js';
import { runnerCancelSignal } from '../../common/src/cancel.js';
import { systemClock } from '../../common/src/clock.js';
import { untrustedSafeLogger } from '../../common/src/untrusted.js';
import { scanDirectory } from './files.js';
import { getInputs } from './inputs.js';
import { outputsOf, summaryMarkdown } from './report.js';
import { run } from './run.js';

// Every info line may embed outside text (an event, a file name, a log line): the printer neutralises it.
const logger = untrustedSafeLogger(core);
// Before any request: a SIGINT aborts what is in flight, and run() then reports what is live.
const signal = runnerCancelSignal();

async function main(): Promise<void> {
  try {
    const inputs = getInputs();
    // The S3 client (the AWS SDK, a chunk of the dist of its own) is loaded only now: an input error never pays for it.
    const { createS3Api } = await import('./aws.js');
    const report = await run(inputs, {
      s3: createS3Api(inputs.region, inputs.bucket, inputs.multipartThresholdBytes, signal, inputs.concurrency),
      // Loaded only with a distribution to invalidate: CloudFront's client is ~0.4 MB of code a bucket-only run skips.
      cloudfront: inputs.distributionId ? (await import('./cloudfront.js')).createCloudFrontApi(inputs.region, signal) : undefined,
      scan: scanDirectory, clock: systemClock, logger, random: Math.random, signal,
    });
    for (const [name, value] of Object.entries(outputsOf(report))) core.setOutput(name, value);
    await core.summary.addRaw(summaryMarkdown(report, inputs.bucket, inputs.prefix)).write();
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}

await main();
