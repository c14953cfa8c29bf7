// Use-cases of the reading commands (findings, history, verify): where the database is, and what it holds.
// They never create a database: a missing one is exit 2 naming the path.
import path from 'node:path';
import { openExistingDb, type Db } from '../store/db.js';
import { queryFindings, runPeriods, townshipsInDb, type FindingRow } from '../store/query.js';
import { buildHistory, type HistoryPeriod } from './history-report.js';
import { resolveDbPath } from './defaults.js';
import { badValue } from './bad-value.js';

/** Where to look: --db, else the database of --config (or of ./fupin.config.json), else ./fupin.db. */
export interface DbLocation { cwd: string; config?: string; db?: string }

/** The database path and the name to show in messages. */
export function readingDbPath(loc: DbLocation): { file: string; shown: string } {
  const file = resolveDbPath(loc.cwd, loc.db, loc.config);
  return { file, shown: path.relative(loc.cwd, file) || file };
}

function withReadingDb<T>(loc: DbLocation, use: (db: Db) => T): T {
  const { file, shown } = readingDbPath(loc);
  const db = openExistingDb(file, shown);
  try {
    return use(db);
  } finally {
    db.close();
  }
}

export interface FindingsQuery { period?: string; rule?: string; township?: string; status?: string }

/**
 * Stored findings of a period (default: the latest run). The period must have been reconciled; a township may be
 * given by its short name (黄泥塘 for 黄泥塘镇) when that names exactly one township in the database.
 */
export function storedFindings(loc: DbLocation, q: FindingsQuery): FindingRow[] {
  return withReadingDb(loc, (db) => {
    const periods = runPeriods(db);
    if (q.period && !periods.includes(q.period)) {
      throw badValue('--period', q.period, { kind: 'periodNotRun', periods });
    }
    let township: string | undefined;
    if (q.township !== undefined) {
      const known = townshipsInDb(db);
      const t = q.township.trim();
      const starts = known.filter((k) => t && k.startsWith(t));
      township = known.includes(t) ? t : starts.length === 1 ? starts[0] : undefined;
      if (!township) {
        throw badValue('--township', q.township, { kind: 'unknownTownship', townships: known });
      }
    }
    return queryFindings(db, { period: q.period, rule: q.rule, township, status: q.status });
  });
}

/** Runs per period with counts per rule (`fupin history`). */
export function storedHistory(loc: DbLocation): HistoryPeriod[] {
  return withReadingDb(loc, buildHistory);
}
