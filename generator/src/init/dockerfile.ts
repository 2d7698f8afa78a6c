/**
 * Just enough of a Dockerfile to know what its image holds: the stages, the final stage's base image, its WORKDIR,
 * and where a file of the build context ends up (following COPY, COPY --from=<stage> and FROM <stage>). A migration
 * runs in the image, so init proposes one only when the file it needs is really there.
 */
import { posix } from 'node:path';

export interface Instruction { keyword: string; args: string }
export interface Stage { index: number; name?: string; from: string; instructions: Instruction[] }

/** Instructions with line continuations joined and comments dropped, grouped by FROM. */
export function parseDockerfile(text: string): Stage[] {
  const lines = text.replace(/\\\r?\n/g, ' ').split(/\r?\n/).map((line) => line.trim()).filter((line) => line && !line.startsWith('#'));
  const stages: Stage[] = [];
  for (const line of lines) {
    const keyword = /^(\w+)/.exec(line)?.[1]?.toUpperCase() ?? '';
    const args = line.slice(keyword.length).trim();
    if (keyword === 'FROM') {
      const words = args.split(/\s+/).filter((word) => !word.startsWith('--'));
      const as = words.findIndex((word) => word.toLowerCase() === 'as');
      stages.push({ index: stages.length, from: words[0] ?? '', ...(as > 0 && words[as + 1] ? { name: words[as + 1] } : {}), instructions: [] });
    } else stages[stages.length - 1]?.instructions.push({ keyword, args });
  }
  return stages;
}

const stageNamed = (stages: Stage[], ref: string) => stages.find((s) => s.name?.toLowerCase() === ref.toLowerCase()) ?? (/^\d+$/.test(ref) ? stages[Number(ref)] : undefined);

/** The stage a stage is built FROM, when it is one of this Dockerfile's stages. */
export function parentStage(stages: Stage[], stage: Stage): Stage | undefined {
  const parent = stageNamed(stages, stage.from);
  return parent && parent.index < stage.index ? parent : undefined;
}

/** The image the stage starts from, following FROM <stage> to the external image. */
export function baseImage(stages: Stage[], stage: Stage): string {
  const parent = parentStage(stages, stage);
  return parent ? baseImage(stages, parent) : stage.from;
}

/** The RUN commands of the stage and the stages it is built from (what the image has installed). */
export function runText(stages: Stage[], stage: Stage): string {
  const parent = parentStage(stages, stage);
  return `${parent ? runText(stages, parent) : ''}\n${stage.instructions.filter((i) => i.keyword === 'RUN').map((i) => i.args).join('\n')}`;
}

export function describeStage(stage: Stage): string {
  return `FROM ${stage.from}${stage.name ? ` AS ${stage.name}` : ''}`;
}

interface Copy { from?: string; sources: string[]; dest: string }

function parseCopy(args: string): Copy {
  const flags = [...args.matchAll(/--(\w[\w-]*)(?:=(\S+))?/g)];
  const from = flags.find((flag) => flag[1] === 'from')?.[2];
  const rest = args.replace(/--\w[\w-]*(?:=\S+)?/g, '').trim();
  let words: string[];
  try { words = rest.startsWith('[') ? JSON.parse(rest) as string[] : rest.split(/\s+/); } catch { words = rest.split(/\s+/); }
  return { ...(from ? { from } : {}), sources: words.slice(0, -1), dest: words[words.length - 1] ?? '.' };
}

function globToRegex(glob: string): RegExp {
  const body = glob.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]');
  return new RegExp(`^${body}$`);
}

/** The WORKDIR in effect after the stage's instructions (or after the first `upTo` of them). */
export function workdirOf(stages: Stage[], stage: Stage, upTo = stage.instructions.length): string {
  const parent = parentStage(stages, stage);
  let dir = parent ? workdirOf(stages, parent) : '/';
  for (const instruction of stage.instructions.slice(0, upTo)) {
    if (instruction.keyword === 'WORKDIR') dir = posix.resolve(dir, instruction.args.replace(/^["']|["']$/g, ''));
  }
  return dir;
}

/**
 * Where `file` (a path in the build context, with `/`) is inside the stage's image, or undefined when no COPY or ADD
 * brings it there. A directory source copies its contents; `.` is the whole context.
 */
export function locate(stages: Stage[], stage: Stage, file: string, depth = 0): string | undefined {
  if (depth > stages.length) return undefined;
  let found: string | undefined;
  stage.instructions.forEach((instruction, index) => {
    if (instruction.keyword !== 'COPY' && instruction.keyword !== 'ADD') return;
    const copy = parseCopy(instruction.args);
    const dest = posix.resolve(workdirOf(stages, stage, index), copy.dest);
    const intoDir = copy.dest.endsWith('/') || copy.sources.length > 1 || copy.dest === '.';
    const source = copy.from ? stageNamed(stages, copy.from) : undefined;
    if (copy.from && !source) return;
    // In another stage, the file is wherever that stage has it; from the context, it is the file's own path.
    const path = source ? locate(stages, source, file, depth + 1) : file;
    if (!path) return;
    for (const raw of copy.sources) {
      const base = source ? posix.resolve(workdirOf(stages, source), raw) : posix.normalize(raw).replace(/^\.\/|^\.$|\/$/g, '');
      const name = posix.basename(path);
      if (base === '' || base === '.' || base === '/') found = posix.join(dest, source ? path.slice(1) : path);
      else if (path === base) found = intoDir ? posix.join(dest, name) : dest;
      else if (path.startsWith(`${base}/`)) found = posix.join(dest, path.slice(base.length + 1));
      else if (/[*?[]/.test(base) && posix.dirname(path) === posix.dirname(base) && globToRegex(posix.basename(base)).test(name)) found = posix.join(dest, name);
    }
  });
  if (found) return found;
  const parent = parentStage(stages, stage);
  return parent ? locate(stages, parent, file, depth + 1) : undefined;
}
