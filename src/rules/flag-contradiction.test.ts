import { describe, expect, it } from 'vitest';
import rule from './flag-contradiction.js';
import { dataset, idOfAge, monitorHousehold, rec, runRule } from './test-helpers.js';
import type { MemberSpec } from './test-helpers.js';
import type { PersonRecord, SourceKind } from '../model/types.js';

describe('FLAG_CONTRADICTION', () => {
  const head = idOfAge(45);
  const kid = idOfAge(12);
  const hh = (kidF: Record<string, string> = {}, headF: Record<string, string> = {}, common: Record<string, string> = {}) =>
    monitorHousehold('HH1', [{ id: head, name: '冯大', f: headF }, { id: kid, name: '冯小', f: kidF }] as MemberSpec[], { f: common });
  const run = (records: PersonRecord[], present: SourceKind[] = []) => runRule(rule, dataset(records, { present }));

  it('is declared to need monitor and any of the five rosters', () => {
    expect(rule.requires).toEqual(['monitor']);
    expect(rule.requiresAny).toEqual(['housing', 'student', 'medical', 'dibao', 'tekun']);
  });

  it('是否危房户 否 against a C/D unrenovated house, not against a renovated one or 是', () => {
    const bad = run([...hh({}, {}, { unsafeHouse: '否' }), rec('housing', head, { f: { grade: 'C', renovation: '未开工' } })]);
    expect(bad.findings).toHaveLength(1);
    expect(bad.findings[0]).toMatchObject({ rule: 'FLAG_CONTRADICTION', subject: 'household', householdId: 'HH1', members: [head] });
    expect(bad.findings[0].message).toMatchObject({ id: 'FLAG_CONTRADICTION', data: { hits: [{
      type: 'housing', flag: '否', flagAt: { kind: 'monitor', file: 'monitor.xlsx' },
      condition: { type: 'housing', member: { name: '冯大', idNumber: head }, houses: [{ grade: 'C', renovation: '未开工' }] },
    }] } });
    expect(bad.findings[0].basis).toBe('防止返贫致贫监测名单 × 住建农村房屋安全鉴定名单');
    expect(bad.findings[0].message).toMatchObject({ data: { unchecked: ['student', 'medical', 'dibao', 'tekun'] } });
    expect(run([...hh({}, {}, { unsafeHouse: '否' }), rec('housing', head, { f: { grade: 'D', renovation: '已竣工' } })]).findings).toEqual([]);
    expect(run([...hh({}, {}, { unsafeHouse: '是' }), rec('housing', head, { f: { grade: 'D', renovation: '' } })]).findings).toEqual([]);
    expect(run([...hh(), rec('housing', head, { f: { grade: 'D', renovation: '' } })]).findings).toEqual([]);
  });

  it('a compulsory grade without a student record, or with only dropout records', () => {
    const none = run(hh({ studentStatus: '七年级' }), ['student']).findings;
    expect(none).toHaveLength(1);
    expect(none[0].members).toEqual([kid]);
    expect(none[0].message).toMatchObject({ id: 'FLAG_CONTRADICTION', data: { hits: [{ type: 'studentNone', member: { name: '冯小', idNumber: kid }, status: '七年级' }] } });
    const dropout = run([...hh({ studentStatus: '小学' }), rec('student', kid, { f: { enrolStatus: '辍学' } })]).findings;
    expect(dropout[0].message).toMatchObject({ data: { hits: [{ type: 'studentDropout', status: '小学', records: [{ status: '辍学' }] }] } });
    expect(run([...hh({ studentStatus: '七年级' }), rec('student', kid, { f: { enrolStatus: '在读' } })]).findings).toEqual([]);
    // 高中 is not compulsory; 非在校生 is not checked.
    expect(run(hh({ studentStatus: '普通高中一年级' }), ['student']).findings).toEqual([]);
    expect(run(hh({ studentStatus: '非在校生' }), ['student']).findings).toEqual([]);
  });

  it('medical flag 是 without an insured record, 否 with one', () => {
    const yes = run([...hh({ medicalInsured: '是' }, { medicalInsured: '是' }), rec('medical', head, { f: { insuredStatus: '参保缴费' } })]).findings;
    expect(yes).toHaveLength(1);
    expect(yes[0].members).toEqual([kid]);
    expect(yes[0].message).toMatchObject({ data: { hits: [{ type: 'medicalYes', flag: '是', condition: { type: 'medNone', member: { idNumber: kid } } }] } });
    const stopped = run([...hh({ medicalInsured: '是' }), rec('medical', kid, { f: { insuredStatus: '停保' } })]).findings;
    expect(stopped[0].message).toMatchObject({ data: { hits: [{ type: 'medicalYes', condition: { type: 'medStatus', records: [{ status: '停保' }] } }] } });
    const no = run([...hh({ medicalInsured: '否' }), rec('medical', kid, { f: { insuredStatus: '正常参保', year: '2025' } })]).findings;
    expect(no).toHaveLength(1);
    expect(no[0].message).toMatchObject({ data: { hits: [{ type: 'medicalNo', member: { idNumber: kid }, flag: '否' }] } });
    expect((no[0].message!.data as { hits: { insured: unknown[] }[] }).hits[0].insured).toHaveLength(1);
    // An older year's enrolment does not count against 否.
    const old = [rec('medical', kid, { f: { insuredStatus: '参保', year: '2024' } }), rec('medical', kid, { f: { insuredStatus: '终止参保', year: '2025' } })];
    expect(run([...hh({ medicalInsured: '否' }), ...old]).findings).toEqual([]);
    expect(run([...hh({ medicalInsured: '是' }), rec('medical', kid, { f: { insuredStatus: '参保' } })]).findings).toEqual([]);
  });

  it('dibao flag: 是 with nobody of the household in dibao, 否 for a member in dibao', () => {
    const yes = run(hh({ enjoysDibao: '是' }), ['dibao']).findings;
    expect(yes).toHaveLength(1);
    expect(yes[0].message).toMatchObject({ data: { hits: [{ type: 'dibaoYes', flag: '是' }] } });
    // The roster lists only the applicant: the household is covered.
    expect(run([...hh({ enjoysDibao: '是' }, { enjoysDibao: '是' }), rec('dibao', head, {})]).findings).toEqual([]);
    const no = run([...hh({ enjoysDibao: '否' }), rec('dibao', kid, {})]).findings;
    expect(no[0].message).toMatchObject({ data: { hits: [{ type: 'dibaoNo', member: { idNumber: kid }, flag: '否', records: [{ kind: 'dibao' }] }] } });
    expect(no[0].basis).toBe('防止返贫致贫监测名单 × 民政农村低保名单');
  });

  it('the export codes 城市低保/农村低保/未享受 and 城市特困/农村特困/不享受 are the same flags', () => {
    expect(run(hh({ enjoysDibao: '农村低保' }), ['dibao']).findings).toHaveLength(1);
    expect(run(hh({ enjoysDibao: '城市低保' }, { enjoysDibao: '城市低保' }), ['dibao']).findings[0].members).toEqual([head, kid]);
    expect(run([...hh({ enjoysDibao: '未享受' }), rec('dibao', kid, {})]).findings).toHaveLength(1);
    expect(run([...hh({ enjoysDibao: '农村低保' }), rec('dibao', kid, {})]).findings).toEqual([]);
    expect(run(hh({ enjoysDibao: '未享受' }), ['dibao']).findings).toEqual([]);
    expect(run(hh({}, { enjoysTekun: '农村特困' }), ['tekun']).findings[0].members).toEqual([head]);
    expect(run([...hh({}, { enjoysTekun: '不享受' }), rec('tekun', head, {})]).findings).toHaveLength(1);
    expect(run([...hh({}, { enjoysTekun: '城市特困' }), rec('tekun', head, {})]).findings).toEqual([]);
    // A 特困 value in the 低保 column is not read as 低保: reported as unknown, never a hit.
    const r = run(hh({ enjoysDibao: '农村特困' }), ['dibao']);
    expect(r.findings).toEqual([]);
    expect(r.unknowns.some((u) => u.field === 'enjoysDibao')).toBe(true);
  });

  it('tekun flag in both directions', () => {
    expect(run(hh({}, { enjoysTekun: '是' }), ['tekun']).findings[0].members).toEqual([head]);
    expect(run([...hh({}, { enjoysTekun: '否' }), rec('tekun', head, {})]).findings[0].message)
      .toMatchObject({ data: { hits: [{ type: 'tekunNo', member: { idNumber: head }, flag: '否', records: [{ kind: 'tekun' }] }] } });
    expect(run([...hh({}, { enjoysTekun: '是' }), rec('tekun', head, {})]).findings).toEqual([]);
    expect(run(hh({}, { enjoysTekun: '否' }), ['tekun']).findings).toEqual([]);
  });

  it('runs a check only when its roster is present, and collects several contradictions per household', () => {
    const records = hh({ studentStatus: '八年级', enjoysDibao: '是', medicalInsured: '是' }, { enjoysTekun: '是' });
    expect(run(records, ['tekun']).findings[0].members).toEqual([head]);
    const all = run(records, ['tekun', 'student', 'dibao', 'medical', 'housing']).findings;
    expect(all).toHaveLength(1);
    expect(all[0].members).toEqual([head, kid]);
    expect(all[0].message).toMatchObject({ data: { unchecked: [], hits: [
      { type: 'tekunYes', member: { idNumber: head } }, { type: 'studentNone', member: { idNumber: kid } },
      { type: 'medicalYes' }, { type: 'dibaoYes', member: { idNumber: kid } }] } });
    expect((all[0].message!.data as { hits: unknown[] }).hits).toHaveLength(4);
  });

  it('skips deceased members and reports unknown flag values', () => {
    expect(run([...hh({ enjoysDibao: '是' }), rec('deceased', kid, {})], ['dibao']).findings).toEqual([]);
    const { findings, unknowns } = run(hh({ enjoysDibao: '待定' }), ['dibao']);
    expect(findings).toEqual([]);
    expect(unknowns).toMatchObject([{ kind: 'monitor', field: 'enjoysDibao', value: '待定' }]);
  });
});
