// Stored records as flat rows (the database keeps them in chunks; see store/schema.ts migration 4).
import Database from 'better-sqlite3';
import { listImportsAll, loadRecords } from '../../src/store/imports.js';

export interface StoredRow {
  kind: string; file: string; sheet: string; row: number; id_number: string; name: string;
  head_id_number: string | null; household_id: string | null; township: string | null; village: string | null; data: string;
}

/** Every usable record in a database file, in import then file order; `where` narrows by import file or kind. */
export function storedRecords(dbFile: string, where: { file?: string; kind?: string } = {}): StoredRow[] {
  const d = new Database(dbFile, { readonly: true });
  try {
    const out: StoredRow[] = [];
    for (const imp of listImportsAll(d)) {
      if (where.file !== undefined && imp.file !== where.file) continue;
      if (where.kind !== undefined && imp.kind !== where.kind) continue;
      for (const r of loadRecords(d, imp)) {
        out.push({ kind: r.kind, file: r.file, sheet: r.sheet, row: r.row, id_number: r.idNumber, name: r.name,
          head_id_number: r.headIdNumber, household_id: r.householdId,
          township: r.township, village: r.village, data: JSON.stringify(r.f) });
      }
    }
    return out;
  } finally { d.close(); }
}
