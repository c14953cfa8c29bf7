// Inputs of the output writers (pure data; the writers do I/O only).
import type { ColumnSource, SheetColumns } from '../model/column-ref.js';
import type { Finding, RejectedRow, RuleParams, SourceKind, UnknownValue } from '../model/types.js';

export type FindingStatus = 'new' | 'persisting' | 'resolved' | 'not_evaluated' | 'false_positive' | 'exempted';

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

export interface ExportOptions {
  maskIdNumbers: boolean;
}

export interface DataQualityInput {
  rejected: RejectedRow[];
  findings: Finding[];          // ID_INVALID / ID_NAME_CONFLICT
  unknownValues: UnknownValue[];
  idTypos: IdTypoSuspect[];
}

/** One column of an exported sheet (header text, width in characters, wrap long text). */
export interface ColumnSpec {
  header: string;
  width: number;
  wrap?: boolean;
  /** Header text turned 90° (long headers over narrow count columns, as in 汇总). */
  verticalHeader?: boolean;
}

/** A cell value as the writers emit it: text, a number, or empty. */
export type OutCell = string | number | null;
