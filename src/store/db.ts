// The only module that opens SQLite: pragmas, 0600 file mode, migrations.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { fail } from '../errors.js';
import { MIGRATIONS } from './schema.js';

export type Db = Database.Database;

export function openDb(file: string): Db {
  const dir = path.dirname(path.resolve(file));
  if (!fs.existsSync(dir)) fs.mkdirSync(dir, { recursive: true });
  // Create the file ourselves so it is 0600 from the first byte (SQLite would use 0644).
  if (!fs.existsSync(file)) fs.closeSync(fs.openSync(file, 'a', 0o600));
  try { fs.chmodSync(file, 0o600); } catch { /* not ours to fix; sqlite will report if unreadable */ }
  let db: Db;
  try {
    db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 10000');
    // 16 MB page cache: records go in as chunks (schema migration 4), so a county import touches few index pages.
    db.pragma('cache_size = -16384');
    migrate(db);
  } catch (e) {
    throw fail('DB_OPEN', { detail: (e as Error).message }, { file: path.basename(file) });
  }
  for (const suffix of ['-wal', '-shm']) {
    try { fs.chmodSync(file + suffix, 0o600); } catch { /* may not exist yet */ }
  }
  return db;
}

/**
 * For the reading commands (findings, history, verify): the database must already exist. A mistyped --db or a
 * folder without a county must not quietly become an empty database that answers "nothing found".
 */
export function openExistingDb(file: string, shownAs: string = file): Db {
  assertDbExists(file, shownAs);
  return openDb(file);
}

export function assertDbExists(file: string, shownAs: string = file): void {
  let isFile = false;
  try { isFile = fs.statSync(file).isFile() && fs.statSync(file).size > 0; } catch { /* missing */ }
  if (!isFile) {
    throw fail('DB_NOT_FOUND', { db: shownAs });
  }
}

function migrate(db: Db): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > MIGRATIONS.length) {
    throw new Error(`数据库版本 ${version} 比本程序新`);
  }
  for (let v = version; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}
