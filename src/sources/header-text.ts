// Header text normalisation: the same comparison for roster headers, kind aliases and `columns` overrides.

const INVISIBLE = /[\s\u00a0\u1680\u180e\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]+/g;

/**
 * `身份证号 *`, `身份\n证号`, `乡（镇）`, `ａａｃ００２：` -> `身份证号`, `身份证号`, `乡(镇)`, `AAC002`.
 * Removes all whitespace (NBSP, U+3000, zero-width), folds full-width forms (NFKC), maps 【】〔〕 to
 * [] (), upper-cases ASCII letters, and strips required markers (*) and a trailing colon.
 */
export function normalizeHeader(s: string): string {
  let t = String(s).normalize('NFKC').replace(INVISIBLE, '');
  t = t.replace(/[【〖]/g, '[').replace(/[】〗]/g, ']').replace(/[〔]/g, '(').replace(/[〕]/g, ')');
  t = t.replace(/[a-z]+/g, (m) => m.toUpperCase());
  // Required markers and colons at either end: "*姓名", "姓名*", "姓名：".
  t = t.replace(/^[*※★]+/, '').replace(/[*※★:]+$/, '');
  return t;
}
