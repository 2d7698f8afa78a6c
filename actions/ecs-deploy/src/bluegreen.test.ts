import { describe, expect, it } from '@jest/globals';
import { assessServiceDeployment, blueGreenBudgetMs, inFlight, type ServiceDeploymentState, stageLine } from './bluegreen.js';

const state = (s: Partial<ServiceDeploymentState>): ServiceDeploymentState => ({ arn: 'arn:sd/1', status: 'IN_PROGRESS', triggeredAlarms: [], ...s });

describe('assessServiceDeployment', () => {
  it.each([
    ['PENDING', 'waiting'], ['IN_PROGRESS', 'waiting'], ['SUCCESSFUL', 'deployed'],
    ['ROLLBACK_REQUESTED', 'rolled-back'], ['ROLLBACK_IN_PROGRESS', 'rolled-back'], ['ROLLBACK_SUCCESSFUL', 'rolled-back'],
    ['ROLLBACK_FAILED', 'failed'], ['STOP_REQUESTED', 'failed'], ['STOPPED', 'failed'],
  ])('%s → %s', (status, verdict) => {
    expect(assessServiceDeployment(state({ status }), true, 'deployed').state).toBe(verdict);
  });

  it('waits through the bake time: IN_PROGRESS in BAKE_TIME is not deployed yet', () => {
    expect(assessServiceDeployment(state({ status: 'IN_PROGRESS', lifecycleStage: 'BAKE_TIME' }), true, 'deployed').state).toBe('waiting');
  });

  it('with wait-until stable, SUCCESSFUL waits for the service to be down to one deployment', () => {
    expect(assessServiceDeployment(state({ status: 'SUCCESSFUL' }), false, 'stable').state).toBe('waiting');
    expect(assessServiceDeployment(state({ status: 'SUCCESSFUL' }), true, 'stable').state).toBe('deployed');
  });

  it('says why ECS rolled back: the rollback reason, the breaker, the alarms', () => {
    const assessed = assessServiceDeployment(state({
      status: 'ROLLBACK_IN_PROGRESS', rollbackReason: 'Service deployment rolled back because the circuit breaker threshold was exceeded.',
      circuitBreaker: { status: 'TRIGGERED', failureCount: 3, threshold: 3 }, triggeredAlarms: ['api-5xx'],
    }), true, 'deployed');
    expect(assessed).toEqual({
      state: 'rolled-back',
      reason: 'service deployment ROLLBACK_IN_PROGRESS: Service deployment rolled back because the circuit breaker threshold was exceeded.; circuit breaker triggered (3 of 3 tasks failed); alarms in ALARM: api-5xx',
    });
    expect(assessServiceDeployment(state({ status: 'STOPPED', statusReason: 'stopped by a user' }), true, 'deployed'))
      .toEqual({ state: 'failed', reason: 'the service deployment was stopped (STOPPED): stopped by a user', ecsRollingBack: false });
  });
});

describe('stageLine', () => {
  it('names the strategy, stage, status, green tasks, traffic and bake time', () => {
    expect(stageLine(state({ strategy: 'LINEAR', lifecycleStage: 'PRODUCTION_TRAFFIC_SHIFT', target: { requested: 2, running: 2, productionTrafficWeight: 40 } })))
      .toBe('LINEAR stage PRODUCTION_TRAFFIC_SHIFT (IN_PROGRESS): green running 2/2, production traffic 40%');
    expect(stageLine(state({ strategy: 'BLUE_GREEN', lifecycleStage: 'BAKE_TIME', bakeTimeInMinutes: 5, target: { requested: 1, running: 1, pending: 0, productionTrafficWeight: 100 } })))
      .toBe('BLUE_GREEN stage BAKE_TIME (IN_PROGRESS): green running 1/1, production traffic 100%, bake time 5 min');
    expect(stageLine(state({ status: 'PENDING' }))).toBe('BLUE_GREEN stage not started (PENDING): green revision not started');
  });
});

describe('inFlight and the budget', () => {
  it('stops only what has not ended; the bake time is added to the timeout', () => {
    expect(inFlight(state({ status: 'IN_PROGRESS' }))).toBe(true);
    expect(inFlight(state({ status: 'ROLLBACK_IN_PROGRESS' }))).toBe(false);
    expect(inFlight(undefined)).toBe(false);
    expect(blueGreenBudgetMs(60_000, 5)).toBe(360_000);
    expect(blueGreenBudgetMs(60_000, undefined)).toBe(60_000);
  });
});
