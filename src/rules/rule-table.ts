// README's rule table, generated from rule meta (the single source); a test keeps README current.
import type { Rule } from './types.js';

const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function ruleTableMarkdown(rules: readonly Rule[]): string {
  const lines = [
    '| 代码 | 中文名 | 国家校验编号 | 类别 | 什么情况下列为疑点 | 入户核实时问什么 | 牵头单位 |',
    '|---|---|---|---|---|---|---|',
    ...rules.map((r) => `| \`${r.code}\` | ${esc(r.title)} | ${r.national.join(' ') || '—'} | ${esc(r.category)} | ${esc(r.description)} | ${esc(r.question)} | ${esc(r.leadDept)} |`),
  ];
  return lines.join('\n') + '\n';
}
