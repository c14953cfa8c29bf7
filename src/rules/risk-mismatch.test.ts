import { describe, expect, it } from 'vitest';
import rule from './risk-mismatch.js';
import { dataset, idOfAge, monitorHousehold, rec, runRule } from './test-helpers.js';

describe('RISK_MISMATCH', () => {
  const old = idOfAge(70);
  const young = idOfAge(35);
  const hh = (members: { id: string; f?: Record<string, string> }[], f: Record<string, string>, extra: ReturnType<typeof rec>[] = []) =>
    runRule(rule, dataset([...monitorHousehold('HH1', members.map((m, i) => ({ id: m.id, name: `成员${i}`, f: m.f })), { f }), ...extra])).findings;

  it('因务工就业不稳 with nobody able to work and no work record names 5_15_013 and 5_15_014', () => {
    const f = hh([{ id: old, f: { laborSkill: '无劳动力' } }], { risk1: '因务工就业不稳' });
    expect(f).toHaveLength(1);
    expect(f[0].national).toEqual(['5_15_013', '5_15_014']);
    expect(f[0].message).toMatchObject({ id: 'RISK_MISMATCH', data: { clauses: [{ type: 'workNoLabor' }, { type: 'workNoRecord' }] } });
  });

  it('因务工就业不稳 with labour but no work record is 5_15_014 only; a 务工 month, place or 人社 record clears it', () => {
    const members = [{ id: young, f: { laborSkill: '普通劳动力' } }];
    expect(hh(members, { risk2: '因务工就业不稳' })[0].national).toEqual(['5_15_014']);
    expect(hh([{ id: young, f: { laborSkill: '普通劳动力', workMonths: '3' } }], { risk2: '因务工就业不稳' })).toEqual([]);
    expect(hh([{ id: young, f: { laborSkill: '普通劳动力', workPlace: '广东省' } }], { risk2: '因务工就业不稳' })).toEqual([]);
    expect(hh(members, { risk2: '因务工就业不稳' }, [rec('employment', young)])).toEqual([]);
    expect(hh([{ id: young, f: { laborSkill: '普通劳动力', workMonths: '0' } }], { risk2: '因务工就业不稳' })).toHaveLength(1);
  });

  it('因病 without an ill member (5_15_015) or with 合规自付支出 0 (5_15_020); an empty amount is not 0', () => {
    expect(hh([{ id: young, f: { health: '健康' } }], { risk1: '因病', compliantSelfPay: '3000' })[0].national).toEqual(['5_15_015']);
    expect(hh([{ id: young, f: { health: '长期慢性病' } }], { risk1: '因病', compliantSelfPay: '0' })[0].national).toEqual(['5_15_020']);
    expect(hh([{ id: young, f: { health: '残疾,患有大病' } }], { risk1: '因病', compliantSelfPay: '0.00' })[0].national).toEqual(['5_15_020']);
    expect(hh([{ id: young, f: { health: '长期慢性病' } }], { risk1: '因病' })).toEqual([]);
    expect(hh([{ id: young, f: { health: '长期慢性病' } }], { risk1: '因病', compliantSelfPay: '1' })).toEqual([]);
  });

  it('因安全饮水 without a water measure is 5_18_006 when the column exists; other risks are not checked', () => {
    const data = dataset([
      ...monitorHousehold('HH1', [{ id: young, name: '甲' }], { f: { risk1: '因安全饮水' } }),
      ...monitorHousehold('HH2', [{ id: old, name: '乙' }], { f: { risk1: '因安全饮水', waterAid: '集中供水工程' } }),
    ]);
    const f = runRule(rule, data).findings;
    expect(f.map((x) => [x.householdId, x.national])).toEqual([['HH1', ['5_18_006']]]);
    expect(hh([{ id: young }], { risk1: '因安全饮水' })).toEqual([]); // no such column anywhere
    expect(hh([{ id: young, f: { laborSkill: '无劳动力' } }], { risk1: '因灾' })).toEqual([]);
  });
});
