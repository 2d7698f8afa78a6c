import { describe, expect, it } from '@jest/globals';
import { forgedCommands, HOSTILE_BLOCK, HOSTILE_TEXTS } from '../../../test/support/hostile.js';
import { jobLog } from './printers.js';
import { failureMessage } from './report.js';
import { setup } from './testing/run-bed.js';
import { RunnerStdout } from './testing/runner-stdout.js';

/**
 * Outside text reaches db-migrate's job log from five sources: CloudWatch log events, the exec session's output,
 * the task's stoppedReason, its containers' reasons, and the `command` input echoed in "Running …". Each is fed
 * the hostile lines and printed as main.ts prints (jobLog over what @actions/core writes, the failure annotation
 * last); the runner's parser must then process no command of theirs, and show every line.
 */
function runnerBed(values: Record<string, string> = {}) {
  const stdout = new RunnerStdout();
  const bed = setup(values, { log: jobLog(stdout) });
  const go = async () => {
    const report = await bed.go();
    if (report.result !== 'succeeded') stdout.error(failureMessage(report));
    return report;
  };
  return { ...bed, stdout, go };
}

/** Lines of the hostile texts as the runner splits them, the blank ones aside. */
const hostileLines = HOSTILE_TEXTS.flatMap((text) => text.split(/\r\n|\r|\n/)).filter((line) => line.trim() !== '');

describe('db-migrate prints outside text so that no line of it is a command', () => {
  it('log events: a migration that exits 0 with hostile lines succeeds, with no annotation and no mask', async () => {
    const s = runnerBed();
    s.ecs.script = { startMs: 1000, runMs: 3000, exitCode: 0, lines: [...HOSTILE_TEXTS] };
    const report = await s.go();
    expect(report.result).toBe('succeeded');
    expect(forgedCommands(s.stdout.log.commands)).toEqual([]);
    expect(s.stdout.log.annotations).toEqual([]);
    expect(s.stdout.log.masks).toEqual([]);
    expect(s.stdout.log.legacyOutputs).toEqual({});
    const shown = s.stdout.shown();
    for (const line of hostileLines) expect(shown).toContain(line);
  });

  it('log events: a failing migration with ::stop-commands:: in its log still gets its own failure annotation', async () => {
    const s = runnerBed();
    s.ecs.script = { startMs: 1000, runMs: 3000, exitCode: 2, lines: ['ERROR\n::stop-commands::forged-stop', 'migration 42 failed'] };
    const report = await s.go();
    expect(report.result).toBe('failed');
    expect(forgedCommands(s.stdout.log.commands)).toEqual([]);
    expect(s.stdout.log.annotations.map((a) => [a.level, a.message.split('\n')[0]])).toEqual([['error', 'db-migrate failed (exit code 2): container api exited with code 2']]);
  });

  it('exec session output', async () => {
    const s = runnerBed({ mode: 'exec', command: 'bin/migrate' });
    await s.ecs.runTask({ cluster: 'prod', count: 1, startedBy: 'ecs-svc', taskDefinition: 'api' });
    s.clock.advance(5000);
    s.ecs.listTasks = async () => ['arn:aws:ecs:us-east-1:123456789012:task/prod/t1'];
    s.setSessionOutput(HOSTILE_BLOCK.split('\n'));
    expect((await s.go()).result).toBe('succeeded');
    expect(forgedCommands(s.stdout.log.commands)).toEqual([]);
    expect(s.stdout.log.annotations).toEqual([]);
    for (const line of hostileLines) expect(s.stdout.shown()).toContain(line);
  });

  it('stopped reason and container reasons: one annotation, carrying the text, and no command of it', async () => {
    const s = runnerBed();
    s.ecs.script = { startMs: 3000, failToStart: `CannotPullContainerError: ${HOSTILE_BLOCK}` };
    const report = await s.go();
    expect(report.stoppedReason).toContain('::add-mask::succeeded');
    expect(report.containers.join('\n')).toContain('::stop-commands::forged-stop');
    // The only commands processed: our stop-commands blocks, and the action's own failure annotation (which
    // quotes the text, escaped by @actions/core into one command line).
    expect(s.stdout.log.commands.map((c) => c.name).filter((name) => name !== 'stop-commands')).toEqual(['error']);
    expect(forgedCommands(s.stdout.log.commands.filter((c) => c.name !== 'error'))).toEqual([]);
    expect(s.stdout.log.masks).toEqual([]);
    const errors = s.stdout.log.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toContain('stopped reason: CannotPullContainerError: ERROR\n::stop-commands::forged-stop');
  });

  it('the command input echoed in "Running …"', async () => {
    const s = runnerBed({ command: 'bin/migrate up\n::error::forged-command-echo\r::add-mask::succeeded' });
    s.ecs.script = { startMs: 1000, runMs: 1000, exitCode: 0 };
    expect((await s.go()).result).toBe('succeeded');
    expect(forgedCommands(s.stdout.log.commands)).toEqual([]);
    expect(s.stdout.log.annotations).toEqual([]);
    expect(s.stdout.log.masks).toEqual([]);
    expect(s.stdout.shown()).toContain('::error::forged-command-echo');
  });
});
