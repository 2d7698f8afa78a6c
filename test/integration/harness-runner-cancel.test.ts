import { describe, expect, it } from '@jest/globals';
import { fileURLToPath } from 'node:url';
import { startAction } from '../harness/index.js';

// The harness's cancellation with the runner's own windows, in real time (10 s): here rather than in `npm test`, which
// checks the same escalation with short windows (test/harness/cancellation.test.ts) in well under a second.
const signalsDir = fileURLToPath(new URL('../harness/fixtures/signals', import.meta.url));

describe('harness cancellation at the runner defaults', () => {
  it('uses the runner defaults of 7.5 s and 2.5 s when no timings are given', async () => {
    const running = startAction({ actionDir: signalsDir, with: { mode: 'stubborn' }, timeoutMs: 30_000 });
    await running.waitForLine('ready');
    const result = await running.cancel();
    const [sigint, sigterm, sigkill] = result.signalsSent;
    expect(sigterm!.atMs - sigint!.atMs).toBeGreaterThanOrEqual(7_490);
    expect(sigterm!.atMs - sigint!.atMs).toBeLessThan(8_500);
    expect(sigkill!.atMs - sigterm!.atMs).toBeGreaterThanOrEqual(2_490);
    expect(sigkill!.atMs - sigterm!.atMs).toBeLessThan(3_500);
  }, 20_000);
});
