// fupin verify <file...>: read 核实结果 from township-returned lists into the database.
import { Command } from 'commander';
import path from 'node:path';
import type { CliContext } from '../context.js';
import { ExitCode } from '../../errors.js';
import { addDbOptions, type DbOptions } from '../db-options.js';

export function makeVerifyCommand(ctx: CliContext): Command {
  return addDbOptions(new Command('verify')
    .description('读回乡镇填好的整改清单（核实结果、核实说明、整改措施、整改时限、责任人）')
    .argument('<file...>', '乡镇返回的整改清单 .xlsx'))
    .option('--json', '以 JSON 数组输出每个文件、每个工作表的结果和未能使用的行')
    .action(async (files: string[], opts: DbOptions & { json?: boolean }) => {
      const { recordReturnedLists } = await import('../../app/verify.js');
      const { renderVerifyReport } = await import('../verify-render.js');
      const results = await recordReturnedLists({ cwd: ctx.io.cwd, ...opts }, files.map((f) => path.resolve(ctx.io.cwd, f)));
      ctx.io.err(renderVerifyReport(results));
      if (results.some((r) => !r.ok)) ctx.exitCode = ExitCode.InputError;
      if (opts.json) ctx.io.out(JSON.stringify(results, null, 2) + '\n');
    });
}
