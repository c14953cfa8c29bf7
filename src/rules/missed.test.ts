import { describe, expect, it } from 'vitest';
import rule from './missed.js';
import { dataset, makeId, monitorHousehold, rec, runRule } from './test-helpers.js';

describe('MISSED', () => {
  const head = makeId('19700101');
  const wife = makeId('19720101');

  it('fires for a 低保 household none of whose members is monitored', () => {
    const data = dataset([
      rec('dibao', head, { name: '王大', relation: '户主', township: '城关镇', village: '新村', householdId: 'D1' }),
      rec('dibao', wife, { name: '李二', headIdNumber: head, householdId: 'D1' }),
      ...monitorHousehold('HH9', [{ id: makeId('19800101'), name: '别人' }]),
    ]);
    const { findings } = runRule(rule, data);
    expect(findings).toHaveLength(1);
    const f = findings[0];
    expect(f).toMatchObject({
      rule: 'MISSED', category: '漏评', subject: 'household', householdId: null, headIdNumber: head, headName: '王大',
      township: '城关镇', village: '新村', members: [head, wife], memberNames: ['王大', '李二'], leadDept: '乡村振兴局',
    });
    expect(f.evidence).toEqual([
      { kind: 'dibao', file: 'dibao.xlsx', sheet: 'Sheet1', row: data.records.get('dibao')![0].row },
      { kind: 'dibao', file: 'dibao.xlsx', sheet: 'Sheet1', row: data.records.get('dibao')![1].row },
    ]);
    const dibaoRows = data.records.get('dibao')!.map((r) => r.row);
    expect(f.message).toEqual({ id: 'MISSED.household', data: { head: { name: '王大', idNumber: head }, members: 2, triggers: [
      { kind: 'dibao', person: { name: '王大', idNumber: head }, at: { kind: 'dibao', file: 'dibao.xlsx', row: dibaoRows[0] } },
      { kind: 'dibao', person: { name: '李二', idNumber: wife }, at: { kind: 'dibao', file: 'dibao.xlsx', row: dibaoRows[1] } },
    ] } });
    expect(f.basis).toBe('民政农村低保名单 × 防止返贫致贫监测名单');
    expect(f.fingerprint).toMatch(/^[0-9a-f]{16}$/);
  });

  it('does not fire for a monitored 低保 household (head or any member in monitor)', () => {
    const a = dataset([
      rec('dibao', head, { name: '王大', relation: '户主' }),
      rec('dibao', wife, { name: '李二', headIdNumber: head }),
      ...monitorHousehold('HH1', [{ id: head, name: '王大' }]),
    ]);
    expect(runRule(rule, a).findings).toEqual([]);
    const b = dataset([
      rec('dibao', wife, { name: '李二', headIdNumber: head }),
      ...monitorHousehold('HH1', [{ id: wife, name: '李二' }]),
    ]);
    expect(runRule(rule, b).findings).toEqual([]);
    // The head named by headIdNumber is in monitor although it has no 低保 row.
    const c = dataset([
      rec('dibao', wife, { name: '李二', headIdNumber: head }),
      ...monitorHousehold('HH1', [{ id: head, name: '王大' }]),
    ]);
    expect(runRule(rule, c).findings).toEqual([]);
  });

  it('fires for 特困 persons', () => {
    const p = makeId('19450101');
    const { findings } = runRule(rule, dataset([rec('tekun', p, { name: '五保' })], { present: ['monitor'] }));
    expect(findings).toHaveLength(1);
    expect(findings[0].headIdNumber).toBe(p);
    expect(findings[0].message).toMatchObject({ id: 'MISSED.single', data: { triggers: [{ kind: 'tekun', person: { name: '五保', idNumber: p } }] } });
  });

  it('counts disability levels 1–2 but not 3', () => {
    const two = makeId('19900101');
    const three = makeId('19910101');
    const one = makeId('19920101');
    const { findings } = runRule(rule, dataset([
      rec('disability', two, { name: '二级', f: { disabilityLevel: '二级', disabilityType: '肢体' } }),
      rec('disability', three, { name: '三级', f: { disabilityLevel: '3' } }),
      rec('disability', one, { name: '一级', f: { disabilityLevel: '1级' } }),
    ], { present: ['monitor'] }));
    expect(findings.map((f) => f.members[0]).sort()).toEqual([one, two].sort());
    expect(findings.find((f) => f.members[0] === two)!.message).toMatchObject({ id: 'MISSED.single', data: { triggers: [
      { kind: 'disability', person: { idNumber: two }, disabilityType: '肢体', level: 2 }] } });
  });

  it('reports an unknown disability level and does not fire on it', () => {
    const p = makeId('19900101');
    const { findings, unknowns } = runRule(rule, dataset([rec('disability', p, { f: { disabilityLevel: '重度' } })], { present: ['monitor'] }));
    expect(findings).toEqual([]);
    expect(unknowns).toMatchObject([{ kind: 'disability', field: 'disabilityLevel', value: '重度' }]);
  });

  it('fires at exactly the self-pay threshold, not one yuan below', () => {
    const at = makeId('19800101');
    const below = makeId('19810101');
    const { findings } = runRule(rule, dataset([
      rec('illness', at, { name: '达到', f: { selfPay: '10000' } }),
      rec('illness', below, { name: '未达', f: { selfPay: '9,999元' } }),
    ], { present: ['monitor'] }));
    expect(findings.map((f) => f.members)).toEqual([[at]]);
    expect(findings[0].message).toMatchObject({ id: 'MISSED.single', data: { triggers: [{ kind: 'illness', person: { idNumber: at }, selfPay: 10000, threshold: 10000 }] } });
  });

  it('sums several self-pay rows of one patient and reports unreadable amounts', () => {
    const p = makeId('19800101');
    const { findings, unknowns } = runRule(rule, dataset([
      rec('illness', p, { f: { selfPay: '6000' } }),
      rec('illness', p, { f: { selfPay: '4000' } }),
      rec('illness', p, { f: { selfPay: '待结算' } }),
    ], { present: ['monitor'] }));
    expect(findings).toHaveLength(1);
    expect(findings[0].evidence).toHaveLength(2);
    expect(unknowns).toMatchObject([{ kind: 'illness', field: 'selfPay', value: '待结算' }]);
  });

  it('puts a disabled member of a 低保 household into that household', () => {
    const child = makeId('20100101');
    const { findings } = runRule(rule, dataset([
      rec('dibao', head, { name: '王大', relation: '户主' }),
      rec('dibao', child, { name: '王小', headIdNumber: head }),
      rec('disability', child, { name: '王小', f: { disabilityLevel: '一级' } }),
    ], { present: ['monitor'] }));
    expect(findings).toHaveLength(1);
    expect(findings[0].members).toEqual([head, child]);
    expect(findings[0].evidence).toHaveLength(3);
  });

  it('does not use deceased persons as a trigger', () => {
    const p = makeId('19400101');
    const { findings } = runRule(rule, dataset([
      rec('tekun', p, { name: '已故' }),
      rec('deceased', p, { name: '已故' }),
    ], { present: ['monitor'] }));
    expect(findings).toEqual([]);
  });

  it('keeps the fingerprint when the same household comes in another file and row', () => {
    const first = runRule(rule, dataset([rec('dibao', head, { relation: '户主', file: '低保-9月.xlsx', row: 3 })], { present: ['monitor'] }));
    const second = runRule(rule, dataset([rec('dibao', head, { relation: '户主', file: '低保-10月.xlsx', row: 40 })], { present: ['monitor'] }));
    expect(first.findings[0].fingerprint).toBe(second.findings[0].fingerprint);
    expect(first.findings[0].evidenceHash).toBe(second.findings[0].evidenceHash);
  });
});
