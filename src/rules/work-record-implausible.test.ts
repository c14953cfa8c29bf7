import { describe, expect, it } from 'vitest';
import rule from './work-record-implausible.js';
import { birthdayAtAge, dataset, dayBeforeTurning, idOfAge, makeId, monitorHousehold, runRule } from './test-helpers.js';

describe('WORK_RECORD_IMPLAUSIBLE', () => {
  const head = idOfAge(50);
  const one = (id: string, f: Record<string, string>, over = {}) =>
    runRule(rule, dataset(monitorHousehold('HH1', [{ id: head, name: '吴大' }, { id, name: '吴某', f }])), over).findings.filter((x) => x.idNumber === id);

  it('fires above the monthly income ceiling (5_16_001), not at it', () => {
    const id = idOfAge(30);
    const f = one(id, { workMonths: '10', workPlace: '浙江省', workMonthlyIncome: '30000.5' });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'WORK_RECORD_IMPLAUSIBLE', subject: 'person', national: ['5_16_001'] });
    expect(f[0].message).toMatchObject({ id: 'WORK_RECORD_IMPLAUSIBLE', data: { clauses: [{ type: 'high', income: 30000.5, limit: 30000 }] } });
    expect(one(id, { workMonths: '10', workMonthlyIncome: '30000' })).toEqual([]);
  });

  it('fires below the floor only for someone who works (5_16_002); an empty income is not checked', () => {
    const id = idOfAge(30);
    expect(one(id, { workMonths: '6', workMonthlyIncome: '99' })[0].national).toEqual(['5_16_002']);
    expect(one(id, { workPlace: '县内', workMonthlyIncome: '0' })[0].national).toEqual(['5_16_002']);
    expect(one(id, { workMonths: '6', workMonthlyIncome: '100' })).toEqual([]);
    expect(one(id, { workMonths: '0', workMonthlyIncome: '0' })).toEqual([]);
    expect(one(id, { workMonths: '6' })).toEqual([]);
    expect(one(id, { workMonths: '6', workMonthlyIncome: '500' }, { workMonthlyIncome: [1000, 30000] })).toHaveLength(1);
  });

  it('fires for a 务工 record under workMinAge (5_16_010): 15 fires, 16 does not', () => {
    const f = one(makeId(dayBeforeTurning(15)), { workMonths: '3', workPlace: '广东省' });
    expect(f[0].national).toEqual(['5_16_010']);
    expect(f[0].message).toMatchObject({ id: 'WORK_RECORD_IMPLAUSIBLE', data: { age: 15, clauses: [
      { type: 'underage', minAge: 16, months: '3', place: '广东省', employer: null }] } });
    expect(one(makeId(birthdayAtAge(16)), { workMonths: '3' })).toEqual([]);
    expect(one(idOfAge(12), {})).toEqual([]);
    expect(one(idOfAge(12), { workMonths: '2', workMonthlyIncome: '50' })[0].national).toEqual(['5_16_002', '5_16_010']);
  });
});
