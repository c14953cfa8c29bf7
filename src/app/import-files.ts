// Use-case behind `fupin import`: each file in its own transaction.
import path from 'node:path';
import type { SourceKind } from '../model/types.js';
import { openDb } from '../store/db.js';
import { importFile, type ImportOutcome } from '../sources/import-file.js';
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
  const lock = acquireLock(o.db);
  const db = openDb(o.db);
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
