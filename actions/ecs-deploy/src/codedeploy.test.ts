import { describe, expect, it } from '@jest/globals';
import { assessCodeDeploy, codeDeployBudgetMs, codeDeployFailure, type CodeDeployState, lifecycleLine } from './codedeploy.js';
import { appSpecContent, buildAppSpec, containerPorts, defaultCodeDeployNames, patchAppSpec } from './codedeploy-appspec.js';

const ARN = 'arn:aws:ecs:us-east-1:123456789012:task-definition/api:7';
const view = { serviceName: 'api', loadBalancers: [{ containerName: 'api', containerPort: 8080 }], capacityProviderStrategy: [] };

describe('the AppSpec', () => {
  it('is built from the service: load balancer container and port, platform, network, capacity providers', () => {
    expect(buildAppSpec(ARN, {
      ...view, platformVersion: 'LATEST', awsvpc: { subnets: ['subnet-1'], securityGroups: ['sg-1'], assignPublicIp: 'DISABLED' },
      capacityProviderStrategy: [{ capacityProvider: 'FARGATE_SPOT', weight: 1, base: 0 }],
    })).toEqual({
      version: 0,
      Resources: [{ TargetService: { Type: 'AWS::ECS::Service', Properties: {
        TaskDefinition: ARN, LoadBalancerInfo: { ContainerName: 'api', ContainerPort: 8080 }, PlatformVersion: 'LATEST',
        NetworkConfiguration: { AwsvpcConfiguration: { Subnets: ['subnet-1'], SecurityGroups: ['sg-1'], AssignPublicIp: 'DISABLED' } },
        CapacityProviderStrategy: [{ CapacityProvider: 'FARGATE_SPOT', Base: 0, Weight: 1 }],
      } } }],
    });
  });

  it('cannot be built for a service without a load balancer', () => {
    expect(() => buildAppSpec(ARN, { ...view, loadBalancers: [] })).toThrow("Input 'codedeploy-appspec': service api has no load balancer");
  });

  it("from the user's file: every TaskDefinition (any case) set, hooks kept, the container and port checked", () => {
    const file = {
      version: 0, Resources: [{ TargetService: { Type: 'AWS::ECS::Service', properties: { taskdefinition: 'old', LoadBalancerInfo: { ContainerName: 'api', ContainerPort: 8080 } } } }],
      Hooks: [{ BeforeAllowTraffic: 'arn:aws:lambda:us-east-1:123456789012:function:check' }],
    };
    const ports = containerPorts({ containerDefinitions: [{ name: 'api', portMappings: [{ containerPort: 8080 }] }, { name: 'log' }] });
    const patched = patchAppSpec(file, ARN, ports);
    expect(patched).toEqual({ ...file, Resources: [{ TargetService: { Type: 'AWS::ECS::Service', properties: { taskdefinition: ARN, LoadBalancerInfo: { ContainerName: 'api', ContainerPort: 8080 } } } }] });
    expect(file.Resources[0]?.TargetService.properties.taskdefinition).toBe('old');
    expect(() => patchAppSpec({ ...file, Resources: [{ TargetService: { Type: 'AWS::ECS::Service', properties: { LoadBalancerInfo: { ContainerName: 'web', ContainerPort: 80 } } } }] }, ARN, ports))
      .toThrow('LoadBalancerInfo.ContainerName "web" is not a container of the new revision (containers: api, log)');
    expect(() => patchAppSpec({ ...file, Resources: [{ TargetService: { Type: 'AWS::ECS::Service', properties: { LoadBalancerInfo: { ContainerName: 'api', ContainerPort: 80 } } } }] }, ARN, ports))
      .toThrow('LoadBalancerInfo.ContainerPort 80 is not a containerPort of container api (ports: 8080)');
    expect(() => patchAppSpec({ version: 0 }, ARN, ports)).toThrow('has no Resources[].<name>.Properties');
  });

  it('is sent as JSON with version 0.0', () => {
    const text = appSpecContent(buildAppSpec(ARN, view));
    expect(text.startsWith('{\n  "version": 0.0,\n  "Resources": [')).toBe(true);
    expect(JSON.parse(text)).toEqual(buildAppSpec(ARN, view));
  });

  it("defaults to the console's names, from names or ARNs", () => {
    expect(defaultCodeDeployNames('arn:aws:ecs:us-east-1:123456789012:cluster/prod', 'api')).toEqual({ application: 'AppECS-prod-api', deploymentGroup: 'DgpECS-prod-api' });
  });
});

const cd = (s: Partial<CodeDeployState>): CodeDeployState => ({ id: 'd-ABC', status: 'InProgress', lifecycle: [], ...s });

describe('assessCodeDeploy', () => {
  it.each([['Created', 'waiting'], ['Queued', 'waiting'], ['InProgress', 'waiting'], ['Ready', 'waiting'], ['Baking', 'waiting'], ['Succeeded', 'deployed'], ['Failed', 'failed'], ['Stopped', 'failed']])(
    '%s → %s', (status, verdict) => expect(assessCodeDeploy(cd({ status })).state).toBe(verdict),
  );

  it('a failure CodeDeploy rolled back is rolled-back, with the failed hook', () => {
    const state = cd({
      status: 'Failed', error: { code: 'HEALTH_CONSTRAINTS', message: 'The deployment failed because a lifecycle hook failed.' },
      rollback: { deploymentId: 'd-RB', message: 'Automatic rollback triggered by a deployment failure' },
      lifecycle: [{ name: 'BeforeInstall', status: 'Succeeded' }, { name: 'AfterAllowTestTraffic', status: 'Failed', diagnostic: { code: 'ScriptFailed', message: 'smoke test failed', logTail: 'GET /health 500\n::error::x' } }],
    });
    expect(assessCodeDeploy(state)).toEqual({ state: 'rolled-back', reason: 'CodeDeploy deployment d-ABC Failed; CodeDeploy rolled back (deployment d-RB): HEALTH_CONSTRAINTS: The deployment failed because a lifecycle hook failed.' });
    expect(codeDeployFailure(state)).toEqual([
      'HEALTH_CONSTRAINTS: The deployment failed because a lifecycle hook failed.', 'rollback: Automatic rollback triggered by a deployment failure',
      'lifecycle event AfterAllowTestTraffic Failed (ScriptFailed): smoke test failed', '  | GET /health 500', '  | ::error::x',
    ]);
    expect(lifecycleLine(state)).toBe('CodeDeploy d-ABC Failed: BeforeInstall Succeeded, AfterAllowTestTraffic Failed');
  });

  it("adds the group's ready and termination waits to the timeout", () => {
    expect(codeDeployBudgetMs(60_000, { terminationWaitMinutes: 5, readyWaitMinutes: 1, autoRollback: true })).toBe(420_000);
  });
});
