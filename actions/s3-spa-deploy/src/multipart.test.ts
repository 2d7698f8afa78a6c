import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { S3Client } from '@aws-sdk/client-s3';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CANCEL_WINDOW, CancelClock } from '../../common/src/deadline.js';
import { PARTS_IN_FLIGHT, partLimiter, uploadMultipart } from './multipart.js';
import { MultipartLeftOpenError } from './outcome.js';

// The multipart upload against a fake client that records each command, holds part requests until told, and honours
// the abort signal as the SDK does: no upload is left open, whatever stops it.

interface Sent {
  name: string;
  input: Record<string, unknown>;
  signal?: AbortSignal;
}

const abortError = () => Object.assign(new Error('Request aborted'), { name: 'AbortError' });

class FakeClient {
  readonly sent: Sent[] = [];
  /** Part numbers that fail; parts in `hold` wait for their abort signal (a slow network). */
  failParts = new Set<number>();
  hold = new Set<number>();
  abortFails = false;
  /** Part requests in flight now, and the most seen at once. */
  inFlight = 0;
  maxInFlight = 0;
  /**
   * When set, each part is answered only once `size` parts (or all of `total` not answered yet) are in flight at
   * once, or after 5 s. Without it, whether parts overlap depends on how fast the machine reads their slices of the
   * file: a loaded machine saw 6 at once where the limit is 8. With it, a limiter that admits `size` reaches it for
   * sure, one that admits fewer shows fewer (after the 5 s), and one that admits more still shows more.
   */
  gather?: { size: number; total: number };
  private answered = 0;
  private gathering: (() => void)[] = [];

  async send(command: { constructor: { name: string }; input: Record<string, unknown> }, options?: { abortSignal?: AbortSignal }): Promise<Record<string, unknown>> {
    const name = command.constructor.name.replace(/Command$/, '');
    const signal = options?.abortSignal;
    this.sent.push({ name, input: command.input, signal });
    if (signal?.aborted) throw abortError();
    const part = command.input.PartNumber as number;
    switch (name) {
      case 'CreateMultipartUpload': return { UploadId: 'up-1' };
      case 'UploadPart':
        if (this.hold.has(part)) await new Promise((_, reject) => signal?.addEventListener('abort', () => reject(abortError()), { once: true }));
        this.maxInFlight = Math.max(this.maxInFlight, ++this.inFlight);
        if (this.gather) await this.gathered(this.gather);
        // Answered a few turns of the event loop later, as a network would: the other parts get the chance to start.
        for (let i = 0; i < 3; i++) await new Promise((resolve) => setImmediate(resolve));
        this.inFlight--;
        this.answered++;
        if (this.failParts.has(part)) throw Object.assign(new Error('We encountered an internal error'), { name: 'InternalError' });
        return { ETag: `"etag-${part}"` };
      case 'CompleteMultipartUpload': return { ETag: '"whole-3"' };
      case 'AbortMultipartUpload':
        if (this.abortFails) throw Object.assign(new Error('Slow Down'), { name: 'SlowDown' });
        return {};
      default: throw new Error(`unexpected ${name}`);
    }
  }

  private gathered({ size, total }: { size: number; total: number }): Promise<void> {
    if (this.inFlight >= Math.min(size, total - this.answered)) {
      for (const release of this.gathering.splice(0)) release();
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, 5_000);
      this.gathering.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  names(): string[] {
    return this.sent.map((s) => (s.name === 'UploadPart' ? `UploadPart ${String(s.input.PartNumber)}` : s.name));
  }
}

const PART = 5;
let dir = '';
let path = '';
const params = { Bucket: 'site', Key: 'media/intro.7f8e9d0c.bin', ContentType: 'application/octet-stream', Metadata: { md5: 'abc' } };
const upload = (client: FakeClient, cancel?: AbortSignal) => uploadMultipart(client as unknown as S3Client, params, path, 3 * PART, PART, new CancelClock(cancel));

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 's3-multipart-'));
  path = join(dir, 'file.bin');
  await writeFile(path, 'aaaaabbbbbccccc');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('uploadMultipart', () => {
  it('uploads each part from its offset and completes with the parts in order', async () => {
    const client = new FakeClient();
    expect(await upload(client)).toBe('"whole-3"');
    // Parts go up concurrently (each reads its own slice of the file first), so they may be sent in any order.
    const names = client.names();
    expect([names[0], names.at(-1)]).toEqual(['CreateMultipartUpload', 'CompleteMultipartUpload']);
    expect(names.slice(1, -1).sort()).toEqual(['UploadPart 1', 'UploadPart 2', 'UploadPart 3']);
    const parts = client.sent.filter((s) => s.name === 'UploadPart');
    expect(parts.map((s) => [s.input.PartNumber, String(s.input.Body)]).sort()).toEqual([[1, 'aaaaa'], [2, 'bbbbb'], [3, 'ccccc']]);
    expect(client.sent[0]?.input).toMatchObject(params);
    expect((client.sent.at(-1)?.input.MultipartUpload as { Parts: unknown[] }).Parts).toEqual([1, 2, 3].map((n) => ({ PartNumber: n, ETag: `"etag-${n}"` })));
    expect(PARTS_IN_FLIGHT).toBeGreaterThanOrEqual(3);
  });

  it('uploads that share the run\'s part limiter hold at most PARTS_IN_FLIGHT part buffers between them', async () => {
    const client = new FakeClient();
    client.gather = { size: PARTS_IN_FLIGHT, total: 18 };
    const parts = partLimiter();
    const keys = Array.from({ length: 6 }, (_, i) => `media/clip-${i}.bin`);
    const etags = await Promise.all(keys.map((Key) => uploadMultipart(client as unknown as S3Client, { ...params, Key }, path, 3 * PART, PART, new CancelClock(undefined), parts)));
    expect(etags).toEqual(keys.map(() => '"whole-3"'));
    expect(client.sent.filter((s) => s.name === 'UploadPart')).toHaveLength(18);
    // 18 parts were ready at once: without the shared limiter, 6 uploads × PARTS_IN_FLIGHT could be in flight.
    expect(client.maxInFlight).toBe(PARTS_IN_FLIGHT);
  });

  it('on a failed part, aborts the parts still in flight first, then the upload', async () => {
    const client = new FakeClient();
    client.failParts.add(2);
    client.hold.add(3);
    await expect(upload(client)).rejects.toThrow('We encountered an internal error');
    const part3 = client.sent.find((s) => s.name === 'UploadPart' && s.input.PartNumber === 3);
    expect(part3?.signal?.aborted).toBe(true);
    expect(client.names().at(-1)).toBe('AbortMultipartUpload');
    expect(client.sent.at(-1)?.input).toEqual({ Bucket: 'site', Key: params.Key, UploadId: 'up-1' });
    expect(client.names()).not.toContain('CompleteMultipartUpload');
  });

  it('on a cancel, aborts the part requests at once and the upload within the cancel budget', async () => {
    const client = new FakeClient();
    client.hold = new Set([1, 2, 3]);
    const cancel = new AbortController();
    const done = upload(client, cancel.signal);
    await new Promise((resolve) => setImmediate(resolve));
    cancel.abort();
    await expect(done).rejects.toMatchObject({ name: 'AbortError' });
    expect(client.sent.filter((s) => s.name === 'UploadPart').every((s) => s.signal?.aborted)).toBe(true);
    const abort = client.sent.at(-1);
    expect(abort?.name).toBe('AbortMultipartUpload');
    // Its own signal, not the cancelled one: still live, and bounded (AbortSignal.timeout) by the budget.
    expect(abort?.signal?.aborted).toBe(false);
    expect(CANCEL_WINDOW.budgetMs).toBeLessThan(CANCEL_WINDOW.sigtermMs);
  });

  it('says so when the upload cannot be aborted: its parts stay billed', async () => {
    const client = new FakeClient();
    client.failParts.add(1);
    client.abortFails = true;
    const error = await upload(client).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(MultipartLeftOpenError);
    expect((error as Error).message).toBe('We encountered an internal error; the multipart upload up-1 could not be aborted (Slow Down): its parts are billed until it is aborted');
  });
});
