import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setProcessEnv } from '../../../test/support/env.js';
import { createS3Api } from './aws.js';

// The S3 clients keep as many connections as the deploy keeps requests in flight: the SDK's default agent holds 50, and
// far from S3 every request queued behind them waits a round trip more.

const held: ServerResponse[] = [];
let mostAtOnce = 0;
let server: ReturnType<typeof createServer>;
let restoreEnv: () => void;

/**
 * Answers nothing until `expected` HeadObjects are waiting (or 10 s passed), then 404 to all: the most seen at once.
 * A passing run never waits; the 10 s only ends a failing one. (At 1 s, a loaded 2-core machine had sent 46 of 80.)
 */
function holdUntil(expected: number) {
  let timer: NodeJS.Timeout | undefined;
  const release = () => {
    clearTimeout(timer);
    timer = undefined;
    for (const res of held.splice(0)) res.writeHead(404, { 'content-length': '0' }).end();
  };
  return (req: IncomingMessage, res: ServerResponse) => {
    req.resume();
    held.push(res);
    mostAtOnce = Math.max(mostAtOnce, held.length);
    if (held.length >= expected) release();
    else timer ??= setTimeout(release, 10_000);
  };
}

const CONCURRENCY = 80;

beforeAll(async () => {
  server = createServer(holdUntil(CONCURRENCY));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  restoreEnv = setProcessEnv({
    AWS_ENDPOINT_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, AWS_ACCESS_KEY_ID: 'testing', AWS_SECRET_ACCESS_KEY: 'testing',
    AWS_ENDPOINT_URL_S3: undefined, AWS_PROFILE: undefined, AWS_CONFIG_FILE: '/nonexistent', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent',
    HTTPS_PROXY: undefined, HTTP_PROXY: undefined, https_proxy: undefined, http_proxy: undefined,
  });
});

afterAll(async () => {
  restoreEnv();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('createS3Api', () => {
  it(`sends ${CONCURRENCY} HeadObjects at once when the deploy's concurrency is ${CONCURRENCY}`, async () => {
    const api = createS3Api('us-east-1', 'site', 16 * 1024 * 1024, undefined, CONCURRENCY);
    const found = await Promise.all(Array.from({ length: CONCURRENCY }, (_, i) => api.head(`assets/chunk-${i}.js`)));
    expect(found.every((f) => f === undefined)).toBe(true);
    expect(mostAtOnce).toBe(CONCURRENCY);
  });
});
