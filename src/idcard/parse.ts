// Parse and validate one ID cell (GB 11643; product spec §4, domain §3). Pure: the reference date is passed in.
import { checkChar } from './checksum.js';
import { normalizeIdText } from './normalize.js';
import { provinceName } from './provinces.js';
import { upgrade15 } from './upgrade-15.js';

export type IdReason = 'EMPTY' | 'EXCEL_NUMBER' | 'LENGTH' | 'FORMAT' | 'CHECKSUM' | 'BIRTH_DATE' | 'FUTURE_BIRTH' | 'PROVINCE';

export const ID_REASONS: readonly IdReason[] = [
  'EMPTY', 'EXCEL_NUMBER', 'LENGTH', 'FORMAT', 'CHECKSUM', 'BIRTH_DATE', 'FUTURE_BIRTH', 'PROVINCE',
];

export interface IdInfo {
  input: string;            // the raw input as text (for `fupin id` only; callers must not log it)
  valid: boolean;
  idNumber: string | null;  // normalised 18-char ID when valid; when invalid, the best normalised text (null for EMPTY/EXCEL_NUMBER and non-text cells)
  reason: IdReason | null;
  reasonText: string | null; // Chinese; never contains the ID itself (may name the expected check char)
  upgradedFrom15: boolean;
  truncatedFrom: number | null; // 20 or 22 when a longer value (disability certificate) was cut to its first 18
  region: string | null;       // 6-digit area code (valid IDs only)
  province: string | null;     // Chinese province name (valid IDs only)
  birthDate: string | null;    // YYYY-MM-DD (valid IDs only)
  sex: '男' | '女' | null;     // (valid IDs only)
  age: number | null;          // whole years completed at referenceDate (valid IDs only)
}

/** Chinese explanation for a reason; `expected` is the correct check character for CHECKSUM. Never includes the ID. */
export function reasonText(reason: IdReason, expected?: string): string {
  switch (reason) {
    case 'EMPTY': return '身份证号为空';
    case 'EXCEL_NUMBER': return '身份证号曾被 Excel 存为数字，后几位已丢失，无法恢复；请按证件原件以文本格式重新录入';
    case 'LENGTH': return '身份证号位数不对（应为 18 位，旧号码为 15 位）';
    case 'FORMAT': return '身份证号格式错误（应为 17 位数字加 1 位数字或 X）';
    case 'CHECKSUM': return expected ? `校验位错误（应为 ${expected}）` : '校验位错误';
    case 'BIRTH_DATE': return '出生日期无效（不是真实日期或早于 1900 年）';
    case 'FUTURE_BIRTH': return '出生日期晚于数据日期';
    case 'PROVINCE': return '省份代码无效（前两位不是有效的省级代码）';
  }
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  return d <= days;
}

export function parseIsoDate(s: string): [number, number, number] | null {
  const m = ISO_DATE.exec(s);
  if (!m) return null;
  const y = Number(m[1]), mo = Number(m[2]), d = Number(m[3]);
  return isRealDate(y, mo, d) ? [y, mo, d] : null;
}

/**
 * Whole years completed at referenceDate. A birthday on the reference date counts; a 29 February
 * birthday is completed on 1 March in non-leap years. Negative when born after the reference date.
 */
export function ageAt(birthDate: string, referenceDate: string): number {
  const b = parseIsoDate(birthDate);
  const r = parseIsoDate(referenceDate);
  if (!b || !r) throw new Error('ageAt: dates must be real YYYY-MM-DD dates');
  let age = r[0] - b[0];
  if (r[1] < b[1] || (r[1] === b[1] && r[2] < b[2])) age--;
  return age;
}

// A county month validates a million IDs against one reference date: parse it once.
let refCache: { text: string; parts: [number, number, number] } | null = null;
function refParts(ref: string): [number, number, number] {
  if (refCache?.text !== ref) {
    const parts = parseIsoDate(ref);
    if (!parts) throw new Error('parseIdNumber: referenceDate must be a real YYYY-MM-DD date');
    refCache = { text: ref, parts };
  }
  return refCache.parts;
}

function todayLocal(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

// Excel's display of a numeric cell (4.12722E+17) or a float written out as text (…000.0).
const SCIENTIFIC = /^\d+(\.\d+)?E[+-]?\d+$/i;
const FLOAT_TEXT = /^\d{15,}\.0+$/;

type Check =
  | { ok: true; region: string; province: string; birthDate: string; sex: '男' | '女'; age: number }
  | { ok: false; reason: IdReason; expected?: string };

// Validation of an 18-character candidate, in the order that gives the most useful reason.
function check18(s: string, ref: string): Check {
  if (!/^\d{17}[\dX]$/.test(s)) return { ok: false, reason: 'FORMAT' };
  const province = provinceName(s.slice(0, 2));
  if (!province) return { ok: false, reason: 'PROVINCE' };
  const y = Number(s.slice(6, 10)), m = Number(s.slice(10, 12)), d = Number(s.slice(12, 14));
  if (y < 1900 || !isRealDate(y, m, d)) return { ok: false, reason: 'BIRTH_DATE' };
  const birthDate = `${s.slice(6, 10)}-${s.slice(10, 12)}-${s.slice(12, 14)}`;
  if (birthDate > ref) return { ok: false, reason: 'FUTURE_BIRTH' };
  const expected = checkChar(s.slice(0, 17));
  if (s[17] !== expected) {
    // Float rounding zeroes the last digits; the number is damaged, not mistyped, so say so.
    if (s.endsWith('000')) return { ok: false, reason: 'EXCEL_NUMBER' };
    return { ok: false, reason: 'CHECKSUM', expected };
  }
  const sex = Number(s[16]) % 2 === 1 ? '男' : '女';
  const r = refParts(ref);
  const age = r[0] - y - (r[1] < m || (r[1] === m && r[2] < d) ? 1 : 0);
  return { ok: true, region: s.slice(0, 6), province, birthDate, sex, age };
}

function invalid(input: string, idNumber: string | null, reason: IdReason, extra: Partial<IdInfo> = {}, expected?: string): IdInfo {
  return {
    input, valid: false, idNumber, reason, reasonText: reasonText(reason, expected),
    upgradedFrom15: false, truncatedFrom: null,
    region: null, province: null, birthDate: null, sex: null, age: null,
    ...extra,
  };
}

function fromCheck(input: string, id18: string, c: Check & { ok: true }, extra: Partial<IdInfo>): IdInfo {
  return {
    input, valid: true, idNumber: id18, reason: null, reasonText: null,
    upgradedFrom15: false, truncatedFrom: null,
    region: c.region, province: c.province, birthDate: c.birthDate, sex: c.sex, age: c.age,
    ...extra,
  };
}

// No ID cell, however padded, is this long; longer text is rejected before any regular expression sees it,
// so a multi-megabyte cell costs nothing (some of the patterns below backtrack on long digit runs).
const MAX_ID_TEXT = 256;

function parseText(input: string, ref: string): IdInfo {
  if (input.length > MAX_ID_TEXT) return invalid(input, null, 'LENGTH');
  const s = normalizeIdText(input);
  if (s === '') return invalid(input, null, 'EMPTY');
  if (SCIENTIFIC.test(s) || FLOAT_TEXT.test(s)) return invalid(input, null, 'EXCEL_NUMBER');

  // Disability certificate (18 + category + grade) or the national system's 22-char value.
  const truncated = s.length === 20 || s.length === 22;
  if (truncated) {
    const c = check18(s.slice(0, 18), ref);
    if (c.ok) return fromCheck(input, s.slice(0, 18), c, { truncatedFrom: s.length });
  }
  // Letters, punctuation or CJK in the cell: a wrong kind of value, whatever its length.
  if (/[^0-9X]/.test(s)) return invalid(input, s, 'FORMAT');
  if (truncated) return invalid(input, s, 'LENGTH');

  if (s.length === 15) {
    if (!/^\d{15}$/.test(s)) return invalid(input, s, 'FORMAT');
    const up = upgrade15(s);
    const c = check18(up, ref);
    // An invalid old number is reported in the form the roster holds.
    if (!c.ok) return invalid(input, s, c.reason, { upgradedFrom15: true }, c.expected);
    return fromCheck(input, up, c, { upgradedFrom15: true });
  }
  if (s.length !== 18) return invalid(input, s, 'LENGTH');

  const c = check18(s, ref);
  if (!c.ok) return invalid(input, s, c.reason, {}, c.expected);
  return fromCheck(input, s, c, {});
}

/**
 * Parse one ID cell. `raw` is the cell value: text, an Excel number (always EXCEL_NUMBER: digits beyond
 * 15 are lost and are never repaired), null/undefined (EMPTY), or another cell type (FORMAT).
 */
export function parseIdNumber(raw: unknown, opts: { referenceDate?: string } = {}): IdInfo {
  const ref = opts.referenceDate ?? todayLocal();
  refParts(ref); // throws on a malformed reference date

  if (raw === null || raw === undefined) return invalid('', null, 'EMPTY');
  if (typeof raw === 'string') return parseText(raw, ref);
  if (typeof raw === 'number') return invalid(String(raw), null, 'EXCEL_NUMBER');
  if (typeof raw === 'bigint') return parseText(String(raw), ref); // exact integer, not a float
  if (raw instanceof Date) {
    return invalid(Number.isNaN(raw.getTime()) ? '' : raw.toISOString().slice(0, 10), null, 'FORMAT');
  }
  if (typeof raw === 'boolean') return invalid(String(raw), null, 'FORMAT');
  if (typeof raw === 'object' && 'error' in raw && typeof raw.error === 'string') {
    return invalid(raw.error, null, 'FORMAT'); // Excel error value such as #N/A
  }
  return invalid('', null, 'FORMAT');
}
