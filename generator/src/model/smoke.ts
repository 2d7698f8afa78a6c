/**
 * Smoke tests: URLs that share their expectations go in one smoke-test step (checked concurrently); a URL with its
 * own (a status, a body text, JSON-path assertions such as `$.version == ${{ github.sha }}`, which proves the new
 * version is served) gets a step of its own.
 */
import type { SmokeConfig } from '../config/schema-environment.js';
import type { Scalar, Step } from './types.js';

type Checks = Exclude<SmokeConfig, unknown[]>;
type CheckKeys = Omit<Checks, 'urls'>;

const lines = (value: string | string[] | undefined) => (value === undefined ? undefined : Array.isArray(value) ? value.join('\n') : value);

function inputs(checks: CheckKeys): Record<string, Scalar> {
  const out: Record<string, Scalar> = {};
  if (checks['expected-status'] !== undefined) out['expected-status'] = String(checks['expected-status']);
  const body = lines(checks['body-contains']);
  if (body) out['body-contains'] = body;
  const json = lines(checks['json-assert']);
  if (json) out['json-assert'] = json;
  if (checks.timeout) out.timeout = checks.timeout;
  if (checks['no-cache'] !== undefined) out['no-cache'] = checks['no-cache'];
  return out;
}

/** The URLs smoke-tested, in order (the first one's origin is the environment's URL by default). */
export function smokeUrls(smoke: SmokeConfig | undefined): string[] {
  if (!smoke) return [];
  return Array.isArray(smoke) ? smoke.map((entry) => (typeof entry === 'string' ? entry : entry.url)) : smoke.urls;
}

export function smokeSteps(smoke: SmokeConfig | undefined): Step[] {
  if (!smoke) return [];
  if (!Array.isArray(smoke)) {
    const { urls, ...checks } = smoke;
    return [{ name: 'Smoke test', uses: { ours: 'smoke-test' }, with: { urls: urls.join('\n'), ...inputs(checks) } }];
  }
  const plain = smoke.filter((entry): entry is string => typeof entry === 'string');
  const own = smoke.filter((entry) => typeof entry !== 'string');
  const steps: Step[] = [];
  if (plain.length) steps.push({ name: 'Smoke test', uses: { ours: 'smoke-test' }, with: { urls: plain.join('\n') } });
  for (const { url, ...checks } of own) {
    steps.push({ name: `Smoke test ${url}`, uses: { ours: 'smoke-test' }, with: { urls: url, ...inputs(checks) } });
  }
  return steps;
}
