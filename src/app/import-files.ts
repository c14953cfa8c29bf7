// Use-case behind `fupin import`: each file in its own transaction.
import path from 'node:path';
import type { SourceKind } from '../model/types.js';
import fs from 'node:fs';
import { openDb, type Db } from '../store/db.js';
import { fail } from '../errors.js';
import { importFile, type ImportOutcome } from './import-file.js';
import { acquireLock } from './lock.js';

export interface ImportFilesOptions {
  files: string[];
  kind: SourceKind;
  period: string;
  db: string;
  referenceDate: string;
  sheet?: string | number;
  headerRow?: number;
  onOutcome?: (o: ImportOutcome) => void;
}

export async function importFiles(o: ImportFilesOptions): Promise<ImportOutcome[]> {
  // A mistyped file name must not leave a new, empty database behind.
  for (const f of o.files) {
    let ok = false;
    try { ok = fs.statSync(f).isFile(); } catch { /* missing */ }
    if (!ok) throw fail('FILE_NOT_FOUND', {}, { file: path.basename(f) });
  }
  const lock = acquireLock(o.db);
  let db: Db;
  try { db = openDb(o.db); } catch (e) { lock.release(); throw e; }
  try {
    const out: ImportOutcome[] = [];
    for (const f of o.files) {
      const res = await importFile(db, {
        path: f, file: path.basename(f), kind: o.kind, period: o.period, sheet: o.sheet, headerRow: o.headerRow, referenceDate: o.referenceDate,
      });
      out.push(res);
      o.onOutcome?.(res);
    }
    return out;
  } finally {
    db.close();
    lock.release();
  }
}
