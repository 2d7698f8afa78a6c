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
 * The SDK does not read HTTPS_PROXY itself, so with a proxy in the environment the client gets agents that do; without
 * one it keeps the SDK's own handler. The agents are the SDK's defaults otherwise (keep-alive, 50 sockets), and each
 * client has its own, since destroying a client destroys its agents' sockets.
 */
export function awsClientConfig(region: string, action: string, maxAttempts = DEFAULT_MAX_ATTEMPTS, env: Record<string, string | undefined> = process.env): AwsClientConfig {
  const config: AwsClientConfig = { region, retryMode: maxAttempts === 1 ? 'standard' : 'adaptive', maxAttempts, customUserAgent: `platform-actions/${action}` };
  if (proxySettingsFromEnv(env)) config.requestHandler = proxyAgents(env, { keepAlive: true, maxSockets: 50 });
  return config;
}
