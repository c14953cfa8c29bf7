// fupin verify <file...>: read 核实结果 from township-returned lists into the database.
import { Command } from 'commander';
import path from 'node:path';
import type { CliContext } from '../context.js';
import type { VerifyFileReport } from '../../app/verify.js';
import { ExitCode } from '../../errors.js';
import { addDbOptions, readingDbPath, type DbOptions } from '../db-options.js';

export function makeVerifyCommand(ctx: CliContext): Command {
  return addDbOptions(new Command('verify')
    .description('读回乡镇填好的整改清单（核实结果、核实说明、整改措施、整改时限、责任人）')
    .argument('<file...>', '乡镇返回的整改清单 .xlsx'))
    .option('--json', '以 JSON 数组输出每个文件、每个工作表的结果和未能使用的行')
    .action(async (files: string[], opts: DbOptions & { json?: boolean }) => {
      const { assertDbExists, openDb } = await import('../../store/db.js');
      const { acquireLock } = await import('../../app/lock.js');
      const { verifyFiles } = await import('../../app/verify.js');
      const { renderVerifyReport } = await import('../verify-render.js');
      const { file: dbPath, shown } = await readingDbPath(ctx.io, opts);
      assertDbExists(dbPath, shown);
      const lock = acquireLock(dbPath);
      const db = openDb(dbPath);
      let results: VerifyFileReport[] = [];
      try {
        db.exec('BEGIN IMMEDIATE');
        // Each file is recorded completely or not at all; a bad file does not stop the others.
        results = await verifyFiles(db, files.map((f) => path.resolve(ctx.io.cwd, f)));
        db.exec('COMMIT');
      } catch (e) {
        if (db.inTransaction) db.exec('ROLLBACK');
        throw e;
      } finally {
        db.close();
        lock.release();
      }
      ctx.io.err(renderVerifyReport(results));
      if (results.some((r) => !r.ok)) ctx.exitCode = ExitCode.InputError;
      if (opts.json) ctx.io.out(JSON.stringify(results, null, 2) + '\n');
    });
}
