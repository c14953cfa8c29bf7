import { describe, expect, it } from 'vitest';
import { RULES } from './index.js';
import { NATIONAL_CHECKS, isNationalCode, nationalCoverage } from './national.js';

describe('national check catalogue', () => {
  it('has unique, well-formed numbers', () => {
    const codes = NATIONAL_CHECKS.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of codes) expect(c).toMatch(/^\d_\d{2}_\d{3}$/);
  });

  it('knows every number a rule references', () => {
    for (const r of RULES) for (const n of r.national) expect(isNationalCode(n), `${r.code} ${n}`).toBe(true);
  });

  it('lists every number of domain.md §1.5, covered by a rule or with a reason', () => {
    const cov = nationalCoverage(RULES);
    for (const n of ['1_02_006', '2_11_002', '5_14_001', '5_14_020', '5_18_006', '5_16_010']) {
      expect(cov.some((c) => c.code === n), n).toBe(true);
    }
    for (const c of cov) {
      if (c.rules.length === 0) expect(c.reason, c.code).toBeTruthy();
      else expect(c.reason).toBeUndefined();
    }
    expect(cov.find((c) => c.code === '2_11_002')!.rules).toEqual(['QUICK_EXIT']);
    expect(cov.find((c) => c.code === '1_02_009')!.rules).toEqual(expect.arrayContaining(['WRONG_EXIT', 'WATER_UNSAFE']));
  });
});

describe('thresholds of the national rules as configuration', () => {
  it('defaults apply, a partial landAreaMax keeps the other limits, bad values are config errors naming the key', async () => {
    const { parseConfig } = await import('../config/load.js');
    const base = { sources: [{ kind: 'monitor', file: 'a.xlsx' }] };
    const d = parseConfig(base, 'fupin.config.json').rules;
    expect(d).toMatchObject({ tekunAbleAge: [18, 59], workMonthlyIncome: [100, 30000], workMinAge: 16, lowEducationAge: [16, 22], roadDistanceMaxKm: 5 });
    const c = parseConfig({ ...base, rules: { landAreaMax: { farmland: 50 } } }, 'fupin.config.json').rules;
    expect(c.landAreaMax).toEqual({ farmland: 50, forestLand: 200, grainToGreen: 200, orchard: 200, pasture: 100, waterSurface: 100 });
    expect(() => parseConfig({ ...base, rules: { landAreaMax: { farmlnd: 50 } } }, 'fupin.config.json')).toThrow(/landAreaMax/);
    expect(() => parseConfig({ ...base, rules: { workMonthlyIncome: [500, 100] } }, 'fupin.config.json')).toThrow(/workMonthlyIncome/);
  });
});
