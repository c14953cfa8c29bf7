// fupin rules: the rule catalogue.
import { Command } from 'commander';
import type { CliContext } from '../main.js';
import { RULES } from '../../rules/index.js';
import { DEFAULT_RULE_PARAMS } from '../../model/types.js';
import { table } from '../render.js';
import { KINDS } from '../../sources/kinds/index.js';
import type { SourceKind } from '../../model/types.js';

const kindTitle = (k: SourceKind): string => KINDS[k]?.title ?? k;

export function makeRulesCommand(ctx: CliContext): Command {
  return new Command('rules')
    .description('列出比对规则（代码、名称、类别、牵头单位、所需名册）')
    .option('--json', '以 JSON 数组输出')
    .action((opts: { json?: boolean }) => {
      const list = RULES.map((r) => ({
        code: r.code, title: r.title, category: r.category, leadDept: r.leadDept, subject: r.subject,
        requires: r.requires, requiresAny: r.requiresAny ?? [], description: r.description, question: r.question,
        params: Object.fromEntries(r.params.map((p) => [p, (DEFAULT_RULE_PARAMS as Record<string, unknown>)[p] ?? null])),
      }));
      if (opts.json) { ctx.io.out(JSON.stringify(list, null, 2) + '\n'); return; }
      ctx.io.out(table(['代码', '名称', '类别', '牵头单位', '所需名册'], list.map((r) => [
        // Kind titles, not codes: this table is read by people (the codes are in --json and fupin sources).
        r.code, r.title, r.category, r.leadDept, [...r.requires.map(kindTitle), ...(r.requiresAny.length ? [`(${r.requiresAny.map(kindTitle).join('|')})`] : [])].join('+'),
      ])));
    });
}
