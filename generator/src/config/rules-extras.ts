/**
 * Cross-key rules of the config's newer sections: several frontends and where each deploys, notices that name
 * environments, webhooks. Like rules.ts they read the value defensively (the schema reports malformed parts).
 */
import { reviewRules } from './schema-review.js';
import { closest } from './suggest.js';

type Loose = Record<string, unknown>;
type Issue = (path: Array<string | number>, message: string) => void;
const mapping = (value: unknown): Loose | undefined => (value && typeof value === 'object' && !Array.isArray(value) ? value as Loose : undefined);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** An environment that deploys something other than ECS services and the single frontend: frontends, or its own steps. */
export function deploysOtherwise(env: Loose): boolean {
  const steps = mapping(env.steps);
  const ownSteps = Object.values(steps ?? {}).some((entries) => list(entries).length > 0);
  return ownSteps || Object.keys(mapping(env.frontends) ?? {}).length > 0;
}

function unknownName(kind: string, name: string, known: string[]): string {
  const guess = closest(name, known);
  return `no ${kind} named "${name}" (${known.join(', ') || 'none'})${guess ? `; did you mean "${guess}"?` : ''}`;
}

export function extraRules(config: Loose, envs: ReadonlyArray<readonly [string, Loose]>, issue: Issue): void {
  const frontends = list(config.frontends).map((entry) => mapping(entry)?.name).filter((name): name is string => typeof name === 'string');
  if (config.frontend !== undefined && config.frontends !== undefined) {
    issue(['frontends'], 'is set next to "frontend": use frontend for one frontend, or frontends for several (name each, and map them in environments.<env>.frontends)');
  }
  frontends.forEach((name, i) => {
    if (frontends.indexOf(name) !== i) issue(['frontends', i, 'name'], `duplicate frontend name "${name}": each frontend needs its own name, e.g. app and learn`);
  });
  const envNames = envs.map(([name]) => name);
  for (const [name, env] of envs) {
    const at = (...rest: Array<string | number>) => ['environments', name, ...rest];
    const targets = mapping(env.frontends);
    if (config.frontends !== undefined) {
      for (const key of ['bucket', 'distribution']) if (env[key] !== undefined) issue(at(key), `with frontends, each frontend's ${key} goes in frontends: e.g. frontends: { ${frontends[0] ?? 'app'}: { bucket: ${String(config.app ?? 'app')}-${name}-web } }`);
    } else if (targets) {
      issue(at('frontends'), 'maps frontends, but the config has no "frontends" list; add frontends: [{ name: app, build: npm run build, dir: dist }]');
    }
    for (const key of Object.keys(targets ?? {})) if (!frontends.includes(key)) issue(at('frontends', key), unknownName('frontend', key, frontends));
  }
  reviewRules(envs, issue);
  const notify = mapping(config.notify) ?? {};
  const checkEnvironments = (path: Array<string | number>, value: unknown) => {
    list(value).forEach((name, i) => {
      if (typeof name === 'string' && !envNames.includes(name)) issue([...path, i], unknownName('environment', name, envNames));
    });
  };
  checkEnvironments(['notify', 'slack', 'deploys', 'environments'], mapping(mapping(notify.slack)?.deploys)?.environments);
  const hooks = list(notify.webhooks).map(mapping);
  hooks.forEach((hook, i) => {
    if (!hook) return;
    checkEnvironments(['notify', 'webhooks', i, 'environments'], hook.environments);
    if ((hook.url === undefined) === (hook['url-secret'] === undefined)) {
      issue(['notify', 'webhooks', i], 'needs exactly one of "url" (e.g. url: https://events.pagerduty.com/v2/enqueue) or "url-secret" (the repository secret holding the URL)');
    }
    const name = hook.name;
    if (typeof name === 'string' && hooks.findIndex((other) => other?.name === name) !== i) issue(['notify', 'webhooks', i, 'name'], `duplicate webhook name "${name}"`);
  });
}
