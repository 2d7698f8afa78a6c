import { type S3Client, paginateListObjectsV2 } from '@aws-sdk/client-s3';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAction } from '../../test/harness/index.js';
import { runAwsCli } from '../../test/support/awscli.js';
import { md5Hex, type Tree } from './spa.js';

/** The two tools the s3-sync benchmark compares, each started as a pipeline starts it, and the checks of their result. */

const ACTION_DIR = fileURLToPath(new URL('../../actions/s3-spa-deploy', import.meta.url));
const PEAK_RSS_PROBE = new URL('./peak-rss.mjs', import.meta.url).href;
/** USER_HZ: Linux reports process CPU time in these ticks on every mainstream architecture. */
const CLOCK_TICKS_PER_S = 100;

/** Where a tool sends its requests: `endpoint` (AWS_ENDPOINT_URL and awscli's --endpoint-url) with `env`'s keys. */
export interface S3Target {
  endpoint: string;
  /** The server's own endpoint, for making buckets and checking them (default `endpoint`). */
  setupEndpoint?: string;
  env: Record<string, string>;
  /** The S3 server's process, for its CPU. */
  serverPid: number;
}

export interface Measured {
  ms: number;
  uploads: number;
  deletes: number;
  /** ours only: assets of the previous deploy left for clients still on the old page. */
  note?: string;
  /** ours only: the process's peak resident set, MiB. */
  peakRssMiB?: number;
}

export interface Sync extends Measured {
  /** CPU the S3 server spent while this sync ran. */
  serverCpuMs: number;
  /** CPU of the tool's own process (and its children), from our reaped-children counters. */
  clientCpuMs: number;
}

/**
 * CPU of a process from /proc/<pid>/stat (Linux), in ms: its own utime + stime, or with `reaped` the cutime + cstime
 * of the children it has waited for — for this process, the tool that just exited (the server is still running).
 */
function cpuMsOf(pid: number | 'self', reaped = false): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
  const [user, system] = reaped ? [fields[13], fields[14]] : [fields[11], fields[12]];
  return ((Number(user) + Number(system)) * 1000) / CLOCK_TICKS_PER_S;
}

/** Where the CPU went: on a 2-core machine client + server CPU close to 2 × wall time means both cores were busy. */
export async function withCpu(target: S3Target, sync: () => Promise<Measured>): Promise<Sync> {
  const [server0, client0] = [cpuMsOf(target.serverPid), cpuMsOf('self', true)];
  const result = await sync();
  return { ...result, serverCpuMs: cpuMsOf(target.serverPid) - server0, clientCpuMs: cpuMsOf('self', true) - client0 };
}

/**
 * s3-spa-deploy's dist through the harness (as the runner starts it), no distribution, every input at its default
 * except those in `inputs`. Its peak RSS comes from a preloaded probe (NODE_OPTIONS) that writes it at exit.
 */
export async function syncOurs(target: S3Target, bucket: string, dir: string, inputs: Record<string, string>, timeoutMs: number): Promise<Measured> {
  const probeDir = await mkdtemp(join(tmpdir(), 's3-sync-rss-'));
  const rssFile = join(probeDir, 'peak-rss');
  try {
    const result = await runAction({
      actionDir: ACTION_DIR,
      with: { source: dir, bucket, ...inputs },
      env: {
        ...target.env, AWS_ENDPOINT_URL: target.endpoint, AWS_PROFILE: undefined, AWS_ENDPOINT_URL_S3: undefined,
        AWS_CONFIG_FILE: '/nonexistent', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent',
        NODE_OPTIONS: `--import=${PEAK_RSS_PROBE}`, BENCH_PEAK_RSS_FILE: rssFile,
      },
      timeoutMs,
    });
    await result.dispose();
    if (result.conclusion !== 'success') throw new Error(`s3-spa-deploy failed (${result.conclusion}):\n${result.log.split('\n').slice(-20).join('\n')}`);
    const kept = /Kept for clients on the previous page \| (\d+)/.exec(result.summary)?.[1];
    const rssKiB = Number(await readFile(rssFile, 'utf8').catch(() => 'NaN'));
    return {
      ms: result.exitedAtMs ?? result.durationMs, uploads: Number(result.outputs.uploaded), deletes: Number(result.outputs.deleted),
      note: kept && kept !== '0' ? `${kept} kept` : undefined, peakRssMiB: rssKiB / 1024,
    };
  } finally {
    await rm(probeDir, { recursive: true, force: true });
  }
}

/**
 * `aws s3 sync <dir> s3://<bucket>/ --delete` (awscli v2, its default 10 concurrent requests), given --endpoint-url
 * because Debian's awscli 2.9 ignores AWS_ENDPOINT_URL; isolated from ~/.aws by runAwsCli.
 */
export async function syncPeer(target: S3Target, bucket: string, dir: string, timeoutMs: number): Promise<Measured> {
  const started = performance.now();
  const result = await runAwsCli(['s3', 'sync', dir, `s3://${bucket}/`, '--delete', '--endpoint-url', target.endpoint], target.env, { timeoutMs });
  const ms = performance.now() - started;
  if (result.code !== 0) throw new Error(`aws s3 sync exited ${result.code}:\n${result.stderr.slice(-2000)}`);
  // Without a terminal awscli still writes progress lines ending in \r; each finished file gets its own line.
  const lines = result.stdout.split(/[\r\n]+/);
  return { ms, uploads: lines.filter((l) => l.startsWith('upload:')).length, deletes: lines.filter((l) => l.startsWith('delete:')).length };
}

/**
 * A sync only counts if the bucket really holds the tree afterwards: every file, byte for byte (ETag = MD5); `exact`:
 * nothing else (awscli's bucket; ours also holds its manifest and the assets it keeps for the previous page).
 */
export async function verifyBucket(s3: S3Client, bucket: string, tree: Tree, exact: boolean): Promise<void> {
  const etags = new Map<string, string>();
  for await (const page of paginateListObjectsV2({ client: s3 }, { Bucket: bucket })) {
    for (const o of page.Contents ?? []) etags.set(o.Key as string, (o.ETag ?? '').replace(/"/g, ''));
  }
  const wrong = [...tree].filter(([key, body]) => etags.get(key) !== md5Hex(body)).map(([key]) => key);
  const extra = exact ? [...etags.keys()].filter((key) => !tree.has(key)) : [];
  if (wrong.length || extra.length) {
    throw new Error(`${bucket} does not hold the tree: ${wrong.length} missing or different (${wrong.slice(0, 3).join(', ')}), ${extra.length} extra (${extra.slice(0, 3).join(', ')})`);
  }
}
