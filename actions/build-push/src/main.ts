import * as core from '../../common/src/core.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock } from '../../common/src/clock.js';
import { untrustedSafeLogger } from '../../common/src/untrusted.js';
import { createDockerCli } from './docker.js';
import { getInputs } from './inputs.js';
import { post } from './post.js';
import { outputsOf, summaryMarkdown } from './report.js';
import { run } from './run.js';

// Every info line may embed outside text (an event, a file name, a log line): the printer neutralises it.
const logger = untrustedSafeLogger(core);

async function main(): Promise<void> {
  core.saveState('is-post', 'true');
  try {
    const inputs = getInputs();
    // Our own DOCKER_CONFIG: the login never lands in (or depends on) the user's ~/.docker; the post step removes it.
    const configDir = mkdtempSync(join(process.env.RUNNER_TEMP || tmpdir(), 'build-push-docker-'));
    core.saveState('docker-config', configDir);
    // The ECR client (the AWS SDK, its own chunk of the dist) is loaded only now: an input error and the post step,
    // which never call AWS, do not pay for it.
    const { createEcrApi } = await import('./aws.js');
    const docker = createDockerCli({ configDir, classic: inputs.builder === 'classic', buildxPlugin: inputs.buildxPlugin, env: process.env, print: (text) => core.info(text) });
    const report = await run(inputs, {
      ecr: createEcrApi(inputs.region, inputs.registryId), docker, clock: systemClock, logger, random: Math.random,
      mask: (secret) => core.setSecret(secret), saveState: (name, value) => core.saveState(name, value),
    });
    for (const [name, value] of Object.entries(outputsOf(report))) core.setOutput(name, value);
    await core.summary.addRaw(summaryMarkdown(report)).write();
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}

// One bundle serves both steps: the post step is told apart by the state main saved first thing.
if (core.getState('is-post')) await post(core.getState('docker-config'), core.getState('registry'), logger);
else await main();
