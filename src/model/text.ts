// The one text clean-up shared by readers, header detection, ID and vocabulary parsing, and names (product spec §4,
// domain §3.6). Pure.

/**
 * Characters that survive copy/paste from web pages, Word and other systems without being seen, and that JS `\s`
 * does not match: zero-width space / non-joiner / joiner, LRM / RLM, word joiner, BOM (zero-width no-break space),
 * soft hyphen, Mongolian vowel separator (a space before Unicode 6.3). Spaces proper (NBSP U+00A0, U+3000, tab,
 * CR/LF …) are `\s`.
 */
export const INVISIBLE_CHARS: readonly string[] = ['\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u2060', '\uFEFF', '\u00AD', '\u180E'];

const INVISIBLE = /[\u200B-\u200F\u2060\uFEFF\u00AD\u180E]/g;
const INVISIBLE_OR_SPACE = /[\s\u200B-\u200F\u2060\uFEFF\u00AD\u180E]+/g;

/** Removes the invisible characters (spaces stay). */
export function stripInvisible(s: string): string {
  return s.replace(INVISIBLE, '');
}

/** Removes the invisible characters and every space (NBSP, U+3000, tabs and line breaks included). */
export function stripBlanks(s: string): string {
  return s.replace(INVISIBLE_OR_SPACE, '');
}

/** The byte-order mark that starts UTF-8 files written for Excel, and that readers drop. */
export const BOM = '\uFEFF';

/** Text without a leading byte-order mark. */
export function stripBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

/** Ordinary field text: invisibles removed, whitespace runs (incl. U+3000/NBSP) collapsed to one space, trimmed. */
export function normalizeText(s: string): string {
  return stripInvisible(s).replace(/\s+/g, ' ').trim();
}

const PLAIN = /^[\u4e00-\u9fffA-Za-z0-9]*$/;

/** Vocabulary key of a cell: full-width to half-width (NFKC), no spaces or invisible characters at all. */
export function cleanText(s: string | null | undefined): string {
  if (s === null || s === undefined) return '';
  // Most cells are plain Chinese or ASCII letters and digits, which NFKC leaves alone: a hot path at a million rows.
  if (typeof s === 'string' && PLAIN.test(s)) return s;
  return stripBlanks(String(s).normalize('NFKC'));
}

// Separators typed between the parts of a minority or foreign name (阿依古丽·买买提): the standard middle dot U+00B7
// (GB 18030 names) and its look-alikes, incl. the ASCII full stop, which people type for it. After NFKC, so the
// full-width forms (．U+FF0E, ･ U+FF65) and U+0387 arrive as '.', U+30FB and U+00B7.
const NAME_DOTS = /[.\u00B7\u2022\u2027\u2219\u22C5\u30FB]/g;

/**
 * The one form of a person's name, applied where records are built so that stored names compare directly: full-width
 * to half-width (NFKC), no spaces or invisible characters, every middle-dot variant as U+00B7.
 */
export function normalizeName(raw: string | null | undefined): string {
  return cleanText(raw).replace(NAME_DOTS, '\u00B7');
}
