import { describe, expect, it } from 'vitest';
import { buildIndex, isHeadRelation, isLiving } from './build-index.js';
import { dataset, makeId, rec } from '../rules/test-helpers.js';

describe('buildIndex', () => {
  const head = makeId('19700101');
  const wife = makeId('19720202');
  const son = makeId('20000303');
  const loner = makeId('19600101');

  it('indexes records by kind and ID and groups monitor households by householdId', () => {
    const data = dataset([
      rec('monitor', son, { name: '王小', householdId: 'HH1', relation: '之子', headIdNumber: head }),
      rec('monitor', head, { name: '王大', householdId: 'HH1', relation: '户主', township: '城关镇', village: '新村' }),
      rec('monitor', wife, { name: '李氏', householdId: 'HH1', relation: '配偶' }),
      rec('monitor', loner, { name: '孤老' }),
      rec('dibao', head, { name: '王大' }),
      rec('dibao', head, { name: '王大', row: 9 }),
      rec('deceased', loner, { name: '孤老' }),
    ]);
    const idx = buildIndex(data);
    expect(idx.recordsOf('dibao', head)).toHaveLength(2);
    expect(idx.recordsOf('dibao', son)).toEqual([]);
    expect(idx.recordsOf('vehicle', son)).toEqual([]);
    const hh = idx.monitorHouseholds.get('HH1')!;
    expect(hh.members.map((m) => m.name)).toEqual(['王小', '王大', '李氏']);
    expect(hh.head?.idNumber).toBe(head);
    expect(hh.headIdNumber).toBe(head);
    expect(hh.sourceHouseholdId).toBe('HH1');
    expect(hh.township).toBe('城关镇');
    expect(idx.monitorHouseholdOf.get(wife)).toBe('HH1');
    // No household data: a household of one keyed by the ID.
    const single = idx.monitorHouseholds.get(`ID:${loner}`)!;
    expect(single.members).toHaveLength(1);
    expect(single.sourceHouseholdId).toBeNull();
    expect(idx.isDeceased(loner)).toBe(true);
    expect(isLiving(idx, loner)).toBe(false);
    expect(isLiving(idx, head)).toBe(true);
  });

  it('groups members without householdId by headIdNumber, head found by ID', () => {
    const data = dataset([
      rec('monitor', head, { name: '王大' }),
      rec('monitor', son, { name: '王小', headIdNumber: head }),
    ]);
    const idx = buildIndex(data);
    expect(idx.monitorHouseholds.size).toBe(1);
    const hh = idx.monitorHouseholds.get(`H:${head}`)!;
    expect(hh.head?.name).toBe('王大');
    expect(hh.members).toHaveLength(2);
  });

  it('keeps one member per person when a row is duplicated', () => {
    const data = dataset([
      rec('monitor', head, { name: '王大', householdId: 'HH1', relation: '户主' }),
      rec('monitor', head, { name: '王大', householdId: 'HH1', relation: '户主' }),
    ]);
    const idx = buildIndex(data);
    expect(idx.monitorHouseholds.get('HH1')!.members).toHaveLength(1);
    expect(idx.recordsOf('monitor', head)).toHaveLength(2);
  });

  it('knows the head relation spellings', () => {
    expect(isHeadRelation('户主')).toBe(true);
    expect(isHeadRelation(' 户主 ')).toBe(true);
    expect(isHeadRelation('之子')).toBe(false);
    expect(isHeadRelation(null)).toBe(false);
  });
});
