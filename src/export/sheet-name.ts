// Excel sheet names: at most 31 characters, none of []:*?/\, not blank, unique (case-insensitive). Pure.

// Forbidden ASCII characters mapped to their full-width look-alikes, which Excel accepts.
const REPLACE: Record<string, string> = {
  '[': '【', ']': '】', ':': '：', '*': '＊', '?': '？', '/': '／', '\\': '＼',
};

export function sanitizeSheetName(name: string): string {
  let s = name.replace(/[[\]:*?/\\]/g, (c) => REPLACE[c]).replace(/[\u0000-\u001F]/g, '').trim();
  // A leading or trailing apostrophe is not allowed either.
  s = s.replace(/^'+|'+$/g, '');
  if (s === '' || s.toLowerCase() === 'history') s = s === '' ? '未命名' : `${s}_`;
  return truncate(s, 31);
}

/** Hands out sanitised names that do not collide with names already taken. */
export class SheetNames {
  private readonly taken = new Set<string>();

  constructor(reserved: string[] = []) {
    for (const r of reserved) this.taken.add(r.toLowerCase());
  }

  take(name: string): string {
    const base = sanitizeSheetName(name);
    let candidate = base;
    for (let i = 2; this.taken.has(candidate.toLowerCase()); i++) {
      const suffix = `(${i})`;
      candidate = truncate(base, 31 - suffix.length) + suffix;
    }
    this.taken.add(candidate.toLowerCase());
    return candidate;
  }
}

// Excel counts UTF-16 code units; never cut a surrogate pair in half.
function truncate(s: string, max: number): string {
  if (s.length <= max) return s;
  let out = s.slice(0, max);
  if (/[\uD800-\uDBFF]$/.test(out)) out = out.slice(0, -1);
  return out;
}
