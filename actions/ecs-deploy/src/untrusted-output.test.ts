import { describe, expect, it } from '@jest/globals';
import * as core from '@actions/core';
import type { ServiceEvent, Task } from '@aws-sdk/client-ecs';
import { StepLog } from '../../../test/harness/step-log.js';
import { forgedCommands, HOSTILE_BLOCK, HOSTILE_TEXTS } from '../../../test/support/hostile.js';
import { ManualClock } from '../../common/src/clock.js';
import type { Logger } from '../../common/src/logger.js';
import { splitRunnerLines } from '../../common/src/untrusted.js';
import { formatDiagnosis } from './diagnosis.js';
import { ARN, FakeEcs, ours } from './fakes.js';
import { getInputs } from './inputs.js';
import { actionLogger } from './log.js';
import { failureMessage, outputsOf, summaryMarkdown } from './report.js';
import { type DeployReport, run, type RunReport } from './run.js';

// Outside text reaches the job log from three sources: container log lines and stopped reasons (the diagnosis)
// and service event messages (streamed while waiting, and in the diagnosis). Each is fed hostile lines here and
// printed through the very logger main.ts uses, with stdout captured and read as the runner reads it.

interface Printed {
  report: RunReport;
  log: StepLog;
}

/** Runs a failing deployment with stdout/stderr captured, prints main.ts's failure annotation, and parses it all as the runner does. */
async function deployAsRunner(fake: FakeEcs, logLines: string[], logger: Logger = actionLogger): Promise<Printed> {
  const inputs = await getInputs({ read: (n) => ({ cluster: 'prod', service: 'api', image: 'api:2', timeout: '2m' })[n] ?? '', env: { AWS_REGION: 'us-east-1' }, readFile: () => '' });
  const written: string[] = [];
  const capture = (chunk: unknown) => {
    written.push(String(chunk));
    return true;
  };
  const original = { out: process.stdout.write, err: process.stderr.write };
  process.stdout.write = capture as typeof process.stdout.write;
  process.stderr.write = capture as typeof process.stderr.write;
  let report: RunReport;
  try {
    report = await run(inputs, { ecs: fake, logs: { tail: async () => logLines }, clock: new ManualClock(0), logger, random: () => 0.5 });
    // What main.ts's core.setFailed prints (without setting the exit code of the test process).
    core.error(failureMessage(report));
  } finally {
    process.stdout.write = original.out;
    process.stderr.write = original.err;
  }
  const log = new StepLog('/ws', false);
  for (const line of splitRunnerLines(written.join(''))) log.line('stdout', line);
  return { report, log };
}

function failingService(): FakeEcs {
  const fake = new FakeEcs();
  fake.script = [ours('FAILED', { rolloutStateReason: 'ECS deployment circuit breaker: tasks failed to start.' })];
  return fake;
}

const task = (overrides: Partial<Task> = {}): Task => ({
  taskArn: 'arn:aws:ecs:us-east-1:123456789012:task/prod/0123abcd', taskDefinitionArn: ARN(2), startedAt: new Date(0),
  stopCode: 'EssentialContainerExited', stoppedReason: 'Essential container in task exited', containers: [{ name: 'api', exitCode: 1 }], ...overrides,
});

/** Nothing the outside text says is processed; the one command besides our stop-commands blocks is our own annotation. */
function expectNoForgedCommand({ report, log }: Printed): void {
  const own = failureMessage(report);
  expect(forgedCommands(log.commands).filter((c) => !(c.name === 'error' && c.data === own))).toEqual([]);
  expect(log.annotations.map((a) => [a.level, a.message])).toEqual([['error', own]]);
  expect(log.masks).toEqual([]);
  expect(log.legacyOutputs).toEqual({});
  expect(log.legacyState).toEqual({});
  expect(log.commands.map((c) => c.name).filter((name) => name !== 'stop-commands' && name !== 'error')).toEqual([]);
  // No value was masked in the log, so none can leak unmasked through the summary or the outputs; and nothing
  // from the text reached an output.
  expect(Object.values(outputsOf(report)).join('\n')).not.toMatch(/forged|succeeded/);
}

function expectVisible(shown: string, texts: readonly string[]): void {
  for (const text of texts) for (const line of splitRunnerLines(text)) expect(shown).toContain(line);
}

describe('outside text printed by ecs-deploy never becomes a workflow command', () => {
  it('container log lines in the diagnosis', async () => {
    const fake = failingService();
    fake.stopped = [task()];
    const printed = await deployAsRunner(fake, [...HOSTILE_TEXTS]);
    expectNoForgedCommand(printed);
    expectVisible(printed.log.render(false), HOSTILE_TEXTS);
    expectVisible(summaryMarkdown(printed.report), HOSTILE_TEXTS);
    expect(printed.report.diagnosis?.tasks[0]?.containers[0]?.logs).toEqual(HOSTILE_TEXTS);
  });

  it.each(HOSTILE_TEXTS)('a stopped reason and a container reason: %j', async (text) => {
    const fake = failingService();
    fake.stopped = [task({ stopCode: 'TaskFailedToStart', stoppedReason: text, startedAt: undefined, containers: [{ name: 'api', reason: text }] })];
    const printed = await deployAsRunner(fake, []);
    expectNoForgedCommand(printed);
    expectVisible(printed.log.render(false), [text]);
    expect(printed.report.diagnosis?.tasks[0]).toMatchObject({ stoppedReason: text, containers: [{ reason: text }] });
  });

  it('service event messages, streamed while waiting and repeated in the diagnosis', async () => {
    const fake = failingService();
    const events: ServiceEvent[] = HOSTILE_TEXTS.map((message, i) => ({ id: `e${i}`, message, createdAt: new Date(1000 * i) })).reverse();
    // They appear at the first poll after the update, newest first as ECS lists them.
    fake.onDescribeService = (n) => {
      if (n === 2) fake.service = { ...fake.service, events: [...events, ...(fake.service.events ?? [])] };
    };
    const printed = await deployAsRunner(fake, []);
    expectNoForgedCommand(printed);
    const shown = printed.log.render(false);
    expectVisible(shown, HOSTILE_TEXTS);
    expect(shown).toContain('event 1970-01-01T00:00:00.000Z ERROR');
    expect(printed.report.diagnosis?.events).toHaveLength(HOSTILE_TEXTS.length);
    expect(printed.report.events).toEqual(HOSTILE_TEXTS);
  });

  it('the same text printed through the raw logger would forge commands: the checks above can fail', async () => {
    const fake = failingService();
    fake.stopped = [task({ stoppedReason: HOSTILE_BLOCK })];
    const { log } = await deployAsRunner(fake, [...HOSTILE_TEXTS], core);
    expect(forgedCommands(log.commands).map((c) => c.raw)).toEqual(['::stop-commands::forged-stop']);
    // The forged stop-commands swallows every later command, the action's own failure annotation included.
    expect(log.annotations).toEqual([]);
    const withoutStop = failingService();
    withoutStop.stopped = [task({ stoppedReason: HOSTILE_TEXTS.slice(1).join('\n') })];
    const rest = await deployAsRunner(withoutStop, [], core);
    expect(rest.log.masks).toEqual(['succeeded']);
    expect(forgedCommands(rest.log.commands).length).toBeGreaterThan(5);
  });
});

describe('how outside text is laid out', () => {
  const diagnosis = {
    verdict: 'failed: x', events: ['2026-01-01T00:00:00.000Z (service api) line one\nline two'], notes: [], serviceUrl: 'https://console',
    tasks: [{ taskId: 't1', url: 'https://task', containers: [{ name: 'api', exitCode: 1, logUrl: 'https://logs', logs: ['Error: boom\n    at main (app.js:3)\r\n    at run (app.js:9)', 'next'] }] }],
  };

  it('keeps the prefix on every line of a multi-line log event or service event', () => {
    const lines = formatDiagnosis(diagnosis).split('\n');
    expect(lines).toContain('    | Error: boom');
    expect(lines).toContain('    |     at main (app.js:3)');
    expect(lines).toContain('    |     at run (app.js:9)');
    expect(lines).toContain('    | next');
    expect(lines).toContain('  line two');
  });

  it('fences the diagnosis in the summary so a log line cannot close the block, and keeps each event one list item', () => {
    const report: DeployReport = {
      result: 'failed', cluster: 'prod', service: 'api', taskDefinitionArn: ARN(2), previousTaskDefinitionArn: ARN(1), deploymentId: 'd', rolloutState: 'FAILED',
      images: [], durationMs: 1, events: ['one\ntwo'],
      diagnosis: { ...diagnosis, tasks: [{ ...diagnosis.tasks[0]!, containers: [{ name: 'api', logUrl: 'u', logs: ['```', '# not a heading', '`````'] }] }] },
    };
    const summary = summaryMarkdown({ ...report, services: [report] });
    expect(summary).toContain('- one two\n');
    const block = /\n(`{3,})\n([\s\S]*)\n\1\n/.exec(summary);
    expect(block?.[1]).toBe('``````');
    expect(block?.[2]).toContain('    | ```\n    | # not a heading\n    | `````');
  });
});
