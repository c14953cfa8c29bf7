// Rows of 数据质量-<period>.xlsx: rejected rows, ID problems, likely typos, unknown values, per-file
// counts. Pure; masking and formula neutralisation happen here.
import type { Evidence, Finding, RejectedRow, SourceKind, UnknownValue } from '../model/types.js';
import { KINDS } from '../model/kinds/index.js';
import { reasonLabel } from '../model/reasons.js';
import { maskIdsInText, maskRawValue, maybeMaskId, neutralizeFormula } from './text-safety.js';
import type { ColumnSpec, OutCell } from './types.js';
import type { IdTypoSuspect, RunReport } from '../model/report.js';

export const DQ_SHEETS = {
  rejected: '不可用行',
  idProblems: '身份证号问题',
  idTypos: '疑似号码录入错误',
  unknownValues: '未识别取值',
  summary: '汇总',
} as const;

export const REJECTED_COLUMNS: readonly ColumnSpec[] = [
  { header: '来源', width: 14 },
  { header: '文件', width: 24, wrap: true },
  { header: '工作表', width: 12 },
  { header: '行号', width: 7 },
  { header: '列', width: 14 },
  { header: '原因', width: 14 },
  { header: '原因说明', width: 30, wrap: true },
  { header: '原始数据', width: 70, wrap: true },
  { header: '姓名', width: 10 },
  { header: '乡镇', width: 10 },
  { header: '村', width: 12 },
];

export const ID_PROBLEM_COLUMNS: readonly ColumnSpec[] = [
  { header: '序号', width: 6 },
  { header: '问题类型', width: 18 },
  { header: '姓名', width: 10 },
  { header: '身份证号', width: 21 },
  { header: '乡镇', width: 10 },
  { header: '村', width: 12 },
  { header: '问题描述', width: 60, wrap: true },
  { header: '涉及记录', width: 40, wrap: true },
  { header: '牵头单位', width: 14, wrap: true },
];

export const ID_TYPO_COLUMNS: readonly ColumnSpec[] = [
  { header: '来源', width: 14 },
  { header: '文件', width: 24, wrap: true },
  { header: '工作表', width: 12 },
  { header: '行号', width: 7 },
  { header: '姓名', width: 10 },
  { header: '乡镇', width: 10 },
  { header: '村', width: 12 },
  { header: '填写的号码', width: 21 },
  { header: '建议更正为', width: 21 },
  { header: '差异', width: 24, wrap: true },
  { header: '依据', width: 40, wrap: true },
];

export const UNKNOWN_VALUE_COLUMNS: readonly ColumnSpec[] = [
  { header: '来源', width: 14 },
  { header: '字段', width: 14 },
  { header: '取值', width: 24, wrap: true },
  { header: '次数', width: 8 },
  { header: '示例文件', width: 24, wrap: true },
  { header: '示例工作表', width: 12 },
  { header: '示例行', width: 8 },
];

export const DQ_SUMMARY_COLUMNS: readonly ColumnSpec[] = [
  { header: '来源', width: 14 },
  { header: '提供部门', width: 14 },
  { header: '文件', width: 30, wrap: true },
  { header: '数据日期', width: 12 },
  { header: '读取行数', width: 10 },
  { header: '可用行数', width: 10 },
  { header: '不可用行数', width: 10 },
  { header: '不可用比例', width: 10 },
];

/** Chinese title of a kind: the run's own label first, then the catalogue, then the code. */
export function kindTitle(kind: SourceKind, report?: RunReport): string {
  return report?.sources.find((s) => s.kind === kind)?.title ?? KINDS[kind]?.title ?? kind;
}

const t = (s: string | null | undefined): string => neutralizeFormula(s ?? '');

export function rejectedRowValues(r: RejectedRow, mask: boolean, report?: RunReport): OutCell[] {
  const raw = Object.entries(r.raw)
    .filter(([, v]) => v !== '')
    .map(([h, v]) => `${h}=${mask ? maskRawValue(h, v) : v}`)
    .join('; ');
  return [
    kindTitle(r.kind, report), t(r.file), t(r.sheet), r.row, t(r.column), reasonLabel(r.reason, r.reasonText), t(r.reasonText),
    t(raw), t(r.name), t(r.township), t(r.village),
  ];
}

export function evidenceText(e: Evidence, report?: RunReport): string {
  return `${kindTitle(e.kind, report)} ${e.file} ${e.sheet} 第${e.row}行`;
}

export function idProblemValues(f: Finding, seq: number, mask: boolean, report?: RunReport): OutCell[] {
  const title = report?.rules.find((r) => r.code === f.rule)?.title ?? f.rule;
  const text = (s: string) => t(mask ? maskIdsInText(s) : s);
  return [
    seq, title, t(f.name), t(maybeMaskId(f.idNumber, mask)), t(f.township), t(f.village),
    text(f.description), text(f.evidence.map((e) => evidenceText(e, report)).join('；')), t(f.leadDept),
  ];
}

export function idTypoValues(s: IdTypoSuspect, mask: boolean, report?: RunReport): OutCell[] {
  const basis = `${kindTitle(s.matchedKind, report)} ${s.matchedFile} 第${s.matchedRow}行`;
  return [
    kindTitle(s.kind, report), t(s.file), t(s.sheet), s.row, t(s.name), t(s.township), t(s.village),
    t(maybeMaskId(s.badIdNumber, mask)), t(maybeMaskId(s.suggestedIdNumber, mask)),
    t(describeIdDifference(s.badIdNumber, s.suggestedIdNumber)), t(basis),
  ];
}

/**
 * Where the written number differs from the suggestion, e.g. "第11位 3→5；第12位 5→3".
 * Needed because masking hides the middle of both numbers; it reveals only the differing digits.
 */
export function describeIdDifference(bad: string, good: string): string {
  const a = Array.from(bad);
  const b = Array.from(good);
  if (a.length !== b.length) return `位数不同：填写${a.length}位，应为${b.length}位`;
  const diffs: string[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diffs.push(`第${i + 1}位 ${a[i]}→${b[i]}`);
  return diffs.join('；');
}

export function unknownValueValues(u: UnknownValue, mask: boolean, report?: RunReport): OutCell[] {
  const field = KINDS[u.kind]?.fields.find((f) => f.name === u.field)?.title ?? u.field;
  return [
    kindTitle(u.kind, report), field, t(mask ? maskIdsInText(u.value) : u.value), u.count,
    t(u.example.file), t(u.example.sheet), u.example.row,
  ];
}

/** Per-file counts, then a 合计 row. */
export function dqSummaryRows(report: RunReport): { rows: OutCell[][]; total: OutCell[] } {
  const rows: OutCell[][] = [];
  let read = 0, used = 0, rejected = 0;
  for (const s of report.sources) {
    for (const f of s.files) {
      rows.push([s.title, s.department, t(f.file), f.dataDate ?? '', f.rowsRead, f.rowsUsed, f.rowsRejected, share(f.rowsRejected, f.rowsRead)]);
      read += f.rowsRead;
      used += f.rowsUsed;
      rejected += f.rowsRejected;
    }
  }
  return { rows, total: ['合计', '', '', '', read, used, rejected, share(rejected, read)] };
}

function share(part: number, whole: number): string {
  return whole > 0 ? `${((part / whole) * 100).toFixed(1)}%` : '';
}
