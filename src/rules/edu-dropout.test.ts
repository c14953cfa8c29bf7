import { describe, expect, it } from 'vitest';
import rule from './edu-dropout.js';
import { birthdayAtAge, dataset, dayBeforeTurning, makeId, monitorHousehold, rec, runRule } from './test-helpers.js';

describe('EDU_DROPOUT', () => {
  const head = makeId('19800101');
  const six = makeId(birthdayAtAge(6));          // turns 6 on the reference date
  const fifteen = makeId(dayBeforeTurning(15));  // turns 16 the day after
  const five = makeId(dayBeforeTurning(5));      // turns 6 the day after
  const sixteen = makeId(birthdayAtAge(16));     // turns 16 on the reference date

  const hh = (...kids: string[]) => monitorHousehold('HH1', [
    { id: head, name: '周大' }, ...kids.map((id, i) => ({ id, name: `孩子${i + 1}` })),
  ]);

  it('fires for children aged exactly 6 and 15 without a student record, not for 5 and 16', () => {
    const { findings } = runRule(rule, dataset([...hh(six, fifteen, five, sixteen)], { present: ['student'] }));
    expect(findings.map((f) => f.idNumber).sort()).toEqual([six, fifteen].sort());
    const f = findings.find((x) => x.idNumber === six)!;
    expect(f).toMatchObject({
      rule: 'EDU_DROPOUT', subject: 'person', name: '孩子1', householdId: 'HH1', headIdNumber: head, headName: '周大',
      members: [six], township: '城关镇', leadDept: '教育局',
    });
    expect(f.message).toEqual({ id: 'EDU_DROPOUT', data: { type: 'eduNone', member: { name: '孩子1', idNumber: six }, age: 6 } });
    expect(f.evidence.map((e) => e.kind)).toEqual(['monitor']);
  });

  it('honours a configured age window', () => {
    const { findings } = runRule(rule, dataset([...hh(sixteen)], { present: ['student'] }), { compulsoryEducationAge: [6, 16] });
    expect(findings).toHaveLength(1);
  });

  it('does not fire for 在读, 送教上门, 休学 and other non-dropout statuses', () => {
    for (const status of ['在读', '送教上门', '随班就读', '休学', '延缓入学', '因病请假', '转学', '转出', '']) {
      const data = dataset([...hh(six), rec('student', six, { f: { school: '中心小学', enrolStatus: status } })]);
      expect(runRule(rule, data).findings).toEqual([]);
    }
  });

  it('fires when the only student records say 辍学', () => {
    const data = dataset([...hh(six), rec('student', six, { file: '学籍.xlsx', row: 4, f: { enrolStatus: '辍学' } })]);
    const { findings } = runRule(rule, data);
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toMatchObject({ id: 'EDU_DROPOUT', data: { type: 'eduDropout', records: [{ status: '辍学', at: { kind: 'student', file: '学籍.xlsx', row: 4 } }] } });
    expect(findings[0].evidence.map((e) => e.kind)).toEqual(['monitor', 'student']);
    // One dropout record and one in school: not a dropout.
    const both = dataset([...hh(six), rec('student', six, { f: { enrolStatus: '辍学' } }), rec('student', six, { f: { enrolStatus: '在读' } })]);
    expect(runRule(rule, both).findings).toEqual([]);
  });

  it('does not fire for a deceased child', () => {
    const data = dataset([...hh(six), rec('deceased', six, { f: { deathDate: '2025-01-01' } })], { present: ['student'] });
    expect(runRule(rule, data).findings).toEqual([]);
  });

  it('keeps the fingerprint across files and rows', () => {
    const a = runRule(rule, dataset([...hh(six)], { present: ['student'] })).findings[0];
    const b = runRule(rule, dataset([...monitorHousehold('HH1', [{ id: head, name: '周大' }, { id: makeId('19990101'), name: 'x' }, { id: six, name: '孩子1' }], { file: 'other.xlsx' })], { present: ['student'] })).findings[0];
    expect(b.fingerprint).toBe(a.fingerprint);
  });
});
