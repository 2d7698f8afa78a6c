/**
 * What every action that registers a task definition needs: turning DescribeTaskDefinition output (or a
 * hand-written file in that shape) into what RegisterTaskDefinition accepts. Pure: no I/O.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** Fields DescribeTaskDefinition returns that RegisterTaskDefinition rejects. */
export const DESCRIBE_ONLY_FIELDS = [
  'taskDefinitionArn', 'revision', 'status', 'requiresAttributes', 'compatibilities',
  'registeredAt', 'registeredBy', 'deregisteredAt', 'deleteRequestedAt',
];

export const isJsonObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Drops null, '' and empty arrays/objects, which RegisterTaskDefinition rejects or which describe output carries;
 * an environment entry keeps `value: ''` because an empty variable is meaningful.
 */
export function dropEmpty(value: Json, path = ''): Json | undefined {
  if (value === null || value === '') return undefined;
  if (Array.isArray(value)) {
    const items = value.map((item, i) => dropEmpty(item, `${path}[${i}]`)).filter((item): item is Json => item !== undefined);
    return items.length ? items : undefined;
  }
  if (isJsonObject(value)) {
    const out: JsonObject = {};
    for (const [key, child] of Object.entries(value)) {
      const kept = /\.environment\[\d+\]$/.test(path) && key === 'value' && child === '' ? '' : dropEmpty(child, `${path}.${key}`);
      if (kept !== undefined) out[key] = kept;
    }
    return Object.keys(out).length ? out : undefined;
  }
  return value;
}

/** The registerable form of a definition: describe-only fields removed, empties dropped. */
export function toRegisterable(source: JsonObject): { definition: JsonObject; removed: string[] } {
  const input = isJsonObject(source.taskDefinition) ? source.taskDefinition : source;
  const removed = DESCRIBE_ONLY_FIELDS.filter((key) => key in input);
  const copy: JsonObject = {};
  for (const [key, value] of Object.entries(input)) if (!DESCRIBE_ONLY_FIELDS.includes(key)) copy[key] = value;
  return { definition: (dropEmpty(copy) as JsonObject | undefined) ?? {}, removed };
}

/**
 * Removes values ECS fills in when it registers (container cpu 0, essential true, port protocol tcp, and in awsvpc
 * mode a hostPort equal to the containerPort), so a hand-written file and its describe output compare equal.
 */
function withoutRegistrationDefaults(definition: JsonObject): JsonObject {
  const copy = structuredClone(definition);
  for (const c of Array.isArray(copy.containerDefinitions) ? copy.containerDefinitions.filter(isJsonObject) : []) {
    if (c.cpu === 0) delete c.cpu;
    if (c.essential === true) delete c.essential;
    if (Array.isArray(c.portMappings)) {
      for (const p of c.portMappings.filter(isJsonObject)) {
        if (p.protocol === 'tcp') delete p.protocol;
        if (copy.networkMode === 'awsvpc' && p.hostPort === p.containerPort) delete p.hostPort;
      }
    }
  }
  return (dropEmpty(copy) as JsonObject | undefined) ?? {};
}

/** A canonical text of the definition's content, for "is this what is already registered?" (tags are metadata, not content). */
export function definitionFingerprint(definition: JsonObject): string {
  const sort = (value: Json): Json => {
    if (Array.isArray(value)) return value.map(sort);
    if (isJsonObject(value)) return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sort(value[k] as Json)]));
    return value;
  };
  const { tags: _tags, ...content } = withoutRegistrationDefaults(definition);
  return JSON.stringify(sort(content as Json));
}
