// Turns reader cells into the text stored for a field: dates as YYYY-MM-DD, numbers without float noise.
import type { Cell } from '../model/types.js';
import { isCellError } from '../model/types.js';
import { stripInvisible } from '../model/text.js';
import { excelSerialToDate } from '../model/excel-date.js';

const MAX_TEXT = 2000; // a 10 MB cell must not travel through the pipeline

export function isBlank(c: Cell): boolean {
  if (c === null || c === undefined) return true;
  if (typeof c === 'string') return c.trim() === '';
  return false;
}

function pad(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

export function dateToIso(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Excel serial day (1900 system) to ISO date; only for plausible ranges (0 and 1 in a date column are no dates). */
export function serialToIso(n: number): string | null {
  if (!(n > 1)) return null;
  const d = excelSerialToDate(n);
  return d ? dateToIso(d) : null;
}

function validYmd(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  const dim = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= dim;
}

/** Text dates seen in rosters: 2019-03-05, 2019/3/5, 2019.03.05, 2019年3月5日, 20190305, 2019.03, 201903, 2019年3月. */
export function parseTextDate(s: string): string | null {
  const t = s.trim().replace(/\s+/g, '');
  let m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[T ]?.*)?$/.exec(t);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return validYmd(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : null;
  }
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return validYmd(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : null;
  }
  m = /^(\d{4})[-/.年](\d{1,2})月?$/.exec(t) ?? /^(\d{4})(\d{2})$/.exec(t);
  if (m) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    return validYmd(y, mo, 1) ? `${y}-${pad(mo)}-01` : null;
  }
  return null;
}

function numberText(n: number): string {
  if (Number.isInteger(n)) return Math.abs(n) < 1e21 ? n.toFixed(0) : String(n);
  return String(Number(n.toPrecision(12)));
}

export type FieldType = 'text' | 'number' | 'date' | 'id';

/** Cell to field text; '' for blank or an error value (the caller decides what an error means). */
export function cellText(c: Cell, type: FieldType = 'text'): string {
  if (c === null || c === undefined) return '';
  if (isCellError(c)) return '';
  if (c instanceof Date) return dateToIso(c);
  if (typeof c === 'boolean') return c ? '是' : '否';
  if (typeof c === 'number') {
    if (type === 'date') {
      // 202301 / 20230105 typed as numbers are year-month(-day) texts, not Excel serial days.
      if (Number.isInteger(c) && (c >= 190001 && c <= 220012 || c >= 19000101 && c <= 22001231)) {
        const d = parseTextDate(String(c));
        if (d) return d;
      }
      return serialToIso(c) ?? numberText(c);
    }
    return numberText(c);
  }
  let s = stripInvisible(String(c)).trim();
  if (s.length > MAX_TEXT) s = s.slice(0, MAX_TEXT);
  if (type === 'date') return parseTextDate(s) ?? s.replace(/\s+/g, ' ');
  if (type === 'number') return s.replace(/[,，\s]/g, '').replace(/元$/, '');
  return s.replace(/\s+/g, ' ');
}

/** Raw text of any cell for the data-quality list. */
export function rawText(c: Cell): string {
  if (c === null || c === undefined) return '';
  if (isCellError(c)) return c.error;
  if (c instanceof Date) return dateToIso(c);
  if (typeof c === 'number') return String(c);
  const s = String(c);
  return s.length > 200 ? s.slice(0, 200) + '…' : s;
}
