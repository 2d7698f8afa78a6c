import { describe, expect, it } from '@jest/globals';
import { FAMILY, logLinesOf, SUBNETS, useDbMigrateFixture } from './db-migrate-fixtures.js';

// At the fixture's fast simulated clock. How late the lines reach the job log in real time (at most 3 s, the action's
// target) is measured by bench/db-migrate-logs.ts on a real-time clock, next to the aws-cli recipe: a timing on a
// loaded machine is a benchmark's figure, not a test's.
const fx = useDbMigrateFixture({ seed: 5 });

const COUNT = 5_000;
/** Sim ms: 2 s of real time at the fixture's clock, long enough to see lines printed while the task still runs. */
const RUN_MS = 20_000;

describe('db-migrate dist: a long migration emitting 5,000 lines', () => {
  it('delivers every line, in order, none lost after stop, printing them while the task runs', async () => {
    await fx.setup({ service: false });
    fx.script([{ outcome: 'exit', exitCode: 0, runMs: RUN_MS, generateLogLines: { count: COUNT, prefix: 'line' } }]);
    const result = await fx.migrate({ service: '', 'task-definition': FAMILY, subnets: SUBNETS.join(','), command: 'bin/migrate up' });
    expect(result.conclusion).toBe('success');

    const printed = logLinesOf(result, 'line');
    expect(printed).toHaveLength(COUNT);
    expect(printed).toEqual(Array.from({ length: COUNT }, (_, i) => `line ${i + 1}`));
    const written = fx.streamLines(result.outputs['task-arn'] as string);
    expect(written).toHaveLength(COUNT);
    // Followed live: the first line is in the job log before the action saw the task STOPPED.
    const lines = result.log.split('\n');
    expect(lines.indexOf('line 1')).toBeGreaterThanOrEqual(0);
    expect(lines.indexOf('line 1')).toBeLessThan(lines.findIndex((l) => /^Task \w+: STOPPED$/.test(l)));

    const delivery = lines.find((l) => l.startsWith('Log delivery: ')) ?? '';
    expect(delivery).toMatch(/^Log delivery: 5000 log line\(s\), all printed, printed at most /);
    expect(result.summary).toContain(`Last 20 log line(s) of ${COUNT}`);
    expect(result.summary).toContain('line 4981\nline 4982');
  });

  it('caps the job log at max-log-lines with a note and the link, and still counts everything', async () => {
    await fx.setup({ service: false });
    fx.script([{ outcome: 'exit', exitCode: 0, runMs: 1_000, generateLogLines: { count: 300, prefix: 'row' } }]);
    const result = await fx.migrate({ service: '', 'task-definition': FAMILY, subnets: SUBNETS[0] as string, command: 'x', 'max-log-lines': '100' });
    expect(result.conclusion).toBe('success');
    expect(logLinesOf(result, 'row')).toEqual(Array.from({ length: 100 }, (_, i) => `row ${i + 1}`));
    expect(result.log).toContain(`200 more log line(s) not shown here (max-log-lines 100); the full log: ${result.outputs['log-url']}`);
    expect(result.summary).toContain('row 300');
  });
});
