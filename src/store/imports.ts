// Persisting imports, records and rejected rows; reading a period's dataset back.
import type { Db } from './db.js';
import type { PersonRecord, RejectedRow, SourceKind } from '../model/types.js';

export interface ImportRow {
  id: number;
  kind: SourceKind;
  period: string;
  file: string;
  sha256: string;
  sheets: string[];
  rowsRead: number;
  rowsUsed: number;
  rowsRejected: number;
  dataDate: string | null;
  importedAt: string;
  /** Canonical JSON of the reading options (see import-file); '' for imports made before it was kept. */
  options: string;
  /** Warnings raised while reading the file (ambiguous columns, skipped sheets …). */
  warnings: string[];
}

function toImportRow(r: any): ImportRow {
  return {
    id: r.id, kind: r.kind, period: r.period, file: r.file, sha256: r.sha256, sheets: JSON.parse(r.sheets),
    rowsRead: r.rows_read, rowsUsed: r.rows_used, rowsRejected: r.rows_rejected, dataDate: r.data_date, importedAt: r.imported_at,
    options: r.options ?? '', warnings: r.warnings ? JSON.parse(r.warnings) : [],
  };
}

export function findImport(db: Db, kind: SourceKind, period: string, file: string): ImportRow | null {
  const r = db.prepare('SELECT * FROM imports WHERE kind = ? AND period = ? AND file = ?').get(kind, period, file);
  return r ? toImportRow(r) : null;
}

export function listImports(db: Db, period: string): ImportRow[] {
  return db.prepare('SELECT * FROM imports WHERE period = ? ORDER BY kind, file').all(period).map(toImportRow);
}

export function deleteImport(db: Db, id: number): void {
  db.prepare('DELETE FROM records WHERE import_id = ?').run(id);
  db.prepare('DELETE FROM rejected WHERE import_id = ?').run(id);
  db.prepare('DELETE FROM imports WHERE id = ?').run(id);
}

/** Prepared statements for one file's import (used inside a transaction). */
export function importWriter(db: Db, importId: number) {
  const rec = db.prepare(`INSERT INTO records (import_id, sheet, row, id_number, name, household_id, head_id_number, relation, township, village, data)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const rej = db.prepare(`INSERT INTO rejected (import_id, sheet, row, col, reason, reason_text, raw, name, township, village)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const fillRec = (field: 'township' | 'village') => db.prepare(
    `UPDATE records SET ${field} = ? WHERE import_id = ? AND sheet = ? AND row BETWEEN ? AND ? AND ${field} IS NULL`);
  const fillRej = (field: 'township' | 'village') => db.prepare(
    `UPDATE rejected SET ${field} = ? WHERE import_id = ? AND sheet = ? AND row BETWEEN ? AND ? AND ${field} IS NULL`);
  const fills = { township: [fillRec('township'), fillRej('township')], village: [fillRec('village'), fillRej('village')] };
  return {
    record(r: PersonRecord): void {
      rec.run(importId, r.sheet, r.row, r.idNumber, r.name, r.householdId, r.headIdNumber, r.relation, r.township, r.village, JSON.stringify(r.f));
    },
    rejected(r: RejectedRow): void {
      rej.run(importId, r.sheet, r.row, r.column, r.reason, r.reasonText, JSON.stringify(r.raw), r.name, r.township, r.village);
    },
    /** Merged township/village cells: rows below the top of a merge inherit its value. */
    fillDown(field: 'township' | 'village', value: string, sheet: string, fromRow: number, toRow: number): void {
      for (const st of fills[field]) st.run(value, importId, sheet, fromRow, toRow);
    },
  };
}

export function insertImport(db: Db, i: Omit<ImportRow, 'id' | 'options' | 'warnings'> & { options?: string; warnings?: string[] }): number {
  const res = db.prepare(`INSERT INTO imports (kind, period, file, sha256, sheets, rows_read, rows_used, rows_rejected, data_date, imported_at, options, warnings)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(i.kind, i.period, i.file, i.sha256, JSON.stringify(i.sheets), i.rowsRead, i.rowsUsed, i.rowsRejected,
    i.dataDate, i.importedAt, i.options ?? '', JSON.stringify(i.warnings ?? []));
  return Number(res.lastInsertRowid);
}

export function updateImportCounts(db: Db, id: number, c: { sheets: string[]; rowsRead: number; rowsUsed: number; rowsRejected: number; warnings?: string[] }): void {
  db.prepare('UPDATE imports SET sheets = ?, rows_read = ?, rows_used = ?, rows_rejected = ?, warnings = ? WHERE id = ?')
    .run(JSON.stringify(c.sheets), c.rowsRead, c.rowsUsed, c.rowsRejected, JSON.stringify(c.warnings ?? []), id);
}

/**
 * Every usable record of an import, as PersonRecords. Repeated short texts (sheet, township, village, relation and
 * the kind's field values) are interned: a county holds a million rows but only a few thousand distinct values.
 */
export function* loadRecords(db: Db, imp: ImportRow, intern: (s: string) => string = makeInterner()): Generator<PersonRecord> {
  const st = db.prepare('SELECT sheet, row, id_number, name, household_id, head_id_number, relation, township, village, data FROM records WHERE import_id = ? ORDER BY rowid').raw(true);
  const opt = (s: string | null) => (s === null ? null : intern(s));
  for (const r of st.iterate(imp.id) as Iterable<any[]>) {
    const f = JSON.parse(r[9]) as Record<string, string>;
    for (const k in f) f[k] = intern(f[k]);
    yield {
      kind: imp.kind, file: imp.file, sheet: intern(r[0]), row: r[1], idNumber: r[2], name: r[3], householdId: r[4],
      headIdNumber: r[5], relation: opt(r[6]), township: opt(r[7]), village: opt(r[8]), f,
    };
  }
}

/** Returns one shared instance per distinct short string. */
export function makeInterner(maxLength = 32): (s: string) => string {
  const pool = new Map<string, string>();
  return (s) => {
    if (s.length > maxLength) return s;
    const hit = pool.get(s);
    if (hit !== undefined) return hit;
    pool.set(s, s);
    return s;
  };
}

export function loadRejected(db: Db, imp: ImportRow): RejectedRow[] {
  return (db.prepare('SELECT * FROM rejected WHERE import_id = ? ORDER BY rowid').all(imp.id) as any[]).map((r) => ({
    kind: imp.kind, file: imp.file, sheet: r.sheet, row: r.row, column: r.col, reason: r.reason, reasonText: r.reason_text,
    raw: JSON.parse(r.raw), name: r.name, township: r.township, village: r.village,
  }));
}
