import { describe, expect, it } from 'vitest';
import { groupDeptHouseholds } from './dept-households.js';
import { makeId, rec } from '../rules/test-helpers.js';

describe('groupDeptHouseholds', () => {
  it('links persons by headIdNumber, by 户编号 within a roster and by being the same person', () => {
    const head = makeId('19700101');
    const wife = makeId('19720101');
    const child = makeId('20100101');
    const disabled = makeId('19990101');
    const alone = makeId('19500101');
    const groups = groupDeptHouseholds([
      rec('dibao', head, { relation: '户主', householdId: 'D1' }),
      rec('dibao', wife, { headIdNumber: head }),
      rec('dibao', child, { householdId: 'D1' }),
      rec('disability', child, {}),                    // no household data, but a 低保 member
      rec('disability', disabled, { headIdNumber: head }),
      rec('illness', alone, {}),
    ]);
    expect(groups).toHaveLength(2);
    const family = groups.find((g) => g.headIdNumber === head)!;
    expect(family.key).toBe(`H:${head}`);
    expect(family.memberIds).toEqual([head, wife, child, disabled].sort());
    expect(family.records).toHaveLength(5);
    const single = groups.find((g) => g.headIdNumber === alone)!;
    expect(single.memberIds).toEqual([alone]);
  });

  it('includes a head that has no record of its own', () => {
    const head = makeId('19700101');
    const p = makeId('19990101');
    const [g] = groupDeptHouseholds([rec('illness', p, { headIdNumber: head })]);
    expect(g.headIdNumber).toBe(head);
    expect(g.memberIds).toEqual([head, p].sort());
  });
});
