// Formula errors outside the ID column, kept on the record at import and listed with the unknown values.

/** Key in PersonRecord.f of the row's formula errors outside the ID column: "field=#REF!" joined by CELL_ERROR_SEP. */
export const CELL_ERRORS = '_cellErrors';
export const CELL_ERROR_SEP = ';';

/** [field, error text] of a record's formula errors. */
export function cellErrorsOf(f: Record<string, string>): [string, string][] {
  const v = f[CELL_ERRORS];
  if (v === undefined) return [];
  return v.split(CELL_ERROR_SEP).map((p) => { const i = p.indexOf('='); return [p.slice(0, i), p.slice(i + 1)]; });
}
