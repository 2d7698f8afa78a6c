import type { IncomingHttpHeaders } from 'node:http';

/** The parts of a SigV4 credential scope worth recording. The signature itself is never checked. */
export interface SigV4Scope {
  accessKeyId: string;
  region: string;
  service: string;
}

const CREDENTIAL = /Credential=([^/,\s]+)\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/;

export function parseSigV4Scope(headers: IncomingHttpHeaders, query: URLSearchParams): SigV4Scope | undefined {
  const authorization = headers.authorization;
  const fromHeader = typeof authorization === 'string' ? CREDENTIAL.exec(authorization) : null;
  if (fromHeader) return { accessKeyId: fromHeader[1]!, region: fromHeader[2]!, service: fromHeader[3]! };
  // Presigned URLs carry the scope in the query string instead.
  const credential = query.get('X-Amz-Credential');
  const fromQuery = credential ? /^([^/]+)\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request$/.exec(credential) : null;
  if (fromQuery) return { accessKeyId: fromQuery[1]!, region: fromQuery[2]!, service: fromQuery[3]! };
  return undefined;
}
