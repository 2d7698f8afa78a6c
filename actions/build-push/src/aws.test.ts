import { describe, expect, it } from '@jest/globals';
import { lifecyclePolicyText, parseAuthorizationData } from './aws.js';

const token = (text: string) => Buffer.from(text).toString('base64');

describe('parseAuthorizationData', () => {
  it('splits the token at the first colon and strips the scheme from the endpoint', () => {
    expect(parseAuthorizationData({ authorizationToken: token('AWS:pa:ss'), proxyEndpoint: 'https://123456789012.dkr.ecr.us-east-1.amazonaws.com' }))
      .toMatchObject({ username: 'AWS', password: 'pa:ss', host: '123456789012.dkr.ecr.us-east-1.amazonaws.com' });
    expect(parseAuthorizationData({ authorizationToken: token('AWS:x'), proxyEndpoint: 'http://127.0.0.1:5000/' }).host).toBe('127.0.0.1:5000');
  });
  it.each([
    ['no data', undefined],
    ['no endpoint', { authorizationToken: token('AWS:x') }],
    ['a token without a password', { authorizationToken: token('AWS:'), proxyEndpoint: 'https://r' }],
    ['a token without a colon', { authorizationToken: token('AWS'), proxyEndpoint: 'https://r' }],
  ])('refuses %s', (_name, data) => {
    expect(() => parseAuthorizationData(data)).toThrow(/GetAuthorizationToken returned/);
  });
});

describe('lifecyclePolicyText', () => {
  it('expires all but the newest N images', () => {
    expect(JSON.parse(lifecyclePolicyText(30))).toEqual({
      rules: [{ rulePriority: 1, description: 'Keep the newest 30 images (build-push)', selection: { tagStatus: 'any', countType: 'imageCountMoreThan', countNumber: 30 }, action: { type: 'expire' } }],
    });
  });
});
