/**
 * The deploy notices as the runner runs them: the generated webhook step (the Caja example's PagerDuty Events API v2
 * payload) is run with bash against a local HTTP server, and the Slack compose step with a hostile branch name. jq
 * must build valid JSON whatever the text, the secret must arrive as a value (never pasted into the program), and
 * nothing but the HTTP status of the answer is printed (the answer is outside text).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeGenerated } from '../../generator/src/generate.js';
import { readWorkflow, repoRoot, tempRepo } from '../../generator/test/support.js';
import { HOSTILE_BLOCK } from '../support/hostile.js';

type Step = { name: string; env?: Record<string, string>; run?: string };
const received: Array<{ body: string; type: string | undefined }> = [];
let server: Server;
let url = '';

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => { body += chunk.toString('utf8'); });
    request.on('end', () => {
      received.push({ body, type: request.headers['content-type'] });
      // An answer that tries to become workflow commands: the step must not print it.
      response.writeHead(202, { 'content-type': 'application/json' }).end(`{"status":"success"}\n${HOSTILE_BLOCK}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v2/enqueue`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function stepsOf(example: string, job: string): Step[] {
  const dir = tempRepo(join(repoRoot, 'generator', 'examples', `${example}.yml`));
  writeGenerated({ cwd: dir, config: 'platform.yml', out: '.github/workflows' });
  return readWorkflow(dir).workflow.jobs[job]!.steps as Step[];
}

/** Runs a step's script with its env, the `${{ }}` values replaced by `values`, as bash with -e like the runner (async: the server answers meanwhile). */
function runStep(step: Step, values: Record<string, string>): Promise<{ status: number | null; stdout: string; stderr: string; temp: string }> {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'gen-notice-')) };
  for (const [key, value] of Object.entries(step.env ?? {})) env[key] = key in values ? values[key]! : value;
  const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run!], { env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString('utf8'); });
  child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString('utf8'); });
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr, temp: env.RUNNER_TEMP! })));
}

describe('deploy notices, run by bash', () => {
  it('the PagerDuty webhook posts the jq-built Events API v2 body, the routing key as a value, and prints only the status', async () => {
    const step = stepsOf('caja', 'deploy-prod').find((s) => s.name === 'Webhook pagerduty: deploy result')!;
    const hostileRef = `v1.2.3"}, "routing_key": "stolen\n${HOSTILE_BLOCK}`;
    const result = await runStep(step, {
      WEBHOOK_URL: url, STATUS: 'failure', SECRET_ROUTING_KEY: 'R0UTING"KEY\\', REF_NAME: hostileRef, SHA: 'abc123', ACTOR: 'octocat',
      RUN_ID: '42', RUN_URL: 'https://github.com/org/caja/actions/runs/42',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('Delivered (HTTP 202)\n');
    expect(received).toHaveLength(1);
    expect(received[0]!.type).toBe('application/json');
    const body = JSON.parse(received[0]!.body) as { routing_key: string; event_action: string; dedup_key: string; payload: { summary: string; severity: string; source: string } };
    expect(body).toMatchObject({ routing_key: 'R0UTING"KEY\\', event_action: 'trigger', dedup_key: 'caja-prod-42', payload: { severity: 'critical', source: 'https://github.com/org/caja/actions/runs/42' } });
    expect(body.payload.summary).toBe(`caja: deploy of ${hostileRef} to prod failed`);
  }, 60_000);

  it('an endpoint that refuses is a warning and a failed (continue-on-error) step, not silence', async () => {
    const step = stepsOf('credlink', 'deploy-prod').find((s) => s.name === 'Webhook pagerduty: deploy result')!;
    const result = await runStep(step, { WEBHOOK_URL: 'http://127.0.0.1:9/refused', STATUS: 'failure', SECRET_ROUTING_KEY: 'k' });
    expect(result.status).not.toBe(0);
    expect(result.stdout).toMatch(/^::warning::The pagerduty webhook answered HTTP 000$/m);
  }, 60_000);

  it('the Slack notice is valid JSON with the branch name escaped for Slack\'s markup', async () => {
    const compose = stepsOf('fibonacco', 'start-production').find((s) => s.name === 'Slack: compose the deploy started notice')!;
    const result = await runStep(compose, { REF_NAME: 'feature/<script>&"x"', SHA: '0123456789abcdef', ACTOR: 'octocat', RUN_URL: 'https://github.com/org/fib/actions/runs/1' });
    expect(result.status).toBe(0);
    const payload = JSON.parse(readFileSync(join(result.temp, 'slack-deploy.json'), 'utf8')) as { text: string };
    expect(payload.text).toBe(':rocket: *fibonacco* deploy to *production* started (feature/&lt;script&gt;&amp;"x" @ 0123456, by octocat) <https://github.com/org/fib/actions/runs/1|Open the run>');
  }, 60_000);
});
