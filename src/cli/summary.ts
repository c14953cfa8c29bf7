// Human summary of a reconcile run (stderr).
import path from 'node:path';
import chalk from 'chalk';
import type { ReconcileSummary } from '../app/reconcile.js';
import { RULES } from '../rules/index.js';
import { table } from './render.js';
import { KINDS } from '../model/kinds/index.js';

export function renderSummary(s: ReconcileSummary, cwd: string): string {
  const out: string[] = [];
  out.push(chalk.bold(`\n${s.period} 比对完成（年龄基准日 ${s.referenceDate}）`));
  out.push(table(['名册', '文件数', '读取', '可用', '不可用'], s.sources.map((x) => [KINDS[x.kind]?.title ?? x.kind, x.files.length, x.rowsRead, x.rowsUsed, x.rowsRejected])));
  // The 已豁免 column only when the 豁免清单 took something off the lists.
  const anyExempted = Object.values(s.counts).some((c) => c.exempted > 0);
  const rows = RULES.filter((r) => s.counts[r.code]).map((r) => {
    const c = s.counts[r.code];
    return [r.code, r.title, c.total, c.new, c.persisting, c.resolved, ...(anyExempted ? [c.exempted] : [])];
  });
  out.push(table(['规则', '名称', '疑点', '新增', '持续', '已销号', ...(anyExempted ? ['已豁免'] : [])], rows));
  if (s.rulesSkipped.length) {
    out.push(chalk.yellow('未运行的规则：'));
    const title = new Map(RULES.map((r) => [r.code, r.title]));
    for (const k of s.rulesSkipped) out.push(`  ${title.get(k.rule) ?? k.rule}（${k.rule}）：${k.reason}`);
  }
  if (s.warnings.length) {
    out.push(chalk.yellow('提醒：'));
    for (const w of s.warnings) out.push(`  ${w}`);
  }
  out.push('输出文件：');
  for (const o of s.outputs) out.push(`  ${path.relative(cwd, o) || o}`);
  return out.join('\n') + '\n';
}
