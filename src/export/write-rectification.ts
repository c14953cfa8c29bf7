// 整改清单-<period>.xlsx (product-spec §6): 汇总, one sheet per rule category, 已销号, 核实不属实, 说明.
import type { ColumnSpec, ExportOptions } from './types.js';
import type { ExportFinding, RunReport } from '../model/report.js';
import { NOTES_COLUMNS, buildNotes } from './notes-rows.js';
import {
  RECTIFICATION_COLUMNS,
  rectificationRowValues,
  sortFindingsForList,
  toRectificationRows,
} from './rectification-rows.js';
import { SUMMARY_STATUS_HEADERS, buildSummary, ruleTitles, summaryRules } from './rectification-summary.js';
import { SheetNames } from './sheet-name.js';
import { neutralizeFormula } from './text-safety.js';
import { townshipKey } from './township-split.js';
import { writeXlsxStream, type StreamBook } from './xlsx-stream.js';
import { VERDICTS, signatureRows } from './signature.js';

export interface RectificationInput {
  findings: ExportFinding[];
  resolved: ExportFinding[];
  falsePositives: ExportFinding[];
  /** County workbook only: findings taken off the lists by the 豁免清单 (sheet 已豁免). */
  exempted?: ExportFinding[];
  report: RunReport;
  /** Write one township's list: only its findings are listed and counted. */
  township?: string;
}

export const SUMMARY_SHEET = '汇总';
export const RESOLVED_SHEET = '已销号';
export const FALSE_POSITIVE_SHEET = '核实不属实';
export const NOTES_SHEET = '说明';
export const EXEMPTED_SHEET = '已豁免';

export async function writeRectificationWorkbook(path: string, input: RectificationInput, opts: ExportOptions): Promise<void> {
  const { report, township } = input;
  // Defensive: a township's workbook never carries another township's people.
  const only = (list: ExportFinding[]) =>
    township === undefined ? list : list.filter((f) => townshipKey(f.township) === townshipKey(township));
  const findings = only(input.findings);
  const resolved = only(input.resolved);
  const falsePositives = only(input.falsePositives);

  const titles = ruleTitles(report);
  const ruleOrder = summaryRules(report, { findings, resolved, falsePositives });
  const rowOpts = { maskIdNumbers: opts.maskIdNumbers, ruleTitles: titles, report, township };
  const names = new SheetNames([SUMMARY_SHEET, RESOLVED_SHEET, FALSE_POSITIVE_SHEET, EXEMPTED_SHEET, NOTES_SHEET]);
  // A township's list never shows exemptions: they are off its lists by decision of the county.
  const exempted = township === undefined ? input.exempted ?? [] : [];

  await writeXlsxStream(path, async (book) => {
    // 汇总
    const summary = buildSummary(report, { findings, resolved, falsePositives }, township);
    // Rule columns hold counts under long "CODE 标题" headers: the headers are turned 90° so the codes stay whole.
    const ruleColumns = summary.header.length - SUMMARY_STATUS_HEADERS.length;
    const summaryCols: ColumnSpec[] = summary.header.map((h, i) => ({
      header: h,
      width: i === 0 ? 12 : i < ruleColumns ? 6 : Math.min(24, Math.max(8, h.length + 2)),
      wrap: i > 0,
      verticalHeader: i > 0 && i < ruleColumns,
    }));
    const sum = await book.table({
      name: SUMMARY_SHEET, columns: summaryCols, title: listTitle(report, township, SUMMARY_SHEET), print: { landscape: true, repeatFirstColumn: true },
    });
    await sum.addAll(summary.rows);
    await sum.add(summary.total, 'bold');
    sum.commit();

    // One sheet per category, categories in catalogue order.
    for (const [category, list] of byCategory(findings, report, ruleOrder)) {
      await listSheet(book, names.take(category), sortFindingsForList(list, ruleOrder), rowOpts);
    }
    if (resolved.length) {
      const asResolved = resolved.map((f) => ({ ...f, status: 'resolved' as const }));
      await listSheet(book, RESOLVED_SHEET, sortFindingsForList(asResolved, ruleOrder), rowOpts);
    }
    if (falsePositives.length) {
      const asFalse = falsePositives.map((f) => ({ ...f, status: 'false_positive' as const }));
      await listSheet(book, FALSE_POSITIVE_SHEET, sortFindingsForList(asFalse, ruleOrder), rowOpts);
    }

    if (exempted.length) await exemptedSheet(book, sortFindingsForList(exempted, ruleOrder), rowOpts);

    // 说明
    const notes = await book.free(NOTES_SHEET, NOTES_COLUMNS);
    for (const r of buildNotes(report, { township, maskIdNumbers: opts.maskIdNumbers })) await notes.add(r.cells, r.style);
    notes.commit();
  });
}

/** "示例县 甲镇 防返贫动态监测疑点整改清单（2026-10）— 四类人员": county, township and period on every printed page. */
export function listTitle(report: RunReport, township: string | undefined, sheet: string): string {
  return `${report.county} ${township ?? '全县'} 防返贫动态监测疑点整改清单（${report.period}）— ${sheet}`;
}

const VERDICT_COLUMN = RECTIFICATION_COLUMNS.findIndex((c) => c.key === 'verifyResult') + 1;
/** The 编号 column is last and not printed: townships need not see it on paper, verify needs it on screen. */
const PRINTED_COLUMNS = RECTIFICATION_COLUMNS.findIndex((c) => c.key === 'fingerprint');

async function listSheet(
  book: StreamBook,
  name: string,
  findings: ExportFinding[],
  rowOpts: { maskIdNumbers: boolean; ruleTitles: Record<string, string>; report: RunReport; township?: string },
): Promise<void> {
  const sheet = await book.table({
    name, columns: RECTIFICATION_COLUMNS, title: listTitle(rowOpts.report, rowOpts.township, name),
    print: { landscape: true, columns: PRINTED_COLUMNS },
    dropDowns: [{ column: VERDICT_COLUMN, values: VERDICTS, prompt: '入户核实后选择：属实 或 不属实' }],
  });
  // Rows one at a time: 100,000 findings never exist as one array of rows.
  for (let i = 0; i < findings.length; i++) {
    const [row] = toRectificationRows([findings[i]], rowOpts);
    row.seq = i + 1;
    await sheet.add(rectificationRowValues(row));
  }
  await sheet.addAfterData(signatureRows(RECTIFICATION_COLUMNS.length));
  sheet.commit();
}

/** 已豁免: the list's columns up to 状态, then the exemption's reason, document number and end date. */
export const EXEMPTED_COLUMNS: readonly ColumnSpec[] = [
  ...RECTIFICATION_COLUMNS.slice(0, RECTIFICATION_COLUMNS.findIndex((c) => c.key === 'status') + 1),
  { header: '豁免原因', width: 30, wrap: true },
  { header: '批准文号', width: 20, wrap: true },
  { header: '有效期至', width: 12 },
  { header: '豁免清单出处', width: 24, wrap: true },
];

async function exemptedSheet(book: StreamBook, findings: ExportFinding[], rowOpts: { maskIdNumbers: boolean; ruleTitles: Record<string, string>; report: RunReport }): Promise<void> {
  // Printed like the lists (title with county and period, landscape); no 核实结果 drop-down: nothing to verify.
  const sheet = await book.table({
    name: EXEMPTED_SHEET, columns: EXEMPTED_COLUMNS, title: listTitle(rowOpts.report, undefined, EXEMPTED_SHEET), print: { landscape: true },
  });
  const upTo = RECTIFICATION_COLUMNS.findIndex((c) => c.key === 'status') + 1;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    const [row] = toRectificationRows([f], rowOpts);
    row.seq = i + 1;
    const e = f.exemption;
    await sheet.add([
      ...rectificationRowValues(row).slice(0, upTo),
      neutralizeFormula(e?.reason ?? ''), neutralizeFormula(e?.docNo ?? ''), e?.validUntil ?? '长期',
      e ? neutralizeFormula(`${e.file}「${e.sheet}」第${e.row}行`) : '',
    ]);
  }
  sheet.commit();
}

/** Findings grouped by category; catalogue order of categories first, then the rest by name. */
function byCategory(findings: ExportFinding[], report: RunReport, ruleOrder: string[]): Map<string, ExportFinding[]> {
  const order: string[] = [];
  const catOfRule = new Map(report.rules.map((r) => [r.code, r.category]));
  for (const code of ruleOrder) {
    const c = catOfRule.get(code);
    if (c && !order.includes(c)) order.push(c);
  }
  const groups = new Map<string, ExportFinding[]>();
  for (const f of findings) {
    const c = f.category || catOfRule.get(f.rule) || f.rule;
    let g = groups.get(c);
    if (!g) groups.set(c, (g = []));
    g.push(f);
  }
  const rank = (c: string) => {
    const i = order.indexOf(c);
    return i < 0 ? order.length : i;
  };
  return new Map([...groups.entries()].sort((a, b) => rank(a[0]) - rank(b[0]) || a[0].localeCompare(b[0], 'zh-CN')));
}
