import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ActionInputSpec {
  readonly name: string;
  /** The default as the runner sees it (a string), or undefined when action.yml gives none. */
  readonly default?: string;
  readonly required: boolean;
}

export interface ActionManifest {
  readonly file: string;
  readonly using: string;
  readonly main: string;
  readonly pre?: string;
  readonly post?: string;
  /** Condition for the post step; the runner's default is `always()`. */
  readonly postIf: string;
  readonly inputs: readonly ActionInputSpec[];
}

type Mapping = Record<string, unknown>;

function isMapping(value: unknown): value is Mapping {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function scalarToString(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new Error(`input default must be a scalar, got ${JSON.stringify(value)}`);
}

async function readManifestText(actionDir: string): Promise<{ file: string; text: string }> {
  // The runner accepts either spelling, preferring action.yml.
  for (const name of ['action.yml', 'action.yaml']) {
    const file = join(actionDir, name);
    try {
      return { file, text: await readFile(file, 'utf8') };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  throw new Error(`No action.yml or action.yaml in ${actionDir}`);
}

/**
 * Manifests already parsed, by file and text: a test file runs the same action.yml dozens of times, and parsing it
 * costs 5–30 ms of CPU each time. The file is still read on every run, so an edit is seen at once.
 */
const parsed = new Map<string, Readonly<ActionManifest>>();

export async function loadActionManifest(actionDir: string): Promise<ActionManifest> {
  const { file, text } = await readManifestText(actionDir);
  const key = `${file}\0${text}`;
  let manifest = parsed.get(key);
  if (!manifest) {
    manifest = await parseManifestShared(file, text);
    parsed.set(key, manifest);
  }
  return { ...manifest, inputs: manifest.inputs.map((input) => ({ ...input })) };
}

/**
 * The parse is also shared between test files through a JSON file in the temporary folder (a fresh one per jest run):
 * jest evaluates every module again in each test file, and loading yaml then parsing action.yml with its cold code
 * cost ~0.08 s of CPU in each of the ~20 files that run an action. The name hashes the manifest's path and text and
 * this module's own source, so an edit to either is a miss; without a readable source nothing is shared.
 */
async function parseManifestShared(file: string, text: string): Promise<ActionManifest> {
  const source = await (ownSource ??= readFile(fileURLToPath(import.meta.url), 'utf8').catch(() => undefined));
  if (source === undefined) return parseManifest(file, text, await loadYamlParse());
  const shared = join(tmpdir(), 'platform-actions-harness-manifests', `${createHash('sha256').update(`${source}\0${file}\0${text}`).digest('hex')}.json`);
  try {
    return fromShared(JSON.parse(await readFile(shared, 'utf8')) as ActionManifest);
  } catch {
    // Not parsed yet in this run (or not readable): parse it here.
  }
  const manifest = parseManifest(file, text, await loadYamlParse());
  try {
    await mkdir(dirname(shared), { recursive: true });
    // Written aside then renamed, so a reader in another worker never sees half a file.
    const aside = `${shared}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    await writeFile(aside, JSON.stringify(manifest));
    await rename(aside, shared);
  } catch {
    // Sharing is only a saving.
  }
  return manifest;
}

let ownSource: Promise<string | undefined> | undefined;

async function loadYamlParse(): Promise<(text: string) => unknown> {
  return (await import('yaml')).parse;
}

/** The manifest as parseManifest builds it: JSON drops the keys whose value is undefined. */
function fromShared(json: ActionManifest): ActionManifest {
  return {
    file: json.file, using: json.using, main: json.main, pre: json.pre, post: json.post, postIf: json.postIf,
    inputs: json.inputs.map((input) => ({ name: input.name, default: input.default, required: input.required })),
  };
}

function parseManifest(file: string, text: string, parse: (text: string) => unknown): ActionManifest {
  const doc: unknown = parse(text);
  if (!isMapping(doc) || !isMapping(doc.runs)) throw new Error(`${file}: missing 'runs' mapping`);
  const runs = doc.runs;
  const using = String(runs.using ?? '');
  if (!/^node\d+$/.test(using)) {
    throw new Error(`${file}: runs.using is '${using}'; the harness only runs JavaScript (nodeNN) actions`);
  }
  if (typeof runs.main !== 'string' || runs.main === '') throw new Error(`${file}: runs.main is missing`);

  const inputs: ActionInputSpec[] = [];
  if (isMapping(doc.inputs)) {
    for (const [name, spec] of Object.entries(doc.inputs)) {
      const body = isMapping(spec) ? spec : {};
      let defaultValue: string | undefined;
      try {
        defaultValue = scalarToString(body.default);
      } catch (error) {
        throw new Error(`${file}: input '${name}': ${(error as Error).message}`, { cause: error });
      }
      inputs.push({ name, default: defaultValue, required: body.required === true || body.required === 'true' });
    }
  }

  return {
    file,
    using,
    main: runs.main,
    pre: typeof runs.pre === 'string' ? runs.pre : undefined,
    post: typeof runs.post === 'string' ? runs.post : undefined,
    postIf: typeof runs['post-if'] === 'string' ? runs['post-if'] : 'always()',
    inputs,
  };
}

/** INPUT_<NAME>: upper-cased, spaces become underscores, hyphens stay (runner Handler.cs). */
export function inputEnvName(inputName: string): string {
  return `INPUT_${inputName.replace(/ /g, '_').toUpperCase()}`;
}

const EXPRESSION = /\$\{\{(.*?)\}\}/g;

/**
 * Evaluates the `${{ github.x }}` / `${{ runner.x }}` references an input default may hold.
 * Anything richer is refused rather than passed through raw, so a test never runs with a
 * literal `${{ ... }}` the real runner would have evaluated.
 */
export function evaluateDefault(inputName: string, raw: string, values: Readonly<Record<string, string>>): string {
  return raw.replace(EXPRESSION, (_whole, inner: string) => {
    const key = inner.trim();
    const value = values[key];
    if (value === undefined) {
      throw new Error(`Input '${inputName}': the harness cannot evaluate \${{ ${key} }} in its default; pass the input in 'with'`);
    }
    return value;
  });
}

export interface ResolvedInputs {
  readonly inputs: Record<string, string>;
  /** `with:` keys that action.yml does not declare (the runner warns about them). */
  readonly unexpected: readonly string[];
}

/**
 * The runner keeps every `with:` entry (declared or not), then adds each declared input the step
 * left out, with its evaluated default or '' (ActionRunner.cs). Names compare case-insensitively.
 */
export function resolveInputs(
  manifest: ActionManifest,
  withInputs: Readonly<Record<string, string>>,
  values: Readonly<Record<string, string>>,
): ResolvedInputs {
  const inputs: Record<string, string> = { ...withInputs };
  const given = new Set(Object.keys(withInputs).map((name) => name.toLowerCase()));
  const declared = new Set(manifest.inputs.map((input) => input.name.toLowerCase()));
  for (const input of manifest.inputs) {
    if (given.has(input.name.toLowerCase())) continue;
    inputs[input.name] = input.default === undefined ? '' : evaluateDefault(input.name, input.default, values);
  }
  const unexpected = Object.keys(withInputs).filter((name) => !declared.has(name.toLowerCase()));
  return { inputs, unexpected };
}
