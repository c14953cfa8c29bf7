import { describe, expect, it } from 'vitest';
import rule from './age-field-mismatch.js';
import { birthdayAtAge, dataset, dayBeforeTurning, idOfAge, makeId, monitorHousehold, rec, runRule } from './test-helpers.js';

describe('AGE_FIELD_MISMATCH', () => {
  const head = idOfAge(45);
  const one = (id: string, f: Record<string, string>, extra: ReturnType<typeof rec>[] = []) =>
    dataset([...monitorHousehold('HH1', [{ id: head, name: '王大' }, { id, name: '王某', f }]), ...extra]);
  const fire = (id: string, f: Record<string, string>) => runRule(rule, one(id, f)).findings.filter((x) => x.idNumber === id);

  it('fires for a 6-year-old 本科 student and a 40-year-old 七年级 student', () => {
    const six = idOfAge(6);
    const f = fire(six, { studentStatus: '本科一年级' });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'AGE_FIELD_MISMATCH', subject: 'person', category: '数据质量' });
    expect(f[0].message).toMatchObject({ id: 'AGE_FIELD_MISMATCH', data: { age: 6, clauses: [{ type: 'stage', stage: '本科一年级', band: [16, 40] }] } });
    expect(fire(idOfAge(40), { studentStatus: '七年级' })[0].message).toMatchObject({ data: { age: 40, clauses: [{ type: 'stage', band: [10, 18] }] } });
  });

  it('accepts ages at both ends of a band, and fires just outside', () => {
    expect(fire(makeId(birthdayAtAge(10)), { studentStatus: '七年级' })).toEqual([]);
    expect(fire(makeId(dayBeforeTurning(18)), { studentStatus: '七年级' })).toEqual([]);
    expect(fire(makeId(dayBeforeTurning(9)), { studentStatus: '七年级' })).toHaveLength(1);
    expect(fire(makeId(birthdayAtAge(19)), { studentStatus: '七年级' })).toHaveLength(1);
    expect(fire(makeId(birthdayAtAge(20)), { studentStatus: '硕士研究生及以上' })).toEqual([]);
    expect(fire(makeId(dayBeforeTurning(19)), { studentStatus: '硕士研究生及以上' })).toHaveLength(1);
    expect(fire(idOfAge(7), { studentStatus: '学龄前儿童' })).toEqual([]);
    expect(fire(idOfAge(8), { studentStatus: '学龄前儿童' })).toHaveLength(1);
  });

  it('fires for a 文化程度 above what the age allows', () => {
    expect(fire(idOfAge(10), { educationLevel: '本科及以上' })[0].message).toMatchObject({ id: 'AGE_FIELD_MISMATCH', data: { clauses: [{ type: 'education', level: '本科及以上', minAge: 18 }] } });
    expect(fire(makeId(birthdayAtAge(18)), { educationLevel: '本科及以上' })).toEqual([]);
    expect(fire(idOfAge(70), { educationLevel: '小学' })).toEqual([]);
  });

  it('fires for a student recorded with labour, not for 无劳动力 or 丧失劳动力', () => {
    const kid = idOfAge(12);
    expect(fire(kid, { studentStatus: '七年级', laborSkill: '普通劳动力' })[0].message).toMatchObject({ data: { clauses: [{ type: 'studentLabor', stage: '七年级', labor: '普通劳动力' }] } });
    expect(fire(kid, { studentStatus: '七年级', laborSkill: '无劳动力' })).toEqual([]);
    expect(fire(kid, { studentStatus: '七年级', laborSkill: '丧失劳动力' })).toEqual([]);
    expect(fire(kid, { studentStatus: '非在校生', laborSkill: '普通劳动力' })).toEqual([]);
  });

  it('fires for a healthy non-student of labour age recorded without labour, within laborAge inclusively', () => {
    const f = { health: '健康', laborSkill: '无劳动力', studentStatus: '非在校生' };
    expect(fire(idOfAge(35), f)[0].message).toMatchObject({ data: { age: 35, clauses: [{ type: 'healthyNoLabor', labor: '无劳动力' }] } });
    expect(fire(idOfAge(35), { ...f, laborSkill: '丧失劳动力' })).toHaveLength(1);
    expect(fire(makeId(birthdayAtAge(16)), f)).toHaveLength(1);
    expect(fire(makeId(dayBeforeTurning(60)), f)).toHaveLength(1);
    expect(fire(makeId(birthdayAtAge(61)), f)).toEqual([]);
    expect(fire(makeId(dayBeforeTurning(15)), f)).toEqual([]);
    expect(fire(idOfAge(35), { ...f, health: '健康,长期慢性病' })).toEqual([]);
    expect(fire(idOfAge(35), { ...f, laborSkill: '普通劳动力' })).toEqual([]);
    expect(fire(idOfAge(35), { ...f, studentStatus: '本科二年级' })).toEqual([]);
    // laborAge comes from the parameters.
    const d = one(idOfAge(58), f);
    expect(runRule(rule, d, { laborAge: [16, 55] }).findings).toEqual([]);
  });

  it('does not count someone in the student roster as a non-student', () => {
    const young = idOfAge(19);
    const f = { health: '健康', laborSkill: '无劳动力' };
    expect(runRule(rule, one(young, f)).findings).toHaveLength(1);
    expect(runRule(rule, one(young, f, [rec('student', young, { f: { enrolStatus: '在读' } })])).findings).toEqual([]);
  });

  it('reports unknown values without firing', () => {
    const { findings, unknowns } = runRule(rule, one(idOfAge(30), { studentStatus: '不详', educationLevel: '私塾', laborSkill: '一般' }));
    expect(findings).toEqual([]);
    expect(unknowns.map((u) => [u.field, u.value])).toEqual([['studentStatus', '不详'], ['educationLevel', '私塾'], ['laborSkill', '一般']]);
  });
});
