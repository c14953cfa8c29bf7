// The only module that opens SQLite: pragmas, 0600 file mode, migrations.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { inputError, usageError } from '../errors.js';
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
    throw inputError('DB_OPEN', `无法打开数据库（${(e as Error).message}）。`, { file: path.basename(file) },
      '确认数据库文件未损坏、有读写权限；如文件损坏，可从备份恢复或换一个 --db 路径重新导入。');
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
    throw usageError('DB_NOT_FOUND', `找不到数据库 ${shownAs}。`,
      '在县目录（有 fupin.config.json 的目录）里运行，或用 --config 指定配置文件、用 --db 指定数据库文件；还没有比对过的话，先运行 fupin reconcile。');
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
