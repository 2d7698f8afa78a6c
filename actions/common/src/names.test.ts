import { describe, expect, it } from '@jest/globals';
import { ConfigurationError } from './errors.js';
import { checkEcsName, checkImageReference, parseImageReference, quoted, type EcsNameKind } from './names.js';
import { MAX_TIMER_MS, parseDurationInput } from './parse.js';

const DIGEST = `sha256:${'a'.repeat(64)}`;

describe('checkEcsName', () => {
  it.each([
    ['cluster', 'prod'],
    ['cluster', 'arn:aws:ecs:us-east-1:123456789012:cluster/prod-1'],
    ['service', 'api_v2'],
    ['service', 'arn:aws:ecs:eu-west-1:123456789012:service/prod/api'],
    ['service', 'arn:aws:ecs:eu-west-1:123456789012:service/api'],
    ['container', 'A-b_c'],
    ['family', 'x'.repeat(255)],
  ] as Array<[EcsNameKind, string]>)('accepts a %s %s', (kind, value) => expect(checkEcsName(kind, kind, value)).toBe(value));

  it.each([
    ['cluster', 'prod\nx'],
    ['cluster', 'a/b/c'],
    ['service', 'x'.repeat(100_000)],
    ['service', 'arn:aws:ecs:us-east-1:123456789012:service/a/b/c'],
    ['container', '::warning::x'],
    ['container', 'api web'],
    ['family', ''],
  ] as Array<[EcsNameKind, string]>)('refuses a %s %j with an error naming the input', (kind, value) => {
    expect(() => checkEcsName('the-input', kind, value)).toThrow(ConfigurationError);
    expect(() => checkEcsName('the-input', kind, value)).toThrow(/^Input 'the-input': expected /);
  });

  it('quotes a bad value on one line and shortened', () => {
    expect(() => checkEcsName('service', 'service', 'x'.repeat(100_000))).toThrow(/… \(100000 characters\)$/);
    expect(() => checkEcsName('cluster', 'cluster', 'a\nb')).toThrow('got "a\\nb"');
  });
});

describe('parseImageReference', () => {
  it.each([
    ['nginx', { repository: 'nginx' }],
    ['library/nginx:1.25', { repository: 'library/nginx', tag: '1.25' }],
    ['123456789012.dkr.ecr.us-east-1.amazonaws.com/api:1.2.3', { registry: '123456789012.dkr.ecr.us-east-1.amazonaws.com', repository: 'api', tag: '1.2.3' }],
    [`123456789012.dkr.ecr.us-east-1.amazonaws.com/team/api@${DIGEST}`, { registry: '123456789012.dkr.ecr.us-east-1.amazonaws.com', repository: 'team/api', digest: DIGEST }],
    [`localhost:5000/api:v1@${DIGEST}`, { registry: 'localhost:5000', repository: 'api', tag: 'v1', digest: DIGEST }],
    ['public.ecr.aws/docker/library/busybox:latest', { registry: 'public.ecr.aws', repository: 'docker/library/busybox', tag: 'latest' }],
    ['api:2', { repository: 'api', tag: '2' }],
  ])('%s', (value, expected) => expect(parseImageReference(value)).toEqual(expected));

  it.each([
    '../../../../etc/passwd',
    '::warning::x',
    'REPO/API@sha256:xyz',
    'api@sha256:abc',
    `api@sha256:${'A'.repeat(64)}`,
    'api:tag with space',
    'api\n:1',
    'Api:1',
    '',
    `a/${'b'.repeat(300)}`,
  ])('refuses %j', (value) => {
    expect(parseImageReference(value)).toBeUndefined();
    expect(() => checkImageReference('image', value)).toThrow(/^Input 'image': expected an image reference/);
  });
});

describe('quoted', () => {
  it('keeps a plain value readable and puts anything else on one line', () => {
    expect(quoted('abc')).toBe("'abc'");
    expect(quoted('a\rb')).toBe('"a\\rb"');
    expect(quoted("it's")).toBe('"it\'s"');
  });
});

describe('parseDurationInput above the timer limit', () => {
  it('refuses a duration Node cannot wait for, instead of timing out at once', () => {
    expect(parseDurationInput('timeout', '596h', '1m')).toBeLessThanOrEqual(MAX_TIMER_MS);
    expect(() => parseDurationInput('timeout', '597h', '1m')).toThrow("Input 'timeout': expected a duration of at most 596h (about 24.8 days), got '597h'");
    expect(() => parseDurationInput('timeout', '99999999999', '1m')).toThrow(/at most 596h/);
  });
});
