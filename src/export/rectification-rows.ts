// ExportFinding -> rows of the 整改清单 sheets (product-spec §6). Pure: masking and formula
// neutralisation happen here, so every writer gets the same safe text.
import type { ColumnSpec, OutCell } from './types.js';
import type { ExportFinding } from '../model/report.js';
import { STATUS_LABELS } from '../model/report.js';

export { STATUS_LABELS } from '../model/report.js';
import { maskIdsInText, maybeMaskId, neutralizeFormula } from './text-safety.js';
import { compareTownships, townshipKey } from './township-split.js';


/** Header of the fingerprint column; `verify` matches returned rows by it. */
export const FINGERPRINT_HEADER = '编号(请勿修改)';

export interface RectificationRow {
  seq: number;
  township: string;
  village: string;
  householdId: string;
  headName: string;
  headIdNumber: string;
  name: string;
  idNumber: string;
  problemType: string;
  description: string;
  basis: string;
  leadDept: string;
  status: string;
  verifyResult: string;
  verifyNote: string;
  measure: string;
  deadline: string;
  responsible: string;
  fingerprint: string;
}

/** Columns in sheet order; `key` ties a column to its RectificationRow field. */
// Widths chosen so the 18 printed columns fit A4 landscape at ≥ 8 pt (print-layout.ts); long text wraps.
export const RECTIFICATION_COLUMNS: readonly (ColumnSpec & { key: keyof RectificationRow })[] = [
  { key: 'seq', header: '序号', width: 5 },
  { key: 'township', header: '乡镇', width: 8 },
  { key: 'village', header: '村', width: 8 },
  { key: 'householdId', header: '户编号', width: 11 },
  { key: 'headName', header: '户主姓名', width: 7 },
  { key: 'headIdNumber', header: '户主身份证号', width: 11 },
  { key: 'name', header: '问题人员姓名', width: 7 },
  { key: 'idNumber', header: '问题人员身份证号', width: 11 },
  { key: 'problemType', header: '问题类型', width: 10, wrap: true },
  { key: 'description', header: '问题描述', width: 34, wrap: true },
  { key: 'basis', header: '比对依据', width: 15, wrap: true },
  { key: 'leadDept', header: '牵头单位', width: 8, wrap: true },
  { key: 'status', header: '状态', width: 6 },
  { key: 'verifyResult', header: '核实结果', width: 7 },
  { key: 'verifyNote', header: '核实说明', width: 12, wrap: true },
  { key: 'measure', header: '整改措施', width: 12, wrap: true },
  { key: 'deadline', header: '整改时限', width: 8 },
  { key: 'responsible', header: '责任人', width: 7 },
  // Kept visible (narrow) rather than hidden: hidden columns get lost when townships copy the
  // visible cells into a new sheet, and WPS shows hidden columns inconsistently. Outside the print area.
  { key: 'fingerprint', header: FINGERPRINT_HEADER, width: 12 },
];

export interface RectificationRowOptions {
  maskIdNumbers: boolean;
  /** rule code -> Chinese title (问题类型); falls back to the category, then the code. */
  ruleTitles?: Readonly<Record<string, string>>;
}

/** One row per finding, 序号 from 1 in the given order. */
export function toRectificationRows(findings: readonly ExportFinding[], opts: RectificationRowOptions): RectificationRow[] {
  return findings.map((f, i) => toRow(f, i + 1, opts));
}

function toRow(f: ExportFinding, seq: number, opts: RectificationRowOptions): RectificationRow {
  const mask = opts.maskIdNumbers;
  const v = f.verification ?? null;
  const t = (s: string | null | undefined): string => neutralizeFormula(s ?? '');
  return {
    seq,
    township: t(f.township),
    village: t(f.village),
    householdId: t(f.householdId),
    headName: t(f.headName),
    headIdNumber: t(maybeMaskId(f.headIdNumber, mask)),
    name: t(f.name),
    idNumber: t(maybeMaskId(f.idNumber, mask)),
    problemType: t(problemType(f, opts)),
    description: t(mask ? maskIdsInText(f.description) : f.description),
    basis: t(mask ? maskIdsInText(f.basis) : f.basis),
    leadDept: t(f.leadDept),
    status: STATUS_LABELS[f.status] ?? f.status,
    verifyResult: t(v?.result),
    verifyNote: t(v ? maybeMaskText(v.note, mask) : ''),
    measure: t(v ? maybeMaskText(v.measure, mask) : ''),
    deadline: t(v?.deadline),
    responsible: t(v?.responsible),
    fingerprint: t(f.fingerprint),
  };
}

/** The rule's title, with the national check numbers this finding answers next to it (product-spec §9.3). */
export function problemType(f: ExportFinding, opts: RectificationRowOptions): string {
  const title = opts.ruleTitles?.[f.rule] ?? (f.category || f.rule);
  return f.national && f.national.length > 0 ? `${title}（国家校验 ${f.national.join('、')}）` : title;
}

function maybeMaskText(s: string | null | undefined, mask: boolean): string {
  if (!s) return '';
  return mask ? maskIdsInText(s) : s;
}

/** Cell values of a row in column order. */
export function rectificationRowValues(row: RectificationRow): OutCell[] {
  return RECTIFICATION_COLUMNS.map((c) => row[c.key]);
}

/**
 * List order a township works through: township, village, household, rule (catalogue order),
 * person; the fingerprint makes it total, so the same data always gives the same 序号.
 */
export function sortFindingsForList(findings: readonly ExportFinding[], ruleOrder: readonly string[] = []): ExportFinding[] {
  const rank = new Map(ruleOrder.map((r, i) => [r, i]));
  const ruleRank = (r: string) => rank.get(r) ?? ruleOrder.length;
  const str = (s: string | null) => s ?? '';
  return [...findings].sort(
    (a, b) =>
      compareTownships(townshipKey(a.township), townshipKey(b.township)) ||
      cmp(str(a.village), str(b.village)) ||
      cmp(str(a.householdId ?? a.headIdNumber), str(b.householdId ?? b.headIdNumber)) ||
      ruleRank(a.rule) - ruleRank(b.rule) ||
      cmp(a.rule, b.rule) ||
      cmp(str(a.idNumber), str(b.idNumber)) ||
      cmp(a.fingerprint, b.fingerprint),
  );
}

const collator = new Intl.Collator('zh-CN');
function cmp(a: string, b: string): number {
  return a === b ? 0 : collator.compare(a, b);
}
