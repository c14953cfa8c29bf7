// The generator's own reading of ID cells, for the truth derivation (test-only): product-spec §4 written out
// independently of src/idcard, so a mistake there cannot hide in both.
import { checkChar } from '../../../src/synth/ids.js';
import { stripBlanks } from '../../../src/model/text.js';

const PROVINCES = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65',
  '71', '81', '82', '83',
]);

function isValidDate(y: number, m: number, d: number): boolean {
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

/** 1 male, 2 female, from the 17th digit. */
export function sexOf(id: string): 1 | 2 {
  return (id.charCodeAt(16) - 48) % 2 === 1 ? 1 : 2;
}
