import { beforeAll, describe, expect, it } from '@jest/globals';
import { type ActionResult, runAction } from '../harness/index.js';
import { forgedCommands, HOSTILE_BLOCK, HOSTILE_TEXTS } from '../support/hostile.js';
import { errorsOf, theError, runtimeNode24, useDbMigrateFixture } from './db-migrate-fixtures.js';

/**
 * Outside text in db-migrate's job log, fed through real sources (scripted CloudWatch log events, a task's stopped
 * reason, the command input, an exec session's output) to the committed dist, read by the harness as the runner
 * reads a step's output: no line of it may be processed as a command, and every line must still show.
 */
const fx = useDbMigrateFixture({ seed: 23 }, 60_000);
let node24 = '';
beforeAll(async () => {
  node24 = await runtimeNode24();
}, 60_000);

/** Lines of the hostile texts as the runner splits them (blank ones aside), masked as the runner shows them. */
const HOSTILE_LINES = HOSTILE_TEXTS.flatMap((text) => text.split(/\r\n|\r|\n/)).filter((line) => line.trim() !== '');

/** Commands processed that the action did not mean: anything but our stop-commands blocks and its own annotations. */
const notOurs = (result: ActionResult) => forgedCommands(result.commands.filter((c) => c.name !== 'error'));

describe('db-migrate dist: outside text never becomes a workflow command', () => {
  it('a migration that exits 0 with hostile log lines succeeds, with no annotation and no mask, and the lines show', async () => {
    await fx.setup();
    fx.script([{ outcome: 'exit', exitCode: 0, runMs: 1_000, logLines: [...HOSTILE_TEXTS, 'migrated'] }]);
    const result = await fx.migrate({ command: 'bin/migrate up' });
    expect(forgedCommands(result.commands)).toEqual([]);
    expect(result.annotations).toEqual([]);
    expect(result.masks).toEqual([]);
    expect(result.conclusion).toBe('success');
    expect(result.outputs.result).toBe('succeeded');
    const shown = result.log.split('\n');
    for (const line of HOSTILE_LINES) expect(shown).toContain(line);
    // The summary and the outputs are not masked by the runner: nothing was masked, so nothing there is hidden.
    expect(result.summary).toContain('::stop-commands::forged-stop');
  });

  it('a failing migration with ::stop-commands:: in its log still shows the action\'s own failure annotation', async () => {
    await fx.setup();
    fx.script([{ outcome: 'exit', exitCode: 3, runMs: 1_000, logLines: ['ERROR\n::stop-commands::forged-stop', 'relation "users" already exists'] }]);
    const result = await fx.migrate({ command: 'bin/migrate up' });
    expect(result.conclusion).toBe('failure');
    expect(forgedCommands(result.commands)).toEqual([]);
    expect(theError(result)).toMatch(/^db-migrate failed \(exit code 3\): container api exited with code 3\n/);
    expect(result.log.split('\n')).toEqual(expect.arrayContaining(['ERROR', '::stop-commands::forged-stop', 'relation "users" already exists']));
  });

  it('a stopped reason with hostile lines: one annotation that carries it, no command of it', async () => {
    await fx.setup();
    fx.script([{ outcome: 'fail-to-start', reason: `CannotPullContainerError: ${HOSTILE_BLOCK}` }]);
    const result = await fx.migrate({ command: 'bin/migrate up' });
    expect(result.outputs['stopped-reason']).toContain('::add-mask::succeeded');
    expect(notOurs(result)).toEqual([]);
    expect(result.commands.map((c) => c.name).filter((name) => name !== 'stop-commands')).toEqual(['error']);
    expect(result.masks).toEqual([]);
    expect(theError(result)).toContain('stopped reason: CannotPullContainerError: ERROR\n::stop-commands::forged-stop');
  });

  it('a command with line breaks, echoed in "Running …"', async () => {
    await fx.setup();
    fx.script([{ outcome: 'exit', exitCode: 0, runMs: 500 }]);
    const result = await fx.migrate({ command: 'bin/migrate up\n::error::forged-command-echo\r::add-mask::succeeded' });
    expect(forgedCommands(result.commands)).toEqual([]);
    expect(result.annotations).toEqual([]);
    expect(result.masks).toEqual([]);
    expect(result.outputs.result).toBe('succeeded');
    expect(result.log.split('\n')).toEqual(expect.arrayContaining(['::error::forged-command-echo', '::add-mask::succeeded (container api)']));
  });

  it('an exec session\'s output', async () => {
    await fx.setup({ enableExecuteCommand: true });
    const printed = "printf 'ERROR\\n::stop-commands::forged-stop\\ndone\\r::error::forged-annotation\\n::add-mask::succeeded\\nnpm WARN ##[error]forged-legacy\\n'";
    const result = await runAction({ ...fx.options({ mode: 'exec', command: printed }, 30_000), node: node24 });
    await result.dispose();
    expect(forgedCommands(result.commands)).toEqual([]);
    expect(errorsOf(result)).toEqual([]);
    expect(result.masks).toEqual([]);
    expect(result.outputs.result).toBe('succeeded');
    expect(result.log.split('\n')).toEqual(expect.arrayContaining(['::stop-commands::forged-stop', '::error::forged-annotation', '::add-mask::succeeded', 'npm WARN ##[error]forged-legacy']));
  });
});
