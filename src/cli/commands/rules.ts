// fupin rules: the rule catalogue; --national: the coverage of the national system's numbered checks.
import { Command } from 'commander';
import type { CliContext } from '../context.js';
import { RULES } from '../../rules/index.js';
import { nationalCoverage } from '../../rules/national.js';
import { DEFAULT_RULE_PARAMS } from '../../model/types.js';
import { table } from '../render.js';
import { KINDS } from '../../model/kinds/index.js';
import type { SourceKind } from '../../model/types.js';

const kindTitle = (k: SourceKind): string => KINDS[k]?.title ?? k;

export function makeRulesCommand(ctx: CliContext): Command {
  return new Command('rules')
    .description('列出比对规则（代码、名称、类别、牵头单位、所需名册、对应的国家校验编号）')
    .option('--json', '以 JSON 数组输出')
    .option('--national', '列出全国系统的数据逻辑校验编号及本工具的覆盖情况')
    .action((opts: { json?: boolean; national?: boolean }) => {
      if (opts.national) {
        const list = nationalCoverage(RULES).map((c) => ({ code: c.code, title: c.title, rules: c.rules, reason: c.reason ?? null }));
        if (opts.json) { ctx.io.out(JSON.stringify(list, null, 2) + '\n'); return; }
        const covered = list.filter((c) => c.rules.length > 0).length;
        ctx.io.out(table(['国家校验编号', '校验内容', '覆盖规则', '未覆盖原因'], list.map((c) => [
          c.code, c.title, c.rules.join('、') || '—', c.reason ?? '',
        ])));
        ctx.io.err(`共 ${list.length} 项国家校验，已覆盖 ${covered} 项。\n`);
        return;
      }
      const list = RULES.map((r) => ({
        code: r.code, title: r.title, category: r.category, leadDept: r.leadDept, subject: r.subject,
        requires: r.requires, requiresAny: r.requiresAny ?? [], description: r.description, question: r.question,
        national: r.national,
        params: Object.fromEntries(r.params.map((p) => [p, (DEFAULT_RULE_PARAMS as Record<string, unknown>)[p] ?? null])),
      }));
      if (opts.json) { ctx.io.out(JSON.stringify(list, null, 2) + '\n'); return; }
      ctx.io.out(table(['代码', '名称', '类别', '牵头单位', '所需名册', '国家校验编号'], list.map((r) => [
        // Kind titles, not codes: this table is read by people (the codes are in --json and fupin sources).
        r.code, r.title, r.category, r.leadDept, [...r.requires.map(kindTitle), ...(r.requiresAny.length ? [`(${r.requiresAny.map(kindTitle).join('|')})`] : [])].join('+'),
        r.national.join(' '),
      ])));
    });
}
