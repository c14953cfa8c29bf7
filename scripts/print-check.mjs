#!/usr/bin/env node
// Dev check of the printed workbooks (product-spec §9.5), the way a township prints them: LibreOffice converts
// every .xlsx under the given folders/files to PDF; for each page we report the text sizes used (from the PDF's
// `Tf` operators), and flag pages whose body text is under 8 pt. Needs LibreOffice (`libreoffice-calc-nogui`)
// and poppler-utils (pdftoppm) for --png. Not part of `npm test` (CI has neither).
//
//   node scripts/print-check.mjs output/2026-10 [--png DIR] [--pages 1,2,5]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};
const pngDir = opt('--png');
const pngPages = (opt('--pages') ?? '1,2').split(',').map(Number);
if (args.length === 0) {
  console.error('usage: node scripts/print-check.mjs <dir|file.xlsx>... [--png DIR] [--pages 1,2]');
  process.exit(2);
}

function walk(p) {
  const st = fs.statSync(p);
  if (st.isFile()) return p.endsWith('.xlsx') || p.endsWith('.xls') ? [p] : [];
  return fs.readdirSync(p).sort().flatMap((n) => walk(path.join(p, n)));
}
const files = args.flatMap(walk);
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'fupin-print-'));
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'fupin-lo-'));
const t0 = Date.now();
// One soffice for all files: start-up is most of the cost. Same base names in different folders would
// overwrite each other, so each file gets its own output folder.
for (const [i, f] of files.entries()) {
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', path.join(out, String(i)), f], { stdio: 'ignore' });
}
fs.rmSync(profile, { recursive: true, force: true });
console.log(`LibreOffice: ${files.length} workbooks -> PDF in ${((Date.now() - t0) / 1000).toFixed(1)} s (${out})`);

/** Per page: text sizes (pt) with the number of text runs set at each size. */
function pageFontSizes(pdf) {
  const buf = fs.readFileSync(pdf);
  const text = buf.toString('latin1');
  const objects = new Map();
  for (const m of text.matchAll(/(\d+) 0 obj\b/g)) objects.set(Number(m[1]), m.index);
  const objBody = (n) => {
    const at = objects.get(n);
    if (at === undefined) return '';
    const end = text.indexOf('endobj', at);
    return text.slice(at, end);
  };
  const streamOf = (n) => {
    const body = objBody(n);
    const s = body.indexOf('stream');
    if (s < 0) return '';
    let start = objects.get(n) + s + 6;
    if (text[start] === '\r') start++;
    if (text[start] === '\n') start++;
    const end = text.indexOf('endstream', start);
    const raw = buf.subarray(start, end);
    try { return zlib.inflateSync(raw).toString('latin1'); } catch { return raw.toString('latin1'); }
  };
  const pages = [];
  for (const [n] of [...objects.entries()].sort((a, b) => a[1] - b[1])) {
    const body = objBody(n);
    if (!/\/Type\s*\/Page\b(?!s)/.test(body)) continue;
    const c = /\/Contents\s+(\d+) 0 R/.exec(body);
    const sizes = new Map();
    if (c) for (const m of streamOf(Number(c[1])).matchAll(/([\d.]+)\s+Tf/g)) sizes.set(Number(m[1]), (sizes.get(Number(m[1])) ?? 0) + 1);
    pages.push(sizes);
  }
  return pages;
}

let bad = 0;
for (const [i, f] of files.entries()) {
  const pdf = path.join(out, String(i), path.basename(f).replace(/\.xlsx?$/, '.pdf'));
  if (!fs.existsSync(pdf)) { console.log(`✗ ${f}: no PDF`); bad++; continue; }
  const pages = pageFontSizes(pdf);
  const all = new Map();
  for (const p of pages) for (const [s, n] of p) all.set(s, (all.get(s) ?? 0) + n);
  const body = [...all.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  // Smallest size used by a real amount of text on a page (a lone footer glyph does not count).
  const perPage = pages.map((p) => {
    const runs = [...p.entries()].filter(([, n]) => n >= 3).map(([s]) => s);
    return runs.length ? Math.min(...runs) : null;
  });
  const smallest = Math.min(...perPage.filter((x) => x !== null));
  const small = perPage.map((s, k) => (s !== null && s < 8 ? k + 1 : 0)).filter(Boolean);
  const flag = small.length ? '✗' : '✓';
  if (small.length) bad++;
  console.log(`${flag} ${path.relative(process.cwd(), f)}: ${pages.length} 页, 正文约 ${body.toFixed(1)} pt, 最小 ${smallest.toFixed(1)} pt` +
    (small.length ? `; 小于 8 pt 的页: ${small.join(',')}` : ''));
  if (pngDir) {
    fs.mkdirSync(pngDir, { recursive: true });
    for (const p of pngPages.filter((p) => p <= pages.length)) {
      const prefix = path.join(pngDir, `${i}-${path.basename(f, '.xlsx')}-p${p}`);
      execFileSync('pdftoppm', ['-png', '-r', '80', '-f', String(p), '-l', String(p), '-singlefile', pdf, prefix]);
    }
  }
}
console.log(bad ? `${bad} 个工作簿有问题` : '全部工作簿：每页正文不小于 8 pt');
process.exit(bad ? 1 : 0);
