// What the table readers (xlsx, xls, csv) deliver: one event stream per file, rows in sheet order.
import type { Cell } from '../model/types.js';

export interface RawRow {
  sheet: string;
  sheetIndex: number; // 1-based, workbook order (what `sheet: 2` in the config means)
  row: number;        // 1-based Excel row number, as the clerk sees it
  cells: Cell[];      // index 0 = column A; trailing empty cells may be absent
}

export interface MergeRange { top: number; left: number; bottom: number; right: number } // 1-based, inclusive

export type TableEvent =
  | { type: 'sheet'; sheet: string; sheetIndex: number }
  | { type: 'row'; row: RawRow }
  | { type: 'sheetEnd'; sheet: string; sheetIndex: number; merges: MergeRange[] };

export interface ReadOptions {
  displayName?: string; // file name to use in messages (default: the base name of the path)
}

/** What a sheet-row parser needs besides the XML text. */
export interface SheetContext {
  sharedStrings: string[];
  dateStyles: boolean[]; // per cell style index: displays a date
  date1904: boolean;
}

export interface ParsedRow { row: number; cells: Cell[] }
/** Yields rows in batches (one batch per parsed chunk) to keep per-row async overhead low. */
export type SheetRowParser = ((xml: AsyncIterable<string>, ctx: SheetContext) => AsyncIterable<ParsedRow[]>) & {
  /** Preferred size of the inflated chunks it is fed (default 16 KB). */
  chunkSize?: number;
};
