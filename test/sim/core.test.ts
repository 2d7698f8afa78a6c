import { describe, expect, it } from '@jest/globals';
import { SimClock } from './core/clock.js';
import { createPrng } from './core/prng.js';
import { node, parseXml, renderXml } from './protocols/xml.js';

describe('SimClock', () => {
  it('runs at its speed, re-anchors on speed changes and adds manual advances', () => {
    let real = 1_000;
    const clock = new SimClock({ startTime: 50_000, speed: 2, realNow: () => real });
    real += 100;
    expect(clock.now()).toBe(50_200);
    clock.setSpeed(0);
    real += 1_000;
    expect(clock.now()).toBe(50_200);
    expect(clock.advance(5_000)).toBe(55_200);
    clock.setSpeed(10);
    real += 10;
    expect(clock.now()).toBe(55_300);
    expect(() => clock.advance(-1)).toThrow(RangeError);
    expect(() => clock.setSpeed(-1)).toThrow(RangeError);
  });
});

describe('PRNG', () => {
  it('is reproducible per seed', () => {
    const a = createPrng(42);
    const b = createPrng(42);
    const c = createPrng(43);
    const draw = (p: typeof a): string => `${p.hex(8)}/${p.digits(19)}/${p.uuid()}`;
    const first = draw(a);
    expect(draw(b)).toBe(first);
    expect(draw(c)).not.toBe(first);
    expect(first).toMatch(/^[0-9a-f]{8}\/[1-9]\d{18}\/[0-9a-f-]{36}$/);
  });
});

describe('XML', () => {
  it('round-trips what it renders, decoding entities and ignoring namespaces', () => {
    const xml = renderXml(node('Batch', [node('Path', '/a&b<c>'), node('Quantity', 1), node('Empty', [])]), 'urn:x');
    const root = parseXml(xml);
    expect(root.name).toBe('Batch');
    expect(root.children.map((c) => [c.name, c.text])).toEqual([['Path', '/a&b<c>'], ['Quantity', '1'], ['Empty', '']]);
    expect(parseXml('<?xml version="1.0"?>\n<a:Root xmlns:a="u"><a:B>x</a:B><C/></a:Root>').children.map((c) => c.name)).toEqual(['B', 'C']);
  });

  it('rejects malformed documents', () => {
    expect(() => parseXml('<a><b></a>')).toThrow(/mismatched/);
    expect(() => parseXml('<a>')).toThrow(/not closed/);
    expect(() => parseXml('<a/><b/>')).toThrow(/after the root/);
  });
});
