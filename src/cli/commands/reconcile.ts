// fupin reconcile: the monthly job.
import { Command } from 'commander';
import path from 'node:path';
import type { CliContext } from '../context.js';
import { currentPeriod } from '../../model/period.js';
import { periodOption } from '../options.js';
import { DEFAULT_CONFIG } from '../../app/defaults.js';
import { renderSummary } from '../summary.js';

export function makeReconcileCommand(ctx: CliContext): Command {
  return new Command('reconcile')
    .description('本月比对：导入配置的全部名册，运行全部规则，与上月对比，输出整改清单')
    .option('--config <file>', '配置文件', DEFAULT_CONFIG)
    .addOption(periodOption('比对月份（默认本月）'))
    .option('--db <file>', '数据库文件（默认取配置的 database）')
    .option('--no-mask', '整改清单中显示完整身份证号（仅限内部使用）')
    .option('--json', '在标准输出打印 JSON 摘要（只有这一份 JSON）')
    .option('--quiet', '不显示进度和汇总表，只显示提醒和错误（用 --log-file 时汇总仍写入日志）')
    .option('--force', '重新比对比最近一次比对更早的月份（只改写该月的记录和输出，更晚月份不变）')
    .action(async (opts: { config: string; period?: string; db?: string; mask: boolean; json?: boolean; quiet?: boolean; force?: boolean }) => {
      const period = opts.period ?? currentPeriod();
      const progress = opts.quiet ? (m: string) => ctx.log(m) : (m: string) => ctx.io.err(m + '\n');
      const { reconcile } = await import('../../app/reconcile.js');
      const summary = await reconcile({
        configFile: path.resolve(ctx.io.cwd, opts.config), period, version: ctx.version, dbPath: opts.db ? path.resolve(ctx.io.cwd, opts.db) : undefined,
        mask: opts.mask === false ? false : undefined, force: opts.force, progress,
      });
      if (!opts.quiet) ctx.io.err(renderSummary(summary, ctx.io.cwd));
      else {
        // Quiet is for cron: the warnings still reach stderr (and the log), the table only the log.
        ctx.log(renderSummary(summary, ctx.io.cwd));
        for (const w of summary.warnings) ctx.io.err(`提醒：${w}\n`);
      }
      // Phase timings for the benchmark (npm run bench); not part of the --json contract.
      if (ctx.io.env.FUPIN_TIMINGS) ctx.io.err(`FUPIN_TIMINGS ${JSON.stringify(summary.timings)}\n`);
      if (opts.json) {
        const { timings, ...rest } = summary;
        void timings;
        ctx.io.out(JSON.stringify(rest, null, 2) + '\n');
      }
    });
}
