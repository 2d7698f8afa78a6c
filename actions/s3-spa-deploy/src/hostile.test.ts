import { describe, expect, it } from '@jest/globals';
import { StepLog } from '../../../test/harness/step-log.js';
import { forgedCommands, HOSTILE_BLOCK, HOSTILE_TEXTS } from '../../../test/support/hostile.js';
import { ManualClock } from '../../common/src/clock.js';
import type { Logger } from '../../common/src/logger.js';
import { splitRunnerLines, untrustedSafeLogger } from '../../common/src/untrusted.js';
import { decodeKey, type S3Api } from './aws.js';
import { displayName, oneLine, showKey, summaryName } from './display.js';
import { getInputs } from './inputs.js';
import type { LocalFile, Manifest, RemoteObject } from './plan.js';
import { summaryMarkdown } from './report.js';
import { MANIFEST_KEY, run } from './run.js';

// Each source of outside text s3-spa-deploy prints — file names from the build, object keys from the bucket, keys in
// the manifest, S3's error messages, the `source` input — run through run() and printed the way main.ts prints (info
// through the neutralising logger, warnings and the failure as @actions/core writes annotations) into the harness's
// StepLog, which processes commands as the runner does.

/** @actions/core's escaping of a command's data. */
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

class RunnerLogger implements Logger {
  readonly log = new StepLog('/ws', false);
  info(message: string): void {
    for (const line of splitRunnerLines(message)) this.log.line('stdout', line);
  }
  warning(message: string): void {
    this.log.line('stdout', `::warning::${escapeData(message)}`);
  }
  error(message: string): void {
    this.log.line('stdout', `::error::${escapeData(message)}`);
  }
  debug(message: string): void {
    this.log.line('stdout', `::debug::${escapeData(message)}`);
  }
}

const md5 = (i: number) => i.toString(16).padStart(32, '0');
const local = (key: string, i: number): LocalFile => ({ key, path: `/src/${i}`, size: 1, md5: md5(i) });

/** A bucket that holds `objects` (plain keys), `manifest` and answers every upload and delete as told. */
function bucket(objects: string[], options: { manifest?: Manifest; uploadError?: string; deleteErrors?: string[] } = {}): S3Api {
  return {
    list: async () => objects.map((key, i): RemoteObject => ({ key, etag: md5(1000 + i), size: 1 })),
    head: async () => undefined,
    headAfterCancel: async () => undefined,
    getText: async (key) => (key === MANIFEST_KEY && options.manifest ? JSON.stringify(options.manifest) : undefined),
    upload: async (_key, _path, _size, hash) => {
      if (options.uploadError) throw new Error(options.uploadError);
      return hash;
    },
    putText: async () => undefined,
    delete: async () => (options.deleteErrors ?? []).map((key) => `${showKey(key)}: AccessDenied Access Denied`),
  };
}

/** Runs a deploy as main.ts does and returns what the runner made of its output. */
async function deploy(files: LocalFile[], s3: S3Api, values: Record<string, string> = {}) {
  const runner = new RunnerLogger();
  const read = (name: string) => ({ source: 'dist', bucket: 'site', 'max-delete-ratio': '1', ...values })[name] ?? '';
  const inputs = getInputs({ read, env: { AWS_REGION: 'us-east-1' }, isDirectory: () => true });
  let summary = '';
  try {
    const report = await run(inputs, { s3, scan: async () => ({ files, skipped: [] }), clock: new ManualClock(0), logger: untrustedSafeLogger(runner), random: () => 0.5 });
    summary = summaryMarkdown(report, inputs.bucket, inputs.prefix);
  } catch (error) {
    runner.error((error as Error).message);
  }
  return { log: runner.log, text: runner.log.render(false), summary };
}

/** The only commands the step may run: our own annotations, each one line of text. */
function expectNoForgedCommand(log: StepLog): void {
  const forged = forgedCommands(log.commands).filter((c) => !['error', 'warning'].includes(c.name));
  expect(forged).toEqual([]);
  expect(log.masks).toEqual([]);
  expect(log.legacyOutputs).toEqual({});
  for (const annotation of log.annotations) expect(annotation.message).not.toMatch(/\n::|\r/);
}

describe('outside text never becomes a workflow command', () => {
  it('file names from the build: each plan line shows the name, escaped onto one line', async () => {
    const files = [local('index.html', 0), ...HOSTILE_TEXTS.map((text, i) => local(text, i + 1))];
    const { log, text, summary } = await deploy(files, bucket([]), { 'dry-run': 'true' });
    expectNoForgedCommand(log);
    expect(forgedCommands(log.commands)).toEqual([]);
    for (const name of HOSTILE_TEXTS) expect(text).toContain(displayName(name));
    expect(text).toContain('upload (fixed name, new) "ERROR\\n::stop-commands::forged-stop" [');
    // Every summary row is one line: a `\r` would end a row in GFM.
    expect(summary).not.toMatch(/[\r\u0085]/);
    for (const name of HOSTILE_TEXTS) expect(summary).toContain(summaryName(name));
  });

  it('object keys from the bucket: stale keys to delete and previous assets to keep', async () => {
    const stale = HOSTILE_TEXTS.map((text) => `old/${text}`);
    const kept = HOSTILE_TEXTS.map((text) => `assets/${text}/chunk.3f9a1c2b.js`);
    const { log, text } = await deploy([local('index.html', 0)], bucket([...stale, ...kept]));
    expectNoForgedCommand(log);
    expect(forgedCommands(log.commands)).toEqual([]);
    for (const key of stale) expect(text).toContain(`delete ${displayName(key)}`);
    for (const key of kept) expect(text).toContain(`keep (previous deploy's asset) ${displayName(key)}`);
  });

  it('keys in the manifest the bucket holds', async () => {
    const files = Object.fromEntries(HOSTILE_TEXTS.map((t, i) => [`assets/${t}.3f9a1c2b.js`, { etag: md5(i), md5: md5(i), contentType: 'text/javascript', cacheControl: 'immutable' }]));
    const manifest: Manifest = { version: 1, deploys: [{ id: 'previous', at: '', files }] };
    const { log, text } = await deploy([local('index.html', 0)], bucket(Object.keys(files), { manifest }));
    expectNoForgedCommand(log);
    for (const key of Object.keys(files)) expect(text).toContain(displayName(key));
  });

  it('a failed upload: the file name and S3\'s message in the error, and the list of what is live', async () => {
    const files = [local('index.html', 0), ...HOSTILE_TEXTS.map((text, i) => local(`${text}.txt`, i + 1))];
    const { log, text } = await deploy(files, bucket([], { uploadError: `InternalError: ${HOSTILE_BLOCK}` }), { concurrency: '1' });
    expectNoForgedCommand(log);
    expect(log.annotations.map((a) => a.level)).toEqual(['error']);
    expect(log.annotations[0]?.message).toContain(`${showKey(`${HOSTILE_TEXTS[0]}.txt`)}: InternalError: ERROR\\n::stop-commands::forged-stop\\ndone\\r::error::`);
    expect(text).toContain(`failed: ${showKey(`${HOSTILE_TEXTS[0]}.txt`)}`);
  });

  it('keys S3 could not delete, in a warning', async () => {
    const stale = HOSTILE_TEXTS.map((text) => `old/${text}`);
    const { log } = await deploy([local('index.html', 0)], bucket(stale, { deleteErrors: stale }));
    expectNoForgedCommand(log);
    expect(log.annotations.map((a) => a.level)).toEqual(['warning']);
    expect(log.annotations[0]?.message).toContain(showKey(stale[0] as string));
  });

  it('the source input, echoed in an error', async () => {
    const { log } = await deploy([], bucket([]), { source: HOSTILE_BLOCK });
    expectNoForgedCommand(log);
    expect(log.annotations[0]?.message).toBe(`source ${showKey(HOSTILE_BLOCK)} has no files to deploy`);
  });
});

describe('display helpers', () => {
  it.each([
    ['assets/app.js', "'assets/app.js'", 'assets/app.js'],
    ['a\nb', '"a\\nb"', '"a\\nb"'],
    ['done\r::error::x', '"done\\r::error::x"', '"done\\r::error::x"'],
    ['\u0085::notice::x', '"\\u0085::notice::x"', '"\\u0085::notice::x"'],
    ["it's", '"it\'s"', '"it\'s"'],
  ])('%j is shown as %s in errors and %s in the plan', (key, shown, plain) => {
    expect(showKey(key)).toBe(shown);
    expect(displayName(key)).toBe(plain);
  });

  it('puts outside text on one line', () => {
    expect(oneLine('a\r\nb\rc\nd')).toBe('a\\r\\nb\\rc\\nd');
  });

  it('escapes Markdown and HTML in the summary', () => {
    expect(summaryName('[x](https://evil.example)<img src=x>*a*_b_`c`')).toBe('\\[x\\](https://evil.example)\\<img src=x\\>\\*a\\*\\_b\\_\\`c\\`');
  });

  it.each([
    ['done%0D%3A%3Aerror%3A%3Aforged', 'done\r::error::forged'],
    ['a+b%2Bc', 'a b+c'],
    ['%ED%95%9C%EA%B8%80/x.txt', '한글/x.txt'],
  ])('decodes the listed key %s', (encoded, key) => expect(decodeKey(encoded)).toBe(key));
});
