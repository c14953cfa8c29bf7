import { describe, expect, it } from 'vitest';
import { missingFields, missingFieldWarning, unrecognisedColumns, unrecognisedColumnWarning } from './field-coverage.js';
import { dataset, idOfAge, rec } from '../rules/test-helpers.js';
import type { SheetColumns } from '../model/column-ref.js';
import type { SourceKind } from '../model/types.js';
import { RULES } from '../rules/index.js';
import { KINDS } from '../model/kinds/index.js';

const sheet = (fields: string[], file = 'monitor.xlsx'): SheetColumns => ({
  file, sheet: 'Sheet1', headerRow: 3,
  columns: Object.fromEntries(fields.map((f, i) => [f, { letter: String.fromCharCode(65 + i), header: f }])),
});

describe('missingFields', () => {
  it('reads the fields each rule declares in its meta: known fields of rosters the rule reads', () => {
    for (const r of RULES) {
      expect(r.needs, r.code).toBeTypeOf('object');
      for (const [kind, fields] of Object.entries(r.needs) as [SourceKind, string[]][]) {
        expect([...r.requires, ...(r.requiresAny ?? [])], `${r.code} ${kind}`).toContain(kind);
        for (const f of fields) expect(KINDS[kind].fields.map((x) => x.name), `${r.code} ${kind}.${f}`).toContain(f);
      }
    }
    expect(RULES.filter((r) => Object.keys(r.needs).length > 0)).toHaveLength(22);
  });
  it('names the national checks silenced by a custom export without their columns', () => {
    const byKind = new Map<SourceKind, SheetColumns[]>([['monitor', [sheet(['idNumber', 'name', 'householdId', 'waterSafe'])]]]);
    const m = missingFields(byKind, ['RISK_MISMATCH', 'TEKUN_ABLE_BODIED', 'MONITOR_FIELD_MISSING', 'LAND_AREA_IMPLAUSIBLE']);
    expect(m.find((x) => x.field === 'risk1')?.rules).toEqual(['RISK_MISMATCH']);
    expect(m.find((x) => x.field === 'health')?.rules).toEqual(['RISK_MISMATCH', 'TEKUN_ABLE_BODIED']);
    expect(m.find((x) => x.field === 'monitorContact')?.rules).toEqual(['MONITOR_FIELD_MISSING']);
    expect(m.find((x) => x.field === 'waterSafe')).toBeUndefined();
  });
  it('names a field a rule that ran reads and no sheet maps, with every rule it silences', () => {
    const byKind = new Map<SourceKind, SheetColumns[]>([['monitor', [sheet(['idNumber', 'name', 'riskEliminated', 'identifiedAt'])]]]);
    const m = missingFields(byKind, ['QUICK_EXIT', 'WRONG_EXIT']);
    const elim = m.find((x) => x.field === 'eliminatedAt');
    expect(elim).toMatchObject({ kind: 'monitor', title: '风险消除时间', rules: ['QUICK_EXIT'] });
    expect(m.find((x) => x.field === 'perCapitaIncome')?.rules).toEqual(['WRONG_EXIT']);
    expect(missingFieldWarning(elim!)).toContain('QUICK_EXIT 改为按历次导入的名单判断');
  });
  it('says nothing when a second sheet has the field, when the rule did not run, or when the kind has no column record', () => {
    const byKind = new Map<SourceKind, SheetColumns[]>([['monitor', [sheet(['idNumber']), sheet(['eliminatedAt', 'riskEliminated', 'identifiedAt'], 'b.xlsx')]]]);
    expect(missingFields(byKind, ['QUICK_EXIT'])).toEqual([]);
    expect(missingFields(byKind, [])).toEqual([]);
    expect(missingFields(new Map([['monitor', []]]), ['QUICK_EXIT'])).toEqual([]);
  });
});

describe('unrecognisedColumns', () => {
  const people = (values: string[], field: string) => values.map((v, i) => rec('monitor', idOfAge(30 + i), { f: { [field]: v }, row: 4 + i }));
  it('warns about a column in which no filled value is understood, naming its letter and header, never an ID', () => {
    const recs = people(['甲类', '乙类', '甲类', '丙类', '522422196501011013'], 'enjoysDibao');
    const u = unrecognisedColumns(dataset(recs), [{ file: recs[0].file, sheet: recs[0].sheet, headerRow: 3, columns: { enjoysDibao: { letter: 'AZ', header: '低保情况' } } }]);
    expect(u).toHaveLength(1);
    expect(u[0]).toMatchObject({ field: 'enjoysDibao', letter: 'AZ', header: '低保情况', rows: 5, distinct: 4 });
    const w = unrecognisedColumnWarning(u[0]);
    expect(w).toContain('AZ 列「低保情况」');
    expect(w).not.toContain('522422196501011013');
  });
  it('is silent when one value is understood, and for columns of fewer than five filled rows', () => {
    expect(unrecognisedColumns(dataset(people(['甲类', '乙类', '农村低保', '丙类', '丁类'], 'enjoysDibao')), [])).toEqual([]);
    expect(unrecognisedColumns(dataset(people(['甲类', '乙类', '丙类', '丁类'], 'enjoysDibao')), [])).toEqual([]);
    expect(unrecognisedColumns(dataset(people(['202406', '2024-06', '2024年6月', '20240615', '202412'], 'eliminatedAt')), [])).toEqual([]);
  });
});
