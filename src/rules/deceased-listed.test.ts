import { describe, expect, it } from 'vitest';
import rule from './deceased-listed.js';
import { dataset, makeId, monitorHousehold, rec, runRule } from './test-helpers.js';

describe('DECEASED_LISTED', () => {
  const head = makeId('19400101');
  const other = makeId('19500101');

  it('fires for a deceased person still in monitor and 低保', () => {
    const data = dataset([
      ...monitorHousehold('HH1', [{ id: head, name: '褚老' }]),
      rec('dibao', head, { name: '褚老', file: '低保.xlsx', row: 8 }),
      rec('deceased', head, { name: '褚老', file: '死亡.xlsx', row: 3, f: { deathDate: '2025-03-02' } }),
      rec('deceased', other, { name: '无关' }),
    ]);
    const { findings } = runRule(rule, data);
    expect(findings).toHaveLength(1);
    const f = findings[0];
    expect(f).toMatchObject({ subject: 'person', idNumber: head, name: '褚老', householdId: 'HH1', members: [head], leadDept: '民政局 / 公安局' });
    expect(f.message).toMatchObject({ id: 'DECEASED_LISTED', data: {
      person: { name: '褚老', idNumber: head }, deathDate: '2025-03-02', deaths: [{ kind: 'deceased', file: '死亡.xlsx', row: 3 }],
      listed: [{ kind: 'monitor', at: [{ kind: 'monitor', file: 'monitor.xlsx' }] }, { kind: 'dibao', at: [{ kind: 'dibao', file: '低保.xlsx', row: 8 }] }],
    } });
    expect(f.evidence.map((e) => e.kind)).toEqual(['monitor', 'dibao', 'deceased']);
    expect(f.basis).toBe('死亡人员/户籍注销名单 × 防止返贫致贫监测名单 × 民政农村低保名单');
  });

  it('fires for 特困 only and not for people on no list', () => {
    const data = dataset([rec('tekun', head, { name: '褚老' }), rec('deceased', head, {}), rec('deceased', other, {})]);
    const { findings } = runRule(rule, data);
    expect(findings.map((f) => f.idNumber)).toEqual([head]);
    expect(findings[0].message).toMatchObject({ id: 'DECEASED_LISTED', data: { deathDate: '' } });
  });
});
