import { describe, expect, it } from 'vitest';
import rule from './measure-mismatch.js';
import { dataset, idOfAge, monitorHousehold, rec, runRule } from './test-helpers.js';

describe('MEASURE_MISMATCH', () => {
  const a = idOfAge(50);
  const b = idOfAge(20);
  const other = idOfAge(60);
  // A second household with a 综合保障 value, so the column exists.
  const witness = () => monitorHousehold('HH9', [{ id: other, name: '他人' }], { f: { comprehensiveAid: '临时救助' } });
  const run = (f: Record<string, string>, members: Record<string, string>[] = [{}, {}], extra: ReturnType<typeof rec>[] = [], present: ('disability')[] = []) =>
    runRule(rule, dataset([...monitorHousehold('HH1', [{ id: a, name: '郑大', f: members[0] }, { id: b, name: '郑小', f: members[1] }], { f }), ...witness(), ...extra],
      { present })).findings.filter((x) => x.householdId === 'HH1');

  it('a member on 低保 / 特困 not listed in 综合保障 is 5_16_003 / 5_16_004', () => {
    const f = run({ comprehensiveAid: '临时救助' }, [{ enjoysDibao: '农村低保' }, { enjoysTekun: '是' }]);
    expect(f).toHaveLength(1);
    expect(f[0].national).toEqual(['5_16_003', '5_16_004']);
    expect(f[0].members).toEqual([a, b]);
    expect(f[0].message).toMatchObject({ id: 'MEASURE_MISMATCH', data: { aid: '临时救助', clauses: [
      { type: 'unlisted', policy: 'dibao', on: [{ person: { name: '郑大', idNumber: a } }] }, { type: 'unlisted', policy: 'tekun', on: [{ person: { idNumber: b } }] }] } });
    expect(run({ comprehensiveAid: '低保、特困供养' }, [{ enjoysDibao: '是' }, { enjoysTekun: '是' }])).toEqual([]);
    expect(run({}, [{ enjoysDibao: '是' }, {}])[0].message).toMatchObject({ id: 'MEASURE_MISMATCH', data: { aid: null, aidAt: null } });
  });

  it('综合保障 listing 低保 / 特困 that nobody receives is 5_16_005 / 5_16_006', () => {
    expect(run({ comprehensiveAid: '低保' }, [{ enjoysDibao: '未享受' }, { enjoysDibao: '否' }])[0].national).toEqual(['5_16_005']);
    expect(run({ comprehensiveAid: '特困供养' }, [{}, {}])[0].national).toEqual(['5_16_006']);
  });

  it('a level 1–2 disabled member (残联) without 残疾人补贴 is 5_16_008; level 3 or a listed 补贴 is not', () => {
    const dis = (level: string) => [rec('disability', b, { f: { disabilityLevel: level, disabilityType: '肢体' } })];
    expect(run({ comprehensiveAid: '临时救助' }, [{}, {}], dis('二级'), ['disability'])[0].national).toEqual(['5_16_008']);
    expect(run({ comprehensiveAid: '临时救助' }, [{}, {}], dis('三级'), ['disability'])).toEqual([]);
    expect(run({ comprehensiveAid: '残疾人两项补贴' }, [{}, {}], dis('一级'), ['disability'])).toEqual([]);
  });

  it('is not checked when no household has a 综合保障 value', () => {
    const data = dataset(monitorHousehold('HH1', [{ id: a, name: '郑大', f: { enjoysDibao: '是' } }]));
    expect(runRule(rule, data).findings).toEqual([]);
  });
});
