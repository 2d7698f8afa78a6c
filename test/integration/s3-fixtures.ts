import {
  CreateBucketCommand, GetObjectAclCommand, GetObjectCommand, type Grant, HeadObjectCommand, paginateListObjectsV2, S3Client,
} from '@aws-sdk/client-s3';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ActionResult, type RunningAction, startAction } from '../harness/index.js';
import { type Simulator, startSimulator } from '../sim/index.js';
import { FaultProxy, type ProxiedRequest } from '../support/fault-proxy.js';
import { type MotoServer, startMoto } from '../support/moto.js';

export const ACTION_DIR = fileURLToPath(new URL('../../actions/s3-spa-deploy', import.meta.url));
export const MANIFEST_KEY = '.s3-spa-deploy/manifest.json';
export const MIB = 1024 * 1024;
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const SHORT = 'public, max-age=300';

/** Relative path → content. */
export type SiteFiles = Record<string, string | Buffer>;

export interface StoredObject {
  key: string;
  etag: string;
  size: number;
  contentType: string;
  cacheControl: string;
  contentEncoding: string;
  metadata: Record<string, string>;
  lastModified: number;
}

export interface DeployRun {
  result: ActionResult;
  /** What the action sent to S3 (through the proxy in front of moto) during this run. */
  s3Requests: ProxiedRequest[];
  /** What the action sent to CloudFront (through the proxy in front of the simulator) during this run. */
  cloudfrontRequests: ProxiedRequest[];
  /** The messages of the step's ::error:: annotations. */
  errors: string[];
}

export interface DeployOptions {
  /** GITHUB_RUN_ID; default a new one per run, so CallerReferences never collide by accident. */
  runId?: string;
  runAttempt?: string;
  timeoutMs?: number;
}

/** Requests that change something (S3 and CloudFront reads are GET/HEAD). */
export const writesIn = (requests: readonly ProxiedRequest[]): ProxiedRequest[] => requests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD');

/**
 * moto as S3 and the simulator as CloudFront, each behind a FaultProxy that records what the action sends and can
 * fail chosen requests. The action runs from its committed dist through the runner harness. Every test takes its
 * own bucket and distribution, so tests need no reset between them.
 */
export class S3SpaFixture {
  private motoServer?: MotoServer;
  private simulator?: Simulator;
  private s3ProxyServer?: FaultProxy;
  private cloudfrontProxyServer?: FaultProxy;
  private client?: S3Client;
  private root = '';
  private serial = 0;

  get sim(): Simulator {
    return this.required(this.simulator);
  }

  get s3Proxy(): FaultProxy {
    return this.required(this.s3ProxyServer);
  }

  get cloudfrontProxy(): FaultProxy {
    return this.required(this.cloudfrontProxyServer);
  }

  /** A client straight to moto (not through the proxy), so the test's own reads never show in the recorded requests. */
  get s3(): S3Client {
    return this.required(this.client);
  }

  async start(): Promise<void> {
    this.root = await mkdtemp(join(tmpdir(), 's3-spa-deploy-'));
    const [moto, sim] = await Promise.all([startMoto(), startSimulator({ clockSpeed: 1 })]);
    this.motoServer = moto;
    this.simulator = sim;
    this.s3ProxyServer = await FaultProxy.start(moto.endpoint);
    this.cloudfrontProxyServer = await FaultProxy.start(sim.endpoint);
    const env = moto.env();
    this.client = new S3Client({
      region: env.AWS_REGION, endpoint: moto.endpoint, forcePathStyle: true, maxAttempts: 1,
      credentials: { accessKeyId: env.AWS_ACCESS_KEY_ID as string, secretAccessKey: env.AWS_SECRET_ACCESS_KEY as string },
    });
  }

  async stop(): Promise<void> {
    this.client?.destroy();
    await Promise.all([this.s3ProxyServer?.stop(), this.cloudfrontProxyServer?.stop()]);
    await Promise.all([this.motoServer?.stop(), this.simulator?.stop()]);
    if (this.root) await rm(this.root, { recursive: true, force: true });
  }

  /** A new empty bucket named after the test. */
  async createBucket(label: string): Promise<string> {
    const bucket = `spa-${label}-${++this.serial}`.toLowerCase().replace(/[^a-z0-9-]/g, '-');
    await this.s3.send(new CreateBucketCommand({ Bucket: bucket }));
    return bucket;
  }

  /** A new distribution in the simulator; `invalidationMs` is how long its invalidations stay InProgress. */
  createDistribution(invalidationMs?: number): string {
    const id = this.sim.control.cloudfront.createDistribution({ id: `E${String(++this.serial).padStart(4, '0')}SPATEST` });
    if (invalidationMs !== undefined) this.sim.control.cloudfront.setScenario({ invalidationMs }, { distributionId: id });
    return id;
  }

  /**
   * Writes a build output folder `name` from scratch: calling it again with the same name is a fresh rebuild, every
   * file rewritten (new mtimes) even where its content is the same. Returns the folder's path.
   */
  async writeSite(name: string, files: SiteFiles): Promise<string> {
    const dir = join(this.root, 'sites', name);
    await rm(dir, { recursive: true, force: true });
    for (const [path, content] of Object.entries(files)) {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), content);
    }
    return dir;
  }

  /** A path under the fixture's temporary folder, for inputs that must point at something that is not a folder. */
  async writeFile(name: string, content: string): Promise<string> {
    const path = join(this.root, name);
    await writeFile(path, content);
    return path;
  }

  async deploy(inputs: Record<string, string>, options: DeployOptions = {}): Promise<DeployRun> {
    const started = this.startDeploy(inputs, options);
    return started.finished(await started.running.result);
  }

  /**
   * Starts a deploy and returns at once, to cancel it (`running.cancel()`, the runner's SIGINT → SIGTERM → SIGKILL);
   * `finished` turns the step's result into a DeployRun.
   */
  startDeploy(inputs: Record<string, string>, options: DeployOptions = {}): { running: RunningAction; finished: (result: ActionResult) => Promise<DeployRun> } {
    const s3From = this.s3Proxy.requests.length;
    const cloudfrontFrom = this.cloudfrontProxy.requests.length;
    const running = startAction({
      actionDir: ACTION_DIR,
      with: inputs,
      env: this.actionEnv(),
      context: { runId: options.runId ?? String(5_000_000 + ++this.serial), runAttempt: options.runAttempt ?? '1' },
      timeoutMs: options.timeoutMs ?? 45_000,
    });
    const finished = async (result: ActionResult): Promise<DeployRun> => {
      await result.dispose();
      return {
        result,
        s3Requests: this.s3Proxy.since(s3From),
        cloudfrontRequests: this.cloudfrontProxy.since(cloudfrontFrom),
        errors: result.annotations.filter((a) => a.level === 'error').map((a) => a.message),
      };
    };
    return { running, finished };
  }

  /** Every object in the bucket with what HeadObject says of it, by key. */
  async objects(bucket: string): Promise<Map<string, StoredObject>> {
    const objects = new Map<string, StoredObject>();
    // URL-encoded keys: an XML parser turns a `\r` in a key into `\n`. moto encodes with Python's quote(), which
    // leaves `+` as it is, so plain decodeURIComponent reads its keys back.
    for await (const page of paginateListObjectsV2({ client: this.s3 }, { Bucket: bucket, EncodingType: 'url' })) {
      for (const item of page.Contents ?? []) {
        const key = decodeURIComponent(item.Key as string);
        const head = await this.s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
        objects.set(key, {
          key, etag: (head.ETag ?? '').replace(/"/g, ''), size: head.ContentLength ?? 0, contentType: head.ContentType ?? '',
          cacheControl: head.CacheControl ?? '', contentEncoding: head.ContentEncoding ?? '', metadata: head.Metadata ?? {},
          lastModified: head.LastModified?.getTime() ?? 0,
        });
      }
    }
    return objects;
  }

  async keys(bucket: string): Promise<string[]> {
    return [...(await this.objects(bucket)).keys()].sort();
  }

  async text(bucket: string, key: string): Promise<string> {
    const out = await this.s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    return (await out.Body?.transformToString('utf-8')) ?? '';
  }

  async grants(bucket: string, key: string): Promise<Grant[]> {
    return (await this.s3.send(new GetObjectAclCommand({ Bucket: bucket, Key: key }))).Grants ?? [];
  }

  /** moto's keys, both proxies as the endpoints, and nothing from the developer's shell that could steer the SDK elsewhere. */
  private actionEnv(): Record<string, string | undefined> {
    const env: Record<string, string | undefined> = {};
    for (const key of Object.keys(process.env)) if (key.startsWith('AWS_')) env[key] = undefined;
    return {
      ...env,
      ...this.required(this.motoServer).env(),
      AWS_ENDPOINT_URL: this.s3Proxy.url,
      AWS_ENDPOINT_URL_CLOUDFRONT: this.cloudfrontProxy.url,
      AWS_CONFIG_FILE: '/nonexistent/aws-config',
      AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/aws-credentials',
      AWS_EC2_METADATA_DISABLED: 'true',
    };
  }

  private required<T>(value: T | undefined): T {
    if (value === undefined) throw new Error('the fixture starts in beforeAll');
    return value;
  }
}

/** A small built SPA: hashed assets of every kind the cache and type rules care about, plus plain files. */
export function spaFiles(version: string, extra: SiteFiles = {}): SiteFiles {
  return {
    'index.html': `<!doctype html><title>app</title><script src="/assets/app.3f9a1c2b.js"></script><!-- ${version} -->`,
    'assets/app.3f9a1c2b.js': 'console.log("app");\n',
    'assets/app.3f9a1c2b.js.map': '{"version":3,"sources":[],"mappings":""}',
    'assets/index.4f2a9c1e.css': 'body{margin:0}\n',
    'assets/engine.0d1e2f3a.wasm': Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]),
    'assets/inter.9a8b7c6d.woff2': Buffer.from('wOF2\u0000\u0001fake-font'),
    'logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    'site.webmanifest': '{"name":"app"}',
    'sw.js': 'self.addEventListener("fetch", () => {});\n',
    'robots.txt': 'User-agent: *\n',
    ...extra,
  };
}
