// Cleaning of ID text as it comes out of Excel/CSV/Word copies (domain §3.6). Pure, no validation.
import { stripBlanks } from '../model/text.js';

// Full-width ASCII block (digits, X/x, quotes, '=', apostrophe) -> half-width.
const FULLWIDTH = /[\uFF01-\uFF5E]/g;

const CLEAN_ID = /^\d{17}[\dX]$/;

/** Normalise an ID cell's text: the result is what validation looks at. */
export function normalizeIdText(raw: string): string {
  // Nearly every cell is already clean: skip the five replacements (a million IDs per county month).
  if (CLEAN_ID.test(raw)) return raw;
  let s = stripBlanks(raw);
  s = s.replace(FULLWIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  // CSV export trick ="…" that keeps Excel from turning the ID into a number; also a plain "…"
  // (typographic quotes too, from Word/WPS autocorrect).
  const wrapped = /^=?["\u201C\u201D](.*)["\u201C\u201D]$/.exec(s);
  if (wrapped) s = wrapped[1];
  // One leading apostrophe forces text entry in Excel and shows up in CSV dumps (typographic quotes too).
  if (/^['\u2018\u2019]/.test(s)) s = s.slice(1);
  return s.replace(/x/g, 'X');
}
