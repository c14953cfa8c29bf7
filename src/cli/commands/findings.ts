// fupin findings: query stored findings.
import { Command, Option } from 'commander';
import type { CliContext } from '../main.js';
import { queryFindings } from '../../store/query.js';
import { checkPeriod } from '../../config/load.js';
import { csv, table } from '../render.js';
import { maskIdNumber } from '../../idcard/index.js';
import { STATUS_LABELS, type FindingStatus } from '../../export/index.js';

export function makeFindingsCommand(ctx: CliContext): Command {
  return new Command('findings')
    .description('查询已保存的比对疑点')
    .option('--period <YYYY-MM>', '月份（默认最近一次比对）')
    .option('--rule <CODE>', '规则代码')
    .option('--township <name>', '乡镇')
    .option('--status <status>', '状态：new / persisting / not_evaluated / false_positive')
    .addOption(new Option('--format <format>', '输出格式').choices(['table', 'json', 'csv']).default('table'))
    .option('--json', '等同 --format json')
    .option('--no-mask', '表格和 CSV 中显示完整身份证号')
    .option('--db <file>', '数据库文件')
    .action(async (opts: { period?: string; rule?: string; township?: string; status?: string; format: string; json?: boolean; mask: boolean; db?: string }) => {
      const { resolveDbPath } = await import('../../app/defaults.js');
      const { openDb } = await import('../../store/db.js');
      const db = openDb(resolveDbPath(ctx.io.cwd, opts.db));
      try {
        const rows = queryFindings(db, { period: opts.period ? checkPeriod(opts.period) : undefined, rule: opts.rule, township: opts.township, status: opts.status });
        const format = opts.json ? 'json' : opts.format;
        if (format === 'json') { ctx.io.out(JSON.stringify(rows, null, 2) + '\n'); return; }
        const m = (s: string | null) => (s && opts.mask ? maskIdNumber(s) : s ?? '');
        const header = ['月份', '规则', '乡镇', '村', '户编号', '户主', '问题人员', '身份证号', '状态', '编号'];
        const data = rows.map((r) => [r.period, r.rule, r.township ?? '', r.village ?? '', r.householdId ?? '', r.headName ?? '', r.name ?? '',
          m(r.idNumber ?? r.headIdNumber), STATUS_LABELS[r.status as FindingStatus] ?? r.status, r.fingerprint]);
        ctx.io.out(format === 'csv' ? csv(header, data) : table(header, data));
        if (format === 'table') ctx.io.err(`共 ${rows.length} 条\n`);
      } finally {
        db.close();
      }
    });
}
