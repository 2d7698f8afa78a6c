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
  const dispatch = resolveDispatch(deps, req, url, body);
  const meta: RequestMeta = {
    realStart, simTime, region: scope?.region, accessKeyId: scope?.accessKeyId,
    userAgent: String(req.headers['x-amz-user-agent'] ?? req.headers['user-agent'] ?? ''),
  };
  await serve(deps, dispatch, meta, (response) => {
    if (response) writeResponse(res, response);
    else req.socket.destroy();
  });
}

/** What a request says about itself besides its operation. */
interface RequestMeta {
  realStart: number;
  simTime: number;
  region?: string;
  accessKeyId?: string;
  userAgent: string;
}

/**
 * Faults, the operation and the call record for one resolved request. `deliver` gets the answer, or undefined for
 * a connection reset, before the call is recorded; the result says what was delivered.
 */
async function serve(
  deps: RequestHandlerDeps, dispatch: Dispatch, meta: RequestMeta, deliver: (response: WireResponse | undefined) => void,
): Promise<{ response?: WireResponse; error?: SimError }> {
  const { realStart, simTime } = meta;
  const requestId = deps.requestIds.uuid();
  const decision = deps.faults.decide(dispatch.service, dispatch.operation);
  const base = {
    requestId, service: dispatch.service, operation: dispatch.operation, input: dispatch.input,
    simTime, realTime: realStart, region: meta.region, accessKeyId: meta.accessKeyId, userAgent: meta.userAgent,
  };
  // Not ref'd: a client that gave up (a test's abort) leaves this wait behind, and it must not keep a test process
  // alive for up to delayMs after the test (jest then force-kills the worker, and its children can outlive it).
  if (decision.delayMs > 0) await sleep(decision.delayMs, undefined, { ref: false });
  const lostAfterRun = decision.afterOperation === true;
  const reset = (): { response?: WireResponse; error?: SimError } => {
    deps.calls.record({ ...base, status: 0, errorType: 'ConnectionReset', fault: 'reset', afterOperation: lostAfterRun || undefined, durationMs: Date.now() - realStart });
    deliver(undefined);
    return {};
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
      accessKeyId: meta.accessKeyId, ids: deps.ids,
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
  deliver(response);
  deps.calls.record({
    ...base, status: response.status, errorType: error?.type, errorMessage: error?.message,
    fault: decision.terminal, afterOperation: lostAfterRun || undefined, durationMs: Date.now() - realStart,
  });
  return { response, error };
}

/**
 * Runs one operation of an awsJson1.1 service in-process, through the same faults, ids and call record as a request
 * but without HTTP or an SDK client (each SDK call costs its caller a few ms of CPU): for test fixtures that set
 * state up. Resolves to the answer's wire JSON (timestamps as epoch seconds); rejects with the SimError a client
 * would get, or an Error for a reset connection.
 */
export function createInvoker(
  deps: RequestHandlerDeps, caller: { accessKeyId: string; userAgent: string },
): (service: string, operation: string, input?: Record<string, unknown>) => Promise<unknown> {
  return async (service, operation, input = {}) => {
    const module = deps.jsonModules.find((m) => m.name === service);
    if (!module) throw new Error(`invoke: no awsJson1.1 service named ${service}`);
    const realStart = Date.now();
    const meta: RequestMeta = { realStart, simTime: deps.clock.now(), region: deps.region, ...caller };
    const dispatch = jsonDispatch(deps, `${module.targetPrefix}.${operation}`, JSON.stringify(input), operation);
    const { response, error } = await serve(deps, dispatch, meta, () => undefined);
    if (!response) throw new Error(`invoke: ${service} ${operation}: the connection was reset (an injected fault)`);
    if (error) throw error;
    return JSON.parse(response.body);
  };
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
  return jsonDispatch(deps, typeof target === 'string' ? target : '', body, `${method} ${url.pathname}`);
}

/** `unnamed` is the operation recorded for a request with no X-Amz-Target. */
function jsonDispatch(deps: RequestHandlerDeps, target: string, body: string, unnamed: string): Dispatch {
  const resolution = resolveJsonTarget(deps.jsonModules, target);
  const module = resolution.kind === 'unknown-service' ? undefined : resolution.module;
  const operation = resolution.kind === 'unknown-service' ? resolution.target || unnamed : resolution.operation;
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
