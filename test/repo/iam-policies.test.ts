import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { policyProblems, readmePolicies, sdkCalls, sourceFiles } from './iam-policies.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const actions = readdirSync(join(root, 'actions')).filter((name) => existsSync(join(root, 'actions', name, 'action.yml')));
const readmeOf = (action: string) => readFileSync(join(root, 'actions', action, 'README.md'), 'utf8');

describe.each(actions)('actions/%s README "Permissions (IAM)"', (action) => {
  it('grants every permission the calls in the source need, and no other', () => {
    expect(policyProblems(action, readmeOf(action), sourceFiles(root, action))).toEqual([]);
  });
});

describe('the policy check', () => {
  it('reads the calls from the action and from the common files it imports', () => {
    const files = sourceFiles(root, 'ecs-deploy');
    expect(files.map((f) => f.path)).toEqual(expect.arrayContaining(['actions/ecs-deploy/src/aws.ts', 'actions/common/src/ecs.ts']));
    expect(files.map((f) => f.path).filter((p) => p.endsWith('.test.ts'))).toEqual([]);
    const { calls, unknown } = sdkCalls(files);
    expect(unknown).toEqual([]);
    expect(calls).toContainEqual(expect.objectContaining({ operation: 'ecs:DescribeServices', file: 'actions/common/src/ecs.ts' }));
    expect(calls).toContainEqual(expect.objectContaining({ operation: 'ecs:ListTaskDefinitions', call: 'paginateListTaskDefinitions' }));
  });

  it('maps the irregular S3 names, multipart uploads included', () => {
    const { calls } = sdkCalls(sourceFiles(root, 's3-spa-deploy'));
    const iam = (operation: string) => calls.find((c) => c.operation === operation)?.iamActions;
    expect(iam('s3:ListObjectsV2')).toEqual(['s3:ListBucket']);
    expect(iam('s3:HeadObject')).toEqual(['s3:GetObject']);
    expect(iam('s3:DeleteObjects')).toEqual(['s3:DeleteObject']);
    expect(iam('s3:CreateMultipartUpload')).toEqual(['s3:PutObject']);
    expect(iam('s3:UploadPart')).toEqual(['s3:PutObject']);
    expect(iam('s3:AbortMultipartUpload')).toEqual(['s3:AbortMultipartUpload']);
  });

  it('names the action and the permission when a README drops one', () => {
    const readme = readmeOf('s3-spa-deploy').replace(/,\s*"cloudfront:ListInvalidations"/, '');
    expect(readme).not.toBe(readmeOf('s3-spa-deploy'));
    expect(policyProblems('s3-spa-deploy', readme, sourceFiles(root, 's3-spa-deploy'))).toEqual([
      'actions/s3-spa-deploy/README.md: the policy lacks cloudfront:ListInvalidations (ListInvalidationsCommand in actions/s3-spa-deploy/src/cloudfront.ts)',
    ]);
  });

  it('fails when the source starts sending a call the policy does not grant', () => {
    const added = {
      path: 'actions/s3-spa-deploy/src/cleanup.ts',
      text: "import { ListMultipartUploadsCommand, type S3Client } from '@aws-sdk/client-s3';\n" +
        "export const list = (s3: S3Client) => s3.send(new ListMultipartUploadsCommand({ Bucket: 'b' }));\n",
    };
    expect(policyProblems('s3-spa-deploy', readmeOf('s3-spa-deploy'), [...sourceFiles(root, 's3-spa-deploy'), added])).toEqual([
      'actions/s3-spa-deploy/README.md: the policy lacks s3:ListBucketMultipartUploads (ListMultipartUploadsCommand in actions/s3-spa-deploy/src/cleanup.ts)',
    ]);
  });

  it('fails on a permission no call needs, and on a "*" resource AWS does not require', () => {
    const readme = readmeOf('ecs-deploy').replace('"ecs:ListTaskDefinitions",', '"ecs:ListTaskDefinitions", "ecs:ListServices",');
    expect(readme).not.toBe(readmeOf('ecs-deploy'));
    expect(policyProblems('ecs-deploy', readme, sourceFiles(root, 'ecs-deploy'))).toEqual([
      'actions/ecs-deploy/README.md (policy 1): ecs:ListServices is granted on "*"; scope it to an ARN (only actions AWS authorizes on "*" alone may use it)',
      'actions/ecs-deploy/README.md: the policy grants ecs:ListServices, which no call of ecs-deploy needs',
    ]);
  });

  it('sees the calls of clients loaded on demand (CodeDeploy, EventBridge, Scheduler, CloudWatch Logs)', () => {
    const readme = readmeOf('ecs-deploy').replace('"codedeploy:StopDeployment"', '"codedeploy:GetDeployment"').replace('"scheduler:GetSchedule", ', '');
    expect(readme).not.toBe(readmeOf('ecs-deploy'));
    expect(policyProblems('ecs-deploy', readme, sourceFiles(root, 'ecs-deploy'))).toEqual([
      'actions/ecs-deploy/README.md: the policy lacks codedeploy:StopDeployment (StopDeploymentCommand in actions/ecs-deploy/src/codedeploy-aws.ts)',
      'actions/ecs-deploy/README.md: the policy lacks scheduler:GetSchedule (GetScheduleCommand in actions/ecs-deploy/src/scheduled-aws.ts)',
    ]);
    const withoutLogs = readmeOf('db-migrate').replace(/"logs:GetLogEvents"/g, '"ecs:DescribeTasks"');
    expect(policyProblems('db-migrate', withoutLogs, sourceFiles(root, 'db-migrate')).join('\n')).toMatch(/lacks logs:GetLogEvents \(GetLogEventsCommand in actions\/common\/src\/logs\.ts\)/);
  });

  it('keeps ECS Exec\'s ssmmessages permissions on the task role, in the second policy', () => {
    const { policies } = readmePolicies(readmeOf('db-migrate'));
    expect(policies).toHaveLength(2);
    const secondPolicyGone = readmeOf('db-migrate').replace(/(## Permissions \(IAM\)[\s\S]*?```json[\s\S]*?```[\s\S]*?)```json[\s\S]*?```/, '$1');
    expect(policyProblems('db-migrate', secondPolicyGone, sourceFiles(root, 'db-migrate'))).toContain(
      'actions/db-migrate/README.md: the task role policy lacks ssmmessages:OpenDataChannel (ECS Exec: ExecuteCommandCommand in actions/db-migrate/src/aws.ts)',
    );
  });

  it('accepts an action that calls no AWS only with no policy', () => {
    expect(sdkCalls(sourceFiles(root, 'smoke-test')).calls).toEqual([]);
    expect(readmePolicies(readmeOf('smoke-test')).section).toMatch(/no AWS/);
  });
});
