import { afterAll, describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { disposeAllJobs, runAction, RUNNER_CANCEL_TIMINGS, startAction, type ActionResult } from './index.js';

const signalsDir = fileURLToPath(new URL('./fixtures/signals', import.meta.url));
const SHORT = { sigintToSigtermMs: 300, sigtermToSigkillMs: 200 };

afterAll(async () => {
  await disposeAllJobs();
});

// A killed process can linger as a zombie until init reaps it; that counts as ended.
async function isRunning(pid: number): Promise<boolean> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    return !['Z', 'X'].includes(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0] ?? '');
  } catch {
    return false;
  }
}

/** SIGKILL is delivered asynchronously: on a loaded machine the process can still be listed for a moment after kill(). */
async function goneWithin(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (await isRunning(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return true;
}

async function cancelWhenReady(mode: string): Promise<{ result: ActionResult }> {
  const running = startAction({ actionDir: signalsDir, with: { mode }, cancelTimings: SHORT, timeoutMs: 20_000 });
  // Cancelling before the handlers are installed would test node's defaults, not the fixture.
  await running.waitForLine('ready');
  return { result: await running.cancel() };
}

describe('cancellation', () => {
  it('sends only SIGINT to an action that exits on it, and the step is cancelled', async () => {
    const { result } = await cancelWhenReady('graceful');
    expect(result.signalsSent.map((s) => [s.signal, s.target])).toEqual([['SIGINT', 'process']]);
    expect(result.stdout).toContain('got SIGINT, cleaning up');
    expect(result.exitCode).toBe(0);
    expect(result.cancelled).toBe(true);
    expect(result.conclusion).toBe('cancelled');
  });

  it('escalates to SIGTERM after the SIGINT grace when SIGINT is ignored', async () => {
    const { result } = await cancelWhenReady('ignore-sigint');
    expect(result.signalsSent.map((s) => s.signal)).toEqual(['SIGINT', 'SIGTERM']);
    const [sigint, sigterm] = result.signalsSent;
    expect(sigterm!.atMs - sigint!.atMs).toBeGreaterThanOrEqual(290);
    expect(sigterm!.atMs - sigint!.atMs).toBeLessThan(2_000);
    expect(result.stdout).toContain('ignoring SIGINT');
    expect(result.stdout).toContain('got SIGTERM');
    expect(result.exitCode).toBe(143);
    expect(result.exitedAtMs).toBeGreaterThanOrEqual(sigterm!.atMs);
    expect(result.conclusion).toBe('cancelled');
  });

  it('kills the process group with SIGKILL when both signals are ignored', async () => {
    const { result } = await cancelWhenReady('stubborn');
    expect(result.signalsSent.map((s) => [s.signal, s.target])).toEqual([
      ['SIGINT', 'process'],
      ['SIGTERM', 'process'],
      ['SIGKILL', 'group'],
    ]);
    const [, sigterm, sigkill] = result.signalsSent;
    expect(sigkill!.atMs - sigterm!.atMs).toBeGreaterThanOrEqual(190);
    expect(result.stdout).toContain('ignoring SIGTERM');
    expect(result.signal).toBe('SIGKILL');
    expect(result.exitCode).toBeNull();
    expect(result.exitedAtMs).toBeGreaterThanOrEqual(sigkill!.atMs);
  });

  it('the final SIGKILL also ends processes the action started', async () => {
    const running = startAction({ actionDir: signalsDir, with: { mode: 'grandchild' }, cancelTimings: SHORT, timeoutMs: 20_000 });
    const line = await running.waitForLine(/^grandchild \d+$/);
    const grandchild = Number(line.split(' ')[1]);
    expect(await isRunning(grandchild)).toBe(true);
    await running.waitForLine('ready');
    const result = await running.cancel();
    expect(result.signalsSent.map((s) => s.signal)).toEqual(['SIGINT', 'SIGTERM', 'SIGKILL']);
    expect(await goneWithin(grandchild, 2_000)).toBe(true);
  });

  // The escalation at the runner's real windows takes 10 s: test/integration/harness-runner-cancel.test.ts.
  it('defaults to the runner\'s windows of 7.5 s and 2.5 s', () => {
    expect(RUNNER_CANCEL_TIMINGS).toEqual({ sigintToSigtermMs: 7500, sigtermToSigkillMs: 2500 });
  });
});

describe('hard bounds', () => {
  it('kills the group at timeoutMs and reports a timed-out failure', async () => {
    const result = await runAction({ actionDir: signalsDir, with: { mode: 'stubborn' }, timeoutMs: 700 });
    expect(result.timedOut).toBe(true);
    expect(result.cancelled).toBe(false);
    expect(result.conclusion).toBe('failure');
    expect(result.signalsSent).toEqual([expect.objectContaining({ signal: 'SIGKILL', target: 'group', reason: 'timeout' })]);
    expect(result.signalsSent[0]!.atMs).toBeGreaterThanOrEqual(690);
    expect(result.durationMs).toBeLessThan(3_000);
    expect(result.stdout).toContain('ready');
  });

  it('kills what still holds the output pipes once the drain time after exit has passed', async () => {
    const running = startAction({ actionDir: signalsDir, with: { mode: 'orphan' }, streamDrainMs: 300, timeoutMs: 20_000 });
    const line = await running.waitForLine(/^grandchild \d+$/);
    const grandchild = Number(line.split(' ')[1]);
    const result = await running.result;
    expect(result.exitCode).toBe(0);
    expect(result.orphansKilled).toBe(true);
    expect(result.signalsSent).toEqual([expect.objectContaining({ signal: 'SIGKILL', reason: 'orphans' })]);
    expect(result.durationMs - result.exitedAtMs!).toBeGreaterThanOrEqual(290);
    expect(result.durationMs).toBeLessThan(5_000);
    expect(await goneWithin(grandchild, 2_000)).toBe(true);
  });

  it('kills processes left running after the action exited, without waiting for the drain time', async () => {
    // The drain time is far above the bound, so a loaded machine's slow start cannot pass for waiting it out.
    const running = startAction({ actionDir: signalsDir, with: { mode: 'daemon' }, streamDrainMs: 10_000, timeoutMs: 20_000 });
    const line = await running.waitForLine(/^grandchild \d+$/);
    const grandchild = Number(line.split(' ')[1]);
    const result = await running.result;
    expect(result.exitCode).toBe(0);
    expect(result.orphansKilled).toBe(true);
    expect(result.signalsSent).toEqual([expect.objectContaining({ signal: 'SIGKILL', target: 'group', reason: 'orphans' })]);
    expect(result.durationMs).toBeLessThan(6_000);
    expect(await goneWithin(grandchild, 2_000)).toBe(true);
  });
});
