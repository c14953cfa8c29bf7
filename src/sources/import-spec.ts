import type { SourceKind } from '../model/types.js';
import type { ColumnRef } from '../model/column-ref.js';

/** One roster file to import, and how to read it. Plain data: it is posted to the reader worker as is. */
export interface ImportSpec {
  path: string;          // file on disk
  file: string;          // name as stored and shown (relative to the input folder)
  kind: SourceKind;
  period: string;
  sheet?: string | number;
  headerRow?: number;
  columns?: Record<string, ColumnRef>;
  referenceDate: string;
}
