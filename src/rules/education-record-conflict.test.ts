import { describe, expect, it } from 'vitest';
import rule from './education-record-conflict.js';
import { birthdayAtAge, dataset, dayBeforeTurning, idOfAge, makeId, monitorHousehold, runRule } from './test-helpers.js';

describe('EDUCATION_RECORD_CONFLICT', () => {
  const head = idOfAge(50);
  const one = (id: string, f: Record<string, string>, over = {}) =>
    runRule(rule, dataset(monitorHousehold('HH1', [{ id: head, name: '陈大', f: { educationLevel: '初中' } }, { id, name: '陈某', f }])), over)
      .findings.filter((x) => x.idNumber === id);

  it('a student with a 文化程度 is 3_01_003; 学龄前儿童 or 非在校生 with one is not', () => {
    const f = one(idOfAge(16), { studentStatus: '普通高中二年级', educationLevel: '初中' });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'EDUCATION_RECORD_CONFLICT', national: ['3_01_003'] });
    expect(f[0].message).toMatchObject({ id: 'EDUCATION_RECORD_CONFLICT', data: { conflict: { type: 'inSchool', stage: '普通高中二年级', level: '初中' } } });
    expect(one(idOfAge(30), { studentStatus: '非在校生', educationLevel: '高中' })).toEqual([]);
    expect(one(idOfAge(5), { studentStatus: '学龄前儿童', educationLevel: '文盲或半文盲' })).toEqual([]);
    expect(one(idOfAge(16), { studentStatus: '普通高中二年级' })).toEqual([]);
  });

  it('a non-student of 16–22 with 小学 or less is 5_17_007, inclusively; 15, 23 and 初中 are not', () => {
    expect(one(makeId(birthdayAtAge(16)), { educationLevel: '小学' })[0].national).toEqual(['5_17_007']);
    expect(one(makeId(dayBeforeTurning(22)), { educationLevel: '文盲或半文盲' })[0].national).toEqual(['5_17_007']);
    expect(one(makeId(dayBeforeTurning(15)), { educationLevel: '小学' })).toEqual([]);
    expect(one(makeId(birthdayAtAge(23)), { educationLevel: '小学' })).toEqual([]);
    expect(one(idOfAge(20), { educationLevel: '初中' })).toEqual([]);
    expect(one(idOfAge(25), { educationLevel: '小学' }, { lowEducationAge: [16, 25] })).toHaveLength(1);
  });
});
