/** The repository as init sees it: a bounded, read-only walk, and readers that never throw. */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';

// Build output, dependencies and vendored code hold Dockerfiles and manifests that are not the project's.
const SKIPPED_DIRS = new Set(['node_modules', '.git', 'dist', 'build', 'vendor', '.next', 'coverage', '.venv', 'venv', '__pycache__', '.terraform', '.pulumi']);
const MAX_DEPTH = 4;
const MAX_ENTRIES = 5000;

export interface RepoFiles {
  root: string;
  /** Repository-relative paths with `/`, breadth first. */
  files: string[];
  has(file: string): boolean;
  /** The file's text, or '' when it cannot be read. */
  read(file: string): string;
  json(file: string): Record<string, unknown> | undefined;
  toml(file: string): Record<string, unknown> | undefined;
  /** Every YAML document in the file (Kubernetes manifests hold several), or [] when it does not parse. */
  yamlDocuments(file: string): unknown[];
}

export function listRepository(root: string): RepoFiles {
  const files: string[] = [];
  const queue: Array<{ rel: string; depth: number }> = [{ rel: '', depth: 0 }];
  let seen = 0;
  walk: for (let next = queue.shift(); next; next = queue.shift()) {
    let entries;
    try { entries = readdirSync(join(root, next.rel), { withFileTypes: true }); } catch { continue; }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      // Hitting the cap drops the deepest entries, since the walk is breadth first.
      if (++seen > MAX_ENTRIES) break walk;
      const rel = next.rel ? `${next.rel}/${entry.name}` : entry.name;
      if (entry.isFile()) files.push(rel);
      else if (entry.isDirectory() && next.depth < MAX_DEPTH && !SKIPPED_DIRS.has(entry.name)) queue.push({ rel, depth: next.depth + 1 });
    }
  }
  const present = new Set(files);
  const cache = new Map<string, string>();
  const read = (file: string) => {
    if (!cache.has(file)) {
      let text = '';
      try { text = present.has(file) ? readFileSync(join(root, file), 'utf8') : ''; } catch { /* unreadable: treated as empty */ }
      cache.set(file, text);
    }
    return cache.get(file) as string;
  };
  const object = (value: unknown) => (value && typeof value === 'object' && !Array.isArray(value) ? value as Record<string, unknown> : undefined);
  return {
    root, files, read,
    has: (file) => present.has(file),
    json: (file) => { try { return object(JSON.parse(read(file))); } catch { return undefined; } },
    toml: (file) => { try { return object(parseToml(read(file))); } catch { return undefined; } },
    yamlDocuments: (file) => {
      try { return read(file).split(/^---\s*$/m).map((doc) => parseYaml(doc) as unknown).filter((doc) => doc !== null && doc !== undefined); } catch { return []; }
    },
  };
}

export const folderOf = (file: string) => (file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '');
export const within = (dir: string, file: string) => (dir ? `${dir}/${file}` : file);
export const isUnder = (file: string, dir: string) => dir === '' || file === dir || file.startsWith(`${dir}/`);
export const nameOf = basename;

export function slugify(text: string | undefined): string {
  const slug = (text ?? '').toLowerCase().replace(/^@[^/]*\//, '').replace(/^[^/]*\//, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  const lettered = slug && !/^[a-z]/.test(slug) ? `app-${slug}` : slug;
  return lettered.slice(0, 40).replace(/-+$/, '');
}

/** Quotes a path or name for the shell when it has anything beyond the characters names normally use. */
export const shellArg = (arg: string) => (/^[\w./@:+=-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`);

/**
 * Folders that hold infrastructure code or tooling, not a service: a Dockerfile there is named after the app (not
 * after "pulumi"), a requirements.txt there is the Pulumi program's, not the backend's.
 */
export const INFRA_DIRS = new Set(['infrastructure', 'infra', 'pulumi', 'terraform', 'cdk', 'deploy', 'deployment', 'deployments', 'docker', '.docker', 'ops', 'devops', 'k8s', 'kubernetes', 'helm', 'charts', 'manifests', 'ci', '.github', 'scripts', 'tools', 'iac', 'aws', 'ecs']);

export function isInfraPath(repo: RepoFiles, dir: string): boolean {
  if (dir === '') return false;
  const parts = dir.split('/');
  return parts.some((part) => INFRA_DIRS.has(part.toLowerCase()))
    || parts.some((_, i) => ['Pulumi.yaml', 'cdk.json', 'main.tf'].some((marker) => repo.has(within(parts.slice(0, i + 1).join('/'), marker))));
}
