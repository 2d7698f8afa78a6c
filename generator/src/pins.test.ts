import { describe, expect, it } from '@jest/globals';
import { ACTION_PINS, KNOWN_BAD, pinFor, TOOL_PINS } from './pins.js';

describe('the pin manifest', () => {
  it('pins every action to a full 40-hex commit SHA with a vX.Y.Z version and a source', () => {
    for (const [action, pin] of Object.entries(ACTION_PINS)) {
      expect([action, pin.sha]).toEqual([action, expect.stringMatching(/^[0-9a-f]{40}$/)]);
      expect([action, pin.version]).toEqual([action, expect.stringMatching(/^v?\d+\.\d+\.\d+$/)]);
      expect(pin.source.length).toBeGreaterThan(10);
    }
  });

  it('uses node24 (or composite) actions only', () => {
    for (const pin of Object.values(ACTION_PINS)) expect(['node24', 'composite']).toContain(pin.runsUsing);
  });

  it('names no trivy-action release rewritten on 2026-03-19 and no malicious Trivy binary', () => {
    const trivyAction = ACTION_PINS['aquasecurity/trivy-action']!;
    const [major, minor] = trivyAction.version.slice(1).split('.').map(Number) as [number, number];
    expect(major > 0 || minor >= 35).toBe(true);
    expect(KNOWN_BAD.trivy).not.toContain(TOOL_PINS.trivy.version);
    expect(TOOL_PINS.trivy.version).toMatch(/^v\d+\.\d+\.\d+$/);
  });

  it('pins the gitleaks archive by version and SHA-256', () => {
    expect(TOOL_PINS.gitleaks.version).toMatch(/^8\.\d+\.\d+$/);
    expect(TOOL_PINS.gitleaks.asset).toBe(`gitleaks_${TOOL_PINS.gitleaks.version}_linux_x64.tar.gz`);
    expect(TOOL_PINS.gitleaks.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('an action missing from the manifest is an error, not an unpinned reference', () => {
    expect(() => pinFor('someone/unpinned-action')).toThrow('No pin for someone/unpinned-action in the manifest (generator/src/pins.ts)');
  });
});
