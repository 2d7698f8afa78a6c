import type { SimClock } from '../core/clock.js';
import { SimError } from '../core/errors.js';
import type { Prng } from '../core/prng.js';
import type { RestRequest, RestXmlServiceModule } from '../core/service-module.js';
import { readBatch, validateBatch } from './cloudfront/batch.js';
import type { CloudFrontScenario } from './cloudfront/scenario.js';
import { CloudFrontStore, DEFAULT_MAX_ITEMS, statusAt, type InvalidationQuota, type InvalidationRecord, type InvalidationStatus } from './cloudfront/store.js';
import { API_VERSION, XMLNS, invalidationListXml, invalidationLocation, invalidationXml } from './cloudfront/views.js';

export type { CloudFrontScenario } from './cloudfront/scenario.js';
export type { InvalidationQuota } from './cloudfront/store.js';

/** An invalidation as the simulator holds it, with its status at the sim time it was read. */
export interface InvalidationView extends InvalidationRecord {
  status: InvalidationStatus;
}

export interface CloudFrontControl {
  /** Creates a distribution invalidations can target (idempotent for a given id); returns its id. */
  createDistribution(options?: { id?: string }): string;
  /** Merges into the global scenario, or into one existing distribution's own (which wins field by field). */
  setScenario(input: Partial<CloudFrontScenario>, target?: { distributionId: string }): void;
  /**
   * The next `count` CreateInvalidation calls that would create an invalidation (on `distributionId`, or on any
   * distribution) fail with TooManyInvalidationsInProgress, with the message of `quota` ['files'], on top of the real quotas.
   */
  rejectNextInvalidations(count: number, options?: { distributionId?: string; quota?: InvalidationQuota }): void;
  /** What CreateInvalidation created on the distribution, oldest first. */
  invalidations(distributionId: string): InvalidationView[];
  reset(): void;
}

export function createCloudFrontModule(options: { clock: SimClock; ids: Prng }): { module: RestXmlServiceModule; control: CloudFrontControl } {
  const store = new CloudFrontStore((prefix) => prefix + Array.from({ length: 13 }, () => 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'[options.ids.int(36)]).join(''));

  const control: CloudFrontControl = {
    createDistribution: (opts) => store.createDistribution(opts?.id),
    setScenario: (input, target) => store.setScenario(input, target?.distributionId),
    rejectNextInvalidations: (count, opts) => store.rejectNext(count, opts),
    invalidations: (distributionId) => {
      const now = options.clock.now();
      return store.invalidations(distributionId).map((i) => ({ ...i, status: statusAt(i, now) }));
    },
    reset: () => store.reset(),
  };

  const base = `/${API_VERSION}/distribution/{DistributionId}/invalidation`;
  const module: RestXmlServiceModule = {
    protocol: 'restXml',
    name: 'cloudfront',
    endpointEnvSuffix: 'CLOUDFRONT',
    xmlNamespace: XMLNS,
    routes: [
      {
        method: 'POST', pattern: base, operation: 'CreateInvalidation',
        recordInput: (req) => ({ DistributionId: req.params.DistributionId, InvalidationBatch: readBatch(req.body) }),
        handle: (req, ctx) => {
          const batch = validateBatch(readBatch(req.body));
          const { invalidation } = store.createInvalidation(req.params.DistributionId!, batch, ctx.now);
          return { status: 201, headers: { location: invalidationLocation(invalidation) }, body: invalidationXml(invalidation, ctx.now) };
        },
      },
      {
        method: 'GET', pattern: `${base}/{Id}`, operation: 'GetInvalidation',
        handle: (req, ctx) => ({ status: 200, body: invalidationXml(store.getInvalidation(req.params.DistributionId!, req.params.Id!), ctx.now) }),
      },
      {
        method: 'GET', pattern: base, operation: 'ListInvalidations',
        recordInput: (req) => ({ DistributionId: req.params.DistributionId, ...listQuery(req) }),
        handle: (req, ctx) => {
          const { Marker: marker = '', MaxItems: rawMaxItems } = listQuery(req);
          const maxItems = rawMaxItems === undefined ? DEFAULT_MAX_ITEMS : parseMaxItems(rawMaxItems);
          const page = store.listInvalidations(req.params.DistributionId!, marker, maxItems);
          return { status: 200, body: invalidationListXml(page, { marker, maxItems }, ctx.now) };
        },
      },
    ],
    control: {
      reset: control.reset,
      httpActions: {
        distributions: (body) => ({ id: control.createDistribution(body as { id?: string } | undefined) }),
        scenario: (body) => {
          const { distributionId, ...input } = (body ?? {}) as Partial<CloudFrontScenario> & { distributionId?: string };
          control.setScenario(input, distributionId === undefined ? undefined : { distributionId });
          return { ok: true };
        },
        'reject-invalidations': (body) => {
          const { count, distributionId, quota } = (body ?? {}) as { count?: number; distributionId?: string; quota?: InvalidationQuota };
          control.rejectNextInvalidations(count as number, { distributionId, quota });
          return { ok: true };
        },
        invalidations: (body) => {
          const { distributionId } = (body ?? {}) as { distributionId?: string };
          if (typeof distributionId !== 'string') throw new TypeError('cloudfront/invalidations needs {"distributionId"}');
          return { invalidations: control.invalidations(distributionId) };
        },
      },
    },
  };
  return { module, control };
}

function listQuery(req: RestRequest): { Marker?: string; MaxItems?: string } {
  return { Marker: req.query.get('Marker') ?? undefined, MaxItems: req.query.get('MaxItems') ?? undefined };
}

function parseMaxItems(raw: string): number {
  const value = Number(raw);
  // CloudFront's answer to a MaxItems that is not a positive integer is not confirmed.
  if (!/^\d+$/.test(raw) || value < 1) throw new SimError('InvalidArgument', `The value ${raw} for MaxItems is not valid.`);
  return value;
}
