import { describe, expect, it } from 'vitest';
import rule from './four-cat-staff.js';
import { dataset, makeId, monitorHousehold, rec, runRule } from './test-helpers.js';

describe('FOUR_CAT_STAFF', () => {
  const head = makeId('19700101');
  const daughter = makeId('19980101');

  it('fires when a member is on the public payroll', () => {
    const { findings } = runRule(rule, dataset([
      ...monitorHousehold('HH1', [{ id: head, name: '孙大' }, { id: daughter, name: '孙女', relation: '之女' }]),
      rec('staff', daughter, { name: '孙女', f: { unit: '县人民医院' } }),
    ]));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ members: [daughter], memberNames: ['孙女'], leadDept: '乡村振兴局 / 财政局', category: '四类人员' });
    expect(findings[0].message).toMatchObject({ id: 'FOUR_CAT_STAFF', data: { hits: [{ member: { name: '孙女', idNumber: daughter }, record: { unit: '县人民医院' } }] } });
  });

  it('does not fire for a staff member outside the household', () => {
    const { findings } = runRule(rule, dataset([
      ...monitorHousehold('HH1', [{ id: head, name: '孙大' }]),
      rec('staff', daughter, { name: '孙女' }),
    ]));
    expect(findings).toEqual([]);
  });
});
