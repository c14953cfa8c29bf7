import { describe, expect, it } from 'vitest';
import rule from './income-below-line.js';
import wrongExit from './wrong-exit.js';
import { dataset, idOfAge, monitorHousehold, runRule } from './test-helpers.js';

describe('INCOME_BELOW_LINE', () => {
  const head = idOfAge(50);
  const hh = (f: Record<string, string>) => dataset(monitorHousehold('HH1', [{ id: head, name: '朱大' }], { f }));

  it('fires for a 一般户 not under monitoring one yuan below the line, not at it', () => {
    const f = runRule(rule, hh({ householdType: '一般农户', perCapitaIncome: '6699' })).findings;
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'INCOME_BELOW_LINE', category: '漏评', householdId: 'HH1' });
    expect(f[0].message).toMatchObject({ id: 'INCOME_BELOW_LINE', data: {
      householdType: '一般农户', income: 6699, line: { yuan: 6700, from: 'single' }, at: { kind: 'monitor', file: 'monitor.xlsx' } } });
    expect(runRule(rule, hh({ householdType: '一般户', perCapitaIncome: '6700' })).findings).toEqual([]);
    expect(runRule(rule, hh({ householdType: '一般户', perCapitaIncome: '8000' }), { incomeThreshold: 8800 }).findings).toHaveLength(1);
  });

  it('leaves 脱贫户, monitored and eliminated households to other rules (no double firing with WRONG_EXIT)', () => {
    const cases: Record<string, string>[] = [
      { householdType: '脱贫户', perCapitaIncome: '3000' },
      { householdType: '一般户', monitorType: '边缘易致贫户', perCapitaIncome: '3000' },
      { householdType: '一般户', riskEliminated: '是', perCapitaIncome: '3000' },
      { householdType: '一般户', riskEliminated: '否', perCapitaIncome: '3000' },
      { householdType: '一般户', monitorType: '否', riskEliminated: '是', perCapitaIncome: '3000' },
    ];
    for (const f of cases) {
      const mine = runRule(rule, hh(f)).findings.length;
      const theirs = runRule(wrongExit, hh(f)).findings.length;
      expect(mine, JSON.stringify(f)).toBe(0);
      expect(mine + theirs, JSON.stringify(f)).toBeLessThanOrEqual(1);
    }
    expect(runRule(wrongExit, hh({ householdType: '一般户', perCapitaIncome: '3000' })).findings).toEqual([]);
  });

  it('does not fire without an income and reports unknown values', () => {
    expect(runRule(rule, hh({ householdType: '一般户' })).findings).toEqual([]);
    const { findings, unknowns } = runRule(rule, hh({ householdType: '一般户', perCapitaIncome: '很低' }));
    expect(findings).toEqual([]);
    expect(unknowns).toMatchObject([{ field: 'perCapitaIncome', value: '很低' }]);
  });
});
