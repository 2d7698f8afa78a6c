/** Seeded PRNG (mulberry32): ids and rate-based faults are reproducible for a given seed. */
export interface Prng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [0, maxExclusive). */
  int(maxExclusive: number): number;
  hex(length: number): string;
  digits(length: number): string;
  uuid(): string;
}

export function createPrng(seed: number): Prng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (maxExclusive: number): number => Math.floor(next() * maxExclusive);
  const fromAlphabet = (alphabet: string, length: number): string => {
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet[int(alphabet.length)];
    return out;
  };
  const hex = (length: number): string => fromAlphabet('0123456789abcdef', length);
  return {
    next,
    int,
    hex,
    digits: (length) => fromAlphabet('123456789', 1) + fromAlphabet('0123456789', length - 1),
    uuid: () => `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[int(4)]}${hex(3)}-${hex(12)}`,
  };
}

/** Independent stream per purpose, so e.g. adding a rate fault does not shift generated ids. */
export function forkPrng(seed: number, label: string): Prng {
  let h = 2166136261 ^ seed;
  for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 16777619);
  return createPrng(h >>> 0);
}
