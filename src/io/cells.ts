// Cell helpers shared by the readers.
import type { Cell } from '../model/types.js';
import { SERIAL_ZERO_MS } from '../model/excel-date.js';

const ISO_DATE = /^([+-]?\d{4,6})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const ISO_TIME = /^T?(\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?$/i;

/**
 * A `t="d"` cell's ISO 8601 text: a date, a date and time, or a time of day alone (which Excel stores as a
 * fraction of day 0; read like the serial, i.e. on 1899-12-31). A time without zone is taken as UTC like
 * other cells. Null when the text is not ISO 8601 (the caller keeps it as text).
 */
export function isoToDate(s: string): Date | null {
  const t = s.trim();
  let m = ISO_DATE.exec(t);
  if (m) {
    const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0),
      m[7] ? Math.round(Number(m[7]) * 1000) : 0);
    if (Number(m[2]) < 1 || Number(m[2]) > 12 || Number(m[3]) < 1 || Number(m[3]) > 31) return null;
    let off = 0;
    if (m[8] && m[8].toUpperCase() !== 'Z') {
      const z = m[8].replace(':', '');
      off = (z[0] === '-' ? -1 : 1) * (Number(z.slice(1, 3)) * 60 + Number(z.slice(3, 5))) * 60_000;
    }
    const d = new Date(ms - off);
    return Number.isNaN(d.getTime()) ? null : d;
  }
  m = ISO_TIME.exec(t);
  if (m) {
    const h = Number(m[1]);
    const min = Number(m[2]);
    const sec = Number(m[3] ?? 0);
    if (h > 24 || min > 59 || sec > 60) return null;
    return new Date(SERIAL_ZERO_MS + ((h * 60 + min) * 60 + sec) * 1000 + (m[4] ? Math.round(Number(m[4]) * 1000) : 0));
  }
  return null;
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
  return { row: Number(m[2]), col: colNumber(m[1]) };
}

function colNumber(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col;
}

/** A merge as written in <mergeCell ref>: "A1:B2", a single cell, or whole columns ("A:C") / rows ("1:3"). */
export type MergeRef =
  | { kind: 'cells'; top: number; left: number; bottom: number; right: number }
  | { kind: 'cols'; left: number; right: number }
  | { kind: 'rows'; top: number; bottom: number };

export function decodeMergeRef(ref: string): MergeRef | null {
  const [a, b = a] = ref.trim().split(':');
  const tl = decodeRef(a);
  const br = decodeRef(b);
  if (tl && br) {
    return { kind: 'cells', top: Math.min(tl.row, br.row), left: Math.min(tl.col, br.col), bottom: Math.max(tl.row, br.row), right: Math.max(tl.col, br.col) };
  }
  const ca = /^\$?([A-Za-z]{1,3})$/.exec(a);
  const cb = /^\$?([A-Za-z]{1,3})$/.exec(b);
  if (ca && cb) {
    const x = colNumber(ca[1]);
    const y = colNumber(cb[1]);
    return { kind: 'cols', left: Math.min(x, y), right: Math.max(x, y) };
  }
  const ra = /^\$?(\d+)$/.exec(a);
  const rb = /^\$?(\d+)$/.exec(b);
  if (ra && rb) {
    const x = Number(ra[1]);
    const y = Number(rb[1]);
    return { kind: 'rows', top: Math.min(x, y), bottom: Math.max(x, y) };
  }
  return null;
}
