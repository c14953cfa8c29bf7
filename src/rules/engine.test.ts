import { describe, expect, it } from 'vitest';
import { runRules, skipReason } from './engine.js';
import { RULES } from './index.js';
import { dataset, makeId, monitorHousehold, params, rec, rejected } from './test-helpers.js';

describe('runRules', () => {
  const a = makeId('19700101');
  const b = makeId('19710101');
  const kid = makeId('2015-03-01');

  function county() {
    return dataset([
      ...monitorHousehold('HH2', [{ id: b, name: '乙' }], { township: '东镇', village: '二村' }),
      ...monitorHousehold('HH1', [{ id: a, name: '甲' }, { id: kid, name: '甲小' }], { township: '东镇', village: '一村' }),
      rec('vehicle', a, { name: '甲', f: { vehicleType: 'K33', vehicleStatus: '正常', plate: '贵A·1' } }),
      rec('vehicle', b, { name: '乙', f: { vehicleType: 'K33', vehicleStatus: '状态X', plate: '贵A·2' } }),
      rec('vehicle', b, { name: '乙', f: { vehicleType: 'K33', vehicleStatus: '状态X', plate: '贵A·3' } }),
      rec('housing', b, { f: { grade: 'E', renovation: '' } }),
    ], { rejected: [rejected('monitor', '12345', { reason: 'LENGTH', name: '丙', township: '西镇' })] });
  }

  it('runs what it can, skips rules whose sources are missing, with a Chinese reason', () => {
    const r = runRules(county(), params());
    expect(r.rulesRun).toEqual(['FOUR_CAT_VEHICLE', 'WRONG_EXIT', 'HOUSING_UNSAFE', 'ID_INVALID', 'ID_NAME_CONFLICT',
      'HH_STRUCTURE', 'SEX_MISMATCH', 'DUPLICATE_PERSON', 'AGE_FIELD_MISMATCH', 'FLAG_CONTRADICTION',
      'QUICK_EXIT', 'NO_LABOR_ELIMINATED', 'NO_ASSISTANCE', 'WATER_UNSAFE', 'INCOME_BELOW_LINE', 'TEKUN_ABLE_BODIED', 'RISK_MISMATCH', 'WORK_RECORD_IMPLAUSIBLE', 'MEASURE_MISMATCH', 'MONITOR_FIELD_MISSING', 'EDUCATION_RECORD_CONFLICT', 'LAND_AREA_IMPLAUSIBLE']);
    expect(r.rulesSkipped).toContainEqual({ rule: 'EDU_DROPOUT', reason: '未配置或本期无文件：学籍(教育)' });
    expect(r.rulesSkipped).toContainEqual({ rule: 'FOUR_CAT_STAFF', reason: '未配置或本期无文件：财政供养人员(财政/编办)' });
    expect(r.rulesSkipped.find((s) => s.rule === 'MISSED')!.reason).toContain('至少需要其中之一');
    expect(r.rulesSkipped.find((s) => s.rule === 'DECEASED_LISTED')!.reason).toBe('未配置或本期无文件：死亡人员/户籍注销(公安/民政)');
    expect(r.rulesRun.length + r.rulesSkipped.length).toBe(RULES.length);
  });

  it('skips disabled rules', () => {
    const r = runRules(county(), params({ disabled: ['four_cat_vehicle', 'ID_INVALID'] }));
    expect(r.rulesSkipped).toContainEqual({ rule: 'FOUR_CAT_VEHICLE', reason: '配置中已停用' });
    expect(r.rulesSkipped).toContainEqual({ rule: 'ID_INVALID', reason: '配置中已停用' });
    expect(r.findings.some((f) => f.rule === 'FOUR_CAT_VEHICLE' || f.rule === 'ID_INVALID')).toBe(false);
  });

  it('aggregates unknown values with a count and the first example', () => {
    const r = runRules(county(), params());
    expect(r.unknownValues).toEqual([
      { kind: 'housing', field: 'grade', value: 'E', count: 1, example: { kind: 'housing', file: 'housing.xlsx', sheet: 'Sheet1', row: expect.any(Number) } },
      { kind: 'vehicle', field: 'vehicleStatus', value: '状态X', count: 2, example: expect.objectContaining({ kind: 'vehicle' }) },
    ]);
  });

  it('lists formula errors kept at import (outside the ID column) with the unknown values', () => {
    const data = county();
    const withErrors = rec('housing', a, { name: '', f: { grade: 'C', _cellErrors: 'name=#REF!;renovation=#N/A' } });
    data.records.get('housing')!.push(withErrors);
    const r = runRules(data, params());
    const at = { kind: 'housing', file: withErrors.file, sheet: withErrors.sheet, row: withErrors.row };
    expect(r.unknownValues).toContainEqual({ kind: 'housing', field: 'name', value: '#REF!', count: 1, example: at });
    expect(r.unknownValues).toContainEqual({ kind: 'housing', field: 'renovation', value: '#N/A', count: 1, example: at });
    // the record itself is still used (its grade C house is a finding)
    expect(r.findings.some((f) => f.rule === 'HOUSING_UNSAFE' && f.idNumber === a)).toBe(true);
  });

  it('sorts findings by rule order, township, village (pinyin order), household and ID', () => {
    const data = dataset([
      ...monitorHousehold('HH2', [{ id: b, name: '乙' }], { township: '东镇', village: '白村' }),
      ...monitorHousehold('HH1', [{ id: a, name: '甲' }], { township: '东镇', village: '安村' }),
      rec('vehicle', a, { f: { vehicleType: 'K33' } }),
      rec('vehicle', b, { f: { vehicleType: 'K33' } }),
    ], { rejected: [rejected('monitor', '12345', { reason: 'LENGTH', name: '丙', township: '西镇' })] });
    const r = runRules(data, params());
    expect(r.findings.map((f) => [f.rule, f.householdId])).toEqual([
      ['FOUR_CAT_VEHICLE', 'HH1'], ['FOUR_CAT_VEHICLE', 'HH2'], ['ID_INVALID', null],
    ]);
    // Same input in another order: same output.
    const shuffled = dataset([...data.records.get('vehicle')!.slice().reverse(), ...data.records.get('monitor')!.slice().reverse()], { rejected: data.rejected });
    expect(runRules(shuffled, params()).findings.map((f) => f.fingerprint)).toEqual(r.findings.map((f) => f.fingerprint));
  });

  it('gives unique fingerprints', () => {
    const r = runRules(county(), params());
    const fps = r.findings.map((f) => f.fingerprint);
    expect(new Set(fps).size).toBe(fps.length);
  });

  it('names the rule and the missing kind in skipReason', () => {
    const missed = RULES.find((r) => r.code === 'MISSED')!;
    expect(skipReason(missed, new Set(['monitor', 'illness']), new Set())).toBeNull();
    expect(skipReason(missed, new Set(['illness']), new Set())).toBe('未配置或本期无文件：防止返贫致贫监测名单(乡村振兴)');
  });
});
