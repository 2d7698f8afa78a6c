import type { Prng } from './prng.js';

export type FaultKind = 'throttle' | 'http500' | 'http503' | 'reset' | 'slow';
const FAULT_KINDS: readonly FaultKind[] = ['throttle', 'http500', 'http503', 'reset', 'slow'];

export interface FaultSpec {
  kind: FaultKind;
  /** Service short name ("ecs", "cloudfront"...); omitted or "*" matches any. */
  service?: string;
  /** Operation name ("DescribeServices"); omitted or "*" matches any. */
  operation?: string;
  /** Fire on the next `count` matching calls, then stop matching. */
  count?: number;
  /** Fire on each matching call with this probability (seeded, so reproducible). Combined with count, count caps it. */
  rate?: number;
  /** For `slow`: real milliseconds to wait before answering normally. */
  delayMs?: number;
  /**
   * For `http500`, `http503` and `reset`: the operation runs first and only its answer is replaced, i.e. a response
   * lost after the service acted (what idempotency tokens and check-before-retry exist for). Default: it never runs.
   */
  afterOperation?: boolean;
}

export interface FaultState extends FaultSpec {
  id: string;
  fired: number;
}

/** What to do to one call: wait first, then possibly replace the answer. */
export interface FaultDecision {
  delayMs: number;
  terminal?: Exclude<FaultKind, 'slow'>;
  /** The terminal fault replaces the answer of an operation that ran. */
  afterOperation?: boolean;
  firedIds: string[];
}

export class FaultInjector {
  private rules: FaultState[] = [];
  private nextId = 1;

  constructor(private readonly rng: Prng) {}

  add(spec: FaultSpec): string {
    validateFault(spec);
    const id = `fault-${this.nextId++}`;
    this.rules.push({ ...spec, id, fired: 0 });
    return id;
  }

  remove(id: string): boolean {
    const before = this.rules.length;
    this.rules = this.rules.filter((rule) => rule.id !== id);
    return this.rules.length !== before;
  }

  clear(): void {
    this.rules = [];
  }

  list(): FaultState[] {
    return this.rules.map((rule) => ({ ...rule }));
  }

  decide(service: string, operation: string): FaultDecision {
    const decision: FaultDecision = { delayMs: 0, firedIds: [] };
    for (const rule of this.rules) {
      if (!matches(rule.service, service) || !matches(rule.operation, operation)) continue;
      if (rule.kind !== 'slow' && decision.terminal) continue;
      if (!this.fires(rule)) continue;
      rule.fired++;
      decision.firedIds.push(rule.id);
      if (rule.kind === 'slow') decision.delayMs += rule.delayMs ?? 0;
      else {
        decision.terminal = rule.kind;
        decision.afterOperation = rule.afterOperation === true;
      }
    }
    return decision;
  }

  private fires(rule: FaultState): boolean {
    if (rule.count !== undefined && rule.fired >= rule.count) return false;
    // Draw only for rate rules so count-only rules never consume randomness.
    if (rule.rate !== undefined) return this.rng.next() < rule.rate;
    return true;
  }
}

function matches(pattern: string | undefined, value: string): boolean {
  return pattern === undefined || pattern === '*' || pattern === value;
}

export function validateFault(spec: FaultSpec): void {
  if (!FAULT_KINDS.includes(spec.kind)) {
    throw new TypeError(`fault kind must be one of ${FAULT_KINDS.join(', ')}; got ${JSON.stringify(spec.kind)}`);
  }
  if (spec.count !== undefined && !(Number.isInteger(spec.count) && spec.count > 0)) {
    throw new TypeError(`fault count must be a positive integer; got ${spec.count}`);
  }
  if (spec.rate !== undefined && !(spec.rate >= 0 && spec.rate <= 1)) {
    throw new TypeError(`fault rate must be between 0 and 1; got ${spec.rate}`);
  }
  if (spec.afterOperation && !['http500', 'http503', 'reset'].includes(spec.kind)) {
    throw new TypeError(`afterOperation applies to http500, http503 and reset (a service that throttles does not act); got ${spec.kind}`);
  }
  if (spec.kind === 'slow' && !(typeof spec.delayMs === 'number' && spec.delayMs >= 0)) {
    throw new TypeError('a slow fault needs delayMs >= 0');
  }
}
