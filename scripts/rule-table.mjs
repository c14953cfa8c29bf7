// Rewrites the rule table in README.md from the rule registry: npm run build && node scripts/rule-table.mjs
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './bench-lib.mjs';

const { RULES } = await import(path.join(ROOT, 'dist/rules/index.js'));
const { ruleTableMarkdown } = await import(path.join(ROOT, 'dist/rules/rule-table.js'));
const readme = path.join(ROOT, 'README.md');
const text = fs.readFileSync(readme, 'utf8');
const re = /(<!-- rules:start -->\n)[\s\S]*?(<!-- rules:end -->)/;
if (!re.test(text)) throw new Error('README.md has no <!-- rules:start --> … <!-- rules:end --> block');
fs.writeFileSync(readme, text.replace(re, `$1${ruleTableMarkdown(RULES)}$2`));
console.log('README.md rule table updated');
