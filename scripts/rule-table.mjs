// README's rule table, generated from the rule registry's meta (the single source). A dev tool, so it lives here and
// not in dist/: `npm run build && node scripts/rule-table.mjs` rewrites the table; `--check` exits 1 when README.md
// is not current (test/readme.test.ts runs it).
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './bench-lib.mjs';

const esc = (s) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function ruleTableMarkdown(rules) {
  const lines = [
    '| 代码 | 中文名 | 国家校验编号 | 类别 | 什么情况下列为疑点 | 入户核实时问什么 | 牵头单位 |',
    '|---|---|---|---|---|---|---|',
    ...rules.map((r) => `| \`${r.code}\` | ${esc(r.title)} | ${r.national.join(' ') || '—'} | ${esc(r.category)} | ${esc(r.description)} | ${esc(r.question)} | ${esc(r.leadDept)} |`),
  ];
  return lines.join('\n') + '\n';
}

const { RULES } = await import(path.join(ROOT, 'dist/rules/index.js'));
const readme = path.join(ROOT, 'README.md');
const text = fs.readFileSync(readme, 'utf8');
const re = /(<!-- rules:start -->\n)([\s\S]*?)(<!-- rules:end -->)/;
const m = re.exec(text);
if (!m) throw new Error('README.md has no <!-- rules:start --> … <!-- rules:end --> block');
const table = ruleTableMarkdown(RULES);
if (process.argv.includes('--check')) {
  if (m[2] !== table) { console.error('README.md rule table is not current: run npm run build && node scripts/rule-table.mjs'); process.exit(1); }
} else {
  fs.writeFileSync(readme, text.replace(re, `$1${table}$3`));
  console.log('README.md rule table updated');
}
