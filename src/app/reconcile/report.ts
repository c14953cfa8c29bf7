// Step 4 of a run: counts per rule, the sources read and the report every output is written from (pure).
import { SOURCE_KINDS, type SourceKind } from '../../model/types.js';
import type { ColumnSource, SheetColumns } from '../../model/column-ref.js';
import type { RunReport, SourceSummary } from '../../model/report.js';
import { KINDS } from '../../model/kinds/index.js';
import { RULES } from '../../rules/index.js';
import type { ImportOutcome } from '../import-file.js';
import type { ImportRow } from '../../store/imports.js';
import type { Evaluation } from './evaluate.js';
import type { RunPlan } from './prepare.js';

export type RuleCounts = Record<string, { total: number; new: number; persisting: number; resolved: number; notEvaluated: number; falsePositive: number; exempted: number }>;

/** A source as the summary (and `reconcile --json`) shows it. */
export interface SummarySource {
  kind: SourceKind; files: string[]; rowsRead: number; rowsUsed: number; rowsRejected: number;
  /** field -> the column it came from (the first sheet that has it), product-spec §9.1 */
  columns: Record<string, ColumnSource>;
  /** the same per file and sheet, when a source has several */
  sheets: SheetColumns[];
}

export function countByRule(ev: Evaluation): RuleCounts {
  const counts: RuleCounts = {};
  const zero = () => ({ total: 0, new: 0, persisting: 0, resolved: 0, notEvaluated: 0, falsePositive: 0, exempted: 0 });
  const bump = (rule: string, k: keyof RuleCounts[string]) => { (counts[rule] ??= zero())[k]++; };
  for (const r of ev.rulesRun) counts[r] ??= zero();
  for (const f of ev.cls.listed) { bump(f.rule, 'total'); bump(f.rule, f.status === 'new' ? 'new' : 'persisting'); }
  for (const f of ev.cls.resolved) bump(f.rule, 'resolved');
  for (const f of ev.cls.notEvaluated) bump(f.rule, 'notEvaluated');
  for (const f of ev.cls.falsePositives) bump(f.rule, 'falsePositive');
  for (const f of ev.exempted) bump(f.rule, 'exempted');
  return counts;
}

export function summarizeSources(imports: ImportRow[], outcomes: ImportOutcome[]): SourceSummary[] {
  const byKind = new Map<SourceKind, SourceSummary>();
  for (const imp of imports) {
    const k = KINDS[imp.kind];
    let s = byKind.get(imp.kind);
    if (!s) byKind.set(imp.kind, (s = { kind: imp.kind, title: k.title, department: k.department, files: [], rowsRead: 0, rowsUsed: 0, rowsRejected: 0, columns: {} }));
    const o = outcomes.find((x) => x.importId === imp.id);
    s.files.push({ file: imp.file, sha256: imp.sha256, sheets: imp.sheets, rowsRead: imp.rowsRead, rowsUsed: imp.rowsUsed,
      rowsRejected: imp.rowsRejected, dataDate: o?.dataDate ?? imp.dataDate, columns: imp.columns });
    const cols = (s.columns ??= {});
    for (const sc of imp.columns) for (const [f, c] of Object.entries(sc.columns)) cols[f] ??= c;
    s.rowsRead += imp.rowsRead; s.rowsUsed += imp.rowsUsed; s.rowsRejected += imp.rowsRejected;
  }
  return SOURCE_KINDS.filter((k) => byKind.has(k)).map((k) => byKind.get(k)!);
}

export function summarySources(sources: SourceSummary[]): SummarySource[] {
  return SOURCE_KINDS.filter((k) => sources.some((s) => s.kind === k)).map((k) => {
    const s = sources.find((x) => x.kind === k)!;
    return { kind: k, files: s.files.map((f) => f.file), rowsRead: s.rowsRead, rowsUsed: s.rowsUsed, rowsRejected: s.rowsRejected,
      columns: s.columns ?? {}, sheets: s.files.flatMap((f) => f.columns ?? []) };
  });
}

/** Configured sources of which no file was found (a kind that has another file is not warned about). */
export function unmatchedWarnings(plan: RunPlan): string[] {
  return plan.unmatched.filter((u) => !plan.files.some((f) => f.source.kind === u.kind))
    .map((u) => `来源 ${u.kind}（${KINDS[u.kind].title}）本期没有匹配到文件：${u.file}`);
}

export function buildRunReport(plan: RunPlan, version: string, sources: SourceSummary[], ev: Evaluation, counts: RuleCounts, warnings: string[]): RunReport {
  return {
    county: plan.config.county, period: plan.period, referenceDate: plan.referenceDate, toolVersion: version, generatedAt: new Date().toISOString(),
    params: plan.params, sources,
    rules: RULES.map((r) => ({ code: r.code, title: r.title, category: r.category, leadDept: r.leadDept, subject: r.subject, params: r.params as string[] })),
    rulesRun: ev.rulesRun, rulesSkipped: ev.rulesSkipped, warnings,
    counts: Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, { total: v.total, new: v.new, persisting: v.persisting, resolved: v.resolved }])),
  };
}
