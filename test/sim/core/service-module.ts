import type { Prng } from './prng.js';

/** What a service handler knows about the request it is serving. */
export interface RequestContext {
  /** Sim time (epoch ms) of this request. */
  now: number;
  requestId: string;
  /** Region the simulated resources live in (ARNs); the caller's signing region is recorded separately. */
  region: string;
  accountId: string;
  accessKeyId?: string;
  ids: Prng;
}

/** May answer asynchronously (e.g. ECR reads a real registry); the request waits for the result. */
export type JsonOperation = (input: Record<string, unknown>, ctx: RequestContext) => unknown;

/** A service speaking awsJson1.1: POST / with `X-Amz-Target: <targetPrefix>.<Operation>`. */
export interface JsonServiceModule {
  protocol: 'awsJson1_1';
  /** Short name used in faults and recorded calls, e.g. "ecs". */
  name: string;
  targetPrefix: string;
  /** Suffix of the SDK's AWS_ENDPOINT_URL_<suffix> variable. */
  endpointEnvSuffix: string;
  operations: Record<string, JsonOperation>;
  /** `__type` of the error for a target this service does not know. */
  unknownOperationType: string;
  /** `__type` used for injected HTTP 500s (the service's modelled server error where it has one). */
  serverErrorType: string;
  control?: ServiceControl;
}

export interface RestRequest {
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface RestResponse {
  status: number;
  headers?: Record<string, string>;
  body: string;
}

export interface RestRoute {
  method: string;
  /** Path with `{Name}` placeholders, e.g. "/2020-05-31/distribution/{DistributionId}/invalidation". */
  pattern: string;
  operation: string;
  /** Turns the request into the input recorded for this call. */
  recordInput?: (req: RestRequest) => unknown;
  handle: (req: RestRequest, ctx: RequestContext) => RestResponse;
}

/** A service speaking REST-XML (CloudFront): routed by method + path, XML bodies. */
export interface RestXmlServiceModule {
  protocol: 'restXml';
  name: string;
  endpointEnvSuffix: string;
  xmlNamespace: string;
  routes: RestRoute[];
  control?: ServiceControl;
}

/** A service speaking REST-JSON (EventBridge Scheduler): routed like REST-XML, JSON bodies, `x-amzn-ErrorType` errors. */
export interface RestJsonServiceModule {
  protocol: 'restJson';
  name: string;
  endpointEnvSuffix: string;
  routes: RestRoute[];
  control?: ServiceControl;
}

export type RestServiceModule = RestXmlServiceModule | RestJsonServiceModule;

export type ServiceModule = JsonServiceModule | RestServiceModule;

/** Per-service test hooks: in-process API plus the same actions mirrored under /__sim/<service>/<action>. */
export interface ServiceControl {
  reset(): void;
  httpActions?: Record<string, (body: unknown) => unknown>;
}
