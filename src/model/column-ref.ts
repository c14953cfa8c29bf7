// How a `columns` entry of the config names a column: header text, the copy of a repeated header under a group
// header, or a column letter (product-spec §9.1).

export type ColumnRef = string | { header: string; group?: string } | { column: string };

/** 1 -> A, 27 -> AA. */
export function colLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** A -> 1, FH -> 164; NaN for anything that is not 1–3 letters. */
export function letterIndex(letters: string): number {
  const s = letters.trim().toUpperCase();
  if (!/^[A-Z]{1,3}$/.test(s)) return NaN;
  let n = 0;
  for (const ch of s) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** The entry as one line for messages: 「H」, 「H」（分组「G」下）, 第 FH 列. */
export function describeRef(ref: ColumnRef): string {
  if (typeof ref === 'string') return `「${ref}」`;
  if ('column' in ref) return `第 ${ref.column.toUpperCase()} 列`;
  return ref.group ? `「${ref.header}」（分组「${ref.group}」下）` : `「${ref.header}」`;
}

/** Canonical JSON of an entry, so a changed entry makes the file be read again. */
export function refKey(ref: ColumnRef): string {
  if (typeof ref === 'string') return ref;
  if ('column' in ref) return JSON.stringify({ column: ref.column.toUpperCase() });
  return JSON.stringify({ header: ref.header, group: ref.group ?? null });
}

/** Where a field was read from (product-spec §9.1): column letter, its header, and the group header above it. */
export interface ColumnSource { letter: string; header: string; group?: string; /** the field's Chinese name */ title?: string }

/** The column of every mapped field of one sheet of one file. */
export interface SheetColumns {
  file: string;
  sheet: string;
  headerRow: number;
  columns: Record<string, ColumnSource>;
}
