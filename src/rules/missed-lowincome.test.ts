// MISSED with the 2026 source kind `lowincome` (低保边缘家庭, 刚性支出困难家庭; product-spec §9.7).
import { describe, expect, it } from 'vitest';
import rule from './missed.js';
import { skipReason } from './engine.js';
import { dataset, makeId, monitorHousehold, rec, runRule } from './test-helpers.js';

describe('MISSED from the 农村低收入人口 roster', () => {
  const head = makeId('19650101');
  const son = makeId('19950101');

  it('fires for a 低保边缘家庭 none of whose members is monitored, naming the category', () => {
    const data = dataset([
      rec('lowincome', head, { name: '赵大', relation: '户主', township: '城关镇', village: '新村', f: { lowIncomeType: '低保边缘家庭' } }),
      rec('lowincome', son, { name: '赵小', headIdNumber: head, f: { lowIncomeType: '低保边缘家庭' } }),
    ]);
    const f = runRule(rule, data).findings;
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'MISSED', headIdNumber: head, members: [head, son] });
    expect(f[0].message).toMatchObject({ id: 'MISSED.household', data: { triggers: [
      { kind: 'lowincome', person: { idNumber: head }, category: '低保边缘家庭' }, { kind: 'lowincome', person: { idNumber: son }, category: '低保边缘家庭' }] } });
    expect(f[0].basis).toBe('民政农村低收入人口名单 × 防止返贫致贫监测名单');
  });

  it('a 刚性支出困难家庭 person with no household data is a household of one; an empty category uses the roster name', () => {
    const alone = makeId('19500505');
    const f = runRule(rule, dataset([rec('lowincome', alone, { name: '钱某', f: { lowIncomeType: '' } })])).findings;
    expect(f).toHaveLength(1);
    // An empty 类别 is rendered as the roster's name (农村低收入人口), see messages.test.ts.
    expect(f[0].message).toEqual({ id: 'MISSED.single', data: { triggers: [
      { kind: 'lowincome', person: { name: '钱某', idNumber: alone }, category: null, at: { kind: 'lowincome', file: 'lowincome.xlsx', row: 4 } }] } });
  });

  it('does not fire when a member is monitored (look-alike), nor for a deceased person', () => {
    const data = dataset([
      rec('lowincome', head, { name: '赵大', relation: '户主', f: { lowIncomeType: '刚性支出困难家庭' } }),
      rec('lowincome', son, { name: '赵小', headIdNumber: head, f: { lowIncomeType: '刚性支出困难家庭' } }),
      ...monitorHousehold('HH1', [{ id: son, name: '赵小' }]),
    ]);
    expect(runRule(rule, data).findings).toEqual([]);
    const dead = dataset([rec('lowincome', head, { name: '赵大', f: { lowIncomeType: '低保边缘家庭' } }), rec('deceased', head, { name: '赵大' })]);
    expect(runRule(rule, dead).findings).toEqual([]);
  });

  it('runs with the lowincome roster alone as its trigger source', () => {
    expect(skipReason(rule, new Set(['monitor', 'lowincome']), new Set())).toBeNull();
    expect(skipReason(rule, new Set(['monitor']), new Set())).toContain('农村低收入人口');
  });
});
