// Imports one roster file into the database: change detection, one savepoint, and the database side of reading
// (the reading itself is read-roster.ts, inline or in a reader worker).
import fs from 'node:fs';
import crypto from 'node:crypto';
import type { Db } from '../store/db.js';
import type { PersonRecord, RejectedRow, SourceKind } from '../model/types.js';
import type { FileSummary } from '../model/report.js';
import { dateToIso } from '../sources/cell-text.js';
import { fail } from '../errors.js';
import { decodeChunk } from '../store/record-codec.js';
import { deleteImport, findImport, importWriter, insertImport, updateImportCounts } from '../store/imports.js';
import { readRoster, type RosterSummary } from '../sources/read-roster.js';
import type { ImportSpec } from '../sources/import-spec.js';
import { refKey, type SheetColumns } from '../model/column-ref.js';
import type { RosterJob } from './roster-pool.js';

export type { ImportSpec } from '../sources/import-spec.js';

/** What one file's import did; the counts are the FileSummary the reports show. */
export interface ImportOutcome extends FileSummary {
  importId: number;
  status: 'imported' | 'replaced' | 'unchanged';
  kind: SourceKind;
  warnings: string[];
  columns: SheetColumns[];
}

export async function sha256File(path: string): Promise<string> {
  const h = crypto.createHash('sha256');
  for await (const chunk of fs.createReadStream(path)) h.update(chunk as Buffer);
  return h.digest('hex');
}

/** Whether a file must be read, decided before reading it (reconcile starts reader workers only for those). */
export interface ImportPlan {
  spec: ImportSpec;
  sha256: string;
  /** Bytes on disk (reconcile reads the largest files first). */
  size: number;
  dataDate: string;
  options: string;
  /** The earlier import of this file for the period, replaced when the file is read again. */
  prevId: number | null;
  /** Set when the same bytes were already read the same way: nothing to do. */
  unchanged: ImportOutcome | null;
}

export async function planImport(db: Db, spec: ImportSpec): Promise<ImportPlan> {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(spec.path);
  } catch {
    throw fail('FILE_NOT_FOUND', { checked: 'listed' }, { file: spec.file });
  }
  if (!stat.isFile()) throw fail('NOT_A_FILE', { folder: false }, { file: spec.file });
  const sha256 = await sha256File(spec.path);
  const prev = findImport(db, spec.kind, spec.period, spec.file);
  const dataDate = dateToIso(new Date(stat.mtimeMs));
  const options = readingOptions(spec);
  // Unchanged only if the same bytes were read the same way: a corrected sheet/headerRow/columns takes effect.
  const unchanged: ImportOutcome | null = prev && prev.sha256 === sha256 && prev.options === options
    ? { importId: prev.id, status: 'unchanged', kind: spec.kind, file: spec.file, sha256, sheets: prev.sheets,
      rowsRead: prev.rowsRead, rowsUsed: prev.rowsUsed, rowsRejected: prev.rowsRejected, dataDate: prev.dataDate, warnings: prev.warnings, columns: prev.columns }
    : null;
  return { spec, sha256, size: stat.size, dataDate, options, prevId: prev?.id ?? null, unchanged };
}

export interface ImportOptions {
  onRows?: (n: number) => void;
  /**
   * Receives every usable record as stored (merged township/village cells filled in), so that reconcile need not
   * read a million rows back from the database it has just written them to.
   */
  collect?: (r: PersonRecord) => void;
  /** The plan, if made already (planImport). */
  plan?: ImportPlan;
  /** The file being read in a reader worker (RosterPool.read); otherwise it is read here. */
  job?: RosterJob;
}

/**
 * Import inside a SAVEPOINT so that it nests in a caller's transaction (reconcile) or stands alone (import).
 * On any error the savepoint is rolled back: nothing half-imported.
 */
export async function importFile(db: Db, spec: ImportSpec, opts: ImportOptions = {}): Promise<ImportOutcome> {
  const plan = opts.plan ?? await planImport(db, spec);
  if (plan.unchanged) return plan.unchanged;
  const { sha256, dataDate, options, prevId } = plan;
  const collect = opts.collect;

  db.exec('SAVEPOINT import_file');
  try {
    if (prevId !== null) deleteImport(db, prevId);
    const importId = insertImport(db, {
      kind: spec.kind, period: spec.period, file: spec.file, sha256, sheets: [], rowsRead: 0, rowsUsed: 0, rowsRejected: 0,
      dataDate, importedAt: new Date().toISOString(), options,
    });
    const w = importWriter(db, importId);
    // This file's collected records per sheet in row order, for filling merged cells in memory too.
    const bySheet = new Map<string, PersonRecord[]>();
    const keep = (r: PersonRecord) => {
      let list = bySheet.get(r.sheet);
      if (!list) bySheet.set(r.sheet, (list = []));
      list.push(r);
      collect!(r);
    };
    const common = {
      rejected: (r: RejectedRow) => w.rejected(r),
      fill: (field: 'township' | 'village', value: string, sheet: string, fromRow: number, toRow: number) => {
        w.fillDown(field, value, sheet, fromRow, toRow);
        const recs = bySheet.get(sheet);
        if (!recs) return;
        for (let i = firstAtOrAfter(recs, fromRow); i < recs.length && recs[i].row <= toRow; i++) {
          if (recs[i][field] === null) recs[i][field] = value;
        }
      },
      progress: opts.onRows,
    };
    const summary: RosterSummary = opts.job
      ? await opts.job.drain({
        ...common,
        chunk: (sheet, n, data) => {
          w.chunk(sheet, n, data);
          if (collect) for (const r of decodeChunk(data, spec.kind, spec.file, sheet)) keep(r);
        },
      })
      : await readRoster(spec, {
        ...common,
        record: (r) => { w.record(r); if (collect) keep(r); },
      });
    w.finish();
    const counts = { sheets: summary.sheets, rowsRead: summary.rowsUsed + summary.rowsRejected, rowsUsed: summary.rowsUsed, rowsRejected: summary.rowsRejected };
    updateImportCounts(db, importId, { ...counts, warnings: summary.warnings, columns: summary.columns });
    db.exec('RELEASE import_file');
    return { importId, status: prevId !== null ? 'replaced' : 'imported', kind: spec.kind, file: spec.file, sha256, ...counts, dataDate, warnings: summary.warnings, columns: summary.columns };
  } catch (e) {
    db.exec('ROLLBACK TO import_file');
    db.exec('RELEASE import_file');
    throw e;
  }
}

/** Index of the first record at or after `row` (records are in row order). */
function firstAtOrAfter(recs: PersonRecord[], row: number): number {
  let lo = 0, hi = recs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (recs[mid].row < row) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/**
 * Raised whenever the header aliases or the stored form of values change, so that files imported by an older version
 * are read again with the new vocabulary instead of keeping the columns it could not recognise. 3: names in the one
 * normal form (the ASCII full stop as a middle dot), one invisible-character set, Excel's serials 1–60 in date fields.
 */
const VOCABULARY_VERSION = 3;

/** Everything besides the bytes that decides what an import holds, as canonical JSON. */
function readingOptions(spec: ImportSpec): string {
  const columns = spec.columns ? Object.fromEntries(Object.entries(spec.columns).map(([k, v]) => [k, refKey(v)] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : null;
  return JSON.stringify({ kind: spec.kind, sheet: spec.sheet ?? null, headerRow: spec.headerRow ?? null, columns, referenceDate: spec.referenceDate, vocabulary: VOCABULARY_VERSION });
}
