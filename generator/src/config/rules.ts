/**
 * Rules across keys (a service mapped in an environment exists, one trigger per environment, a bucket with a
 * frontend). They run even when other keys are missing or mistyped (see `when` in schema.ts), so they read the
 * value defensively: whatever part of it is well-formed is checked, the rest was reported by the schema.
 */
import type { z } from 'zod';
import { missingKey } from './messages.js';
import { deploysOtherwise, extraRules } from './rules-extras.js';
import { closest } from './suggest.js';
import { deployRules } from './rules-deploy.js';

type Record_ = Record<string, unknown>;
const mapping = (value: unknown): Record_ | undefined => (value && typeof value === 'object' && !Array.isArray(value) ? value as Record_ : undefined);
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

export function crossCheck(value: unknown, ctx: z.RefinementCtx): void {
  const config = mapping(value) ?? {};
  // `onKey`: these rules are about a key's presence or name, so they point at the key, not its value.
  const issue = (path: Array<string | number>, message: string) => ctx.addIssue({ code: 'custom', path, message, params: { onKey: true } });
  const services = Array.isArray(config.services) ? config.services : [];
  const names = services.map((service) => text(mapping(service)?.name));
  names.forEach((name, i) => {
    if (name !== undefined && names.indexOf(name) !== i) issue(['services', i, 'name'], `duplicate service name "${name}": each service needs its own name, e.g. api and worker`);
  });
  const known = names.filter((name): name is string => name !== undefined);
  const frontend = config.frontend !== undefined;
  const envs = Object.entries(mapping(config.environments) ?? {}).map(([name, env]) => [name, mapping(env) ?? {}] as const);
  const branches = new Map<string, string>();
  envs.forEach(([name, env], index) => {
    const at = (...rest: Array<string | number>) => ['environments', name, ...rest];
    const mapped = mapping(env.services);
    if (Object.keys(mapped ?? {}).length > 0 && env.cluster === undefined) issue(at(), missingKey(['environments', name], 'cluster'));
    const branch = text(env.branch);
    const tags = env['release-tags'];
    if (env.branch !== undefined && tags !== undefined) {
      issue(at(), 'has both "branch" and "release-tags": keep branch (deploy pushes to it, e.g. branch: main) or release-tags (deploy pushed tags, e.g. release-tags: v*.*.*)');
    } else if (env.branch === undefined && tags === undefined) {
      issue(at(), 'needs "branch" (deploy on pushes to it, e.g. branch: main) or "release-tags" (deploy on release tags, e.g. release-tags: v*.*.*)');
    }
    if (branch !== undefined) {
      const other = branches.get(branch);
      const previous = envs[index - 1];
      // One branch may feed several environments only as a chain: each deploys what passed the one right before it.
      if (other && previous && text(previous[1].branch) !== branch) {
        issue(at('branch'), `branch "${branch}" already deploys to "${other}", and "${previous[0]}" (the environment right before "${name}") deploys another branch: `
          + `environments on one branch promote in order, each from the one right before it. Put "${name}" right after the last environment on ${branch}, `
          + `or give it release-tags: v*.*.* (pushing a tag such as v1.2.3 deploys the same images once "${other}" has them), with approval: true to wait for a reviewer`);
      }
      if (!other) branches.set(branch, name);
    }
    if (tags !== undefined && index !== envs.length - 1) {
      issue(at('release-tags'), 'only the last environment can deploy on release tags (it promotes what passed the one before it); move this environment to the end');
    }
    for (const key of Object.keys(mapped ?? {})) {
      if (known.includes(key)) continue;
      const guess = closest(key, known);
      issue(at('services', key), `no service named "${key}" in services (${known.join(', ') || 'none'})${guess ? `; did you mean "${guess}"?` : ''}`);
    }
    if (Object.keys(mapped ?? {}).length === 0 && !frontend && !deploysOtherwise(env)) {
      issue(at('services'), 'deploys nothing: map at least one service to its ECS service (e.g. services: { api: keylo-api-service }), a frontend, or give the environment its own deploy steps (steps: { before: [...] })');
    }
    if (frontend && env.bucket === undefined) issue(at(), `has no "bucket", but the config has a frontend to deploy; e.g. bucket: ${text(config.app) ?? 'app'}-${name}-web`);
    if (!frontend && config.frontends === undefined && env.bucket !== undefined) issue(at('bucket'), 'is set, but the config has no "frontend" section to build; add frontend: { build: npm run build, dir: dist } or remove bucket');
    if (env.distribution !== undefined && env.bucket === undefined) issue(at('distribution'), 'needs "bucket" (the S3 bucket the distribution serves)');
  });
  deployRules(config, envs, issue);
  if (envs.filter(([, env]) => env['release-tags'] !== undefined).length > 1) {
    issue(['environments'], 'at most one environment can deploy on release tags (the last one)');
  }
  extraRules(config, envs, issue);
}
