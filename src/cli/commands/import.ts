// fupin import <file...> --kind K: import rosters into the database.
import { Command } from 'commander';
import path from 'node:path';
import type { CliContext } from '../context.js';
import type { SourceKind } from '../../model/types.js';
import { currentPeriod, lastDayOfPeriod } from '../../model/period.js';
import { choiceOption, KIND_CHOICES, parsePositiveInt, periodOption } from '../options.js';
import { KINDS } from '../../model/kinds/index.js';

export function makeImportCommand(ctx: CliContext): Command {
  return new Command('import')
    .description('把名册导入数据库（同一文件重复导入不会重复计数）')
    .argument('<file...>', '名册文件（.xlsx / .xls / .csv）')
    .addOption(choiceOption('--kind <kind>', '名册类型（见 fupin sources）', KIND_CHOICES).makeOptionMandatory())
    .addOption(periodOption('所属月份（默认本月）'))
    .option('--db <file>', '数据库文件（默认取配置文件的 database，否则 ./fupin.db）')
    .option('--sheet <name|index>', '只读取这个工作表（名称或从 1 开始的序号）')
    .option('--header-row <n>', '表头所在行（默认自动识别）', (v: string) => parsePositiveInt('--header-row', v))
    .option('--json', '以 JSON 数组输出导入结果')
    .action(async (files: string[], opts: { kind: string; period?: string; db?: string; sheet?: string; headerRow?: number; json?: boolean }) => {
      const kind = opts.kind as SourceKind;
      const period = opts.period ?? currentPeriod();
      const headerRow = opts.headerRow;
      const sheet = opts.sheet === undefined ? undefined : /^\d+$/.test(opts.sheet) ? Number(opts.sheet) : opts.sheet;
      const { importFiles } = await import('../../app/import-files.js');
      const { resolveDbPath } = await import('../../app/defaults.js');
      const outcomes = await importFiles({
        files: files.map((f) => path.resolve(ctx.io.cwd, f)), kind, period, db: resolveDbPath(ctx.io.cwd, opts.db),
        referenceDate: lastDayOfPeriod(period), sheet, headerRow,
        onOutcome: (o) => {
          const verb = o.status === 'unchanged' ? '未变化，跳过（与已导入的文件相同）' : o.status === 'replaced' ? '已更新（替换了此前导入的同名文件）' : '已导入';
          ctx.io.err(`${o.file}（${KINDS[kind].title}，${period}）：${verb}。读取 ${o.rowsRead} 行 = 可用 ${o.rowsUsed} 行 + 不可用 ${o.rowsRejected} 行` +
            (o.sheets.length ? `；工作表：${o.sheets.join('、')}` : '') + '\n');
          for (const w of o.warnings) ctx.io.err(`提醒：${w}\n`);
        },
      });
      if (opts.json) {
        ctx.io.out(JSON.stringify(outcomes.map((o) => ({ file: o.file, kind: o.kind, status: o.status, sheets: o.sheets, rowsRead: o.rowsRead,
          rowsUsed: o.rowsUsed, rowsRejected: o.rowsRejected, sha256: o.sha256 })), null, 2) + '\n');
      }
    });
}
