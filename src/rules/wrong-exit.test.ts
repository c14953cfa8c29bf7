import { describe, expect, it } from 'vitest';
import rule from './wrong-exit.js';
import { dataset, idOfAge, makeId, monitorHousehold, rec, runRule } from './test-helpers.js';

describe('WRONG_EXIT', () => {
  const head = makeId('19700101');
  const kid = idOfAge(10);
  const exited = (income: string, extra: Record<string, string> = {}) =>
    monitorHousehold('HH1', [{ id: head, name: '陈大' }, { id: kid, name: '陈小' }],
      { f: { householdType: '脱贫户', monitorType: '', riskEliminated: '', perCapitaIncome: income, ...extra } });

  it('fires for an exited household one yuan below the income line, not exactly at it', () => {
    const below = runRule(rule, dataset(exited('6699'))).findings;
    expect(below).toHaveLength(1);
    expect(below[0]).toMatchObject({ rule: 'WRONG_EXIT', householdId: 'HH1', headIdNumber: head, category: '错退 / 风险消除不实', members: [], idNumber: null });
    expect(below[0].message).toEqual({ id: 'WRONG_EXIT', data: {
      exited: true, riskEliminated: false, unchecked: ['student', 'medical', 'housing'],
      clauses: [{ type: 'income', income: 6699, line: { yuan: 6700, year: 2025, from: 'single' }, at: { kind: 'monitor', file: 'monitor.xlsx', row: 2 } }],
    } });
    expect(runRule(rule, dataset(exited('6700'))).findings).toEqual([]);
    expect(runRule(rule, dataset(exited('6,700.00元'))).findings).toEqual([]);
  });

  it('fires for an exited household without safe drinking water, not for one with it', () => {
    const noWater = runRule(rule, dataset(exited('9000', { waterSafe: '否' }))).findings;
    expect(noWater).toHaveLength(1);
    expect(noWater[0].message).toMatchObject({ id: 'WRONG_EXIT', data: { clauses: [{ type: 'water', value: '否' }] } });
    expect(runRule(rule, dataset(exited('9000', { waterSafe: '是' }))).findings).toEqual([]);
  });

  it('does not fire for a 脱贫户 still under monitoring whose risk is not eliminated', () => {
    const data = dataset(exited('3000', { monitorType: '脱贫不稳定户', riskEliminated: '否' }));
    expect(runRule(rule, data).findings).toEqual([]);
    expect(runRule(rule, dataset(exited('3000', { monitorType: '', riskEliminated: '否' }))).findings).toEqual([]);
    expect(runRule(rule, dataset(exited('3000', { householdType: '脱贫不稳定户' }))).findings).toEqual([]);
  });

  it('fires for a monitored household whose risk is marked eliminated', () => {
    const data = dataset(exited('3000', { householdType: '一般户', monitorType: '边缘易致贫户', riskEliminated: '是' }));
    const { findings } = runRule(rule, data);
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toMatchObject({ id: 'WRONG_EXIT', data: { exited: false, riskEliminated: true } });
  });

  it('uses EDU_DROPOUT, MED_UNINSURED and HOUSING_UNSAFE conditions when their rosters are present', () => {
    const base = exited('9000');
    expect(runRule(rule, dataset(base)).findings).toEqual([]);
    const edu = runRule(rule, dataset(base, { present: ['student'] })).findings;
    expect(edu).toHaveLength(1);
    expect(edu[0].members).toEqual([kid]);
    expect(edu[0].message).toMatchObject({ id: 'WRONG_EXIT', data: {
      clauses: [{ type: 'eduNone', member: { name: '陈小', idNumber: kid }, age: 10 }], unchecked: ['medical', 'housing'] } });
    expect(edu[0].basis).toBe('防止返贫致贫监测名单 × 教育学籍名单');

    const med = runRule(rule, dataset([...base, rec('medical', head, { f: { insuredStatus: '参保' } })])).findings;
    expect(med).toHaveLength(1);
    expect(med[0].members).toEqual([kid]);

    const housing = runRule(rule, dataset([...base, rec('housing', head, { f: { grade: 'D', renovation: '未开工' } })])).findings;
    expect(housing).toHaveLength(1);
    expect(housing[0].members).toEqual([head]);
    expect(housing[0].message).toMatchObject({ id: 'WRONG_EXIT', data: { clauses: [{ type: 'housing', member: { idNumber: head }, houses: [{ grade: 'D', renovation: '未开工' }] }] } });
  });

  it('does not use the condition of a disabled rule', () => {
    const data = dataset(exited('9000'), { present: ['student'] });
    expect(runRule(rule, data, { disabled: ['EDU_DROPOUT'] }).findings).toEqual([]);
  });

  it('does not count a deceased child', () => {
    const data = dataset([...exited('9000'), rec('deceased', kid, {})], { present: ['student'] });
    expect(runRule(rule, data).findings).toEqual([]);
  });

  it('reports unknown household types and incomes without firing on them', () => {
    const { findings, unknowns } = runRule(rule, dataset(exited('六千', { householdType: '城镇户' })));
    expect(findings).toEqual([]);
    expect(unknowns.map((u) => [u.field, u.value])).toEqual([['householdType', '城镇户']]);
    const income = runRule(rule, dataset(exited('六千')));
    expect(income.findings).toEqual([]);
    expect(income.unknowns.map((u) => [u.field, u.value])).toEqual([['perCapitaIncome', '六千']]);
  });
});
