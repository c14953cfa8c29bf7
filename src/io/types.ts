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
