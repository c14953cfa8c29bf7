import { describe, expect, it } from 'vitest';
import rule from './sex-mismatch.js';
import { dataset, idOfAgeSex, monitorHousehold, runRule } from './test-helpers.js';

describe('SEX_MISMATCH', () => {
  const man = idOfAgeSex(50, false);
  const woman = idOfAgeSex(48, true);
  const man2 = idOfAgeSex(47, false);

  it('fires when 性别 disagrees with the 17th digit, in words or in codes', () => {
    for (const sex of ['女', '2', '女性']) {
      const { findings } = runRule(rule, dataset(monitorHousehold('HH1', [{ id: man, name: '孙大', f: { sex } }])));
      expect(findings, sex).toHaveLength(1);
      expect(findings[0]).toMatchObject({ rule: 'SEX_MISMATCH', subject: 'person', idNumber: man, householdId: 'HH1', category: '数据质量' });
      expect(findings[0].message).toMatchObject({ id: 'SEX_MISMATCH', data: { person: { idNumber: man }, clauses: [{ type: 'column', idSex: 'M', column: sex }] } });
    }
  });

  it('does not fire when 性别 agrees, is empty, or for a husband and wife', () => {
    const data = dataset(monitorHousehold('HH1', [
      { id: man, name: '孙大', f: { sex: '男' } }, { id: woman, name: '李氏', relation: '配偶', f: { sex: '2' } },
      { id: man2, name: '孙二', relation: '之子' },
    ]));
    expect(runRule(rule, data).findings).toEqual([]);
  });

  it('fires on a spouse of the same sex as the head, with both rows as evidence', () => {
    const data = dataset(monitorHousehold('HH1', [{ id: man, name: '孙大' }, { id: man2, name: '周二', relation: '配偶' }]));
    const { findings } = runRule(rule, data);
    expect(findings).toHaveLength(1);
    expect(findings[0].idNumber).toBe(man2);
    expect(findings[0].message).toMatchObject({ id: 'SEX_MISMATCH', data: { person: { idNumber: man2 }, clauses: [
      { type: 'spouse', idSex: 'M', head: { name: '孙大', idNumber: man } }] } });
    expect(findings[0].evidence).toHaveLength(2);
  });

  it('combines both conditions of one person into one finding', () => {
    const data = dataset(monitorHousehold('HH1', [{ id: man, name: '孙大' }, { id: man2, name: '周二', relation: '妻子', f: { sex: '女' } }]));
    const { findings } = runRule(rule, data);
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toMatchObject({ id: 'SEX_MISMATCH', data: { clauses: [{ type: 'column', column: '女' }, { type: 'spouse' }] } });
  });

  it('reports an unknown 性别 value without firing', () => {
    const { findings, unknowns } = runRule(rule, dataset(monitorHousehold('HH1', [{ id: man, name: '孙大', f: { sex: '未知' } }])));
    expect(findings).toEqual([]);
    expect(unknowns).toMatchObject([{ kind: 'monitor', field: 'sex', value: '未知' }]);
  });
});
