// fupin verify <file...>: read 核实结果 from township-returned lists into the database.
import { Command } from 'commander';
import path from 'node:path';
import type { CliContext } from '../main.js';
import type { VerifyOutcome } from '../../app/verify.js';
import { inputError } from '../../errors.js';
import { addDbOptions, readingDbPath, type DbOptions } from '../db-options.js';

export function makeVerifyCommand(ctx: CliContext): Command {
  return addDbOptions(new Command('verify')
    .description('读回乡镇填好的整改清单（核实结果、核实说明、整改措施、整改时限、责任人）')
    .argument('<file...>', '乡镇返回的整改清单 .xlsx'))
    .option('--json', '以 JSON 数组输出每个文件的结果')
    .action(async (files: string[], opts: DbOptions & { json?: boolean }) => {
      const { assertDbExists, openDb } = await import('../../store/db.js');
      const { acquireLock } = await import('../../app/lock.js');
      const { verifyFile } = await import('../../app/verify.js');
      const { file: dbPath, shown } = await readingDbPath(ctx.io, opts);
      assertDbExists(dbPath, shown);
      const lock = acquireLock(dbPath);
      const db = openDb(dbPath);
      const results: VerifyOutcome[] = [];
      try {
        db.exec('BEGIN IMMEDIATE');
        for (const f of files) {
          const r = await verifyFile(db, path.resolve(ctx.io.cwd, f));
          if (r.rowsRead === 0) {
            throw inputError('NOT_A_LIST', '没有找到带「编号(请勿修改)」和「核实结果」列的整改清单，未做改动。', { file: path.basename(f) },
              '请使用 fupin 生成的整改清单填写后返回，不要删除「编号」列。');
          }
          results.push(r);
        }
        db.exec('COMMIT');
      } catch (e) {
        if (db.inTransaction) db.exec('ROLLBACK');
        throw e;
      } finally {
        db.close();
        lock.release();
      }
      for (const r of results) {
        ctx.io.err(`${r.file}：读取 ${r.rowsRead} 行，对上 ${r.matched} 条；属实 ${r.verifiedTrue}，不属实 ${r.verifiedFalse}，未填 ${r.blank}。\n`);
        for (const u of r.unknownResults) ctx.io.err(`  工作表「${u.sheet}」第 ${u.row} 行：核实结果「${u.value}」无法识别（应填 属实 或 不属实），未记录。\n`);
        for (const u of r.unmatched) ctx.io.err(`  工作表「${u.sheet}」第 ${u.row} 行：编号在数据库中找不到（可能被改动或来自别的县），未记录。\n`);
      }
      if (opts.json) ctx.io.out(JSON.stringify(results, null, 2) + '\n');
    });
}
