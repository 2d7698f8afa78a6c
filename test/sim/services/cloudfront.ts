import type { SimClock } from '../core/clock.js';
import { SimError } from '../core/errors.js';
import type { Prng } from '../core/prng.js';
import type { RequestContext, RestRequest, RestResponse, RestXmlServiceModule } from '../core/service-module.js';
import { child, childText, node, parseXml, renderXml, type XmlElement } from '../protocols/xml.js';

const API_VERSION = '2020-05-31';
const XMLNS = `http://cloudfront.amazonaws.com/doc/${API_VERSION}/`;

interface InvalidationRecord {
  id: string;
  createdAt: number;
  paths: string[];
  callerReference: string;
}

interface DistributionRecord {
  id: string;
  invalidations: Map<string, InvalidationRecord>;
}

export interface CloudFrontControl {
  /** Creates a distribution invalidations can target; returns its id. */
  createDistribution(options?: { id?: string }): string;
  /** How long (sim ms) an invalidation stays InProgress before it is Completed. */
  setScenario(input: { invalidationMs?: number }): void;
  reset(): void;
}

export function createCloudFrontModule(options: { clock: SimClock; ids: Prng }): { module: RestXmlServiceModule; control: CloudFrontControl } {
  let distributions = new Map<string, DistributionRecord>();
  let invalidationMs = 60_000;
  const newId = (): string => 'E' + Array.from({ length: 13 }, () => 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'[options.ids.int(36)]).join('');

  const requireDistribution = (id: string): DistributionRecord => {
    const distribution = distributions.get(id);
    if (!distribution) throw new SimError('NoSuchDistribution', 'The specified distribution does not exist.', 404);
    return distribution;
  };
  const invalidationXml = (inv: InvalidationRecord, now: number): string => renderXml(
    node('Invalidation', [
      node('Id', inv.id),
      node('Status', now >= inv.createdAt + invalidationMs ? 'Completed' : 'InProgress'),
      node('CreateTime', new Date(inv.createdAt).toISOString()),
      node('InvalidationBatch', [
        node('Paths', [node('Quantity', inv.paths.length), node('Items', inv.paths.map((p) => node('Path', p)))]),
        node('CallerReference', inv.callerReference),
      ]),
    ]),
    XMLNS,
  );

  const createInvalidation = (req: RestRequest, ctx: RequestContext): RestResponse => {
    const distribution = requireDistribution(req.params.DistributionId!);
    const batch = parseBatch(req.body);
    // Same CallerReference again: CloudFront hands back the invalidation it already made.
    const existing = [...distribution.invalidations.values()].find((i) => i.callerReference === batch.callerReference);
    const invalidation = existing ?? { id: newId().replace(/^E/, 'I'), createdAt: ctx.now, ...batch };
    distribution.invalidations.set(invalidation.id, invalidation);
    return {
      status: 201,
      headers: { location: `https://cloudfront.amazonaws.com/${API_VERSION}/distribution/${distribution.id}/invalidation/${invalidation.id}` },
      body: invalidationXml(invalidation, ctx.now),
    };
  };

  const getInvalidation = (req: RestRequest, ctx: RequestContext): RestResponse => {
    const distribution = requireDistribution(req.params.DistributionId!);
    const invalidation = distribution.invalidations.get(req.params.Id!);
    if (!invalidation) throw new SimError('NoSuchInvalidation', 'The specified invalidation does not exist.', 404);
    return { status: 200, body: invalidationXml(invalidation, ctx.now) };
  };

  const control: CloudFrontControl = {
    createDistribution: (opts) => {
      const id = opts?.id ?? newId();
      if (!distributions.has(id)) distributions.set(id, { id, invalidations: new Map() });
      return id;
    },
    setScenario: (input) => {
      if (input.invalidationMs !== undefined) {
        if (!(input.invalidationMs >= 0)) throw new TypeError('invalidationMs must be a number >= 0');
        invalidationMs = input.invalidationMs;
      }
    },
    reset: () => {
      distributions = new Map();
      invalidationMs = 60_000;
    },
  };

  const module: RestXmlServiceModule = {
    protocol: 'restXml',
    name: 'cloudfront',
    endpointEnvSuffix: 'CLOUDFRONT',
    xmlNamespace: XMLNS,
    routes: [
      {
        method: 'POST', pattern: `/${API_VERSION}/distribution/{DistributionId}/invalidation`, operation: 'CreateInvalidation',
        recordInput: (req) => ({ DistributionId: req.params.DistributionId, InvalidationBatch: parseBatch(req.body) }),
        handle: createInvalidation,
      },
      {
        method: 'GET', pattern: `/${API_VERSION}/distribution/{DistributionId}/invalidation/{Id}`, operation: 'GetInvalidation',
        handle: getInvalidation,
      },
    ],
    control: {
      reset: control.reset,
      httpActions: {
        distributions: (body) => ({ id: control.createDistribution(body as { id?: string } | undefined) }),
        scenario: (body) => {
          control.setScenario((body ?? {}) as { invalidationMs?: number });
          return { ok: true };
        },
      },
    },
  };
  return { module, control };
}

function parseBatch(body: string): { paths: string[]; callerReference: string } {
  if (body.trim() === '') throw new SimError('MissingBody', 'This operation requires a body. Ensure that the body is present and the Content-Type header is set.');
  let root: XmlElement;
  try {
    root = parseXml(body);
  } catch (error) {
    throw new SimError('MalformedXML', `The XML you provided was not well-formed: ${(error as Error).message}`);
  }
  const pathsElement = child(root, 'Paths');
  const paths = (child(pathsElement, 'Items')?.children ?? []).filter((c) => c.name === 'Path').map((c) => c.text);
  const quantity = Number(childText(pathsElement, 'Quantity'));
  const callerReference = childText(root, 'CallerReference') ?? '';
  // Messages for these two are not confirmed against CloudFront.
  if (!Number.isInteger(quantity) || quantity !== paths.length) {
    throw new SimError('InconsistentQuantities', 'The value of Quantity and the size of Items don\'t match.');
  }
  if (callerReference === '') throw new SimError('InvalidArgument', 'CallerReference is required.');
  return { paths, callerReference };
}
