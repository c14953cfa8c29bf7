import { describe, expect, it } from 'vitest';
import rule from './med-uninsured.js';
import { dataset, idOfAge, makeId, monitorHousehold, rec, runRule } from './test-helpers.js';

describe('MED_UNINSURED', () => {
  const head = makeId('19700101');
  const wife = makeId('19720101');
  const hh = () => monitorHousehold('HH1', [{ id: head, name: '吴大' }, { id: wife, name: '郑氏', relation: '配偶' }]);
  const med = (id: string, insuredStatus: string, year?: string) =>
    rec('medical', id, { f: { insuredStatus, ...(year ? { year } : {}) } });

  it('fires for a member with no medical record', () => {
    const { findings } = runRule(rule, dataset([...hh(), med(head, '正常参保')]));
    expect(findings.map((f) => f.idNumber)).toEqual([wife]);
    expect(findings[0].message).toEqual({ id: 'MED_UNINSURED', data: { type: 'medNone', member: { name: '郑氏', idNumber: wife } } });
    expect(findings[0].leadDept).toBe('医保局');
  });

  it('fires when every record says stopped, not when one says insured', () => {
    const stopped = runRule(rule, dataset([...hh(), med(head, '参保缴费'), med(wife, '停保')]));
    expect(stopped.findings.map((f) => f.idNumber)).toEqual([wife]);
    expect(stopped.findings[0].message).toMatchObject({ id: 'MED_UNINSURED', data: { type: 'medStatus', records: [{ status: '停保' }] } });
    const mixed = runRule(rule, dataset([...hh(), med(head, '已缴费'), med(wife, '暂停缴费'), med(wife, '参保')]));
    expect(mixed.findings).toEqual([]);
  });

  it('treats an empty status as insured', () => {
    expect(runRule(rule, dataset([...hh(), med(head, ''), med(wife, '')])).findings).toEqual([]);
  });

  it('looks only at the latest year when records carry one', () => {
    const { findings } = runRule(rule, dataset([...hh(), med(head, '参保'), med(wife, '参保', '2024'), med(wife, '终止参保', '2025')]));
    expect(findings.map((f) => f.idNumber)).toEqual([wife]);
  });

  it('reports an unknown status and does not fire', () => {
    const { findings, unknowns } = runRule(rule, dataset([...hh(), med(head, '参保'), med(wife, '待确认')]));
    expect(findings).toEqual([]);
    expect(unknowns).toMatchObject([{ kind: 'medical', field: 'insuredStatus', value: '待确认' }]);
  });

  it('does not fire for a deceased member or a deceased child', () => {
    const { findings } = runRule(rule, dataset([...hh(), med(head, '参保'), rec('deceased', wife, {})]));
    expect(findings).toEqual([]);
    const child = idOfAge(8);
    const withChild = monitorHousehold('HH1', [{ id: head, name: '吴大' }, { id: child, name: '吴小' }]);
    expect(runRule(rule, dataset([...withChild, med(head, '参保'), rec('deceased', child, {})])).findings).toEqual([]);
    expect(runRule(rule, dataset([...withChild, med(head, '参保')])).findings.map((f) => f.idNumber)).toEqual([child]);
  });
});
