import { describe, expect, it } from 'vitest';
import rule from './duplicate-person.js';
import { dataset, idOfAge, monitorHousehold, rec, runRule } from './test-helpers.js';

describe('DUPLICATE_PERSON', () => {
  const a = idOfAge(50);
  const b = idOfAge(45);
  const girl = idOfAge(25);

  it('fires for one ID in two households, naming both', () => {
    const data = dataset([
      ...monitorHousehold('HH1', [{ id: a, name: '吴大' }, { id: girl, name: '吴女', relation: '之女' }], { village: '一村' }),
      ...monitorHousehold('HH2', [{ id: b, name: '郑大' }, { id: girl, name: '吴女', relation: '之儿媳' }], { village: '二村' }),
    ]);
    const { findings } = runRule(rule, data);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'DUPLICATE_PERSON', subject: 'person', idNumber: girl, householdId: 'HH1', village: '一村' });
    expect(findings[0].message).toMatchObject({ id: 'DUPLICATE_PERSON', data: { person: { name: '吴女', idNumber: girl }, households: [
      { householdId: 'HH1', name: '吴女', relation: '之女' }, { householdId: 'HH2', name: '吴女', relation: '之儿媳' }] } });
    expect(findings[0].evidence).toHaveLength(2);
  });

  it('does not fire for a row repeated within one household, or for one row per person', () => {
    const data = dataset([
      ...monitorHousehold('HH1', [{ id: a, name: '吴大' }, { id: girl, name: '吴女' }]),
      rec('monitor', girl, { householdId: 'HH1', headIdNumber: a, relation: '之女' }),
      ...monitorHousehold('HH2', [{ id: b, name: '郑大' }]),
    ]);
    expect(runRule(rule, data).findings).toEqual([]);
  });

  it('without 户编号, compares the head ID numbers', () => {
    const same = dataset([
      rec('monitor', girl, { householdId: 'HH1', headIdNumber: a }),
      rec('monitor', girl, { headIdNumber: a }),
    ]);
    expect(runRule(rule, same).findings).toEqual([]);
    const other = dataset([
      rec('monitor', girl, { householdId: 'HH1', headIdNumber: a }),
      rec('monitor', girl, { headIdNumber: b }),
    ]);
    const { findings } = runRule(rule, other);
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toMatchObject({ id: 'DUPLICATE_PERSON', data: { households: [{ householdId: 'HH1' }, { householdId: null, headIdNumber: b }] } });
  });

  it('counts three households once, with a stable fingerprint', () => {
    const rows = (order: string[]) => dataset(order.map((h) => rec('monitor', girl, { householdId: h })));
    const f1 = runRule(rule, rows(['H1', 'H2', 'H3'])).findings;
    expect(f1).toHaveLength(1);
    expect(f1[0].message).toMatchObject({ id: 'DUPLICATE_PERSON', data: { households: [{ householdId: 'H1' }, { householdId: 'H2' }, { householdId: 'H3' }] } });
    const f2 = runRule(rule, rows(['H1', 'H2'])).findings;
    expect(f2[0].fingerprint).toBe(f1[0].fingerprint);
    expect(f2[0].evidenceHash).not.toBe(f1[0].evidenceHash);
  });
});
