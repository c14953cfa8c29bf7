// Types only the writers use; the report's domain types live in model/report.ts.
import type { Finding, RejectedRow, UnknownValue } from '../model/types.js';
import type { IdTypoSuspect } from '../model/report.js';

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
