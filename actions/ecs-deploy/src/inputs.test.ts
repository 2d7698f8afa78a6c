import { describe, expect, it } from '@jest/globals';
import { getInputs, type InputSources, jsonSyntaxProblem } from './inputs.js';

const ENV = { AWS_REGION: 'us-east-1', GITHUB_REPOSITORY: 'acme/shop', GITHUB_SHA: 'abc123', GITHUB_RUN_ID: '77', GITHUB_RUN_ATTEMPT: '2', GITHUB_JOB: 'deploy' };
const DIGEST = `sha256:${'ab'.repeat(32)}`;
const files: Record<string, string> = {
  'td.json': '{"family":"api","containerDefinitions":[]}',
  'broken.json': '{\n  "family": "api",\n  "cpu": 256,,\n}',
  // Not JSON at all: V8's message for it quotes the start of the text.
  'passwd': 'root:x:0:0:root:/root:/bin/bash\nsvc:x:1000:1000::/home/svc:/bin/sh\n',
  'cut.json': '{\n  "family": "api",\n  "cpu": "2',
  'td.yaml': 'family: api\ncontainerDefinitions:\n  - name: api\n    image: repo/api:1\n',
  'bad.yml': 'family: api\ncontainerDefinitions:\n  - name: api\n   image: x\n',
  'alias.yaml': 'base: &b {name: api}\nfamily: api\ncontainerDefinitions: [*b]\n',
  'appspec.yaml': 'version: 0.0\nResources:\n  - TargetService:\n      Type: AWS::ECS::Service\n      Properties:\n        TaskDefinition: x\n',
};

function sources(values: Record<string, string>, env: Record<string, string> = ENV): InputSources {
  return {
    read: (name) => values[name] ?? '',
    env,
    readFile: (path) => {
      if (!(path in files)) throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
      return files[path] as string;
    },
  };
}

describe('getInputs', () => {
  it('applies defaults and adds the run tags', async () => {
    const inputs = await getInputs(sources({ cluster: 'prod', service: 'api', 'container-name': 'api', image: `repo/api@${DIGEST}` }));
    expect(inputs).toMatchObject({
      cluster: 'prod', service: 'api', region: 'us-east-1', waitUntil: 'deployed', timeoutMs: 1_800_000,
      forceNewDeployment: false, rollbackOnFailure: false, failFast: true, runToken: 'acme/shop/77/2/deploy',
    });
    expect([...inputs.images]).toEqual([['api', `repo/api@${DIGEST}`]]);
    expect(inputs.tags).toEqual([['github-repository', 'acme/shop'], ['github-sha', 'abc123'], ['github-run-id', '77']]);
  });

  it('reads images lines, a file, and explicit tags over the defaults', async () => {
    const inputs = await getInputs(sources({
      cluster: 'c', service: 's', 'task-definition': 'td.json', images: 'api=a:1\nworker=w:1', tags: 'github-sha=override\nteam=core',
    }));
    expect(inputs.taskDefinitionFile?.content).toEqual({ family: 'api', containerDefinitions: [] });
    expect(inputs.images.get('worker')).toBe('w:1');
    expect(inputs.tags).toContainEqual(['github-sha', 'override']);
    expect(inputs.tags).toContainEqual(['team', 'core']);
  });

  it.each([
    [{ service: 's' }, "Input 'cluster': required"],
    [{ cluster: 'c' }, "Input 'service': required"],
    [{ cluster: 'c', service: 's', 'task-definition': 'missing.json' }, "Input 'task-definition': cannot read 'missing.json' (ENOENT)"],
    [{ cluster: 'c', service: 's', 'task-definition': 'broken.json' }, "Input 'task-definition': 'broken.json' is not valid JSON at line 3, column 14: expected double-quoted property name"],
    [{ cluster: 'c', service: 's', 'task-definition': 'cut.json' }, "Input 'task-definition': 'cut.json' is not valid JSON at line 3, column 12: "],
    [{ cluster: 'c', service: 's', 'task-definition': 'td.json', 'task-definition-arn': 'api:3' }, "Input 'task-definition-arn': give either"],
    [{ cluster: 'c', service: 's', 'task-definition-arn': 'api' }, "Input 'task-definition-arn': 'api' is not a task definition ARN"],
    [{ cluster: 'c', service: 's', 'task-definition-arn': 'api:3', image: 'x:1' }, "Input 'task-definition-arn': deploys an existing revision as it is"],
    [{ cluster: 'c', service: 's', image: 'not an image' }, "Input 'image': expected an image reference such as"],
    [{ cluster: 'c', service: 's', images: 'api' }, "Input 'images': line 1 is not of the form container=image"],
    [{ cluster: 'c', service: 's', 'environment-variables': 'A=1' }, "Input 'container-name': required with environment-variables"],
    [{ cluster: 'c', service: 's', 'wait-until': 'ready' }, "Input 'wait-until': expected deployed, stable or none, got 'ready'"],
    [{ cluster: 'c', service: 's', timeout: 'forever' }, "Input 'timeout'"],
    [{ cluster: 'c', service: 's', 'keep-revisions': '0' }, "Input 'keep-revisions'"],
    [{ cluster: 'c', service: 's', 'desired-count': '-1' }, "Input 'desired-count'"],
    [{ cluster: 'c', service: 's', tags: 'aws:x=1' }, "Input 'tags': 'aws:x' is not a valid tag"],
    [{ cluster: 'c', service: 's', 'task-definition': 'bad.yml' }, "Input 'task-definition': 'bad.yml' is not valid YAML at line 4, column 1: missing char"],
    [{ cluster: 'c', service: 's', 'task-definition': 'alias.yaml' }, "Input 'task-definition': 'alias.yaml' uses YAML aliases"],
    [{ cluster: 'c', service: 's', services: 'a\nb' }, "Input 'services': give either service (one) or services (several, one a line), not both"],
    [{ cluster: 'c' }, "Input 'service': required"],
    [{ cluster: 'c', services: 'a\na' }, "Input 'services': 'a' is listed twice"],
    [{ cluster: 'c', services: 'a\nb/c' }, "Input 'services': expected an ECS service name"],
    [{ cluster: 'c', service: 's', 'propagate-tags': 'ALL' }, "Input 'propagate-tags': expected SERVICE, TASK_DEFINITION or NONE, got 'ALL'"],
    [{ cluster: 'c', service: 's', 'enable-ecs-managed-tags': 'maybe' }, "Input 'enable-ecs-managed-tags': expected true or false, got 'maybe'"],
    [{ cluster: 'c', service: 's', 'volume-configurations': '[1]' }, "Input 'volume-configurations': [0]: must be an object, got number"],
    [{ cluster: 'c', service: 's', 'volume-configurations': 'name: d\nmanagedEBSVolume: {roleArn: x}' }, "Input 'volume-configurations': [0].managedEBSVolume.roleArn: must be an IAM role ARN"],
    [{ cluster: 'c', service: 's', 'volume-configurations': 'name: d\nmanagedEBSVolume: {sizeInGiB: "20", roleArn: arn:aws:iam::123456789012:role/r}' }, "Input 'volume-configurations': [0].managedEBSVolume.sizeInGiB: must be a number, got string"],
    [{ cluster: 'c', service: 's', 'volume-configurations': 'name: d\nsize: 3' }, "Input 'volume-configurations': [0].size: is not a volume configuration field"],
    [{ cluster: 'c', service: 's', 'volume-configurations': '[{' }, "Input 'volume-configurations': is not valid JSON or YAML at line 1"],
    [{ cluster: 'c', service: 's', 'codedeploy-application': 'a b' }, "Input 'codedeploy-application': expected a CodeDeploy name"],
    [{ cluster: 'c', service: 's', 'codedeploy-deployment-group': 'x'.repeat(101) }, "Input 'codedeploy-deployment-group': expected a CodeDeploy name"],
    [{ cluster: 'c', services: 'a\nb', 'codedeploy-application': 'App' }, "Input 'codedeploy-application': names one service's CodeDeploy application"],
    [{ cluster: 'c', service: 's', 'codedeploy-appspec': 'missing.yaml' }, "Input 'codedeploy-appspec': cannot read 'missing.yaml' (ENOENT)"],
    [{ cluster: 'c', service: 's', 'codedeploy-appspec': 'passwd' }, "Input 'codedeploy-appspec': 'passwd' must hold a JSON or YAML object (an AppSpec)"],
    [{ cluster: 'c', service: 's', 'scheduled-tasks': 'nightly job' }, "Input 'scheduled-tasks': expected an EventBridge rule name"],
    [{ cluster: 'c', service: 's', 'scheduled-tasks': 'schedule/g' }, "Input 'scheduled-tasks': expected an EventBridge rule name"],
    [{ cluster: 'c', service: 's', 'scheduled-tasks': 'nightly\nnightly' }, "Input 'scheduled-tasks': 'nightly' is listed twice"],
  ])('rejects %p', async (values, message) => {
    await expect(getInputs(sources(values as Record<string, string>))).rejects.toThrow(message);
  });

  it('reads the blue/green, multi-service and scheduled-task inputs', async () => {
    const inputs = await getInputs(sources({
      cluster: 'prod', services: 'api\n# the worker too\nworker', 'task-definition': 'td.yaml', 'codedeploy-appspec': 'appspec.yaml',
      'propagate-tags': 'service', 'enable-ecs-managed-tags': 'true', 'scheduled-tasks': 'nightly-report\nschedule/jobs/cleanup',
      'volume-configurations': '- name: data\n  managedEBSVolume:\n    roleArn: arn:aws:iam::123456789012:role/ecsInfra\n    sizeInGiB: 20\n    encrypted: true\n',
    }));
    expect(inputs).toMatchObject({
      service: 'api', services: ['api', 'worker'], propagateTags: 'SERVICE', enableEcsManagedTags: true,
      taskDefinitionFile: { path: 'td.yaml', content: { family: 'api', containerDefinitions: [{ name: 'api', image: 'repo/api:1' }] } },
      codeDeploy: { application: undefined, deploymentGroup: undefined, appspec: { path: 'appspec.yaml', content: { version: 0, Resources: [expect.any(Object)] } } },
      scheduledTasks: [{ kind: 'rule', name: 'nightly-report' }, { kind: 'schedule', group: 'jobs', name: 'cleanup' }],
      volumeConfigurations: [{ name: 'data', managedEBSVolume: { roleArn: 'arn:aws:iam::123456789012:role/ecsInfra', sizeInGiB: 20, encrypted: true } }],
    });
    const plain = await getInputs(sources({ cluster: 'c', service: 's', 'codedeploy-application': 'AppECS-c-s', 'codedeploy-deployment-group': 'DgpECS-c-s' }));
    expect(plain).toMatchObject({ services: ['s'], propagateTags: undefined, enableEcsManagedTags: undefined, volumeConfigurations: undefined, scheduledTasks: [] });
    expect(plain.codeDeploy).toEqual({ application: 'AppECS-c-s', deploymentGroup: 'DgpECS-c-s', appspec: undefined });
  });

  it('needs a region from the input or the environment', async () => {
    await expect(getInputs(sources({ cluster: 'c', service: 's' }, {}))).rejects.toThrow("Input 'aws-region': no region");
    expect((await getInputs(sources({ cluster: 'c', service: 's', 'aws-region': 'eu-west-1' }, {}))).region).toBe('eu-west-1');
  });
});

describe('names and image references are checked before anything is called', () => {
  const base = { cluster: 'prod', service: 'api' };
  const long = 'a'.repeat(100_000);
  it.each([
    ['cluster', '"prod\\n::warning::x"', { ...base, cluster: 'prod\n::warning::x' }, 'expected an ECS cluster name', '"prod\\n::warning::x"'],
    ['cluster', '… (100000 characters)', { ...base, cluster: long }, 'expected an ECS cluster name', '… (100000 characters)'],
    ['cluster', "'a/b/c'", { ...base, cluster: 'a/b/c' }, 'expected an ECS cluster name', "'a/b/c'"],
    ['service', '"api\\r\\nx"', { ...base, service: 'api\r\nx' }, 'expected an ECS service name', '"api\\r\\nx"'],
    ['service', '… (100000 characters)', { ...base, service: long }, 'expected an ECS service name', '… (100000 characters)'],
    ['service', "'a/b/c'", { ...base, service: 'a/b/c' }, 'expected an ECS service name', "'a/b/c'"],
    ['container-name', '"api\\nx"', { ...base, 'container-name': 'api\nx', image: 'api:1' }, 'expected a container name', '"api\\nx"'],
    ['container-name', '… (100000 characters)', { ...base, 'container-name': long, image: 'api:1' }, 'expected a container name', '… (100000 characters)'],
    ['container-name', "'a/b/c'", { ...base, 'container-name': 'a/b/c', image: 'api:1' }, 'expected a container name', "'a/b/c'"],
    ['image', "'../../../../etc/passwd'", { ...base, image: '../../../../etc/passwd' }, 'expected an image reference', "'../../../../etc/passwd'"],
    ['image', "'::warning::x'", { ...base, image: '::warning::x' }, 'expected an image reference', "'::warning::x'"],
    ['image', "'REPO/API@sha256:xyz'", { ...base, image: 'REPO/API@sha256:xyz' }, 'expected an image reference', "'REPO/API@sha256:xyz'"],
    ['image', "'repo/api@sha256:abc'", { ...base, 'container-name': 'api', image: 'repo/api@sha256:abc' }, 'expected an image reference', "'repo/api@sha256:abc'"],
    ['images', "'../../etc/passwd'", { ...base, images: `api=repo/api@${DIGEST}\nworker=../../etc/passwd` }, 'expected an image reference', "'../../etc/passwd'"],
    ['images', "'a/b/c'", { ...base, images: `a/b/c=repo/api:1` }, 'expected a container name', "'a/b/c'"],
    ['timeout', "'600h'", { ...base, timeout: '600h' }, 'expected a duration of at most 596h', "'600h'"],
  ])('%s: %s', async (input, _label, values, expected, shown) => {
    let thrown: unknown;
    try {
      await getInputs(sources(values as Record<string, string>));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ name: 'ConfigurationError', input });
    const message = (thrown as Error).message;
    expect(message).toContain(expected);
    expect(message).toContain(shown);
    // One line, and never the whole of a long value.
    expect(message).not.toMatch(/[\r\n]/);
    expect(message.length).toBeLessThan(400);
  });

  it('accepts ARNs for cluster and service, and OCI references with a registry, tag and digest', async () => {
    const inputs = await getInputs(sources({
      cluster: 'arn:aws:ecs:us-east-1:123456789012:cluster/prod',
      service: 'arn:aws:ecs:us-east-1:123456789012:service/prod/api',
      images: `api=123456789012.dkr.ecr.us-east-1.amazonaws.com/team/api:1.2.3@${DIGEST}\nproxy=localhost:5000/envoy:v1`,
    }));
    expect(inputs.images.get('api')).toBe(`123456789012.dkr.ecr.us-east-1.amazonaws.com/team/api:1.2.3@${DIGEST}`);
    expect(inputs.images.get('proxy')).toBe('localhost:5000/envoy:v1');
  });
});

describe('a task-definition file that is not JSON', () => {
  it('is reported by position, without quoting the text', async () => {
    let message = '';
    try {
      await getInputs(sources({ cluster: 'c', service: 's', 'task-definition': 'broken.json' }));
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe("Input 'task-definition': 'broken.json' is not valid JSON at line 3, column 14: expected double-quoted property name");
  });

  it('a text that is neither a JSON nor a YAML object is refused without quoting it', async () => {
    let message = '';
    try {
      await getInputs(sources({ cluster: 'c', service: 's', 'task-definition': 'passwd' }));
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe("Input 'task-definition': 'passwd' must hold a JSON or YAML object (a task definition)");
    expect(message).not.toContain('root');
  });

  // V8 gives a position for most mistakes but quotes the text instead for an unexpected character, and its phrases
  // differ between Node versions (20 runs these tests, 24 the dist): the position must be right either way.
  it.each([
    ['{\n  "family": "api",\n  "cpu": "256",\n}\n', 'line 4, column 1'],
    ['{"a": tru}', 'line 1, column 10'],
    ['{"a": 1} trailing', 'line 1, column 10'],
    ['NaN', 'line 1, column 1'],
    ['[1, 2', 'line 1, column 6'],
    ['', 'line 1, column 1'],
    ['{\n  "secret": "hunter2" x\n}', 'line 2, column 23'],
    ['{\n  "key": hunter2\n}', 'line 2, column 10'],
    ['{\r\n  "key": "hunter2\u0001"\r\n}', 'line 2, column 18'],
  ])('%j: at %s', (text, position) => {
    let error: Error | undefined;
    try {
      JSON.parse(text);
    } catch (e) {
      error = e as Error;
    }
    const problem = jsonSyntaxProblem(text, error as Error);
    expect(problem.startsWith(`at ${position}: `)).toBe(true);
    expect(problem).not.toMatch(/hunter|NaN|tru|trailing|"/);
  });
});
