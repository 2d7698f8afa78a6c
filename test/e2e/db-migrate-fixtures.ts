import { afterAll, beforeAll, expect, jest } from '@jest/globals';
import type { ActionResult } from '../harness/index.js';
import type { SimulatorOptions } from '../sim/index.js';
import { DbMigrateFixture, errorsOf } from './db-migrate-bed.js';

export * from './db-migrate-bed.js';

export function useDbMigrateFixture(options: SimulatorOptions = {}, timeoutMs = 30_000): DbMigrateFixture {
  // The action on the simulator's clock (see DbMigrateFixture); a run opts out with the env REAL_TIME.
  const fixture = new DbMigrateFixture({ fastClock: true });
  jest.setTimeout(timeoutMs);
  beforeAll(() => fixture.start(options));
  afterAll(() => fixture.stop());
  return fixture;
}

/** The one ::error:: of a failed step. */
export function theError(result: ActionResult): string {
  const errors = errorsOf(result);
  expect(errors).toHaveLength(1);
  return errors[0] as string;
}
