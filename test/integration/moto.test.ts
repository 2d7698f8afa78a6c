import { createHash } from 'node:crypto';
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import {
  CreateBucketCommand,
  HeadObjectCommand,
  ListBucketsCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { startMoto, type MotoServer } from '../support/moto.js';
import { isPortOpen } from '../support/ports.js';
import { isProcessAlive } from '../support/process.js';

/** Variables from the developer's shell that would steer the SDK away from moto's env settings. */
const CONFLICTING_VARS = ['AWS_PROFILE', 'AWS_SESSION_TOKEN', 'AWS_ENDPOINT_URL_S3', 'AWS_CONFIG_FILE', 'AWS_SHARED_CREDENTIALS_FILE'];

describe('moto test-bed', () => {
  let moto: MotoServer | undefined;
  const savedEnv: Record<string, string | undefined> = {};

  beforeAll(async () => {
    moto = await startMoto();
    for (const name of [...CONFLICTING_VARS, ...Object.keys(moto.env())]) {
      savedEnv[name] = process.env[name];
      delete process.env[name];
    }
    Object.assign(process.env, moto.env());
  }, 60_000);

  afterAll(async () => {
    for (const [name, value] of Object.entries(savedEnv)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    await moto?.stop();
  }, 30_000);

  it('exposes an endpoint on loopback with fake credentials and us-east-1', () => {
    const env = moto!.env();
    expect(env.AWS_ENDPOINT_URL).toBe(`http://127.0.0.1:${moto!.port}`);
    expect(env.AWS_REGION).toBe('us-east-1');
    expect(env.AWS_ACCESS_KEY_ID).toBeTruthy();
    expect(env.AWS_SECRET_ACCESS_KEY).toBeTruthy();
  });

  it('serves S3 to a client configured only through the environment', async () => {
    const s3 = new S3Client({});
    try {
      const bucket = 'testbed-bucket';
      const body = 'console.log("hello from the test-bed");\n';
      await s3.send(new CreateBucketCommand({ Bucket: bucket }));
      await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'assets/app.js', Body: body, ContentType: 'text/javascript' }));

      const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: 'assets/app.js' }));
      const md5 = createHash('md5').update(body).digest('hex');
      expect(head.ETag).toBe(`"${md5}"`);
      expect(head.ContentLength).toBe(Buffer.byteLength(body));
      expect(head.ContentType).toBe('text/javascript');

      const listed = await s3.send(new ListObjectsV2Command({ Bucket: bucket }));
      expect(listed.Contents?.map((o) => o.Key)).toEqual(['assets/app.js']);
      expect(listed.KeyCount).toBe(1);
    } finally {
      s3.destroy();
    }
  });

  it('reset() drops every bucket', async () => {
    const s3 = new S3Client({});
    try {
      await s3.send(new CreateBucketCommand({ Bucket: 'doomed-bucket' }));
      expect((await s3.send(new ListBucketsCommand({}))).Buckets?.length).toBeGreaterThan(0);
      await moto!.reset();
      expect((await s3.send(new ListBucketsCommand({}))).Buckets ?? []).toEqual([]);
    } finally {
      s3.destroy();
    }
  });

  it('stop() ends the server process and frees its port', async () => {
    const { pid, port } = moto!;
    expect(isProcessAlive(pid)).toBe(true);
    await moto!.stop();
    moto = undefined;
    expect(isProcessAlive(pid)).toBe(false);
    expect(await isPortOpen(port)).toBe(false);
  }, 30_000);
});
