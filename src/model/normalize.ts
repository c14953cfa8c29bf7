// Text normalisation for names and ordinary fields (product spec §4: names compared after cleaning).

// Invisible characters left by copy/paste: zero-width space/joiners, LRM/RLM, word joiner, BOM, soft hyphen.
const INVISIBLE = /[\u200B-\u200F\u2060\uFEFF\u00AD]/g;
// Middle-dot look-alikes used in minority and foreign names; U+00B7 is the standard one (GB 18030 names).
const MIDDLE_DOTS = /[\u00B7\u2022\u30FB\u2027\uFF65\u2219\u0387\u22C5]/g;

const PLAIN_NAME = /^[\u4e00-\u9fff]*$/;

/** Name key: trim, NFKC (full-width letters/digits), no spaces or invisibles at all, one kind of middle dot. */
export function normalizeName(s: string): string {
  // Plain Chinese names are already normal (NFKC leaves CJK ideographs alone): the common case, on a hot path.
  if (PLAIN_NAME.test(s)) return s;
  return s
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(/\s+/g, '') // \s covers U+3000 and NBSP (NFKC already maps both to a space)
    .replace(MIDDLE_DOTS, '\u00B7');
}

/** Ordinary field text: invisibles removed, whitespace runs (incl. U+3000/NBSP) collapsed to one space, trimmed. */
export function normalizeText(s: string): string {
  return s.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}
