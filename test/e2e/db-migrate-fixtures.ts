import { afterAll, beforeAll, expect, jest } from '@jest/globals';
import type { ActionResult } from '../harness/index.js';
import type { SimulatorOptions } from '../sim/index.js';
import { DbMigrateFixture, errorsOf } from './db-migrate-bed.js';

export * from './db-migrate-bed.js';

/** The action's fixed waits in the e2e tests (see DbMigrateFixture); a run can opt out with `{ [TEST_WAITS_VARIABLE]: undefined }`. */
export const E2E_WAITS_MS = 100;

export function useDbMigrateFixture(options: SimulatorOptions = {}, timeoutMs = 30_000): DbMigrateFixture {
  const fixture = new DbMigrateFixture({ testWaitsMs: E2E_WAITS_MS });
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
