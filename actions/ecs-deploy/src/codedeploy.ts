import type { Assessment } from './verdict.js';

/**
 * The verdict on a CodeDeploy ECS blue/green deployment, from GetDeployment and its target's lifecycle events.
 * CodeDeploy says Succeeded only once the original task set is gone (after the termination wait), so `deployed`
 * waits through it; an automatic rollback (rollbackInfo) is `rolled-back`.
 * https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-steps-ecs.html  Pure.
 */
export interface LifecycleEvent {
  name: string;
  /** Pending, InProgress, Succeeded, Failed, Skipped, Unknown */
  status: string;
  /** Outside text (a hook Lambda's message, a log tail). */
  diagnostic?: { code?: string; message?: string; logTail?: string };
}

export interface CodeDeployState {
  id: string;
  /** Created, Queued, InProgress, Baking, Ready, Succeeded, Failed, Stopped */
  status: string;
  error?: { code?: string; message?: string };
  rollback?: { deploymentId?: string; message?: string };
  lifecycle: LifecycleEvent[];
}

/** The group's waits, which a blue/green deployment spends on top of the rollout itself. */
export interface DeploymentGroupView {
  /** Minutes the original task set keeps running after the traffic moved (blueGreenDeploymentConfiguration). */
  terminationWaitMinutes: number;
  /** Minutes CodeDeploy waits for a manual "continue" before the traffic moves (deploymentReadyOption). */
  readyWaitMinutes: number;
  autoRollback: boolean;
}

/** What went wrong, from CodeDeploy's own words: the error, the rollback's message, each failed hook's diagnostic. */
export function codeDeployFailure(state: CodeDeployState): string[] {
  const lines: string[] = [];
  if (state.error?.message) lines.push(`${state.error.code ? `${state.error.code}: ` : ''}${state.error.message}`);
  if (state.rollback?.message) lines.push(`rollback: ${state.rollback.message}`);
  for (const event of state.lifecycle.filter((e) => e.status === 'Failed')) {
    const d = event.diagnostic;
    lines.push(`lifecycle event ${event.name} Failed${d?.code ? ` (${d.code})` : ''}${d?.message ? `: ${d.message}` : ''}`);
    if (d?.logTail) lines.push(...d.logTail.split(/\r\n|\r|\n/).filter((l) => l.trim()).map((l) => `  | ${l}`));
  }
  return lines;
}

export function assessCodeDeploy(state: CodeDeployState): Assessment {
  if (state.status === 'Succeeded') return { state: 'deployed' };
  if (state.status === 'Failed' || state.status === 'Stopped') {
    const why = codeDeployFailure(state)[0] ?? `the deployment ${state.status === 'Failed' ? 'failed' : 'was stopped'}`;
    if (state.rollback?.deploymentId) {
      return { state: 'rolled-back', reason: `CodeDeploy deployment ${state.id} ${state.status}; CodeDeploy rolled back (deployment ${state.rollback.deploymentId}): ${why}` };
    }
    return { state: 'failed', reason: `CodeDeploy deployment ${state.id} ${state.status}: ${why}`, ecsRollingBack: false };
  }
  return { state: 'waiting' };
}

/** `CodeDeploy d-ABC InProgress: BeforeInstall Succeeded, Install InProgress, ...` — logged when it changes. */
export function lifecycleLine(state: CodeDeployState): string {
  const shown = state.lifecycle.filter((e) => e.status !== 'Pending');
  const events = shown.length ? `: ${shown.map((e) => `${e.name} ${e.status}`).join(', ')}` : '';
  return `CodeDeploy ${state.id} ${state.status}${events}`;
}

/** The wait's budget: `timeout` plus the group's ready and termination waits (which a rollout always spends). */
export function codeDeployBudgetMs(timeoutMs: number, group: DeploymentGroupView): number {
  return timeoutMs + (group.terminationWaitMinutes + group.readyWaitMinutes) * 60_000;
}
