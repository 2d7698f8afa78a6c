/**
 * Docker command lines, as pure functions of what to build: tested by tables, run by docker.ts. Every argv
 * starts after the `docker` binary itself.
 */

export type Builder = 'buildx' | 'classic';

export interface BuildPlan {
  builder: Builder;
  context: string;
  dockerfile: string;
  target?: string;
  buildArgs: ReadonlyArray<readonly [string, string]>;
  labels: ReadonlyArray<readonly [string, string]>;
  /** Full references: `<registry>/<repository>:<tag>`. */
  references: readonly string[];
  platforms: readonly string[];
  cacheFrom: readonly string[];
  cacheTo: readonly string[];
  noCache: boolean;
  pull: boolean;
  /**
   * buildx with platforms pushes from the builder itself (a multi-platform image cannot be loaded into the
   * engine); everything else is loaded into the engine and pushed tag by tag with retries.
   */
  pushFromBuilder: boolean;
  /** buildx writes the pushed digest here. */
  metadataFile?: string;
}

/** The classic builder only reads image references; a buildx-style `type=registry,ref=X` gives X. */
export function classicCacheRef(spec: string): string | undefined {
  if (!spec.includes('=')) return spec;
  const fields = new Map(spec.split(',').map((f) => [f.slice(0, f.indexOf('=')).trim(), f.slice(f.indexOf('=') + 1).trim()] as const));
  return fields.get('type') === 'registry' ? fields.get('ref') : undefined;
}

export function buildArgv(plan: BuildPlan): string[] {
  const argv = plan.builder === 'buildx' ? ['buildx', 'build'] : ['build'];
  argv.push('--file', plan.dockerfile);
  if (plan.target) argv.push('--target', plan.target);
  for (const [key, value] of plan.buildArgs) argv.push('--build-arg', `${key}=${value}`);
  for (const [key, value] of plan.labels) argv.push('--label', `${key}=${value}`);
  for (const ref of plan.references) argv.push('--tag', ref);
  if (plan.noCache) argv.push('--no-cache');
  if (plan.pull) argv.push('--pull');
  if (plan.builder === 'buildx') {
    if (plan.platforms.length) argv.push('--platform', plan.platforms.join(','));
    for (const spec of plan.cacheFrom) argv.push('--cache-from', spec);
    for (const spec of plan.cacheTo) argv.push('--cache-to', spec);
    // Single-platform images, not an index with attestations: Lambda and older tools reject manifest lists.
    argv.push('--provenance=false');
    if (plan.metadataFile) argv.push('--metadata-file', plan.metadataFile);
    argv.push(plan.pushFromBuilder ? '--push' : '--load');
  } else {
    for (const spec of plan.cacheFrom) {
      const ref = classicCacheRef(spec);
      if (ref) argv.push('--cache-from', ref);
    }
  }
  argv.push(plan.context);
  return argv;
}

/**
 * The classic builder turns every `--label` into a build step of its own (one container create + commit each:
 * five labels cost ~5 s on a vfs engine). With more than one label it builds without them, then adds all of them
 * in one LABEL step on top of the built image (`labelStepArgv` + `labelDockerfile`).
 */
export function labelsInOneStep(plan: Pick<BuildPlan, 'builder' | 'labels'>): boolean {
  return plan.builder === 'classic' && plan.labels.length > 1;
}

/** A LABEL value as the Dockerfile parser reads it: quoted, with `\`, `"` and `$` (variable expansion) escaped. */
const dockerfileQuoted = (text: string): string => `"${text.replace(/[\\"$]/g, (ch) => `\\${ch}`)}"`;

export function labelDockerfile(imageId: string, labels: ReadonlyArray<readonly [string, string]>): string {
  return `FROM ${imageId}\nLABEL ${labels.map(([key, value]) => `${dockerfileQuoted(key)}=${dockerfileQuoted(value)}`).join(' ')}\n`;
}

/** The Dockerfile comes on stdin (`-`): no build context is sent. */
export const labelStepArgv = (references: readonly string[]): string[] => ['build', ...references.flatMap((ref) => ['--tag', ref]), '-'];

export const loginArgv = (host: string, username: string): string[] => ['login', '--username', username, '--password-stdin', host];
export const logoutArgv = (host: string): string[] => ['logout', host];
export const pushArgv = (reference: string): string[] => ['push', reference];
export const pullArgv = (reference: string): string[] => ['pull', reference];
export const inspectArgv = (reference: string): string[] => ['image', 'inspect', '--format', '{{.Id}} {{.Size}}', reference];

export interface PushResult {
  tag: string;
  digest: string;
  /** Manifest size in bytes, as docker reports it. */
  size: number;
}

/** `v1: digest: sha256:<64 hex> size: 528`, the line docker push prints once the manifest is stored. */
export function parsePushOutput(output: string): PushResult | undefined {
  const matches = [...output.matchAll(/^(\S+): digest: (sha256:[0-9a-f]{64}) size: (\d+)\s*$/gm)];
  const last = matches.at(-1);
  if (!last) return undefined;
  return { tag: last[1] as string, digest: last[2] as string, size: Number(last[3]) };
}

/**
 * Failures of a push worth another try: the registry or the path to it was briefly unwell. Auth failures,
 * unknown repositories and refused (immutable) tags fail the same way every time.
 */
const TRANSIENT = [
  /\b50[0-4]\b/, /\b429\b/, /too ?many ?requests/i, /internal server error/i, /service unavailable/i, /bad gateway/i,
  /gateway time-?out/i, /connection reset by peer/i, /connection refused/i, /broken pipe/i, /\bEOF\b/,
  /i\/o timeout/i, /TLS handshake timeout/i, /timeout exceeded/i, /request canceled/i, /net\/http:/i,
];
const PERMANENT = [/denied/i, /unauthorized/i, /authentication required/i, /name unknown/i, /tag invalid/i, /manifest invalid/i, /no basic auth credentials/i, /does not exist/i];

export function isTransientDockerFailure(stderr: string): boolean {
  if (PERMANENT.some((p) => p.test(stderr))) return false;
  return TRANSIENT.some((p) => p.test(stderr));
}

/** `docker image inspect --format '{{.Id}} {{.Size}}'` output. */
export function parseInspect(output: string): { id: string; size: number } | undefined {
  const m = /^(sha256:[0-9a-f]{64}) (\d+)\s*$/.exec(output.trim());
  return m ? { id: m[1] as string, size: Number(m[2]) } : undefined;
}
