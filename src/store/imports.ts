// Persisting imports, records and rejected rows; reading a period's dataset back.
import type { Db } from './db.js';
import type { PersonRecord, RejectedRow, SourceKind } from '../model/types.js';
import type { SheetColumns } from '../model/column-ref.js';
import type { FileSummary } from '../model/report.js';
import { decodeChunk, encodeChunk, makeInterner, recordBatcher } from './record-codec.js';

/** A stored import: one file of one kind for one period, with the counts the reports show (FileSummary). */
export interface ImportRow extends FileSummary {
  id: number;
  kind: SourceKind;
  period: string;
  importedAt: string;
  /** Canonical JSON of the reading options (see app/import-file.ts); '' for imports made before it was kept. */
  options: string;
  /** Warnings raised while reading the file (ambiguous columns, skipped sheets …). */
  warnings: string[];
  /** The column each field came from, per sheet read. */
  columns: SheetColumns[];
}

function toImportRow(r: any): ImportRow {
  return {
    id: r.id, kind: r.kind, period: r.period, file: r.file, sha256: r.sha256, sheets: JSON.parse(r.sheets),
    rowsRead: r.rows_read, rowsUsed: r.rows_used, rowsRejected: r.rows_rejected, dataDate: r.data_date, importedAt: r.imported_at,
    options: r.options ?? '', warnings: r.warnings ? JSON.parse(r.warnings) : [], columns: r.columns ? JSON.parse(r.columns) : [],
  };
}

export function findImport(db: Db, kind: SourceKind, period: string, file: string): ImportRow | null {
  const r = db.prepare('SELECT * FROM imports WHERE kind = ? AND period = ? AND file = ?').get(kind, period, file);
  return r ? toImportRow(r) : null;
}

export function listImports(db: Db, period: string): ImportRow[] {
  return db.prepare('SELECT * FROM imports WHERE period = ? ORDER BY kind, file').all(period).map(toImportRow);
}

/** Every import in the database, oldest first. */
export function listImportsAll(db: Db): ImportRow[] {
  return db.prepare('SELECT * FROM imports ORDER BY id').all().map(toImportRow);
}

/** Imports of one kind for every period before `upTo` (or up to and including it), oldest period first. */
export function listKindImports(db: Db, kind: SourceKind, upTo: string, inclusive: boolean): ImportRow[] {
  return db.prepare(`SELECT * FROM imports WHERE kind = ? AND period ${inclusive ? '<=' : '<'} ? ORDER BY period, id`).all(kind, upTo).map(toImportRow);
}

export function deleteImport(db: Db, id: number): void {
  db.prepare('DELETE FROM record_chunks WHERE import_id = ?').run(id);
  db.prepare('DELETE FROM record_fills WHERE import_id = ?').run(id);
  db.prepare('DELETE FROM rejected WHERE import_id = ?').run(id);
  db.prepare('DELETE FROM imports WHERE id = ?').run(id);
}

/** Prepared statements for one file's import (used inside a transaction); call finish() before committing. */
export function importWriter(db: Db, importId: number) {
  const chunk = db.prepare('INSERT INTO record_chunks (import_id, sheet, n, data) VALUES (?, ?, ?, ?)');
  const rej = db.prepare(`INSERT INTO rejected (import_id, sheet, row, col, reason, reason_text, raw, name, township, village)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const fill = db.prepare('INSERT INTO record_fills (import_id, sheet, field, value, from_row, to_row) VALUES (?, ?, ?, ?, ?, ?)');
  const fillRej = (field: 'township' | 'village') => db.prepare(
    `UPDATE rejected SET ${field} = ? WHERE import_id = ? AND sheet = ? AND row BETWEEN ? AND ? AND ${field} IS NULL`);
  const fillsRej = { township: fillRej('township'), village: fillRej('village') };
  const batch = recordBatcher((sheet, recs) => chunk.run(importId, sheet, recs.length, encodeChunk(recs)));
  return {
    record(r: PersonRecord): void {
      batch.add(r);
    },
    /** A chunk encoded elsewhere (a reader thread) with encodeChunk. */
    chunk(sheet: string, n: number, data: Uint8Array): void {
      batch.flush();
      chunk.run(importId, sheet, n, data);
    },
    rejected(r: RejectedRow): void {
      rej.run(importId, r.sheet, r.row, r.column, r.reason, r.reasonText, JSON.stringify(r.raw), r.name, r.township, r.village);
    },
    /** Merged township/village cells: rows below the top of a merge inherit its value (applied when records are read). */
    fillDown(field: 'township' | 'village', value: string, sheet: string, fromRow: number, toRow: number): void {
      fill.run(importId, sheet, field, value, fromRow, toRow);
      fillsRej[field].run(value, importId, sheet, fromRow, toRow);
    },
    finish(): void {
      batch.flush();
    },
  };
}

export function insertImport(db: Db, i: Omit<ImportRow, 'id' | 'options' | 'warnings' | 'columns'> & { options?: string; warnings?: string[] }): number {
  const res = db.prepare(`INSERT INTO imports (kind, period, file, sha256, sheets, rows_read, rows_used, rows_rejected, data_date, imported_at, options, warnings)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(i.kind, i.period, i.file, i.sha256, JSON.stringify(i.sheets), i.rowsRead, i.rowsUsed, i.rowsRejected,
    i.dataDate, i.importedAt, i.options ?? '', JSON.stringify(i.warnings ?? []));
  return Number(res.lastInsertRowid);
}

export function updateImportCounts(db: Db, id: number, c: { sheets: string[]; rowsRead: number; rowsUsed: number; rowsRejected: number; warnings?: string[]; columns?: SheetColumns[] }): void {
  db.prepare('UPDATE imports SET sheets = ?, rows_read = ?, rows_used = ?, rows_rejected = ?, warnings = ?, columns = ? WHERE id = ?')
    .run(JSON.stringify(c.sheets), c.rowsRead, c.rowsUsed, c.rowsRejected, JSON.stringify(c.warnings ?? []), JSON.stringify(c.columns ?? []), id);
}

/**
 * Every usable record of an import, as PersonRecords in file order. Repeated short texts (sheet, township, village,
 * relation and the kind's field values) are interned: a county holds a million rows but only a few thousand distinct values.
 */
export function* loadRecords(db: Db, imp: ImportRow, intern: (s: string) => string = makeInterner()): Generator<PersonRecord> {
  const fills = loadFills(db, imp.id);
  const st = db.prepare('SELECT sheet, data FROM record_chunks WHERE import_id = ? ORDER BY id').raw(true);
  for (const [sheetName, data] of st.iterate(imp.id) as Iterable<[string, Buffer | string]>) {
    const sheet = intern(sheetName);
    const sheetFills = fills.get(sheet);
    // Written as UTF-8 bytes (BLOB); chunks made by migration 4 from older databases are TEXT.
    for (const rec of decodeChunk(data, imp.kind, imp.file, sheet, intern)) {
      if (sheetFills) applyFills(rec, sheetFills);
      yield rec;
    }
  }
}

/** Fill ranges of one sheet and field, sorted by first row (merged cells never overlap). */
interface Fills { from: number[]; to: number[]; value: string[] }
type SheetFills = { township?: Fills; village?: Fills };

function loadFills(db: Db, importId: number): Map<string, SheetFills> {
  const out = new Map<string, SheetFills>();
  const rows = db.prepare('SELECT sheet, field, value, from_row, to_row FROM record_fills WHERE import_id = ? ORDER BY sheet, field, from_row').all(importId) as any[];
  for (const r of rows) {
    let bySheet = out.get(r.sheet);
    if (!bySheet) out.set(r.sheet, (bySheet = {}));
    const field = r.field as 'township' | 'village';
    const fl = (bySheet[field] ??= { from: [], to: [], value: [] });
    fl.from.push(r.from_row); fl.to.push(r.to_row); fl.value.push(r.value);
  }
  return out;
}

/** A sheet may hold a merge per household block: binary search, not a scan. */
function applyFills(rec: PersonRecord, fills: SheetFills): void {
  for (const field of ['township', 'village'] as const) {
    const fl = fills[field];
    if (!fl || rec[field] !== null) continue;
    let lo = 0, hi = fl.from.length - 1, hit = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (fl.from[mid] <= rec.row) { hit = mid; lo = mid + 1; } else hi = mid - 1;
    }
    if (hit >= 0 && fl.to[hit] >= rec.row) rec[field] = fl.value[hit];
  }
}

export function loadRejected(db: Db, imp: ImportRow): RejectedRow[] {
  return (db.prepare('SELECT * FROM rejected WHERE import_id = ? ORDER BY rowid').all(imp.id) as any[]).map((r) => ({
    kind: imp.kind, file: imp.file, sheet: r.sheet, row: r.row, column: r.col, reason: r.reason, reasonText: r.reason_text,
    raw: JSON.parse(r.raw), name: r.name, township: r.township, village: r.village,
  }));
}
