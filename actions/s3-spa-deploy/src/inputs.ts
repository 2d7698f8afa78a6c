import * as core from '../../common/src/core.js';
import { statSync } from 'node:fs';
import { resolveRegion } from '../../common/src/aws.js';
import { ConfigurationError } from '../../common/src/errors.js';
import { quoted } from '../../common/src/names.js';
import { parseBooleanInput, parseDurationInput, parseIntegerInput, parseKeyValueLines, parseLines } from '../../common/src/parse.js';
import { SYMLINK_POLICIES, type SymlinkPolicy } from './files.js';
import type { InvalidateMode } from './invalidation.js';
import { globRule, type GlobRule } from './rules.js';
import { DEFAULT_CONCURRENCY } from './concurrency.js';

export interface Inputs {
  source: string;
  bucket: string;
  /** '' or ending in '/'. */
  prefix: string;
  region: string;
  distributionId?: string;
  invalidate: InvalidateMode;
  waitForInvalidation: boolean;
  timeoutMs: number;
  delete: boolean;
  keepOldAssets: number;
  maxDeleteRatio: number;
  cacheControl: GlobRule[];
  contentType: GlobRule[];
  precompressed: boolean;
  exclude: GlobRule[];
  concurrency: number;
  dryRun: boolean;
  maxInvalidationPaths: number;
  multipartThresholdBytes: number;
  symlinks: SymlinkPolicy;
  /** Run id + attempt: names this deploy in the manifest and makes the invalidation's CallerReference. */
  runToken: string;
}

export interface InputSources {
  read: (name: string) => string;
  env: Record<string, string | undefined>;
  isDirectory: (path: string) => boolean;
}

const fromRunner: InputSources = {
  read: (name) => core.getInput(name),
  env: process.env,
  isDirectory: (path) => {
    try {
      return statSync(path).isDirectory();
    } catch {
      return false;
    }
  },
};

/** S3's bucket naming rules (general purpose buckets). */
const BUCKET = /^(?!xn--|sthree-)(?!.*-s3alias$)(?!.*--ol-s3$)[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const MIB = 1024 * 1024;

function globRules(name: string, raw: string): GlobRule[] {
  return parseKeyValueLines(name, raw, ':', "'glob: value'").map(([glob, value]) => {
    if (!value) throw new ConfigurationError(name, `'${glob}' has no value after the colon`);
    return globRule(glob, value);
  });
}

function parseSize(raw: string): number {
  const match = /^(\d+)\s*(MiB|MB|M)?$/i.exec(raw.trim() || '16MiB');
  const mib = match ? Number(match[1]) : NaN;
  if (!(mib >= 5 && mib <= 5120)) throw new ConfigurationError('multipart-threshold', `expected a size from 5MiB to 5120MiB (S3's part size limits), got '${raw.trim()}'`);
  return mib * MIB;
}

export function getInputs(sources: InputSources = fromRunner): Inputs {
  const { read, env } = sources;
  const source = read('source').trim();
  if (!source) throw new ConfigurationError('source', 'required: the folder of the built site, e.g. dist');
  if (!sources.isDirectory(source)) throw new ConfigurationError('source', `'${source}' is not a folder (did the build step run?)`);
  const bucket = read('bucket').trim().replace(/^s3:\/\//, '').replace(/\/$/, '');
  if (!bucket) throw new ConfigurationError('bucket', 'required: the S3 bucket name');
  if (!BUCKET.test(bucket) || bucket.includes('..')) throw new ConfigurationError('bucket', `'${bucket}' is not a valid S3 bucket name`);
  const prefixRaw = read('prefix').trim().replace(/^\/+/, '');
  if (prefixRaw.split('/').some((part) => part === '..' || part === '.')) throw new ConfigurationError('prefix', `'${prefixRaw}' must not contain . or .. segments`);
  const distributionId = read('distribution-id').trim() || undefined;
  if (distributionId && !/^[A-Z0-9]{6,}$/.test(distributionId)) throw new ConfigurationError('distribution-id', `'${distributionId}' is not a CloudFront distribution id such as E2QWRUHAPOMQZL`);
  const invalidate = (read('invalidate').trim() || 'changed') as InvalidateMode;
  if (!['changed', 'all', 'none'].includes(invalidate)) throw new ConfigurationError('invalidate', `expected changed, all or none, got '${invalidate}'`);
  const ratioRaw = read('max-delete-ratio').trim() || '0.5';
  const maxDeleteRatio = Number(ratioRaw);
  if (!/^\d*\.?\d+$/.test(ratioRaw) || maxDeleteRatio < 0 || maxDeleteRatio > 1) throw new ConfigurationError('max-delete-ratio', `expected a number from 0 to 1, got '${ratioRaw}'`);
  const symlinks = (read('symlinks').trim() || 'follow-inside') as SymlinkPolicy;
  if (!SYMLINK_POLICIES.includes(symlinks)) throw new ConfigurationError('symlinks', `expected ${SYMLINK_POLICIES.join(', ')}, got ${quoted(symlinks)}`);
  const waitForInvalidation = parseBooleanInput('wait-for-invalidation', read('wait-for-invalidation'), false);
  if (waitForInvalidation && !distributionId) throw new ConfigurationError('wait-for-invalidation', 'needs distribution-id');
  return {
    source,
    bucket,
    prefix: prefixRaw && !prefixRaw.endsWith('/') ? `${prefixRaw}/` : prefixRaw,
    region: resolveRegion(read('aws-region'), env),
    distributionId,
    invalidate,
    waitForInvalidation,
    timeoutMs: parseDurationInput('timeout', read('timeout'), '15m'),
    delete: parseBooleanInput('delete', read('delete'), true),
    keepOldAssets: parseIntegerInput('keep-old-assets', read('keep-old-assets'), 1, 0, 20),
    maxDeleteRatio,
    cacheControl: globRules('cache-control', read('cache-control')),
    contentType: globRules('content-type', read('content-type')),
    precompressed: parseBooleanInput('precompressed', read('precompressed'), false),
    exclude: parseLines(read('exclude')).map((glob) => globRule(glob, '')),
    concurrency: parseIntegerInput('concurrency', read('concurrency'), DEFAULT_CONCURRENCY, 1, 128),
    dryRun: parseBooleanInput('dry-run', read('dry-run'), false),
    maxInvalidationPaths: parseIntegerInput('max-invalidation-paths', read('max-invalidation-paths'), 100, 1, 3000),
    multipartThresholdBytes: parseSize(read('multipart-threshold')),
    symlinks,
    runToken: `${env.GITHUB_RUN_ID ?? 'local'}-${env.GITHUB_RUN_ATTEMPT ?? '1'}`,
  };
}
