import { SimError } from '../core/errors.js';
import type { JsonServiceModule } from '../core/service-module.js';

export const AWS_JSON_CONTENT_TYPE = 'application/x-amz-json-1.1';

export type JsonTargetResolution =
  | { kind: 'operation'; module: JsonServiceModule; operation: string }
  | { kind: 'unknown-operation'; module: JsonServiceModule; operation: string }
  | { kind: 'unknown-service'; target: string };

export function resolveJsonTarget(modules: JsonServiceModule[], target: string): JsonTargetResolution {
  const dot = target.lastIndexOf('.');
  const prefix = dot < 0 ? target : target.slice(0, dot);
  const operation = dot < 0 ? '' : target.slice(dot + 1);
  const module = modules.find((m) => m.targetPrefix === prefix);
  if (!module) return { kind: 'unknown-service', target };
  if (!Object.hasOwn(module.operations, operation)) return { kind: 'unknown-operation', module, operation };
  return { kind: 'operation', module, operation };
}

/** Body of a successful awsJson1.1 response: timestamps go on the wire as epoch seconds. */
export function renderJsonResult(result: unknown): string {
  return JSON.stringify(result ?? {}, function (this: Record<string, unknown>, key: string, value: unknown) {
    // JSON.stringify has already applied Date#toJSON to `value`; the holder still has the Date.
    const raw = this[key];
    return raw instanceof Date ? raw.getTime() / 1000 : value;
  });
}

/** An empty message is left out: that is how AWS answers an unknown operation (`{"__type":"..."}` only). */
export function renderJsonError(error: SimError): string {
  return JSON.stringify(error.message === '' ? { __type: error.type } : { __type: error.type, message: error.message });
}

export function parseJsonInput(body: string): Record<string, unknown> {
  if (body.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new SimError('SerializationException', 'Start of structure or map found where not expected.');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new SimError('SerializationException', 'Start of structure or map found where not expected.');
  }
  return parsed as Record<string, unknown>;
}

/** The error each injected fault turns into on an awsJson1.1 service. */
export function jsonFaultError(kind: 'throttle' | 'http500' | 'http503', module: JsonServiceModule): SimError {
  switch (kind) {
    case 'throttle':
      return new SimError('ThrottlingException', 'Rate exceeded', 400);
    case 'http500':
      return new SimError(module.serverErrorType, 'An internal error occurred. Try again later.', 500);
    case 'http503':
      return new SimError('ServiceUnavailableException', 'Service Unavailable', 503);
  }
}
