import { describe, expect, it } from 'vitest';
import rule from './water-unsafe.js';
import { dataset, idOfAge, monitorHousehold, runRule } from './test-helpers.js';

describe('WATER_UNSAFE', () => {
  const head = idOfAge(50);
  const hh = (f: Record<string, string>) => dataset(monitorHousehold('HH1', [{ id: head, name: '杨大' }], { f }));

  it('fires for a 脱贫户 or a monitored household whose water is not safe', () => {
    const f = runRule(rule, hh({ householdType: '脱贫户', waterSafe: '否' })).findings;
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'WATER_UNSAFE', category: '饮水安全', leadDept: '乡村振兴局', householdId: 'HH1', members: [] });
    expect(f[0].message).toMatchObject({ id: 'WATER_UNSAFE', data: { household: 'exited', value: '否', at: { kind: 'monitor', file: 'monitor.xlsx' } } });
    expect(runRule(rule, hh({ householdType: '一般户', monitorType: '突发严重困难户', waterSafe: '未解决' })).findings[0].message)
      .toMatchObject({ id: 'WATER_UNSAFE', data: { household: 'monitored', value: '未解决' } });
  });

  it('does not fire for safe or empty water, or for a 一般户 not monitored', () => {
    expect(runRule(rule, hh({ householdType: '脱贫户', waterSafe: '是' })).findings).toEqual([]);
    expect(runRule(rule, hh({ householdType: '脱贫户' })).findings).toEqual([]);
    expect(runRule(rule, hh({ householdType: '一般户', waterSafe: '否' })).findings).toEqual([]);
    // A former monitored household whose category was cleared but whose risk field remains.
    expect(runRule(rule, hh({ householdType: '一般户', riskEliminated: '是', waterSafe: '否' })).findings).toHaveLength(1);
  });

  it('reports unknown values without firing', () => {
    const { findings, unknowns } = runRule(rule, hh({ householdType: '脱贫户', waterSafe: '部分' }));
    expect(findings).toEqual([]);
    expect(unknowns).toMatchObject([{ field: 'waterSafe', value: '部分' }]);
  });
});
