// The 汇总 sheet of the 整改清单: township × rule counts, with status totals. Pure.
import type { OutCell } from './types.js';
import type { ExportFinding, RunReport } from '../model/report.js';
import { compareTownships, townshipKey } from './township-split.js';

export interface SummaryInput {
  findings: readonly ExportFinding[];
  resolved: readonly ExportFinding[];
  falsePositives: readonly ExportFinding[];
}

export interface SummaryTable {
  header: string[];
  rows: OutCell[][];
  total: OutCell[];
}

/** Status columns after the per-rule counts (合计 counts the listed findings). */
export const SUMMARY_STATUS_HEADERS = ['合计', '新增', '持续', '未评估', '已销号', '核实不属实'] as const;

/** rule code -> Chinese title, from the catalogue in the report. */
export function ruleTitles(report: RunReport): Record<string, string> {
  return Object.fromEntries(report.rules.map((r) => [r.code, r.title]));
}

/** Rules that ran or have findings: catalogue order first, unknown codes after, by code. */
export function summaryRules(report: RunReport, input: SummaryInput): string[] {
  const wanted = new Set(report.rulesRun);
  for (const list of [input.findings, input.resolved, input.falsePositives]) for (const f of list) wanted.add(f.rule);
  const ordered = report.rules.map((r) => r.code).filter((c) => wanted.has(c));
  const extra = [...wanted].filter((c) => !ordered.includes(c)).sort();
  return [...ordered, ...extra];
}

/** One row per township (only `township` when given), then a 合计 row. */
export function buildSummary(report: RunReport, input: SummaryInput, township?: string): SummaryTable {
  const rules = summaryRules(report, input);
  const titles = ruleTitles(report);
  const col = new Map(rules.map((r, i) => [r, i]));
  const n = rules.length;
  const width = n + SUMMARY_STATUS_HEADERS.length;
  // Offsets of the status columns within a row's counts.
  const [TOTAL, NEW, PERSIST, NOT_EVAL, RESOLVED, FALSE_POS] = [0, 1, 2, 3, 4, 5].map((i) => n + i);

  const counts = new Map<string, number[]>();
  const bucket = (t: string | null): number[] | null => {
    const k = townshipKey(t);
    if (township !== undefined && k !== townshipKey(township)) return null;
    let c = counts.get(k);
    if (!c) counts.set(k, (c = new Array<number>(width).fill(0)));
    return c;
  };
  if (township !== undefined) bucket(township);

  for (const f of input.findings) {
    const c = bucket(f.township);
    if (!c) continue;
    c[col.get(f.rule)!]++;
    c[TOTAL]++;
    if (f.status === 'new') c[NEW]++;
    else if (f.status === 'persisting') c[PERSIST]++;
    else if (f.status === 'not_evaluated') c[NOT_EVAL]++;
  }
  for (const f of input.resolved) {
    const c = bucket(f.township);
    if (c) c[RESOLVED]++;
  }
  for (const f of input.falsePositives) {
    const c = bucket(f.township);
    if (c) c[FALSE_POS]++;
  }

  const keys = [...counts.keys()].sort(compareTownships);
  const total = new Array<number>(width).fill(0);
  const rows = keys.map((k) => {
    const c = counts.get(k)!;
    c.forEach((v, i) => (total[i] += v));
    return [k, ...c];
  });
  return {
    // Township officials read titles, not codes (the codes are in the 说明 sheet).
    header: ['乡镇', ...rules.map((r) => titles[r] ?? r), ...SUMMARY_STATUS_HEADERS],
    rows,
    total: ['合计', ...total],
  };
}
