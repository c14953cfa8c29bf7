// Yearly income lines (product-spec §9.2): rules.incomeThreshold is one number for every year, or a table by year
// { "2023": 7300, "2025": 8700, "default": 6700 }. Pure.
import type { AppliedLine, IncomeLine } from '../model/types.js';
import type { MonitorHousehold } from '../match/index-types.js';
import { formatYuan } from '../model/money.js';
import { householdField } from './finding.js';

export type { IncomeLine };

/**
 * The line for a year: the year's own row, else "default", else the latest earlier year's (a line holds until
 * the province changes it), else the earliest year's.
 */
export function incomeLineFor(line: IncomeLine, year: number): AppliedLine {
  if (typeof line === 'number') return { yuan: line, year, from: 'single' };
  const pick = (yuan: number, from: AppliedLine['from']): AppliedLine => ({ yuan, year, from });
  const own = line[String(year)];
  if (own !== undefined) return pick(own, 'year');
  if (line.default !== undefined) return pick(line.default, 'default');
  const years = Object.keys(line).filter((k) => /^\d{4}$/.test(k)).map(Number).sort((a, b) => a - b);
  const earlier = years.filter((y) => y < year);
  const y = earlier.length > 0 ? earlier[earlier.length - 1] : years[0];
  return pick(line[String(y)], 'earlier');
}

/** The year a household's income belongs to: its 年度 column when filled (a 4-digit year in it), else the period's. */
export function householdYear(hh: MonitorHousehold, period: string): { year: number; fromColumn: boolean } {
  const f = householdField(hh, 'year');
  const m = f ? /(19|20)\d{2}/.exec(f.value) : null;
  if (m) return { year: Number(m[0]), fromColumn: true };
  return { year: Number(period.slice(0, 4)), fromColumn: false };
}

/** The 说明 sheet's text for the configured line, naming the one this period's year uses. */
export function describeIncomeLine(line: IncomeLine, period: string): string {
  if (typeof line === 'number') return formatYuan(line);
  const year = Number(period.slice(0, 4));
  const rows = Object.entries(line)
    .sort(([a], [b]) => (a === 'default' ? 1 : b === 'default' ? -1 : a.localeCompare(b)))
    .map(([k, v]) => (k === 'default' ? `其他年度 ${formatYuan(v)}` : `${k}年 ${formatYuan(v)}`));
  return `${rows.join('；')}（本期 ${year} 年适用 ${formatYuan(incomeLineFor(line, year).yuan)}；名单有“年度”列的户按其年度取标准）`;
}

/** Problems of a table (config validation): keys that are not a year or "default", values that are not numbers. */
export function incomeLineProblems(value: unknown): { key: string | null; message: string }[] {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? [] : [{ key: null, message: '收入监测线应为不小于0的数字' }];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return [{ key: null, message: '收入监测线应为数字（元/人·年），或按年度的表，如 { "2025": 8700, "default": 6700 }' }];
  }
  const out: { key: string | null; message: string }[] = [];
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) out.push({ key: null, message: '按年度的收入监测线表不能为空' });
  for (const [k, v] of entries) {
    if (!/^\d{4}$/.test(k) && k !== 'default') out.push({ key: k, message: `“${k}”不是年度：键应为四位数字年份（如 "2025"）或 "default"` });
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) out.push({ key: k, message: '收入监测线应为不小于0的数字（元/人·年）' });
  }
  return out;
}
