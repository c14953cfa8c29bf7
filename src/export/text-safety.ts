// Cell-text safety for exported lists: formula neutralisation and ID masking inside free text. Pure.
import { maskIdNumber } from '../idcard/mask.js';

// Excel, WPS and LibreOffice may evaluate cells starting with these (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Prefix a leading apostrophe to text that a spreadsheet could take as a formula.
 * Idempotent: the result starts with "'" and is left alone the second time.
 */
export function neutralizeFormula(s: string): string {
  return FORMULA_START.test(s) ? `'${s}` : s;
}

// A run of 15+ digits (half- or full-width), optionally ending in X: 18-char IDs, 15-digit IDs,
// and longer numbers that embed an ID (20-char disability certificates, bank accounts).
const ID_IN_TEXT = /[0-9\uFF10-\uFF19]{14,}[0-9\uFF10-\uFF19XxＸｘ]/g;

/** Mask every ID-looking number inside a sentence. */
export function maskIdsInText(s: string): string {
  return s.replace(ID_IN_TEXT, (m) => maskIdNumber(m));
}

const ID_HEADER = /身份证|证件号|身份号码|证号|AAC002/i;

/** True when a column header names an ID number column (身份证号, 证件号码, 残疾人证号 …). */
export function isIdHeader(header: string): boolean {
  return ID_HEADER.test(header);
}

/**
 * Mask one raw cell of an input row. Values of ID columns are masked as a whole when they carry
 * 6 or more digits (a truncated or malformed ID still reveals a birth date); any other value
 * only has embedded ID-like numbers masked.
 */
export function maskRawValue(header: string, value: string): string {
  if (isIdHeader(header)) {
    const digits = value.match(/[0-9\uFF10-\uFF19]/g)?.length ?? 0;
    if (digits >= 6) return maskIdNumber(value.trim());
  }
  return maskIdsInText(value);
}

/** Mask an ID value (any length) unless masking is off; null/empty become ''. */
export function maybeMaskId(id: string | null | undefined, mask: boolean): string {
  if (!id) return '';
  return mask ? maskIdNumber(id) : id;
}
