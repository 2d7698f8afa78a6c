import { SimError } from '../../core/errors.js';
import { isWildcardPath, samePaths, type InvalidationBatch } from './batch.js';
import { DEFAULT_SCENARIO, validateScenario, type CloudFrontScenario } from './scenario.js';

export interface InvalidationRecord {
  distributionId: string;
  id: string;
  callerReference: string;
  paths: string[];
  /** Sim epoch ms. */
  createTime: number;
  /** Sim epoch ms from which the invalidation reports Completed. */
  completesAt: number;
}

export type InvalidationStatus = 'InProgress' | 'Completed';

export const statusAt = (invalidation: InvalidationRecord, now: number): InvalidationStatus =>
  (now >= invalidation.completesAt ? 'Completed' : 'InProgress');

/** Which in-progress quota an injected TooManyInvalidationsInProgress claims was hit (it picks the message). */
export type InvalidationQuota = 'files' | 'wildcard';

interface Distribution {
  id: string;
  scenario: Partial<CloudFrontScenario>;
  /** Oldest first. */
  invalidations: InvalidationRecord[];
}

interface InjectedRejection {
  distributionId?: string;
  quota: InvalidationQuota;
  remaining: number;
}

// Both seen verbatim from CloudFront (github.com/laurilehmijoki/s3_website/issues/26, github.com/mdn/developer-portal/issues/1134).
const TOO_MANY_MESSAGES: Record<InvalidationQuota, string> = {
  files: 'Processing your request will cause you to exceed the maximum number of in-progress invalidations.',
  wildcard: 'Processing your request will cause you to exceed the maximum number of in-progress wildcard invalidations.',
};

export const DEFAULT_MAX_ITEMS = 100;

/** The invalidation state of every distribution, and the CloudFront rules that decide what a call gets. */
export class CloudFrontStore {
  private distributions = new Map<string, Distribution>();
  private globalScenario: Partial<CloudFrontScenario> = {};
  private rejections: InjectedRejection[] = [];

  constructor(private readonly newId: (prefix: 'E' | 'I') => string) {}

  createDistribution(id?: string): string {
    const chosen = id ?? this.newId('E');
    if (!this.distributions.has(chosen)) this.distributions.set(chosen, { id: chosen, scenario: {}, invalidations: [] });
    return chosen;
  }

  require(distributionId: string): Distribution {
    const distribution = this.distributions.get(distributionId);
    if (!distribution) throw new SimError('NoSuchDistribution', 'The specified distribution does not exist.', 404);
    return distribution;
  }

  setScenario(input: Partial<CloudFrontScenario>, distributionId?: string): void {
    const checked = validateScenario(input);
    if (distributionId === undefined) {
      this.globalScenario = { ...this.globalScenario, ...checked };
      return;
    }
    const distribution = this.distributions.get(distributionId);
    if (!distribution) throw new TypeError(`unknown distribution "${distributionId}"; create it first`);
    distribution.scenario = { ...distribution.scenario, ...checked };
  }

  scenarioFor(distribution: Distribution): CloudFrontScenario {
    return { ...DEFAULT_SCENARIO, ...this.globalScenario, ...distribution.scenario };
  }

  rejectNext(count: number, options: { distributionId?: string; quota?: InvalidationQuota } = {}): void {
    if (!Number.isInteger(count) || count < 1) throw new TypeError(`count must be a positive integer; got ${JSON.stringify(count)}`);
    const quota = options.quota ?? 'files';
    if (quota !== 'files' && quota !== 'wildcard') throw new TypeError(`quota must be "files" or "wildcard"; got ${JSON.stringify(quota)}`);
    this.rejections.push({ distributionId: options.distributionId, quota, remaining: count });
  }

  /** Returns the invalidation and whether this call created it (false: an earlier one with the same CallerReference). */
  createInvalidation(distributionId: string, batch: InvalidationBatch, now: number): { invalidation: InvalidationRecord; created: boolean } {
    const distribution = this.require(distributionId);
    const scenario = this.scenarioFor(distribution);
    const earlier = distribution.invalidations.find((i) => i.callerReference === batch.callerReference);
    if (earlier) {
      if (scenario.callerReferenceReuse === 'reject') {
        throw new SimError('InvalidArgument', 'Your request contains a caller reference that was used for a previous invalidation batch for the same distribution.');
      }
      if (samePaths(earlier.paths, batch.paths)) return { invalidation: earlier, created: false };
      // Status 409 as for CloudFront's other *AlreadyExists errors; the SDK models no such exception, and the message is not confirmed.
      throw new SimError('InvalidationBatchAlreadyExists', 'The caller reference you are using to create the invalidation batch is associated with another invalidation batch.', 409);
    }
    this.takeInjectedRejection(distributionId);
    this.checkInProgressQuotas(distribution, batch.paths, scenario, now);
    const invalidation: InvalidationRecord = {
      distributionId,
      id: this.newId('I'),
      callerReference: batch.callerReference,
      paths: [...batch.paths],
      createTime: now,
      completesAt: now + scenario.invalidationMs,
    };
    distribution.invalidations.push(invalidation);
    return { invalidation, created: true };
  }

  getInvalidation(distributionId: string, id: string): InvalidationRecord {
    const invalidation = this.require(distributionId).invalidations.find((i) => i.id === id);
    if (!invalidation) throw new SimError('NoSuchInvalidation', 'The specified invalidation does not exist.', 404);
    return invalidation;
  }

  /** Newest first; `marker` is the id of the last invalidation of the previous page. */
  listInvalidations(distributionId: string, marker: string, maxItems: number): { items: InvalidationRecord[]; nextMarker?: string } {
    const newestFirst = [...this.require(distributionId).invalidations].reverse();
    let start = 0;
    if (marker !== '') {
      const at = newestFirst.findIndex((i) => i.id === marker);
      // CloudFront's answer to a marker it never issued is not confirmed.
      if (at < 0) throw new SimError('InvalidArgument', `The marker ${marker} is not valid.`);
      start = at + 1;
    }
    const items = newestFirst.slice(start, start + maxItems);
    const truncated = start + maxItems < newestFirst.length;
    return { items, nextMarker: truncated ? items[items.length - 1]!.id : undefined };
  }

  /** Oldest first; throws TypeError for an unknown distribution (a test mistake, not an AWS answer). */
  invalidations(distributionId: string): InvalidationRecord[] {
    const distribution = this.distributions.get(distributionId);
    if (!distribution) throw new TypeError(`unknown distribution "${distributionId}"`);
    return distribution.invalidations.map((i) => ({ ...i, paths: [...i.paths] }));
  }

  reset(): void {
    this.distributions = new Map();
    this.globalScenario = {};
    this.rejections = [];
  }

  private takeInjectedRejection(distributionId: string): void {
    const rule = this.rejections.find((r) => r.remaining > 0 && (r.distributionId === undefined || r.distributionId === distributionId));
    if (!rule) return;
    rule.remaining--;
    this.rejections = this.rejections.filter((r) => r.remaining > 0);
    throw new SimError('TooManyInvalidationsInProgress', TOO_MANY_MESSAGES[rule.quota]);
  }

  /** The two quotas are independent (InvalidationLimits.html); a batch that alone exceeds one is refused the same way. */
  private checkInProgressQuotas(distribution: Distribution, paths: readonly string[], scenario: CloudFrontScenario, now: number): void {
    const inProgress = distribution.invalidations.filter((i) => statusAt(i, now) === 'InProgress').flatMap((i) => i.paths);
    const wildcardsOf = (list: readonly string[]): number => list.filter(isWildcardPath).length;
    const newWildcards = wildcardsOf(paths);
    const newFiles = paths.length - newWildcards;
    const busyWildcards = wildcardsOf(inProgress);
    const busyFiles = inProgress.length - busyWildcards;
    if (newWildcards > 0 && busyWildcards + newWildcards > scenario.maxInProgressWildcardPaths) {
      throw new SimError('TooManyInvalidationsInProgress', TOO_MANY_MESSAGES.wildcard);
    }
    if (newFiles > 0 && busyFiles + newFiles > scenario.maxInProgressFilePaths) {
      throw new SimError('TooManyInvalidationsInProgress', TOO_MANY_MESSAGES.files);
    }
  }
}
