import { SimError } from '../core/errors.js';
import type { RestRoute, RestServiceModule } from '../core/service-module.js';
import { node, renderXml } from './xml.js';

export interface RestRouteMatch {
  module: RestServiceModule;
  route: RestRoute;
  params: Record<string, string>;
}

export function matchRestRoute(modules: RestServiceModule[], method: string, path: string): RestRouteMatch | undefined {
  for (const module of modules) {
    for (const route of module.routes) {
      if (route.method !== method) continue;
      const params = matchPattern(route.pattern, path);
      if (params) return { module, route, params };
    }
  }
  return undefined;
}

function matchPattern(pattern: string, path: string): Record<string, string> | undefined {
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const segment = want[i]!;
    const actual = got[i]!;
    if (segment.startsWith('{') && segment.endsWith('}')) {
      if (actual === '') return undefined;
      params[segment.slice(1, -1)] = decodeURIComponent(actual);
    } else if (segment !== actual) return undefined;
  }
  return params;
}

/** AWS REST-XML error document: client errors are Type Sender, server errors Type Receiver. */
export function renderXmlError(error: SimError, requestId: string, xmlns: string): string {
  return renderXml(
    node('ErrorResponse', [
      node('Error', [
        node('Type', error.status >= 500 ? 'Receiver' : 'Sender'),
        node('Code', error.type),
        node('Message', error.message),
      ]),
      node('RequestId', requestId),
    ]),
    xmlns,
  );
}

export function xmlFaultError(kind: 'throttle' | 'http500' | 'http503'): SimError {
  switch (kind) {
    case 'throttle':
      return new SimError('Throttling', 'Rate exceeded', 400);
    case 'http500':
      return new SimError('InternalError', 'We encountered an internal error. Please try again.', 500);
    case 'http503':
      return new SimError('ServiceUnavailable', 'Service Unavailable', 503);
  }
}
