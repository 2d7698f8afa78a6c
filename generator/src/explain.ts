/**
 * Which jobs of a generated workflow run on an event, decided the way GitHub decides it: the `on:` filters (GitHub's
 * filter syntax, ref-filter.ts), then each job's `if:` evaluated by GitHub's own expression evaluator
 * (@actions/expressions) over the event's contexts, with GitHub's implicit `success() &&` when the `if:` calls no
 * status function. A job's status functions look at every job it depends on, directly or through others, as GitHub's
 * do ("if you have a chain of dependent jobs, failure() returns true if any ancestor job fails"; a job whose needs all
 * succeeded is still skipped under success() when an earlier one failed, actions/runner#2205). Every job that runs is
 * assumed to succeed, except the jobs named with `--fail` and a deploy job whose release-tag guard refuses the tag.
 * Works on the parsed YAML, i.e. on what GitHub reads.
 */
import { data, Evaluator, Lexer, Parser } from '@actions/expressions';
import { Binary, type Expr, FunctionCall, Grouping, IndexAccess, Logical, Unary } from '@actions/expressions/ast';
import { truthy } from '@actions/expressions/result';
import { closest } from './config/suggest.js';
import { compileFilter, filterMatches } from './config/ref-filter.js';

export type EventName = 'push' | 'pull_request' | 'workflow_dispatch';

export interface RunEvent {
  event: EventName;
  /** The pushed ref (refs/heads/… or refs/tags/…), the manual run's ref, or a pull request's base branch. */
  ref: string;
  inputs?: Record<string, string>;
  /** Jobs assumed to fail when they run (`--fail`), to see what runs then. */
  fail?: string[];
}

/** A `--fail` naming no job of the workflow. */
export class UnknownJobError extends Error {}

export interface JobVerdict {
  id: string;
  result: 'success' | 'failure' | 'skipped';
  /** 1 for jobs that need none, else one more than the latest job they need (only for jobs that run). */
  stage?: number;
  reason: string;
}

export interface Explanation {
  triggered: boolean; trigger: string; jobs: JobVerdict[];
  /** The jobs `--fail` named, as given. */
  failing?: string[];
}

type Yaml = Record<string, unknown>;
type WorkflowYaml = Yaml & { on?: Yaml; jobs: Record<string, Yaml & { needs?: string | string[]; if?: unknown; steps?: Array<Yaml & { env?: Yaml }> }> };

const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : []);
const filters = (patterns: string[]) => patterns.map(compileFilter);

/** Whether `on:` starts a run for the event, and why. */
function triggerOf(on: Yaml, run: RunEvent): { triggered: boolean; trigger: string } {
  const section = on[run.event];
  if (section === undefined) return { triggered: false, trigger: `the workflow has no ${run.event} trigger` };
  const config = (section ?? {}) as Yaml;
  if (run.event === 'workflow_dispatch') return { triggered: true, trigger: `a manual run on ${run.ref}` };
  const tag = run.ref.startsWith('refs/tags/') ? run.ref.slice('refs/tags/'.length) : undefined;
  const branch = run.ref.startsWith('refs/heads/') ? run.ref.slice('refs/heads/'.length) : undefined;
  if (run.event === 'pull_request') {
    const branches = list(config.branches);
    if (branch === undefined) return { triggered: false, trigger: 'a pull request targets a branch: give its base as --ref refs/heads/<branch>' };
    const ok = !config.branches || filterMatches(filters(branches), branch);
    return { triggered: ok, trigger: ok ? `a pull request to ${branch}` : `pull requests to ${branch} do not match on.pull_request.branches (${branches.join(', ')})` };
  }
  // push: with only one of branches/tags given, the other kind of ref does not start the workflow.
  const branches = config.branches === undefined ? undefined : list(config.branches);
  const tags = config.tags === undefined ? undefined : list(config.tags);
  if (tag !== undefined) {
    if (tags === undefined) return { triggered: branches === undefined, trigger: branches === undefined ? `a push of tag ${tag}` : `on.push has branches but no tags, so a tag push does not start the workflow` };
    const ok = filterMatches(filters(tags), tag);
    return { triggered: ok, trigger: ok ? `a push of tag ${tag}` : `tag ${tag} does not pass on.push.tags (${tags.join(' ')})` };
  }
  if (branch === undefined) return { triggered: false, trigger: `${run.ref} is neither refs/heads/… nor refs/tags/…` };
  if (branches === undefined) return { triggered: tags === undefined, trigger: tags === undefined ? `a push to ${branch}` : 'on.push has tags but no branches, so a branch push does not start the workflow' };
  const ok = filterMatches(filters(branches), branch);
  return { triggered: ok, trigger: ok ? `a push to ${branch}` : `branch ${branch} does not pass on.push.branches (${branches.join(', ')})` };
}

/** The contexts a job-level `if:` sees. */
function contexts(workflow: WorkflowYaml, run: RunEvent, needs: Record<string, { result: string; outputs: Yaml }>): data.Dictionary {
  const pr = run.event === 'pull_request';
  const ref = pr ? 'refs/pull/1/merge' : run.ref;
  const refName = pr ? '1/merge' : ref.replace(/^refs\/(heads|tags)\//, '');
  const inputs: Record<string, string> = {};
  if (run.event === 'workflow_dispatch') {
    const declared = (((workflow.on ?? {}).workflow_dispatch ?? {}) as Yaml).inputs as Record<string, Yaml> | undefined;
    for (const [name, spec] of Object.entries(declared ?? {})) inputs[name] = String(spec.default ?? '');
    Object.assign(inputs, run.inputs ?? {});
  }
  const github = {
    event_name: run.event, ref, ref_name: refName, ref_type: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    base_ref: pr ? run.ref.replace(/^refs\/heads\//, '') : '', head_ref: pr ? 'feature' : '', sha: '0'.repeat(40), repository: 'owner/repo', workflow: String(workflow.name ?? ''),
  };
  return JSON.parse(JSON.stringify({ github, inputs, needs, vars: {} }), data.reviver) as data.Dictionary;
}

const STATUS_FUNCTIONS = ['always', 'success', 'failure', 'cancelled'];

/** Whether an expression calls a status function anywhere, read from its syntax tree as GitHub's parser does. */
function callsStatusFunction(tree: Expr | undefined): boolean {
  if (!tree) return false;
  if (tree instanceof FunctionCall) return STATUS_FUNCTIONS.includes(tree.functionName.lexeme.toLowerCase()) || tree.args.some(callsStatusFunction);
  if (tree instanceof Binary) return callsStatusFunction(tree.left) || callsStatusFunction(tree.right);
  if (tree instanceof Unary) return callsStatusFunction(tree.expr);
  if (tree instanceof Logical) return tree.args.some(callsStatusFunction);
  if (tree instanceof Grouping) return callsStatusFunction(tree.group);
  if (tree instanceof IndexAccess) return callsStatusFunction(tree.expr) || callsStatusFunction(tree.index);
  return false;
}

// Syntax trees by expression text: explaining a run evaluates each job's if: two or three times, and a process that
// explains many runs (the tests) meets the same few dozen expressions again. The evaluator only reads a tree.
const parsedExpressions = new Map<string, Expr>();
const parseExpression = (text: string): Expr => {
  let tree = parsedExpressions.get(text);
  if (!tree) {
    tree = new Parser(new Lexer(text).lex().tokens, ['github', 'inputs', 'needs', 'vars', 'env', 'steps', 'job', 'runner', 'secrets', 'matrix', 'strategy'], STATUS_FUNCTIONS.map((name) => ({ name, minArgs: 0, maxArgs: 0 }))).parse();
    parsedExpressions.set(text, tree);
  }
  return tree;
};
const expressionText = (condition: string | undefined) => (condition ?? '').trim().replace(/^\$\{\{([\s\S]*)\}\}$/, '$1').trim();

/** Whether an `if:` decides for itself after a failure (calls a status function), instead of GitHub's implicit success(). */
export function hasStatusFunction(condition: string | undefined): boolean {
  const text = expressionText(condition);
  return text !== '' && callsStatusFunction(parseExpression(text));
}

/** Evaluates a job's `if:` as GitHub does; `upstream` are the results of every job it depends on (directly or not). */
export function evaluateJobIf(condition: string | undefined, context: data.Dictionary, upstream: string[]): boolean {
  const text = expressionText(condition);
  const expression = text === '' ? 'success()' : hasStatusFunction(text) ? text : `success() && (${text})`;
  const status: Record<string, () => boolean> = {
    always: () => true,
    success: () => upstream.every((r) => r === 'success'),
    failure: () => upstream.some((r) => r === 'failure'),
    cancelled: () => false,
  };
  const functions = new Map(STATUS_FUNCTIONS.map((name) => [name, { name, minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(status[name]!()) }]));
  return truthy(new Evaluator(parseExpression(expression), context, functions).evaluate());
}

/** A release-tag guard step (TAG_FILTERS: "+regex"/"-regex" lines) that would refuse the run's tag, if any. */
function guardRefusal(job: WorkflowYaml['jobs'][string], run: RunEvent): string | undefined {
  if (!run.ref.startsWith('refs/tags/') || run.event === 'pull_request') return undefined;
  const tag = run.ref.slice('refs/tags/'.length);
  for (const step of job.steps ?? []) {
    const lines = typeof step.env?.TAG_FILTERS === 'string' ? step.env.TAG_FILTERS.split('\n').filter(Boolean) : undefined;
    if (!lines) continue;
    let matched = false;
    for (const line of lines) if (new RegExp(line.slice(1)).test(tag)) matched = line.startsWith('+');
    if (!matched) return `its step "${String(step.name)}" refuses tag ${tag} (not a release tag: ${String(step.env?.TAG_PATTERNS ?? '')})`;
  }
  return undefined;
}

/** Every job `id` depends on, directly or through others. */
function ancestorsOf(jobs: WorkflowYaml['jobs'], id: string, seen = new Set<string>()): Set<string> {
  for (const need of list(jobs[id]?.needs)) {
    if (seen.has(need)) continue;
    seen.add(need);
    ancestorsOf(jobs, need, seen);
  }
  return seen;
}

/**
 * A failing job's steps that still run after one of its steps failed: each step's if: evaluated as the runner does
 * then (success() false, failure() true; implicit success() without a status function). Step outputs are unknown here.
 */
function stepsAfterFailure(job: WorkflowYaml['jobs'][string], context: data.Dictionary): string[] {
  return (job.steps ?? []).filter((step) => step.if !== undefined && evaluateJobIf(String(step.if), context, ['failure'])).map((step) => String(step.name ?? step.uses ?? 'a step'));
}

export function explainRun(workflow: WorkflowYaml, run: RunEvent): Explanation {
  const failing = run.fail ?? [];
  const ids = Object.keys(workflow.jobs);
  for (const id of failing) {
    if (ids.includes(id)) continue;
    const guess = closest(id, ids);
    throw new UnknownJobError(`--fail ${id}: the pipeline has no job "${id}"${guess ? `; did you mean "${guess}"?` : ''} (its jobs: ${ids.join(', ')})`);
  }
  const { triggered, trigger } = triggerOf((workflow.on ?? {}) as Yaml, run);
  if (!triggered) return { triggered, trigger, jobs: [], ...(failing.length ? { failing } : {}) };
  const verdicts = new Map<string, JobVerdict>();
  const pending = [...ids];
  // Jobs in an order where each comes after the jobs it needs (the generated order already is one).
  while (pending.length) {
    const index = pending.findIndex((id) => list(workflow.jobs[id]!.needs).every((need) => verdicts.has(need)));
    if (index === -1) throw new Error(`the jobs ${pending.join(', ')} need each other in a cycle, or a job that does not exist`);
    const [id] = pending.splice(index, 1) as [string];
    const job = workflow.jobs[id]!;
    const needs = list(job.needs);
    const needVerdicts = needs.map((need) => verdicts.get(need)!);
    const upstream = [...ancestorsOf(workflow.jobs, id)].map((ancestor) => verdicts.get(ancestor)!);
    const context = contexts(workflow, run, Object.fromEntries(needVerdicts.map((v) => [v.id, { result: v.result, outputs: {} }])));
    const condition = job.if === undefined ? undefined : String(job.if);
    if (!evaluateJobIf(condition, context, upstream.map((v) => v.result))) {
      // Its own if: false even with every earlier job green is the reason to give (e.g. another branch's deploy).
      const ownIfFalse = condition !== undefined && !evaluateJobIf(condition, context, upstream.map(() => 'success'));
      verdicts.set(id, { id, result: 'skipped', reason: ownIfFalse ? `its if: is false: ${condition}` : skipReason(needVerdicts, upstream) });
      continue;
    }
    const stage = 1 + Math.max(0, ...needVerdicts.filter((v) => v.stage !== undefined).map((v) => v.stage!));
    const refusal = guardRefusal(job, run);
    const why = [condition ? `if: ${condition}` : '', needs.length ? `after ${needs.join(', ')}` : 'needs nothing'].filter(Boolean).join('; ');
    if (refusal) verdicts.set(id, { id, result: 'failure', stage, reason: refusal });
    else if (failing.includes(id)) {
      const after = stepsAfterFailure(job, context);
      verdicts.set(id, { id, result: 'failure', stage, reason: `assumed to fail (--fail)${after.length ? `; its steps that still run after a failed step: ${after.join(', ')}` : ''}` });
    } else verdicts.set(id, { id, result: 'success', stage, reason: why });
  }
  return { triggered, trigger, jobs: [...verdicts.values()], ...(failing.length ? { failing } : {}) };
}

/** Why a job whose if: holds does not run: a job before it did not succeed (GitHub's implicit success()). */
function skipReason(needs: JobVerdict[], upstream: JobVerdict[]): string {
  const blocked = needs.filter((v) => v.result !== 'success');
  if (blocked.length) return `needs ${blocked.map((v) => `${v.id} (${v.result})`).join(', ')}`;
  const earlier = upstream.filter((v) => v.result !== 'success');
  return `an earlier job it depends on did not succeed: ${earlier.map((v) => `${v.id} (${v.result})`).join(', ')} (GitHub's implicit success() looks at every job before it)`;
}

/** The explanation as the CLI prints it: the jobs that run by stage, then each job that does not, and why. */
export function formatExplanation(explanation: Explanation): string {
  if (!explanation.triggered) return `The workflow does not run: ${explanation.trigger}.\n`;
  const running = explanation.jobs.filter((j) => j.stage !== undefined).sort((a, b) => a.stage! - b.stage!);
  const lines = [`On ${explanation.trigger}, these jobs run, in order (a stage starts when the one before it is done):`];
  const failing = explanation.failing ?? [];
  if (failing.length) {
    const notRun = failing.filter((id) => explanation.jobs.find((j) => j.id === id)?.stage === undefined);
    lines.unshift(`Assuming ${failing.join(', ')} fail${failing.length === 1 ? 's' : ''} when run${notRun.length ? ` (${notRun.join(', ')} do${notRun.length === 1 ? 'es' : ''} not run on this event)` : ''}.`);
  }
  for (const job of running) lines.push(`  ${job.stage}. ${job.id}${job.result === 'failure' ? ` — fails: ${job.reason}` : ` — ${job.reason}`}`);
  const skipped = explanation.jobs.filter((j) => j.stage === undefined);
  if (skipped.length) lines.push('These jobs do not run:', ...skipped.map((job) => `  - ${job.id} — ${job.reason}`));
  return `${lines.join('\n')}\n`;
}
