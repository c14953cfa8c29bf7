// fupin history: runs per period with counts per rule.
import { Command } from 'commander';
import type { CliContext } from '../context.js';
import { storedHistory } from '../../app/stored.js';
import { table } from '../render.js';
import { addDbOptions, type DbOptions } from '../db-options.js';
import { RULES } from '../../rules/index.js';

export function makeHistoryCommand(ctx: CliContext): Command {
  return addDbOptions(new Command('history')
    .description('历次比对：每月每条规则的新增 / 持续 / 已销号，核实不属实比例')
    .option('--json', '以 JSON 数组输出'))
    .action(async (opts: DbOptions & { json?: boolean }) => {
      const h = storedHistory({ cwd: ctx.io.cwd, ...opts });
      if (opts.json) { ctx.io.out(JSON.stringify(h, null, 2) + '\n'); return; }
      if (!h.length) { ctx.io.err('数据库里还没有比对记录。先运行 fupin reconcile。\n'); return; }
      const rows: (string | number)[][] = [];
      const title = new Map(RULES.map((r) => [r.code, `${r.code} ${r.title}`]));
      for (const p of h) {
        for (const r of p.rules) {
          rows.push([p.period, title.get(r.rule) ?? r.rule, r.total, r.new, r.persisting, r.resolved, r.notEvaluated, r.exempted, r.maxOpenMonths,
            r.verified ? `${r.falsePositiveShare === null ? '-' : Math.round(r.falsePositiveShare * 100) + '%'}（${r.verified} 条已核实）` : '-']);
        }
      }
      ctx.io.out(table(['月份', '规则', '疑点', '新增', '持续', '已销号', '未评估', '已豁免', '最长持续(月)', '核实不属实比例'], rows));
    });
}
