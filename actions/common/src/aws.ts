import { ConfigurationError } from './errors.js';
import { proxyAgents, type ProxyAgents, proxySettingsFromEnv } from './proxy.js';

/**
 * Configuration shared by every AWS SDK v3 client the actions create. Endpoints are left to the SDK, which
 * honours AWS_ENDPOINT_URL and AWS_ENDPOINT_URL_<SERVICE> (so users can point an action at LocalStack or moto,
 * and our tests at the simulator); retries use the SDK's adaptive mode, which also rate-limits the client
 * itself after throttling errors, because deploy pipelines often share an account's API budget. A client of one
 * attempt, whose calls we retry ourselves (a registration checked before a retry, StopTask inside the cancel window),
 * uses standard mode: the adaptive rate limiter delays even a single attempt after a throttle (StopTask calls 2 s
 * apart were observed), whatever maxAttempts says.
 */
export interface AwsClientConfig {
  region: string;
  retryMode: 'adaptive' | 'standard';
  maxAttempts: number;
  customUserAgent: string;
  /** Options for the SDK's Node HTTP handler: agents that honour HTTPS_PROXY / HTTP_PROXY / NO_PROXY (see proxy.ts). */
  requestHandler?: ProxyAgents;
}

export const DEFAULT_MAX_ATTEMPTS = 8;

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

/**
 * The SDK does not read HTTPS_PROXY itself, so with a proxy in the environment the client gets agents that do; without
 * one it keeps the SDK's own handler. The agents are the SDK's defaults otherwise (keep-alive, 50 sockets), and each
 * client has its own, since destroying a client destroys its agents' sockets.
 */
export function awsClientConfig(region: string, action: string, maxAttempts = DEFAULT_MAX_ATTEMPTS, env: Record<string, string | undefined> = process.env): AwsClientConfig {
  const config: AwsClientConfig = { region, retryMode: maxAttempts === 1 ? 'standard' : 'adaptive', maxAttempts, customUserAgent: `platform-actions/${action}` };
  if (proxySettingsFromEnv(env)) config.requestHandler = proxyAgents(env, { keepAlive: true, maxSockets: 50 });
  return config;
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
