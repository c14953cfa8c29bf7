// The report of a run as data: findings with their month-to-month status, sources, rules (writers, store and app share it).
import type { ColumnSource, SheetColumns } from './column-ref.js';
import type { Finding, RuleParams, SourceKind } from './types.js';

export type FindingStatus = 'new' | 'persisting' | 'resolved' | 'not_evaluated' | 'false_positive' | 'exempted';

/** The Chinese word for each status, as the lists and the console show it. */
export const STATUS_LABELS: Record<FindingStatus, string> = {
  new: '新增',
  persisting: '持续',
  resolved: '已销号',
  not_evaluated: '未评估',
  false_positive: '核实不属实',
  exempted: '已豁免',
};

/** The 豁免清单 row that took a finding off the lists (product-spec §9.4). */
export interface ExemptionInfo {
  reason: string;
  docNo: string;
  validUntil: string | null;
  file: string;
  sheet: string;
  row: number;
}

export interface Verification {
  result: '属实' | '不属实' | null;
  note: string;        // 核实说明
  measure: string;     // 整改措施
  deadline: string;    // 整改时限
  responsible: string; // 责任人
}

export interface ExportFinding extends Finding {
  status: FindingStatus;
  /** First period this fingerprint fired (for "open for N months"). */
  firstPeriod?: string;
  verification?: Verification | null;
  /** Set when status is `exempted`. */
  exemption?: ExemptionInfo | null;
}

export interface FileSummary {
  file: string;
  sha256: string;
  sheets: string[];
  rowsRead: number;
  rowsUsed: number;
  rowsRejected: number;
  /** Data date of the file (its modification time or a date found in its title), YYYY-MM-DD. */
  dataDate: string | null;
  /** The column each field came from, per sheet (product-spec §9.1). */
  columns?: SheetColumns[];
}

export interface SourceSummary {
  kind: SourceKind;
  title: string;
  department: string;
  files: FileSummary[];
  rowsRead: number;
  rowsUsed: number;
  rowsRejected: number;
  /** field -> the column it came from (first sheet that has it) */
  columns?: Record<string, ColumnSource>;
}

export interface RuleInfo {
  code: string;
  title: string;
  category: string;
  leadDept: string;
  subject: string;
  params: string[];
}

/** A likely typo in an ID number (data-quality list only). */
export interface IdTypoSuspect {
  kind: SourceKind;
  file: string;
  sheet: string;
  row: number;
  name: string;
  township: string | null;
  village: string | null;
  badIdNumber: string;       // as written (fails the check)
  suggestedIdNumber: string; // the valid ID it most likely means
  matchedKind: SourceKind;
  matchedFile: string;
  matchedRow: number;
}

export interface RunReport {
  county: string;
  period: string;
  referenceDate: string;
  toolVersion: string;
  generatedAt: string;   // ISO timestamp
  params: RuleParams;
  sources: SourceSummary[];
  rules: RuleInfo[];
  rulesRun: string[];
  rulesSkipped: { rule: string; reason: string }[];
  warnings: string[];
  /** counts per rule for the 汇总 sheet */
  counts: Record<string, { total: number; new: number; persisting: number; resolved: number }>;
}

/** A finding as stored for a period (store/runs.ts). */
export interface StoredFinding {
  fingerprint: string;
  rule: string;
  status: string;
  evidenceHash: string;
  firstPeriod: string;
  finding: Finding;
}

export interface StoredVerification extends Verification {
  fingerprint: string;
  period: string;
  evidenceHash: string;
}
