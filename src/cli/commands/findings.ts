// fupin findings: query stored findings.
import { Command } from 'commander';
import type { CliContext } from '../main.js';
import { queryFindings, townshipsInDb, runPeriods } from '../../store/query.js';
import { csv, table } from '../render.js';
import { maskIdNumber } from '../../idcard/index.js';
import { STATUS_LABELS, type FindingStatus } from '../../export/index.js';
import { RULES } from '../../rules/index.js';
import { badValue, choiceOption, periodOption, type Choice } from '../options.js';
import { addDbOptions, openReadingDb, type DbOptions } from '../db-options.js';

/** Status names: the English codes of findings.json, the Chinese words of the lists. */
export const STATUS_CHOICES: Choice[] = (Object.entries(STATUS_LABELS) as [FindingStatus, string][]).map(([value, label]) => ({
  value, label, aliases: value === 'false_positive' ? ['不属实'] : value === 'resolved' ? ['销号'] : [],
}));

const RULE_CHOICES = (): Choice[] => RULES.map((r) => ({ value: r.code, aliases: [r.title] }));

export function makeFindingsCommand(ctx: CliContext): Command {
  return addDbOptions(new Command('findings')
    .description('查询已保存的比对疑点')
    .addOption(periodOption('月份（默认最近一次比对）'))
    .addOption(choiceOption('--rule <CODE>', '规则代码或名称（见 fupin rules；大小写均可）', RULE_CHOICES, undefined, false))
    .option('--township <name>', '乡镇（须是数据库中已有的乡镇）')
    .addOption(choiceOption('--status <status>', '状态；不写时列出新增、持续、未评估和核实不属实的疑点', STATUS_CHOICES))
    .addOption(choiceOption('--format <format>', '输出格式', [{ value: 'table', label: '表格' }, { value: 'json' }, { value: 'csv' }], 'table'))
    .option('--json', '等同 --format json')
    .option('--no-mask', '表格和 CSV 中显示完整身份证号'))
    .action(async (opts: DbOptions & { period?: string; rule?: string; township?: string; status?: string; format: string; json?: boolean; mask: boolean }) => {
      const db = await openReadingDb(ctx.io, opts);
      try {
        const periods = runPeriods(db);
        if (opts.period && !periods.includes(opts.period)) {
          throw badValue('--period', opts.period, { kind: 'periodNotRun', periods });
        }
        let township: string | undefined;
        if (opts.township !== undefined) {
          const known = townshipsInDb(db);
          const t = opts.township.trim();
          // 黄泥塘 for 黄泥塘镇: the short name people say, when it names exactly one township.
          const starts = known.filter((k) => t && k.startsWith(t));
          township = known.includes(t) ? t : starts.length === 1 ? starts[0] : undefined;
          if (!township) {
            throw badValue('--township', opts.township, { kind: 'unknownTownship', townships: known });
          }
        }
        const rows = queryFindings(db, { period: opts.period, rule: opts.rule, township, status: opts.status });
        const format = opts.json ? 'json' : opts.format;
        if (format === 'json') { ctx.io.out(JSON.stringify(rows, null, 2) + '\n'); return; }
        const m = (s: string | null) => (s && opts.mask ? maskIdNumber(s) : s ?? '');
        const title = new Map(RULES.map((r) => [r.code, r.title]));
        const header = ['月份', '规则', '问题类型', '乡镇', '村', '户编号', '户主', '问题人员', '身份证号', '状态', '编号'];
        const data = rows.map((r) => [r.period, r.rule, title.get(r.rule) ?? '', r.township ?? '', r.village ?? '', r.householdId ?? '', r.headName ?? '', r.name ?? '',
          m(r.idNumber ?? r.headIdNumber), STATUS_LABELS[r.status as FindingStatus] ?? r.status, r.fingerprint]);
        ctx.io.out(format === 'csv' ? csv(header, data) : table(header, data));
        if (format === 'table') ctx.io.err(`共 ${rows.length} 条\n`);
      } finally {
        db.close();
      }
    });
}
