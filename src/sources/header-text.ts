// Header text normalisation: the same comparison for roster headers, kind aliases and `columns` overrides.
import { stripBlanks } from '../model/text.js';

/**
 * `身份证号 *`, `身份\n证号`, `乡（镇）`, `ａａｃ００２：` -> `身份证号`, `身份证号`, `乡(镇)`, `AAC002`.
 * Removes all whitespace (NBSP, U+3000, zero-width), folds full-width forms (NFKC), maps 【】〔〕 to
 * [] (), upper-cases ASCII letters, and strips required markers (*) and a trailing colon.
 */
export function normalizeHeader(s: string): string {
  let t = stripBlanks(String(s).normalize('NFKC'));
  t = t.replace(/[【〖]/g, '[').replace(/[】〗]/g, ']').replace(/[〔]/g, '(').replace(/[〕]/g, ')');
  t = t.replace(/[a-z]+/g, (m) => m.toUpperCase());
  // Required markers and colons at either end: "*姓名", "姓名*", "姓名：".
  t = t.replace(/^[*※★]+/, '').replace(/[*※★:]+$/, '');
  return t;
}
