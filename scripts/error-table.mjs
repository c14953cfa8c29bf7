// Rewrites the error-code table in README.md from the error catalogue: npm run build && node scripts/error-table.mjs
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './bench-lib.mjs';

const { errorTableMarkdown } = await import(path.join(ROOT, 'dist/error-codes.js'));
const readme = path.join(ROOT, 'README.md');
const text = fs.readFileSync(readme, 'utf8');
const re = /(<!-- errors:start -->\n)[\s\S]*?(<!-- errors:end -->)/;
if (!re.test(text)) throw new Error('README.md has no <!-- errors:start --> … <!-- errors:end --> block');
fs.writeFileSync(readme, text.replace(re, `$1${errorTableMarkdown()}$2`));
console.log('README.md error-code table updated');
