// Aggregates the inputs of the HTML report into the figures it shows. Pure; keeps no personal data:
// everything below is counts per township, rule, category, source or month.
import { compareCategories } from './report-colors.js';
import { namesOf, redact } from './report-format.js';
import { compareTownships, townshipKey } from './township-split.js';
import type { ExportFinding, RunReport } from '../model/report.js';

/** One month of the trend (oldest first in {@link ReportInput.trend}). */
export interface ReportTrendPoint {
  period: string;
  /** Findings listed that month (new + persisting). */
  open: number;
  new: number;
  resolved: number;
  falsePositive: number;
}

export interface ReportInput {
  report: RunReport;
  /** This period's findings (status new / persisting). */
  listed: ExportFinding[];
  /** 已销号 this period. */
  resolved: ExportFinding[];
  /** 核实不属实 (not listed again while the evidence is unchanged). */
  falsePositives: ExportFinding[];
  /** Taken off the lists by the 豁免清单 (product-spec §9.4). */
  exempted?: ExportFinding[];
  /** Month by month, oldest first, including this period. */
  trend: ReportTrendPoint[];
  /** Accepted for symmetry with the other writers; the report never shows ID numbers or names anyway. */
  mask: boolean;
}

export interface RuleRow {
  code: string;
  title: string;
  category: string;
  leadDept: string;
  new: number;
  persisting: number;
  total: number;
  resolved: number;
  falsePositive: number;
}

export interface TownshipRow {
  name: string;
  total: number;
  new: number;
  persisting: number;
  byCategory: Map<string, number>;
  byRule: Map<string, number>;
}

export interface SourceRow {
  title: string;
  department: string;
  files: { file: string; dataDate: string | null }[];
  rowsRead: number;
  rowsUsed: number;
  rowsRejected: number;
  /** rowsRejected / rowsRead, null when nothing was read. */
  rejectedShare: number | null;
  high: boolean;
}

export interface ReportModel {
  county: string;
  period: string;
  referenceDate: string;
  generatedAt: string;
  toolVersion: string;
  figures: {
    total: number; new: number; persisting: number; resolved: number; falsePositive: number; exempted: number;
    households: number; rowsRead: number; rowsRejected: number; rulesRun: number; rulesKnown: number; rulesSkipped: number;
  };
  /** The month before this one in the trend, if any. */
  previous: ReportTrendPoint | null;
  /** Categories with listed findings, in display order. */
  categories: string[];
  /** Townships with listed findings, most findings first. */
  townshipsByTotal: TownshipRow[];
  /** The same townships in the usual (pinyin, 未知乡镇 last) order. */
  townshipsByName: TownshipRow[];
  /** Rules with listed findings, by category then most findings first. */
  rules: RuleRow[];
  /** Rules that ran and found nothing to list this period. */
  quietRules: RuleRow[];
  /** Exempted findings per rule (titles), most first. */
  exemptedByRule: { code: string; title: string; count: number }[];
  sources: SourceRow[];
  skipped: { code: string; title: string; category: string; leadDept: string; reason: string }[];
  warnings: string[];
  /** Sorted by period; this period is always the last point. */
  trend: ReportTrendPoint[];
}

/** Share of rejected rows above which a source is highlighted. */
export const REJECTED_SHARE_ALERT = 0.05;

const isListed = (f: ExportFinding) => f.status === 'new' || f.status === 'persisting';

/** Household key for 涉及户数: head's ID, else household number, else the person (person rules). */
function householdKey(f: ExportFinding): string | null {
  if (f.headIdNumber) return `h:${f.headIdNumber}`;
  if (f.householdId) return `n:${f.householdId}`;
  if (f.subject !== 'row' && f.idNumber) return `p:${f.idNumber}`;
  return null;
}

function exemptedByRule(list: ExportFinding[], meta: Map<string, { title: string }>, clean: (s: string) => string): ReportModel['exemptedByRule'] {
  const n = new Map<string, number>();
  for (const f of list) n.set(f.rule, (n.get(f.rule) ?? 0) + 1);
  return [...n.entries()].map(([code, count]) => ({ code, title: clean(meta.get(code)?.title ?? code), count }))
    .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}

export function buildReportModel(input: ReportInput): ReportModel {
  const { report } = input;
  const listed = input.listed.filter(isListed);
  const names = namesOf([...input.listed, ...input.resolved, ...input.falsePositives]);
  const clean = (s: string) => redact(s, names);
  const meta = new Map(report.rules.map((r) => [r.code, r]));
  const ruleRows = ruleRowsOf(input, listed, meta, clean);
  const byCategoryThenTotal = (a: RuleRow, b: RuleRow) =>
    compareCategories(a.category, b.category) || b.total - a.total || a.code.localeCompare(b.code);
  const allRules = [...ruleRows.values()].sort(byCategoryThenTotal);
  const run = new Set(report.rulesRun);
  const { townshipsByName, categories } = townshipRows(listed, ruleRows);
  const figures = keyFigures(input, listed);
  const trend = trendOf(input, figures);
  return {
    county: clean(report.county),
    period: report.period,
    referenceDate: report.referenceDate,
    generatedAt: report.generatedAt,
    toolVersion: report.toolVersion,
    figures,
    previous: trend.length >= 2 ? trend[trend.length - 2] : null,
    categories: [...categories].sort(compareCategories),
    townshipsByTotal: [...townshipsByName].sort((a, b) => b.total - a.total),
    townshipsByName,
    rules: allRules.filter((r) => r.total > 0),
    quietRules: allRules.filter((r) => r.total === 0 && run.has(r.code)),
    exemptedByRule: exemptedByRule(input.exempted ?? [], meta, clean),
    sources: sourceRows(report, clean),
    skipped: report.rulesSkipped.map((s) => {
      const m = meta.get(s.rule);
      return {
        code: s.rule, title: clean(m?.title ?? s.rule), category: clean(m?.category ?? ''), leadDept: clean(m?.leadDept ?? ''),
        reason: clean(s.reason),
      };
    }),
    warnings: report.warnings.map(clean),
    trend,
  };
}

type RuleMetaMap = Map<string, RunReport['rules'][number]>;

/** One row per rule that ran or has findings: listed (new / persisting), resolved, false positives. */
function ruleRowsOf(input: ReportInput, listed: ExportFinding[], meta: RuleMetaMap, clean: (s: string) => string): Map<string, RuleRow> {
  const ruleRows = new Map<string, RuleRow>();
  const ruleRow = (code: string, category: string): RuleRow => {
    let r = ruleRows.get(code);
    if (!r) {
      const m = meta.get(code);
      r = {
        code, title: clean(m?.title ?? code), category: clean(m?.category ?? category), leadDept: clean(m?.leadDept ?? ''),
        new: 0, persisting: 0, total: 0, resolved: 0, falsePositive: 0,
      };
      ruleRows.set(code, r);
    }
    return r;
  };
  for (const code of input.report.rulesRun) ruleRow(code, '');
  for (const f of listed) {
    const r = ruleRow(f.rule, f.category);
    r.total++;
    if (f.status === 'new') r.new++;
    else r.persisting++;
  }
  for (const f of input.resolved) ruleRow(f.rule, f.category).resolved++;
  for (const f of input.falsePositives) ruleRow(f.rule, f.category).falsePositive++;
  return ruleRows;
}

/** Listed findings per township, by category and by rule; townships in their usual order. */
function townshipRows(listed: ExportFinding[], ruleRows: Map<string, RuleRow>): { townshipsByName: TownshipRow[]; categories: Set<string> } {
  const towns = new Map<string, TownshipRow>();
  const categories = new Set<string>();
  for (const f of listed) {
    // Township names come from user data: keep them, but never an ID-like number typed into the field.
    const name = redact(townshipKey(f.township));
    let t = towns.get(name);
    if (!t) towns.set(name, (t = { name, total: 0, new: 0, persisting: 0, byCategory: new Map(), byRule: new Map() }));
    const category = ruleRows.get(f.rule)?.category ?? f.category;
    categories.add(category);
    t.total++;
    if (f.status === 'new') t.new++;
    else t.persisting++;
    t.byCategory.set(category, (t.byCategory.get(category) ?? 0) + 1);
    t.byRule.set(f.rule, (t.byRule.get(f.rule) ?? 0) + 1);
  }
  return { townshipsByName: [...towns.values()].sort((a, b) => compareTownships(a.name, b.name)), categories };
}

function sourceRows(report: RunReport, clean: (s: string) => string): SourceRow[] {
  return report.sources.map((s) => {
    const share = s.rowsRead > 0 ? s.rowsRejected / s.rowsRead : null;
    return {
      title: clean(s.title), department: clean(s.department),
      files: s.files.map((f) => ({ file: clean(f.file), dataDate: f.dataDate })),
      rowsRead: s.rowsRead, rowsUsed: s.rowsUsed, rowsRejected: s.rowsRejected,
      rejectedShare: share, high: share !== null && share > REJECTED_SHARE_ALERT,
    };
  });
}

function keyFigures(input: ReportInput, listed: ExportFinding[]): ReportModel['figures'] {
  const { report } = input;
  const households = new Set<string>();
  for (const f of listed) {
    const k = householdKey(f);
    if (k) households.add(k);
  }
  return {
    total: listed.length,
    new: listed.filter((f) => f.status === 'new').length,
    persisting: listed.filter((f) => f.status === 'persisting').length,
    resolved: input.resolved.length,
    falsePositive: input.falsePositives.length,
    exempted: input.exempted?.length ?? 0,
    households: households.size,
    rowsRead: report.sources.reduce((n, s) => n + s.rowsRead, 0),
    rowsRejected: report.sources.reduce((n, s) => n + s.rowsRejected, 0),
    rulesRun: report.rulesRun.length,
    rulesKnown: new Set([...report.rules.map((r) => r.code), ...report.rulesRun, ...report.rulesSkipped.map((s) => s.rule)]).size,
    rulesSkipped: report.rulesSkipped.length,
  };
}

/** Sorted, one point per period, this period last; this period's point always agrees with the key figures. */
function trendOf(input: ReportInput, figures: ReportModel['figures']): ReportTrendPoint[] {
  const { report } = input;
  const byPeriod = new Map<string, ReportTrendPoint>();
  for (const p of input.trend) if (p.period <= report.period) byPeriod.set(p.period, { ...p });
  byPeriod.set(report.period, {
    period: report.period, open: figures.total, new: figures.new, resolved: figures.resolved, falsePositive: figures.falsePositive,
  });
  return [...byPeriod.values()].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
}

/**
 * The trend series from `fupin history` data (buildHistory's HistoryPeriod[] fits this shape): per
 * period the sums over rules of total (= listed, i.e. open), new, resolved and falsePositive.
 * Periods after `upTo` are dropped.
 */
export function trendFromHistory(
  history: readonly { period: string; rules: readonly { total: number; new: number; resolved: number; falsePositive?: number }[] }[],
  upTo?: string,
): ReportTrendPoint[] {
  return history
    .filter((h) => upTo === undefined || h.period <= upTo)
    .map((h) => ({
      period: h.period,
      open: h.rules.reduce((n, r) => n + r.total, 0),
      new: h.rules.reduce((n, r) => n + r.new, 0),
      resolved: h.rules.reduce((n, r) => n + r.resolved, 0),
      falsePositive: h.rules.reduce((n, r) => n + (r.falsePositive ?? 0), 0),
    }))
    .sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
}
