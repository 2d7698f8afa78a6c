import { ConfigurationError } from './errors.js';

// What every action knows of AWS before it makes a client: the region, and which failures may be retried. The client
// settings are in aws-client.ts, which the adapters import: it loads the proxy agents (node:https, node:tls), which
// an input error or a post step should not pay for.

/**
 * The region from the `aws-region` input, else the environment the credentials step leaves
 * (configure-aws-credentials exports AWS_REGION and AWS_DEFAULT_REGION). Failing here, before any call,
 * beats the SDK's "Region is missing" at the first request.
 */
export function resolveRegion(input: string, env: Record<string, string | undefined>): string {
  const region = input.trim() || env.AWS_REGION?.trim() || env.AWS_DEFAULT_REGION?.trim() || '';
  if (!region) {
    throw new ConfigurationError('aws-region', 'no region: set aws-region, or AWS_REGION (aws-actions/configure-aws-credentials sets it)');
  }
  if (!/^[a-z]{2}(-[a-z]+)+-\d+$/.test(region)) {
    throw new ConfigurationError('aws-region', `'${region}' is not an AWS region name such as us-east-1`);
  }
  return region;
}

/** Error names AWS services give a request they refused for its rate: nothing was done, so it may be sent again. */
export const THROTTLING_ERROR_NAMES: readonly string[] = ['ThrottlingException', 'TooManyRequestsException', 'RequestLimitExceeded'];

/**
 * Whether a failed AWS call may be tried again: throttling, 5xx, and connection-level failures. Used where
 * the SDK's own retries are turned off because a retry needs a check first (a lost response may have acted).
 */
export function isRetryableAwsError(error: unknown): boolean {
  const e = error as { name?: string; code?: string; $retryable?: unknown; $metadata?: { httpStatusCode?: number } };
  if (e.$retryable) return true;
  if ((e.$metadata?.httpStatusCode ?? 0) >= 500) return true;
  if (THROTTLING_ERROR_NAMES.includes(e.name ?? '') || e.name === 'TimeoutError') return true;
  return ['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ECONNREFUSED', 'EAI_AGAIN'].includes(e.code ?? '');
}
