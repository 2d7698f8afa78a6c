import { node, renderXml, type XmlNode } from '../../protocols/xml.js';
import { statusAt, type InvalidationRecord } from './store.js';

export const API_VERSION = '2020-05-31';
export const XMLNS = `http://cloudfront.amazonaws.com/doc/${API_VERSION}/`;

const isoTime = (ms: number): string => new Date(ms).toISOString();

export function invalidationXml(invalidation: InvalidationRecord, now: number): string {
  return renderXml(
    node('Invalidation', [
      node('Id', invalidation.id),
      node('Status', statusAt(invalidation, now)),
      node('CreateTime', isoTime(invalidation.createTime)),
      node('InvalidationBatch', [
        node('Paths', [
          node('Quantity', invalidation.paths.length),
          node('Items', invalidation.paths.map((path) => node('Path', path))),
        ]),
        node('CallerReference', invalidation.callerReference),
      ]),
    ]),
    XMLNS,
  );
}

export function invalidationLocation(invalidation: InvalidationRecord): string {
  return `https://cloudfront.amazonaws.com/${API_VERSION}/distribution/${invalidation.distributionId}/invalidation/${invalidation.id}`;
}

/** Marker echoes the request ("" when none, as the CLI's example shows); NextMarker only while truncated; no Items when empty. */
export function invalidationListXml(
  page: { items: InvalidationRecord[]; nextMarker?: string },
  request: { marker: string; maxItems: number },
  now: number,
): string {
  const children: XmlNode[] = [node('Marker', request.marker)];
  if (page.nextMarker !== undefined) children.push(node('NextMarker', page.nextMarker));
  children.push(
    node('MaxItems', request.maxItems),
    node('IsTruncated', page.nextMarker !== undefined),
    node('Quantity', page.items.length),
  );
  if (page.items.length > 0) {
    children.push(node('Items', page.items.map((invalidation) => node('InvalidationSummary', [
      node('Id', invalidation.id),
      node('CreateTime', isoTime(invalidation.createTime)),
      node('Status', statusAt(invalidation, now)),
    ]))));
  }
  return renderXml(node('InvalidationList', children), XMLNS);
}
