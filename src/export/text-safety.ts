// Cell-text safety for exported lists: formula neutralisation and ID and phone masking inside free text. Pure.
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

// A mainland mobile number (11 digits from 13x–19x, optionally +86), not part of a longer number.
const PHONE_IN_TEXT = /(?<![0-9\uFF10-\uFF19])(?:\+?86[- ]?)?1[3-9][0-9]{9}(?![0-9\uFF10-\uFF19])/g;

/**
 * Mask every ID-looking number inside a sentence, and mobile phone numbers too: phones are masked
 * wherever IDs are (product-spec §9.5).
 */
export function maskIdsInText(s: string): string {
  return s.replace(ID_IN_TEXT, (m) => maskIdNumber(m)).replace(PHONE_IN_TEXT, (m) => maskPhone(m));
}

/** `13800138000` -> `138****8000`; a landline `0851-2345678` -> `085*****5678`: first 3 and last 4 digits kept. */
export function maskPhone(value: string): string {
  const digits = [...value].filter((c) => /[0-9\uFF10-\uFF19]/.test(c)).length;
  if (digits < 8) return value.replace(/[0-9\uFF10-\uFF19]/g, '*');
  let seen = 0;
  return [...value].map((c) => {
    if (!/[0-9\uFF10-\uFF19]/.test(c)) return c;
    seen++;
    return seen <= 3 || seen > digits - 4 ? c : '*';
  }).join('');
}

const PHONE_HEADER = /电话|手机|联系方式|联系号码|号码\s*$|TEL|PHONE|MOBILE/i;

/** True when a column header names a phone column (联系电话, 手机号码 …). */
export function isPhoneHeader(header: string): boolean {
  return PHONE_HEADER.test(header) && !ID_HEADER.test(header);
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
  if (isPhoneHeader(header)) {
    const digits = value.match(/[0-9\uFF10-\uFF19]/g)?.length ?? 0;
    if (digits >= 5) return maskPhone(value.trim());
  }
  return maskIdsInText(value);
}

/** Mask an ID value (any length) unless masking is off; null/empty become ''. */
export function maybeMaskId(id: string | null | undefined, mask: boolean): string {
  if (!id) return '';
  return mask ? maskIdNumber(id) : id;
}
