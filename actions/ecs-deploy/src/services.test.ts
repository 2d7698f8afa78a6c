import { describe, expect, it } from '@jest/globals';
import { combineReports, overallResult, verdictLine } from './services.js';
import type { DeployReport, Result } from './types.js';

const report = (service: string, r: Partial<DeployReport> = {}): DeployReport => ({
  result: 'deployed', cluster: 'prod', service, taskDefinitionArn: 'arn:aws:ecs:us-east-1:1:task-definition/api:2', previousTaskDefinitionArn: 'arn:aws:ecs:us-east-1:1:task-definition/api:1',
  deploymentId: `ecs-svc/${service}`, rolloutState: 'COMPLETED', images: [], durationMs: 12_000, events: [], ...r,
});

describe('several services', () => {
  it.each([
    [['deployed', 'deployed'], 'deployed'], [['deployed', 'unchanged'], 'deployed'], [['unchanged', 'unchanged'], 'unchanged'],
    [['started', 'unchanged'], 'started'], [['deployed', 'rolled-back'], 'rolled-back'], [['timed-out', 'rolled-back'], 'failed'],
    [['cancelled', 'cancelled'], 'cancelled'],
  ] as Array<[Result[], Result]>)('%p → %s', (results, overall) => expect(overallResult(results)).toBe(overall));

  it('one verdict line per service; the step report names the ones that failed', () => {
    const combined = combineReports([report('api'), report('worker', { result: 'rolled-back', reason: 'ECS rolled back' })], 20_000);
    expect(combined).toMatchObject({ result: 'rolled-back', service: 'api, worker', reason: '1 of 2 services did not deploy: worker rolled-back' });
    expect(combined.services.map(verdictLine)).toEqual([
      'api: deployed — api:1 → api:2, deployment ecs-svc/api, 12s',
      'worker: rolled-back — api:1 → api:2, deployment ecs-svc/worker, 12s: ECS rolled back',
    ]);
    expect(combineReports([report('api')], 1)).toMatchObject({ service: 'api', deploymentId: 'ecs-svc/api', services: [expect.objectContaining({ service: 'api' })] });
  });
});
