import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { CallRecorder } from './calls.js';
import type { SimClock } from './clock.js';
import { SimError } from './errors.js';
import type { FaultInjector } from './faults.js';
import type { Prng } from './prng.js';
import type { JsonServiceModule, RequestContext, RestServiceModule } from './service-module.js';
import { parseSigV4Scope } from './sigv4.js';
import { AWS_JSON_CONTENT_TYPE, jsonFaultError, parseJsonInput, renderJsonError, renderJsonResult, resolveJsonTarget } from '../protocols/aws-json.js';
import { matchRestRoute, renderXmlError, xmlFaultError } from '../protocols/rest-xml.js';

export interface RequestHandlerDeps {
  jsonModules: JsonServiceModule[];
  restModules: RestServiceModule[];
  clock: SimClock;
  faults: FaultInjector;
  calls: CallRecorder;
  ids: Prng;
  requestIds: Prng;
  region: string;
  accountId: string;
  handleControl: (req: IncomingMessage, url: URL, body: string) => Promise<WireResponse>;
}

export interface WireResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** One request, already resolved to a service + operation and knowing how to answer in its protocol. */
interface Dispatch {
  service: string;
  operation: string;
  input: unknown;
  run(ctx: RequestContext): WireResponse | Promise<WireResponse>;
  renderError(error: SimError, requestId: string): WireResponse;
  faultError(kind: 'throttle' | 'http500' | 'http503'): SimError;
  serverErrorType: string;
}

export function createRequestHandler(deps: RequestHandlerDeps): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    handle(deps, req, res).catch((error: unknown) => {
      // Only reachable on a bug in the simulator itself; answer rather than hang the client.
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`simulator failure: ${error instanceof Error ? error.stack : String(error)}`);
    });
  };
}

async function handle(deps: RequestHandlerDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const realStart = Date.now();
  const url = new URL(req.url ?? '/', 'http://simulator');
  const body = await readBody(req);
  if (url.pathname.startsWith('/__sim/')) {
    writeResponse(res, await deps.handleControl(req, url, body));
    return;
  }
  const simTime = deps.clock.now();
  const scope = parseSigV4Scope(req.headers, url.searchParams);
  const requestId = deps.requestIds.uuid();
  const dispatch = resolveDispatch(deps, req, url, body);
  const decision = deps.faults.decide(dispatch.service, dispatch.operation);
  const base = {
    requestId, service: dispatch.service, operation: dispatch.operation, input: dispatch.input,
    simTime, realTime: realStart, region: scope?.region, accessKeyId: scope?.accessKeyId,
    userAgent: String(req.headers['x-amz-user-agent'] ?? req.headers['user-agent'] ?? ''),
  };
  if (decision.delayMs > 0) await sleep(decision.delayMs);
  const lostAfterRun = decision.afterOperation === true;
  const reset = (): void => {
    deps.calls.record({ ...base, status: 0, errorType: 'ConnectionReset', fault: 'reset', afterOperation: lostAfterRun || undefined, durationMs: Date.now() - realStart });
    req.socket.destroy();
  };
  if (decision.terminal === 'reset' && !lostAfterRun) return reset();
  let response: WireResponse;
  let error: SimError | undefined;
  if (decision.terminal && decision.terminal !== 'reset' && !lostAfterRun) {
    error = dispatch.faultError(decision.terminal);
    response = dispatch.renderError(error, requestId);
  } else {
    const ctx: RequestContext = {
      now: deps.clock.now(), requestId, region: deps.region, accountId: deps.accountId,
      accessKeyId: scope?.accessKeyId, ids: deps.ids,
    };
    try {
      response = await dispatch.run(ctx);
    } catch (thrown) {
      error = thrown instanceof SimError
        ? thrown
        : new SimError(dispatch.serverErrorType, `simulator bug: ${thrown instanceof Error ? thrown.message : String(thrown)}`, 500);
      response = dispatch.renderError(error, requestId);
    }
    // The operation acted; the client never learns it.
    if (decision.terminal === 'reset') return reset();
    if (decision.terminal) {
      error = dispatch.faultError(decision.terminal);
      response = dispatch.renderError(error, requestId);
    }
  }
  response.headers['x-amzn-RequestId'] = requestId;
  writeResponse(res, response);
  deps.calls.record({
    ...base, status: response.status, errorType: error?.type, errorMessage: error?.message,
    fault: decision.terminal, afterOperation: lostAfterRun || undefined, durationMs: Date.now() - realStart,
  });
}

function resolveDispatch(deps: RequestHandlerDeps, req: IncomingMessage, url: URL, body: string): Dispatch {
  const method = req.method ?? 'GET';
  const target = req.headers['x-amz-target'];
  const restMatch = typeof target === 'string' ? undefined : matchRestRoute(deps.restModules, method, url.pathname);
  if (restMatch) {
    const { module, route, params } = restMatch;
    const restRequest = { method, path: url.pathname, params, query: url.searchParams, headers: req.headers, body };
    return {
      service: module.name,
      operation: route.operation,
      input: route.recordInput ? safely(() => route.recordInput!(restRequest), body) : { ...params },
      run: (ctx) => {
        const out = route.handle(restRequest, ctx);
        const contentType = module.protocol === 'restJson' ? 'application/json' : 'text/xml';
        return { status: out.status, headers: { 'content-type': contentType, ...out.headers }, body: out.body };
      },
      renderError: (error, requestId): WireResponse => (module.protocol === 'restJson'
        ? { status: error.status, headers: { 'content-type': 'application/json', 'x-amzn-ErrorType': error.type }, body: JSON.stringify({ Message: error.message }) }
        : { status: error.status, headers: { 'content-type': 'text/xml' }, body: renderXmlError(error, requestId, module.xmlNamespace) }),
      faultError: module.protocol === 'restJson' ? restJsonFaultError : xmlFaultError,
      serverErrorType: module.protocol === 'restJson' ? 'InternalServerException' : 'InternalError',
    };
  }
  const resolution = resolveJsonTarget(deps.jsonModules, typeof target === 'string' ? target : '');
  const module = resolution.kind === 'unknown-service' ? undefined : resolution.module;
  const operation = resolution.kind === 'unknown-service' ? resolution.target || `${method} ${url.pathname}` : resolution.operation;
  const renderError = (error: SimError): WireResponse => ({
    status: error.status, headers: { 'content-type': AWS_JSON_CONTENT_TYPE }, body: renderJsonError(error),
  });
  const unknownType = module?.unknownOperationType ?? 'com.amazon.coral.service#UnknownOperationException';
  return {
    service: module?.name ?? 'unknown',
    operation,
    input: safely(() => parseJsonInput(body), body),
    run: async (ctx) => {
      if (resolution.kind !== 'operation') throw new SimError(unknownType, '');
      const result: unknown = await resolution.module.operations[resolution.operation]!(parseJsonInput(body), ctx);
      return { status: 200, headers: { 'content-type': AWS_JSON_CONTENT_TYPE }, body: renderJsonResult(result) };
    },
    renderError,
    faultError: (kind) => (module ? jsonFaultError(kind, module) : new SimError('InternalFailure', kind, 500)),
    serverErrorType: module?.serverErrorType ?? 'InternalFailure',
  };
}

function restJsonFaultError(kind: 'throttle' | 'http500' | 'http503'): SimError {
  if (kind === 'throttle') return new SimError('ThrottlingException', 'Rate exceeded', 429);
  if (kind === 'http503') return new SimError('ServiceUnavailableException', 'Service Unavailable', 503);
  return new SimError('InternalServerException', 'An internal error occurred. Try again later.', 500);
}

function safely(parse: () => unknown, fallback: string): unknown {
  try {
    return parse();
  } catch {
    return fallback;
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function writeResponse(res: ServerResponse, response: WireResponse): void {
  const payload = Buffer.from(response.body, 'utf8');
  res.writeHead(response.status, {
    ...response.headers,
    'content-length': String(payload.length),
    date: new Date().toUTCString(),
  });
  res.end(payload);
}
