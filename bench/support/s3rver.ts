import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { LongRunningProcess, waitUntilReady } from '../../test/support/process.js';
import { isPortOpen, LOOPBACK, retryOnPortClash } from '../../test/support/ports.js';

/**
 * s3rver (npm `s3rver`, an S3 server written for Node) as a loopback S3 in its own process, storing objects in a
 * temporary folder. Unlike moto (one Python core), it answers concurrent requests cheaply enough that a latency proxy
 * in front of it (latency-proxy.ts), not the server, decides how long a sync takes.
 */
export interface S3rverServer {
  readonly endpoint: string;
  readonly port: number;
  readonly pid: number;
  /** Its fixed account (s3rver accepts only this key pair), for AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY. */
  readonly credentials: { accessKeyId: string; secretAccessKey: string };
  stop(): Promise<void>;
}

const S3RVER_KEY = 'S3RVER';

export async function startS3rver(): Promise<S3rverServer> {
  const bin = join(dirname(createRequire(import.meta.url).resolve('s3rver/package.json')), 'bin', 's3rver.js');
  // In memory where there is a tmpfs: the server's disk writes are not what is measured.
  const directory = await mkdtemp(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 's3rver-'));
  const { proc, port } = await retryOnPortClash(async (port) => {
    const proc = await LongRunningProcess.start({
      name: 's3rver', command: process.execPath, args: ['--openssl-legacy-provider', bin, '--directory', directory, '--address', LOOPBACK, '--port', String(port), '--silent', '--no-vhost-buckets'],
    });
    try {
      await waitUntilReady(proc, `s3rver on ${LOOPBACK}:${port}`, () => isPortOpen(port), { timeoutMs: 20_000 });
    } catch (error) {
      await proc.stop({ graceMs: 2_000 });
      throw error;
    }
    return { proc, port };
  });
  return {
    endpoint: `http://${LOOPBACK}:${port}`, port, pid: proc.pid, credentials: { accessKeyId: S3RVER_KEY, secretAccessKey: S3RVER_KEY },
    async stop() {
      await proc.stop({ graceMs: 5_000 });
      await rm(directory, { recursive: true, force: true });
    },
  };
}
