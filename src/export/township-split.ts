// Per-township split of findings (export.splitBy = "township") and safe file names. Pure.

export const UNKNOWN_TOWNSHIP = '未知乡镇';

const collator = new Intl.Collator('zh-CN');

/** Display / grouping key of a township (null or blank → 未知乡镇). */
export function townshipKey(township: string | null | undefined): string {
  const t = (township ?? '').trim();
  return t === '' ? UNKNOWN_TOWNSHIP : t;
}

/** Compare township keys: Chinese collation (pinyin), 未知乡镇 last. */
export function compareTownships(a: string, b: string): number {
  if (a === b) return 0;
  if (a === UNKNOWN_TOWNSHIP) return 1;
  if (b === UNKNOWN_TOWNSHIP) return -1;
  return collator.compare(a, b);
}

/** Group items by township, keys in {@link compareTownships} order, item order preserved. */
export function groupByTownship<T extends { township: string | null }>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const it of items) {
    const k = townshipKey(it.township);
    let g = groups.get(k);
    if (!g) groups.set(k, (g = []));
    g.push(it);
  }
  return new Map([...groups.entries()].sort((a, b) => compareTownships(a[0], b[0])));
}

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/** A file-name component safe on Windows, macOS and Linux (keeps Chinese text). */
export function safeFileName(name: string, maxLength = 80): string {
  let s = name
    .replace(/[<>:"/\\|?*\u0000-\u001F\u007F]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '_')
    .replace(/[. ]+$/, '');
  if (s === '') s = '_';
  if (WINDOWS_RESERVED.test(s)) s = `_${s}`;
  if (s.length > maxLength) s = Array.from(s).slice(0, maxLength).join('').replace(/[. ]+$/, '');
  return s;
}

/** `整改清单-<period>-<township>.xlsx` for each township; names made unique case-insensitively. */
export function townshipFileNames(townships: readonly string[], period: string, prefix = '整改清单'): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  for (const t of townships) {
    const base = safeFileName(`${prefix}-${period}-${t}`);
    let name = `${base}.xlsx`;
    for (let i = 2; used.has(name.toLowerCase()); i++) name = `${base}(${i}).xlsx`;
    used.add(name.toLowerCase());
    out.set(t, name);
  }
  return out;
}
