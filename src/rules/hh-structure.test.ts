import { describe, expect, it } from 'vitest';
import rule from './hh-structure.js';
import { dataset, idOfAge, monitorHousehold, rec, runRule } from './test-helpers.js';
import type { MemberSpec } from './test-helpers.js';

describe('HH_STRUCTURE', () => {
  const head = idOfAge(50);
  const wife = idOfAge(48);
  const son = idOfAge(20);
  const girl = idOfAge(15);
  const hh = (members: MemberSpec[]) => dataset(monitorHousehold('HH1', members));

  it('does not fire for a household with one head, one spouse and national relation values', () => {
    const { findings } = runRule(rule, hh([
      { id: head, name: '赵大', relation: '户主' }, { id: wife, name: '钱氏', relation: '配偶' },
      { id: son, name: '赵二', relation: '之子' }, { id: girl, name: '赵三', relation: '之女' },
    ]));
    expect(findings).toEqual([]);
  });

  it('fires for a household without a head, naming all its rows as evidence', () => {
    const { findings } = runRule(rule, hh([{ id: wife, name: '钱氏', relation: '配偶' }, { id: son, name: '赵二', relation: '之子' }]));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'HH_STRUCTURE', category: '数据质量', householdId: 'HH1', members: [] });
    expect(findings[0].message).toEqual({ id: 'HH_STRUCTURE', data: { householdId: 'HH1', clauses: [{ type: 'noHead', members: 2 }] } });
    expect(findings[0].evidence).toHaveLength(2);
  });

  it('fires for two heads and for two spouses, not for exactly one spouse', () => {
    const two = runRule(rule, hh([{ id: head, name: '赵大', relation: '户主' }, { id: son, name: '赵二', relation: '户主' }])).findings;
    expect(two).toHaveLength(1);
    expect(two[0].members).toEqual([head, son]);
    expect(two[0].message).toMatchObject({ id: 'HH_STRUCTURE', data: { clauses: [{ type: 'heads', persons: [{ person: { idNumber: head } }, { person: { idNumber: son } }] }] } });
    const spouses = runRule(rule, hh([
      { id: head, name: '赵大' }, { id: wife, name: '钱氏', relation: '配偶' }, { id: girl, name: '孙氏', relation: '配偶' },
    ])).findings;
    expect(spouses).toHaveLength(1);
    expect(spouses[0].message).toMatchObject({ id: 'HH_STRUCTURE', data: { clauses: [{ type: 'spouses' }] } });
    expect((spouses[0].message!.data as { clauses: { persons: unknown[] }[] }).clauses[0].persons).toHaveLength(2);
    expect(spouses[0].members).toEqual([wife, girl]);
  });

  it('fires for a relation outside the national list or empty, naming the row and the national value', () => {
    const { findings, unknowns } = runRule(rule, hh([
      { id: head, name: '赵大', relation: '户主' }, { id: son, name: '赵二', relation: '儿子' },
      { id: girl, name: '赵三', relation: '干女儿' }, { id: wife, name: '钱氏', relation: '' },
    ]));
    expect(unknowns).toEqual([]);
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toMatchObject({ id: 'HH_STRUCTURE', data: { householdId: 'HH1', clauses: [
      { type: 'relation', person: { name: '赵二', idNumber: son }, relation: '儿子', expected: '之子', at: { kind: 'monitor', file: 'monitor.xlsx' } },
      { type: 'relation', person: { name: '赵三', idNumber: girl }, relation: '干女儿', expected: null, at: { kind: 'monitor', file: 'monitor.xlsx' } },
      { type: 'relation', person: { name: '钱氏', idNumber: wife }, relation: null, expected: null },
    ] } });
    expect(findings[0].members).toEqual([son, girl, wife]);
  });

  it('counts a variant spelling of the head as the head (flagging only the spelling)', () => {
    const { findings } = runRule(rule, hh([{ id: head, name: '赵大', relation: '本人' }, { id: son, name: '赵二', relation: '之子' }]));
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toMatchObject({ id: 'HH_STRUCTURE', data: { clauses: [{ type: 'relation', relation: '本人', expected: '户主' }] } });
    expect((findings[0].message!.data as { clauses: unknown[] }).clauses).toHaveLength(1);
  });

  it('does not check when the export has no relation column, nor households without 户编号', () => {
    const noColumn = dataset([rec('monitor', head, { householdId: 'HH1' }), rec('monitor', son, { householdId: 'HH1' })]);
    expect(runRule(rule, noColumn).findings).toEqual([]);
    const noHid = dataset([
      rec('monitor', son, { relation: '之子', headIdNumber: head }),
      rec('monitor', wife, { householdId: 'HH2', relation: '户主' }),
    ]);
    expect(runRule(rule, noHid).findings).toEqual([]);
  });

  it('judges a household by its own rows when its head is also listed in another household', () => {
    const data = dataset([
      ...monitorHousehold('HH1', [{ id: head, name: '赵大' }, { id: son, name: '赵二', relation: '之子' }]),
      ...monitorHousehold('HH2', [{ id: son, name: '赵二' }, { id: girl, name: '赵三', relation: '之女' }]),
    ]);
    expect(runRule(rule, data).findings).toEqual([]);
  });

  it('keeps its fingerprint when the facts change, and changes its evidence hash', () => {
    const a = runRule(rule, hh([{ id: son, name: '赵二', relation: '之子' }])).findings[0];
    const b = runRule(rule, hh([{ id: son, name: '赵二', relation: '儿子' }])).findings[0];
    expect(a.fingerprint).toBe(b.fingerprint);
    expect(a.evidenceHash).not.toBe(b.evidenceHash);
  });
});
