import { describe, expect, it } from 'vitest';
import { classify, monthsBetween, type StoredFinding, type StoredVerification } from './history.js';
import type { Finding } from '../model/types.js';

function f(rule: string, fp: string, ev = 'e1'): Finding {
  return { rule, category: 'c', subject: 'household', householdId: 'h', headIdNumber: null, headName: null, idNumber: null, name: null,
    township: 'T', village: 'V', members: [], memberNames: [], description: 'd', basis: 'b', leadDept: 'l', evidence: [], fingerprint: fp, evidenceHash: ev };
}
function stored(x: Finding, status = 'new', firstPeriod = '2026-09'): StoredFinding {
  return { fingerprint: x.fingerprint, rule: x.rule, status, evidenceHash: x.evidenceHash, firstPeriod, finding: x };
}

describe('classify', () => {
  it('marks new, persisting and resolved', () => {
    const prev = [stored(f('A', '1')), stored(f('A', '2'))];
    const c = classify([f('A', '2'), f('A', '3')], prev, new Map(), new Set(['A']), '2026-10');
    expect(c.listed.map((x) => [x.fingerprint, x.status])).toEqual([['2', 'persisting'], ['3', 'new']]);
    expect(c.listed[0].firstPeriod).toBe('2026-09');
    expect(c.resolved.map((x) => x.fingerprint)).toEqual(['1']);
  });

  it('never counts a finding of a skipped rule as resolved', () => {
    const c = classify([], [stored(f('EDU', '9'))], new Map(), new Set(['A']), '2026-10');
    expect(c.resolved).toEqual([]);
    expect(c.notEvaluated.map((x) => [x.fingerprint, x.status])).toEqual([['9', 'not_evaluated']]);
  });

  it('keeps a 不属实 finding off the list while its evidence is unchanged, and brings it back when it changes', () => {
    const v = new Map<string, StoredVerification>([['1', { fingerprint: '1', period: '2026-09', result: '不属实', note: '', measure: '', deadline: '', responsible: '', evidenceHash: 'e1' }]]);
    const same = classify([f('A', '1', 'e1')], [stored(f('A', '1'))], v, new Set(['A']), '2026-10');
    expect(same.listed).toEqual([]);
    expect(same.falsePositives.map((x) => x.status)).toEqual(['false_positive']);
    const changed = classify([f('A', '1', 'e2')], [stored(f('A', '1'))], v, new Set(['A']), '2026-10');
    expect(changed.listed.map((x) => x.status)).toEqual(['persisting']);
    expect(changed.falsePositives).toEqual([]);
  });

  it('counts months', () => {
    expect(monthsBetween('2025-11', '2026-02')).toBe(3);
  });
});
