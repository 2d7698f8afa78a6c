import { describe, expect, it } from '@jest/globals';
import { getInputs, type InputSources } from './inputs.js';

const ENV = { AWS_REGION: 'us-east-1', GITHUB_REPOSITORY: 'acme/shop', GITHUB_SHA: 'abc123', GITHUB_RUN_ID: '77', GITHUB_RUN_ATTEMPT: '2', GITHUB_JOB: 'deploy' };
const files: Record<string, string> = { 'td.json': '{"family":"api","containerDefinitions":[]}', 'broken.json': '{\n  "family": "api",\n  "cpu": 256,,\n}' };

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
  it('applies defaults and adds the run tags', () => {
    const inputs = getInputs(sources({ cluster: 'prod', service: 'api', 'container-name': 'api', image: 'repo/api@sha256:abc' }));
    expect(inputs).toMatchObject({
      cluster: 'prod', service: 'api', region: 'us-east-1', waitUntil: 'deployed', timeoutMs: 1_800_000,
      forceNewDeployment: false, rollbackOnFailure: false, failFast: true, runToken: 'acme/shop/77/2/deploy',
    });
    expect([...inputs.images]).toEqual([['api', 'repo/api@sha256:abc']]);
    expect(inputs.tags).toEqual([['github-repository', 'acme/shop'], ['github-sha', 'abc123'], ['github-run-id', '77']]);
  });

  it('reads images lines, a file, and explicit tags over the defaults', () => {
    const inputs = getInputs(sources({
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
    [{ cluster: 'c', service: 's', 'task-definition': 'broken.json' }, "Input 'task-definition': 'broken.json' is not valid JSON at line 3, column"],
    [{ cluster: 'c', service: 's', 'task-definition': 'td.json', 'task-definition-arn': 'api:3' }, "Input 'task-definition-arn': give either"],
    [{ cluster: 'c', service: 's', 'task-definition-arn': 'api' }, "Input 'task-definition-arn': 'api' is not a task definition ARN"],
    [{ cluster: 'c', service: 's', 'task-definition-arn': 'api:3', image: 'x:1' }, "Input 'task-definition-arn': deploys an existing revision as it is"],
    [{ cluster: 'c', service: 's', image: 'not an image' }, "Input 'image': 'not an image' is not an image reference"],
    [{ cluster: 'c', service: 's', images: 'api' }, "Input 'images': line 1 is not of the form container=image"],
    [{ cluster: 'c', service: 's', 'environment-variables': 'A=1' }, "Input 'container-name': required with environment-variables"],
    [{ cluster: 'c', service: 's', 'wait-until': 'ready' }, "Input 'wait-until': expected deployed, stable or none, got 'ready'"],
    [{ cluster: 'c', service: 's', timeout: 'forever' }, "Input 'timeout'"],
    [{ cluster: 'c', service: 's', 'keep-revisions': '0' }, "Input 'keep-revisions'"],
    [{ cluster: 'c', service: 's', 'desired-count': '-1' }, "Input 'desired-count'"],
    [{ cluster: 'c', service: 's', tags: 'aws:x=1' }, "Input 'tags': 'aws:x' is not a valid tag"],
  ])('rejects %p', (values, message) => {
    expect(() => getInputs(sources(values as Record<string, string>))).toThrow(message);
  });

  it('needs a region from the input or the environment', () => {
    expect(() => getInputs(sources({ cluster: 'c', service: 's' }, {}))).toThrow("Input 'aws-region': no region");
    expect(getInputs(sources({ cluster: 'c', service: 's', 'aws-region': 'eu-west-1' }, {})).region).toBe('eu-west-1');
  });
});
