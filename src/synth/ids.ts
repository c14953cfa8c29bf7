// GB 11643 resident ID numbers: build valid ones, and the forms that messy rosters use.
import { stripBlanks } from '../model/text.js';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';
const PROVINCES = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65',
  '71', '81', '82', '83',
]);

export function checkChar(body17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (body17.charCodeAt(i) - 48) * WEIGHTS[i];
  return CHECK[sum % 11];
}

/** Birth as a yyyymmdd number. seq 1..999; its parity must already match the sex. */
export function makeId(area: string, birth: number, seq: number): string {
  const body = `${area}${birth}${String(seq).padStart(3, '0')}`;
  return body + checkChar(body);
}

/** The old 15-digit form (only for people born 1900–1999). */
export function to15(id: string): string {
  if (id.slice(6, 8) !== '19') throw new Error('to15: not born in 19xx');
  return id.slice(0, 6) + id.slice(8, 17);
}

/** Digits and X as full-width characters. */
export function toFullWidth(s: string): string {
  return s.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

/** Same ID with a wrong (but well-formed) check character. */
export function withWrongCheck(id: string): string {
  const right = id[17];
  const i = CHECK.indexOf(right);
  return id.slice(0, 17) + CHECK[(i + 3) % 11];
}

/** What Excel shows for an 18-digit ID typed into a General cell. */
export function excelScientific(id: string): string {
  return `${id[0]}.${id.slice(1, 6)}E+17`;
}

export function isValidDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const dim = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= dim;
}

export type IdCheck = { ok: true; id: string } | { ok: false; reason: string };

/** Normalise and validate an ID cell the way product-spec §4 describes (used by the truth derivation). */
export function normalizeIdCell(raw: unknown, refDate: string): IdCheck {
  if (typeof raw === 'number') return { ok: false, reason: 'EXCEL_NUMBER' };
  if (raw === null || raw === undefined) return { ok: false, reason: 'EMPTY' };
  let s = String(raw);
  s = stripBlanks(s);
  s = s.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const wrapped = /^="(.*)"$/.exec(s);
  if (wrapped) s = wrapped[1];
  s = s.replace(/^['’]/, '').toUpperCase();
  if (s === '') return { ok: false, reason: 'EMPTY' };
  if (/^\d{15}$/.test(s)) {
    const body = s.slice(0, 6) + '19' + s.slice(6);
    s = body + checkChar(body);
  }
  if ((s.length === 20 || s.length === 22) && /^\d{17}[\dX]/.test(s)) s = s.slice(0, 18);
  if (!/^\d{17}[\dX]$/.test(s)) return { ok: false, reason: 'MALFORMED' };
  if (checkChar(s) !== s[17]) return { ok: false, reason: 'CHECKSUM' };
  if (!PROVINCES.has(s.slice(0, 2))) return { ok: false, reason: 'REGION' };
  const y = Number(s.slice(6, 10)), m = Number(s.slice(10, 12)), d = Number(s.slice(12, 14));
  if (y < 1900 || !isValidDate(y, m, d)) return { ok: false, reason: 'BIRTH_DATE' };
  if (s.slice(6, 14) > refDate.replace(/-/g, '')) return { ok: false, reason: 'BIRTH_DATE' };
  return { ok: true, id: s };
}

export function birthOf(id: string): number {
  return Number(id.slice(6, 14));
}

/** Whole years completed on refDate (YYYY-MM-DD) by someone born yyyymmdd. */
export function ageAt(birth: number, refDate: string): number {
  const ry = Number(refDate.slice(0, 4)), rmd = Number(refDate.slice(5, 7)) * 100 + Number(refDate.slice(8, 10));
  const by = Math.floor(birth / 10000), bmd = birth % 10000;
  return ry - by - (rmd < bmd ? 1 : 0);
}

/** 1 male, 2 female, from the 17th digit. */
export function sexOf(id: string): 1 | 2 {
  return (id.charCodeAt(16) - 48) % 2 === 1 ? 1 : 2;
}
