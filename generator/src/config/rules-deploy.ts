/**
 * Cross-key rules of how workloads deploy and promote: one build per image (services that share an ECR repository
 * share its build), exec migrations only after the deploy, pre-releases only with release tags, and no service
 * reaching an environment without passing the one before it. Defensive like rules.ts: they read whatever part of
 * the value is well-formed.
 */
type Record_ = Record<string, unknown>;
type Issue = (path: Array<string | number>, message: string) => void;
const mapping = (value: unknown): Record_ | undefined => (value && typeof value === 'object' && !Array.isArray(value) ? value as Record_ : undefined);
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

const BUILD_KEYS = ['dockerfile', 'context', 'target', 'build-args'] as const;

/** What decides the image a service's build produces (the defaults filled in as the schema fills them). */
export function buildKey(service: Record_): string {
  const context = text(service.context) ?? '.';
  return JSON.stringify([text(service['ecr-repository']), text(service.dockerfile) ?? `${context}/Dockerfile`, context, service.target ?? null, service['build-args'] ?? null]);
}

export function deployRules(config: Record_, envs: ReadonlyArray<readonly [string, Record_]>, issue: Issue): void {
  const services = (Array.isArray(config.services) ? config.services : []).map((s) => mapping(s) ?? {});
  const byRepository = new Map<string, { name: string; key: string }>();
  services.forEach((service, i) => {
    const repository = text(service['ecr-repository']);
    const name = text(service.name) ?? `#${i + 1}`;
    if (repository !== undefined) {
      const first = byRepository.get(repository);
      if (!first) byRepository.set(repository, { name, key: buildKey(service) });
      else if (first.key !== buildKey(service)) {
        const differs = BUILD_KEYS.filter((key) => JSON.stringify(service[key] ?? null) !== JSON.stringify(services.find((s) => s.name === first.name)?.[key] ?? null));
        issue(['services', i, 'ecr-repository'], `"${repository}" is also ${first.name}'s repository, but ${name} builds differently (${differs.join(', ') || 'dockerfile'}): both builds would push the same tag. `
          + `Services that deploy one image share its build: give ${name} the same dockerfile, context, target and build-args as ${first.name}, or its own repository`);
      }
    }
    const migrate = mapping(service.migrate);
    if (migrate && migrate.mode === 'exec' && (migrate.when === undefined || migrate.when === 'before')) {
      issue(['services', i, 'migrate', 'when'], 'mode exec runs the command in a task that is already running, which before the deploy is the old version without the new migrations: write when: after (or mode: run-task, which runs the new image before the deploy)');
    }
  });
  envs.forEach(([name, env], index) => {
    if (env['pre-releases'] !== undefined && env['release-tags'] === undefined) {
      issue(['environments', name, 'pre-releases'], 'goes with release-tags (it says whether tags such as v1.2.3-rc.1 deploy here); this environment deploys a branch');
    }
    const tags = env['release-tags'];
    const first = Array.isArray(tags) ? text(tags[0]) : undefined;
    if (first?.startsWith('!')) issue(['environments', name, 'release-tags', 0], `"${first}" excludes tags, but no pattern before it includes any: start with the tags to deploy, e.g. [v*.*.*, "${first}"]`);
    const previous = envs[index - 1];
    const mapped = mapping(env.services);
    const before = mapping(previous?.[1].services);
    const known = services.map((service) => service.name);
    // A previous environment with an unknown service name was reported already; its mapping says nothing reliable.
    if (!previous || !mapped || !before || Object.keys(before).some((key) => !known.includes(key))) return;
    for (const service of Object.keys(mapped)) {
      if (before[service] !== undefined) continue;
      issue(['environments', name, 'services', service], `"${service}" would reach ${name} without passing ${previous[0]}, the environment before it: every environment deploys only what passed the one before. Map ${service} in ${previous[0]} too, or remove it here`);
    }
  });
}
