import { describe, expect, it } from '@jest/globals';
import { FAMILY, logLinesOf, SUBNETS, useDbMigrateFixture } from './db-migrate-fixtures.js';

// Real time (speed 1, sim epoch = real epoch), so a line's CloudWatch timestamp is when the container wrote it and
// the delay to the job log can be measured.
const fx = useDbMigrateFixture({ seed: 5, clockSpeed: 1, startTime: Date.now() }, 40_000);

const COUNT = 5_000;
const RUN_MS = 8_000;
const SAMPLES = [1, 500, 1000, 1500, 2000, 2500, 3000, 3500, 4000, 4500, 4900, 5000];

describe('db-migrate dist: a long migration emitting 5,000 lines', () => {
  it('delivers every line, in order, none lost after stop, at most 3 s behind', async () => {
    await fx.setup({ service: false });
    fx.script([{ outcome: 'exit', exitCode: 0, runMs: RUN_MS, generateLogLines: { count: COUNT, prefix: 'line' } }]);
    const running = fx.startMigrate({ service: '', 'task-definition': FAMILY, subnets: SUBNETS.join(','), command: 'bin/migrate up' }, 35_000);
    // Stamp the arrival of sample lines in the step's output as they come.
    const arrivals = new Map<number, number>();
    const waits = SAMPLES.map((n) => running.waitForLine(new RegExp(`^line ${n}$`), 30_000).then(() => arrivals.set(n, Date.now())));
    const result = await running.result;
    await Promise.all(waits);
    await result.dispose();
    expect(result.conclusion).toBe('success');

    const printed = logLinesOf(result, 'line');
    expect(printed).toHaveLength(COUNT);
    expect(printed).toEqual(Array.from({ length: COUNT }, (_, i) => `line ${i + 1}`));
    const written = fx.streamLines(result.outputs['task-arn'] as string);
    expect(written).toHaveLength(COUNT);

    const events = fx.sim.control.logs.events('/ecs/api', `ecs/api/${result.outputs['task-arn']?.split('/').pop()}`);
    const lags = SAMPLES.map((n) => (arrivals.get(n) as number) - (events[n - 1]?.timestamp as number));
    const delivery = result.log.split('\n').find((l) => l.startsWith('Log delivery: ')) ?? '';
    // The closing note quotes these numbers.
    console.log([
      `db-migrate log delivery (${COUNT} lines over ${RUN_MS / 1000} s, real time):`,
      `  printed ${printed.length}/${written.length} in order`,
      `  delay write → job log at sample lines ${SAMPLES.join(', ')}: ${lags.join(', ')} ms (max ${Math.max(...lags)} ms)`,
      `  the action's own report: ${delivery}`,
    ].join('\n'));
    expect(Math.max(...lags)).toBeLessThan(3_000);
    expect(Math.min(...lags)).toBeGreaterThanOrEqual(0);
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
