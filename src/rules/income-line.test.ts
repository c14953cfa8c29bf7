import { describe, expect, it } from 'vitest';
import { describeIncomeLine, incomeLineFor, incomeLineProblems } from './income-line.js';
import { incomeLineText } from './messages.js';
import incomeBelowLine from './income-below-line.js';
import wrongExit from './wrong-exit.js';
import { dataset, makeId, monitorHousehold, runRule } from './test-helpers.js';
import { parseConfig } from '../config/load.js';

const TABLE = { '2023': 7300, '2025': 8700, default: 6700 };

describe('yearly income lines', () => {
  it('picks the year, then default, then the latest earlier year', () => {
    expect(incomeLineFor(6700, 2025)).toMatchObject({ yuan: 6700, from: 'single' });
    expect(incomeLineText(incomeLineFor(6700, 2025))).toBe('监测标准6700元');
    expect(incomeLineFor(TABLE, 2025)).toMatchObject({ yuan: 8700, from: 'year' });
    expect(incomeLineText(incomeLineFor(TABLE, 2025))).toBe('2025年度监测标准8700元');
    expect(incomeLineFor(TABLE, 2024)).toMatchObject({ yuan: 6700, from: 'default' });
    expect(incomeLineFor({ '2023': 7300, '2025': 8700 }, 2024)).toMatchObject({ yuan: 7300, from: 'earlier' });
    expect(incomeLineFor({ '2023': 7300, '2025': 8700 }, 2022)).toMatchObject({ yuan: 7300 });
    expect(incomeLineFor({ '2023': 7300, '2025': 8700 }, 2027)).toMatchObject({ yuan: 8700 });
  });

  it('describes the table for the 说明 sheet', () => {
    expect(describeIncomeLine(6700, '2025-06')).toBe('6700');
    expect(describeIncomeLine(TABLE, '2025-06')).toBe('2023年 7300；2025年 8700；其他年度 6700（本期 2025 年适用 8700；名单有“年度”列的户按其年度取标准）');
  });

  it('names a non-numeric year key or value', () => {
    expect(incomeLineProblems(TABLE)).toEqual([]);
    expect(incomeLineProblems({ '2025年': 8700 })[0]).toMatchObject({ key: '2025年' });
    expect(incomeLineProblems({ '2025': '8700' })[0]).toMatchObject({ key: '2025' });
    expect(incomeLineProblems('6700')[0]).toMatchObject({ key: null });
    expect(incomeLineProblems({})).toHaveLength(1);
    const bad = () => parseConfig({ sources: [{ kind: 'monitor', file: 'a.xlsx' }], rules: { incomeThreshold: { '2025': 8700, 二〇二四: 8000 } } }, 'fupin.config.json');
    expect(bad).toThrow(/rules\.incomeThreshold\.二〇二四/);
    const badValue = () => parseConfig({ sources: [{ kind: 'monitor', file: 'a.xlsx' }], rules: { incomeThreshold: { '2025': 'x' } } }, 'fupin.config.json');
    expect(badValue).toThrow(/rules\.incomeThreshold\.2025[\s\S]*数字/);
    const ok = parseConfig({ sources: [{ kind: 'monitor', file: 'a.xlsx' }], rules: { incomeThreshold: TABLE } }, 'fupin.config.json');
    expect(ok.rules.incomeThreshold).toEqual(TABLE);
  });

  it('uses the record 年度 when present, else the period year, in WRONG_EXIT and INCOME_BELOW_LINE', () => {
    const head = makeId('19700101');
    const hh = (f: Record<string, string>) => dataset(monitorHousehold('HH1', [{ id: head, name: '陈大' }], { f }), { period: '2025-06' });
    // Period year 2025 → 8700.
    const w = runRule(wrongExit, hh({ householdType: '脱贫户', perCapitaIncome: '8000' }), { incomeThreshold: TABLE }).findings;
    expect(w).toHaveLength(1);
    expect(w[0].description).toContain('低于2025年度监测标准8700元');
    // 年度 2023 → 7300: 8000 is above it.
    expect(runRule(wrongExit, hh({ householdType: '脱贫户', perCapitaIncome: '8000', year: '2023' }), { incomeThreshold: TABLE }).findings).toEqual([]);
    expect(runRule(wrongExit, hh({ householdType: '脱贫户', perCapitaIncome: '7299', year: '2023年' }), { incomeThreshold: TABLE }).findings[0].description)
      .toContain('低于2023年度监测标准7300元');
    // Boundary: exactly at the line is not below it.
    expect(runRule(incomeBelowLine, hh({ householdType: '一般户', perCapitaIncome: '8700' }), { incomeThreshold: TABLE }).findings).toEqual([]);
    const i = runRule(incomeBelowLine, hh({ householdType: '一般户', perCapitaIncome: '8699' }), { incomeThreshold: TABLE }).findings;
    expect(i[0].description).toContain('低于2025年度监测标准8700元');
  });
});
