import { describe, expect, it } from 'vitest';
import rule from './zero-employment.js';
import { birthdayAtAge, dataset, dayBeforeTurning, idOfAge, makeId, monitorHousehold, rec, runRule } from './test-helpers.js';
import type { MemberSpec } from './test-helpers.js';

describe('ZERO_EMPLOYMENT', () => {
  const adult = idOfAge(40);
  const old = idOfAge(70);
  const hh = (...extra: MemberSpec[]) => monitorHousehold('HH1', [
    { id: old, name: '卫老', f: { laborSkill: '无劳动力' } }, ...extra,
  ]);

  it('fires for a household with a working-age, able member and nobody employed', () => {
    const { findings } = runRule(rule, dataset(hh({ id: adult, name: '卫大', f: { laborSkill: '普通劳动力' } }), { present: ['employment'] }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ members: [adult], memberNames: ['卫大'], leadDept: '人社局', category: '零就业家庭' });
    expect(findings[0].message).toEqual({ id: 'ZERO_EMPLOYMENT', data: { members: 2, labor: [{ person: { name: '卫大', idNumber: adult }, age: 40 }] } });
  });

  it('does not fire when any member is employed', () => {
    const data = dataset([...hh({ id: adult, name: '卫大' }), rec('employment', old, { f: { employer: '某厂' } })]);
    expect(runRule(rule, data).findings).toEqual([]);
  });

  it('respects the labour age bounds inclusively', () => {
    const at16 = makeId(birthdayAtAge(16));
    const at60 = makeId(dayBeforeTurning(60));
    const at61 = makeId(birthdayAtAge(61));
    const at15 = makeId(dayBeforeTurning(15));
    expect(runRule(rule, dataset(hh({ id: at16, name: 'a' }), { present: ['employment'] })).findings).toHaveLength(1);
    expect(runRule(rule, dataset(hh({ id: at60, name: 'b' }), { present: ['employment'] })).findings).toHaveLength(1);
    expect(runRule(rule, dataset(hh({ id: at61, name: 'c' }, { id: at15, name: 'd' }), { present: ['employment'] })).findings).toEqual([]);
  });

  it('does not count students, severely disabled, incapable or deceased members', () => {
    const cases = [
      dataset(hh({ id: adult, name: '卫大', f: { studentStatus: '本科三年级' } }), { present: ['employment'] }),
      dataset([...hh({ id: adult, name: '卫大' }), rec('student', adult, { f: { enrolStatus: '在读' } })], { present: ['employment'] }),
      dataset([...hh({ id: adult, name: '卫大' }), rec('disability', adult, { f: { disabilityLevel: '二级' } })], { present: ['employment'] }),
      dataset(hh({ id: adult, name: '卫大', f: { health: '残疾(一级)' } }), { present: ['employment'] }),
      dataset(hh({ id: adult, name: '卫大', f: { laborSkill: '丧失劳动力' } }), { present: ['employment'] }),
      dataset([...hh({ id: adult, name: '卫大' }), rec('deceased', adult, {})], { present: ['employment'] }),
    ];
    for (const d of cases) expect(runRule(rule, d).findings).toEqual([]);
  });

  it('counts a member with level-3 disability or a non-student status', () => {
    const d1 = dataset([...hh({ id: adult, name: '卫大' }), rec('disability', adult, { f: { disabilityLevel: '三级' } })], { present: ['employment'] });
    expect(runRule(rule, d1).findings).toHaveLength(1);
    const d2 = dataset(hh({ id: adult, name: '卫大', f: { studentStatus: '非在校生' } }), { present: ['employment'] });
    expect(runRule(rule, d2).findings).toHaveLength(1);
  });

  it('reports an unknown student status and does not guess', () => {
    const { findings, unknowns } = runRule(rule, dataset(hh({ id: adult, name: '卫大', f: { studentStatus: '不详' } }), { present: ['employment'] }));
    expect(findings).toEqual([]);
    expect(unknowns).toMatchObject([{ kind: 'monitor', field: 'studentStatus', value: '不详' }]);
  });
});
