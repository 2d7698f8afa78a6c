/**
 * Turns a task definition as users have it (hand-written JSON, or `aws ecs describe-task-definition` output)
 * into what RegisterTaskDefinition accepts, applies the step's changes, and validates it locally so that every
 * error names the JSON path at fault. Pure: no I/O.
 */

import { isJsonObject as isObject, type Json, type JsonObject } from '../../common/src/taskdef.js';

// Moved to common (db-migrate registers revisions too); re-exported so this action's modules keep one import site.
export { definitionFingerprint, DESCRIBE_ONLY_FIELDS, dropEmpty, type Json, type JsonObject, toRegisterable } from '../../common/src/taskdef.js';

const REGISTER_FIELDS = new Set([
  'family', 'taskRoleArn', 'executionRoleArn', 'networkMode', 'containerDefinitions', 'volumes', 'placementConstraints',
  'requiresCompatibilities', 'cpu', 'memory', 'tags', 'pidMode', 'ipcMode', 'proxyConfiguration', 'inferenceAccelerators',
  'ephemeralStorage', 'runtimePlatform', 'enableFaultInjection',
]);

/** Container fields ECS models as integers: a quoted number here fails server-side with no path ("STRING_VALUE cannot be converted to Integer"). */
const CONTAINER_INTEGERS = ['cpu', 'memory', 'memoryReservation', 'startTimeout', 'stopTimeout'];

export class RenderError extends Error {
  constructor(readonly path: string, detail: string) {
    super(`${path}: ${detail}`);
    this.name = 'RenderError';
  }
}

export interface RenderChanges {
  /** container name → image */
  images: Map<string, string>;
  /** merged into this container's environment */
  environment?: { container: string; variables: Array<[string, string]> };
  tags: Array<[string, string]>;
}

function containers(definition: JsonObject): JsonObject[] {
  const list = definition.containerDefinitions;
  return Array.isArray(list) ? list.filter(isObject) : [];
}

function findContainer(definition: JsonObject, name: string): JsonObject {
  const match = containers(definition).find((c) => c.name === name);
  if (!match) {
    const names = containers(definition).map((c) => String(c.name)).join(', ') || 'none';
    throw new RenderError('containerDefinitions', `no container named '${name}' (containers: ${names})`);
  }
  return match;
}

export function applyChanges(base: JsonObject, changes: RenderChanges): JsonObject {
  const definition = structuredClone(base);
  for (const [name, image] of changes.images) findContainer(definition, name).image = image;
  if (changes.environment && changes.environment.variables.length > 0) {
    const container = findContainer(definition, changes.environment.container);
    const env = (Array.isArray(container.environment) ? container.environment.filter(isObject) : []).map((e) => ({ ...e }));
    for (const [name, value] of changes.environment.variables) {
      const existing = env.find((e) => e.name === name);
      if (existing) existing.value = value;
      else env.push({ name, value });
    }
    container.environment = env;
  }
  if (changes.tags.length > 0) {
    const tags = (Array.isArray(definition.tags) ? definition.tags.filter(isObject) : []).map((t) => ({ ...t }));
    for (const [key, value] of changes.tags) {
      const existing = tags.find((t) => t.key === key);
      if (existing) existing.value = value;
      else tags.push({ key, value });
    }
    definition.tags = tags;
  }
  return definition;
}

function check(condition: boolean, path: string, detail: string): void {
  if (!condition) throw new RenderError(path, detail);
}

/** Local validation of what RegisterTaskDefinition would reject, naming the JSON path. Also fixes number/string forms ECS is strict about. */
export function validateDefinition(definition: JsonObject): JsonObject {
  for (const key of Object.keys(definition)) {
    check(REGISTER_FIELDS.has(key), key, `is not a task definition field (expected one of ${[...REGISTER_FIELDS].join(', ')})`);
  }
  check(typeof definition.family === 'string' && /^[A-Za-z0-9_-]{1,255}$/.test(definition.family), 'family',
    'must be 1-255 letters, numbers, hyphens or underscores');
  for (const key of ['cpu', 'memory']) {
    const value = definition[key];
    if (typeof value === 'number') definition[key] = String(value);
    else check(value === undefined || typeof value === 'string', key, 'must be a string such as "512" or "1 vCPU"');
  }
  const list = definition.containerDefinitions;
  check(Array.isArray(list) && list.length > 0, 'containerDefinitions', 'must be a non-empty array of containers');
  const seen = new Set<string>();
  (list as Json[]).forEach((container, i) => {
    const at = `containerDefinitions[${i}]`;
    check(isObject(container), at, 'must be an object');
    const c = container as JsonObject;
    check(typeof c.name === 'string' && /^[A-Za-z0-9_-]{1,255}$/.test(c.name), `${at}.name`, 'must be 1-255 letters, numbers, hyphens or underscores');
    check(!seen.has(c.name as string), `${at}.name`, `duplicates another container's name '${c.name}'`);
    seen.add(c.name as string);
    check(typeof c.image === 'string' && c.image.trim() !== '', `${at}.image`, 'must be an image reference');
    for (const key of CONTAINER_INTEGERS) {
      const value = c[key];
      if (typeof value === 'string' && /^\d+$/.test(value)) c[key] = Number(value);
      else check(value === undefined || (typeof value === 'number' && Number.isInteger(value)), `${at}.${key}`, 'must be a whole number');
    }
    const ports = c.portMappings;
    if (ports !== undefined) {
      check(Array.isArray(ports), `${at}.portMappings`, 'must be an array');
      (ports as Json[]).forEach((port, j) => {
        const p = port as JsonObject;
        for (const key of ['containerPort', 'hostPort']) {
          if (typeof p[key] === 'string' && /^\d+$/.test(p[key] as string)) p[key] = Number(p[key]);
          const value = p[key];
          check(value === undefined || (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 65535),
            `${at}.portMappings[${j}].${key}`, 'must be a port number from 0 to 65535');
        }
      });
    }
    if (Array.isArray(c.environment)) {
      c.environment.forEach((entry, j) => {
        check(isObject(entry) && typeof entry.name === 'string' && entry.name !== '', `${at}.environment[${j}].name`, 'must be a variable name');
        const value = (entry as JsonObject).value;
        if (typeof value === 'number' || typeof value === 'boolean') (entry as JsonObject).value = String(value);
      });
    }
  });
  const compat = definition.requiresCompatibilities;
  if (Array.isArray(compat) && compat.includes('FARGATE')) {
    check(typeof definition.cpu === 'string' && typeof definition.memory === 'string', 'cpu',
      'Fargate requires task-level cpu and memory (e.g. "cpu": "256", "memory": "512")');
    check(definition.networkMode === 'awsvpc', 'networkMode', `Fargate requires "awsvpc", got ${JSON.stringify(definition.networkMode ?? null)}`);
  }
  return definition;
}

/** The images of each container, for summaries. */
export function containerImages(definition: JsonObject): Array<[string, string]> {
  return containers(definition).map((c) => [String(c.name), String(c.image)]);
}
