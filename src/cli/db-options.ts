// --config / --db for the commands that read the database (findings, history, verify): never create one.
import path from 'node:path';
import { Command } from 'commander';
import type { CliIo } from './io.js';
import type { Db } from '../store/db.js';

export interface DbOptions { config?: string; db?: string }

export function addDbOptions(cmd: Command): Command {
  return cmd
    .option('--config <file>', '配置文件（用其中的 database；默认当前目录的 fupin.config.json）')
    .option('--db <file>', '数据库文件（优先于配置文件）');
}

/** The database path (config's database, else ./fupin.db) and the name to show in messages. */
export async function readingDbPath(io: CliIo, opts: DbOptions): Promise<{ file: string; shown: string }> {
  const { resolveDbPath } = await import('../app/defaults.js');
  const file = resolveDbPath(io.cwd, opts.db, opts.config);
  return { file, shown: path.relative(io.cwd, file) || file };
}

export async function openReadingDb(io: CliIo, opts: DbOptions): Promise<Db> {
  const { openExistingDb } = await import('../store/db.js');
  const { file, shown } = await readingDbPath(io, opts);
  return openExistingDb(file, shown);
}
