// Cell helpers shared by the readers.
import type { Cell } from '../model/types.js';

const MS_PER_DAY = 86_400_000;

/** Excel serial day number -> JS Date at UTC (date-only serials give UTC midnight). Null when out of range. */
export function excelSerialToDate(serial: number, date1904 = false): Date | null {
  if (!Number.isFinite(serial) || serial < 0 || serial > 2_958_465) return null; // 9999-12-31
  const days = serial - 25569 + (date1904 ? 1462 : 0);
  return new Date(Math.round(days * MS_PER_DAY));
}

/** An ISO date written by some tools as a `t="d"` cell; a time without zone is taken as UTC like other cells. */
export function isoToDate(s: string): Date | null {
  const t = s.trim();
  const d = new Date(/T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(t) ? t + 'Z' : t);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** Drops trailing empty cells so rows compare and print compactly. */
export function trimCells(cells: Cell[]): Cell[] {
  let n = cells.length;
  while (n > 0 && (cells[n - 1] === null || cells[n - 1] === undefined)) n--;
  if (n !== cells.length) cells.length = n;
  for (let i = 0; i < n; i++) if (cells[i] === undefined) cells[i] = null;
  return cells;
}

/** "B12" -> { row: 12, col: 2 } (1-based); null when malformed. */
export function decodeRef(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}
