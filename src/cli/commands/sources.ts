// fupin sources: list the source kinds, their fields and header aliases.
import { Command } from 'commander';
import type { CliContext } from '../context.js';
import { KINDS } from '../../model/kinds/index.js';

export function makeSourcesCommand(ctx: CliContext): Command {
  return new Command('sources')
    .description('列出可导入的名册类型、字段和可识别的表头')
    .option('--json', '以 JSON 数组输出')
    .action((opts: { json?: boolean }) => {
      const list = Object.values(KINDS).map((k) => ({
        kind: k.kind, title: k.title, department: k.department,
        fields: k.fields.map((f) => ({ name: f.name, title: f.title, required: Boolean(f.required), aliases: [...f.aliases, ...(f.fallbackAliases ?? [])] })),
      }));
      if (opts.json) { ctx.io.out(JSON.stringify(list, null, 2) + '\n'); return; }
      const out: string[] = [];
      for (const k of list) {
        out.push(`${k.kind}  ${k.title}（${k.department}）`);
        for (const f of k.fields) out.push(`  ${f.name}${f.required ? '（必需）' : ''}  ${f.title}：${f.aliases.join('、')}`);
        out.push('');
      }
      ctx.io.out(out.join('\n'));
    });
}
