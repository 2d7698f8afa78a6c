import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CreateBucketCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { awsClientConfig } from '../../actions/common/src/aws-client.js';
import { ForwardProxy } from '../support/forward-proxy.js';
import { motoOnlyEnv, startMoto, type MotoServer } from '../support/moto.js';

// The SDK's S3 client through awsClientConfig's proxy agents, against moto: S3 uploads send `Expect: 100-continue`,
// whose request head Node writes before the agent sees it, so those go through a CONNECT tunnel and the others are
// forwarded; both must arrive whole.
let moto: MotoServer;
let proxy: ForwardProxy;
const saved = { ...process.env };

beforeAll(async () => {
  [moto, proxy] = await Promise.all([startMoto(), ForwardProxy.start()]);
  for (const [name, value] of Object.entries(motoOnlyEnv(moto))) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
}, 60_000);

afterAll(async () => {
  process.env = saved;
  await Promise.all([proxy?.stop(), moto?.stop()]);
}, 30_000);

describe('AWS calls through HTTP_PROXY (moto)', () => {
  it('creates a bucket, puts a 3 MB object and a 12 MB multipart upload, and reads one back, all through the proxy', async () => {
    const s3 = new S3Client({ ...awsClientConfig('us-east-1', 's3-spa-deploy', 2, { HTTP_PROXY: proxy.url() }), forcePathStyle: true });
    try {
      await s3.send(new CreateBucketCommand({ Bucket: 'proxied-site' }));
      const object = Buffer.alloc(3 * 1024 * 1024, 7);
      await s3.send(new PutObjectCommand({ Bucket: 'proxied-site', Key: 'app.js', Body: object }));
      await new Upload({ client: s3, params: { Bucket: 'proxied-site', Key: 'bundle.js', Body: Buffer.alloc(12 * 1024 * 1024, 1) } }).done();
      const read = await s3.send(new GetObjectCommand({ Bucket: 'proxied-site', Key: 'app.js' }));
      expect(Buffer.from(await read.Body!.transformToByteArray()).equals(object)).toBe(true);
    } finally {
      s3.destroy();
    }
    const host = new URL(moto.endpoint).host;
    expect(proxy.calls.every((c) => c.status === 200)).toBe(true);
    expect(proxy.forwards()).toEqual(expect.arrayContaining([`${moto.endpoint}/proxied-site/`, `${moto.endpoint}/proxied-site/app.js?x-id=GetObject`]));
    // The uploads (the PutObject and each part) went through tunnels to moto.
    expect(proxy.tunnels().length).toBeGreaterThanOrEqual(2);
    expect(new Set(proxy.tunnels())).toEqual(new Set([host]));
  }, 60_000);
});
