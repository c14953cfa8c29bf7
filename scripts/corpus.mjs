// npm run corpus — the reader against real-world workbooks (not part of `npm test`; nothing here is committed
// but the manifest and this script).
//
//   1. gather: the public workbooks listed in scripts/corpus-manifest.json (repository, commit, paths) are
//      read from bare git mirrors of those repositories (`git --git-dir=… show commit:path`, no work tree)
//      into .corpus/ (git-ignored). Mirrors are looked for in $CORPUS_MIRRORS/<owner>+<name>/repo
//      (default /work/.mirror), or $CORPUS_MIRRORS/<owner>+<name>.git; any bare clone of the repository
//      at that commit will do.
//   2. writers: roster-like workbooks written by real third-party writers from Debian packages —
//      python3-openpyxl (normal, write_only), python3-xlsxwriter (normal, constant_memory) — and
//      LibreOffice (libreoffice-calc-nogui) conversions of them to .xlsx and .xls. Skipped (with a note)
//      where a writer is not installed.
//   3. compare: every file is read by the product reader (dist/, so `npm run build` first) and by SheetJS
//      (through dist/io/read-xls.js, which maps SheetJS cells to the product's cell model), cell by cell.
//      Every disagreement is put in a class with its explanation; the summary is printed and the details
//      are written to .corpus/report.txt.
//
// Options: --skip-gather, --skip-writers, --only <substring>, --make-manifest (rebuilds the manifest from
// the mirrors found; for maintainers).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fork } from 'node:child_process';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = path.join(ROOT, '.corpus');
const MANIFEST = path.join(ROOT, 'scripts', 'corpus-manifest.json');
const MIRRORS = process.env.CORPUS_MIRRORS ?? '/work/.mirror';
const EXT = /\.(xlsx|xlsm|xls|et)$/i;
const args = process.argv.slice(2);
const has = (f) => args.includes(f);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;

// Repositories of spreadsheet readers and writers whose test files are real-world workbooks.
const REPOS = ['apache/poi', 'tafia/calamine', 'SheetJS/test_files', 'PHPOffice/PhpSpreadsheet', 'ClosedXML/ClosedXML',
  'python-excel/xlrd', 'exceljs/exceljs', 'alibaba/easyexcel', 'jmcnamara/XlsxWriter'];

function mirrorOf(repo) {
  const base = repo.replace('/', '+');
  for (const p of [path.join(MIRRORS, base, 'repo'), path.join(MIRRORS, `${base}.git`)]) if (fs.existsSync(path.join(p, 'HEAD'))) return p;
  return null;
}

const git = (dir, ...a) => spawnSync('git', ['--git-dir', dir, ...a], { maxBuffer: 1 << 30 });

function makeManifest() {
  const sources = [];
  for (const repo of REPOS) {
    const dir = mirrorOf(repo);
    if (!dir) { console.log(`没有 ${repo} 的镜像，跳过`); continue; }
    const commit = git(dir, 'rev-parse', 'HEAD').stdout.toString().trim();
    const lines = git(dir, 'ls-tree', '-r', '-l', commit).stdout.toString().split('\n');
    const paths = [];
    for (const l of lines) {
      const m = /^\d+ blob ([0-9a-f]+)\s+(\d+)\t(.*)$/.exec(l);
      if (!m || !EXT.test(m[3])) continue;
      // XlsxWriter's comparison files are Excel's own output; its other xlsx files are its own.
      if (git(dir, 'cat-file', '-e', m[1]).status !== 0) continue; // not in the snapshot (≥ 4 MiB)
      paths.push(m[3]);
    }
    sources.push({ repo, commit, paths });
    console.log(`${repo}: ${paths.length} 个文件`);
  }
  fs.writeFileSync(MANIFEST, JSON.stringify({ about: 'Public workbooks for npm run corpus (repository, commit, paths). The files themselves are not committed: the script reads them from bare git mirrors into .corpus/.', sources }, null, 1) + '\n');
}

function gather() {
  const { sources } = JSON.parse(fs.readFileSync(MANIFEST, 'utf8'));
  let got = 0;
  let missing = 0;
  for (const { repo, commit, paths } of sources) {
    const dir = mirrorOf(repo);
    const dest = path.join(CORPUS, repo.replace('/', '+'));
    if (!dir) { console.log(`缺少 ${repo} 的 git 镜像（${MIRRORS}）：跳过 ${paths.length} 个文件`); missing += paths.length; continue; }
    // One `git cat-file --batch` per repository: thousands of `git show` processes would take minutes.
    const want = paths.filter((p) => !fs.existsSync(path.join(dest, p)));
    if (want.length > 0) {
      const r = spawnSync('git', ['--git-dir', dir, 'cat-file', '--batch'], { input: want.map((p) => `${commit}:${p}`).join('\n') + '\n', maxBuffer: 2 ** 31 });
      const buf = r.stdout;
      let pos = 0;
      for (const p of want) {
        const nl = buf.indexOf(10, pos);
        const head = buf.toString('utf8', pos, nl);
        pos = nl + 1;
        const m = /^[0-9a-f]+ blob (\d+)$/.exec(head);
        if (!m) { missing++; continue; }
        const size = Number(m[1]);
        fs.mkdirSync(path.dirname(path.join(dest, p)), { recursive: true });
        fs.writeFileSync(path.join(dest, p), buf.subarray(pos, pos + size));
        pos += size + 1;
      }
    }
    got += paths.length;
  }
  console.log(`公开文件：${got} 个已就绪${missing ? `，${missing} 个缺失` : ''}`);
}

function writers() {
  const out = path.join(CORPUS, 'writers');
  fs.mkdirSync(out, { recursive: true });
  const py = fs.existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
  const r = spawnSync(py, [path.join(ROOT, 'scripts', 'corpus-writers.py'), out], { encoding: 'utf8' });
  if (r.status !== 0) console.log(`openpyxl/xlsxwriter 未能写出（apt-get install -y python3-openpyxl python3-xlsxwriter）：${(r.stderr || '').trim().split('\n').pop()}`);
  const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
  if (soffice.status !== 0) { console.log('没有 LibreOffice（apt-get install -y libreoffice-calc-nogui）：跳过其转换'); return; }
  const srcs = fs.readdirSync(out).filter((f) => /\.xlsx$/.test(f) && !f.startsWith('lo-')).map((f) => path.join(out, f));
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lo-'));
  for (const [to, tag] of [['xlsx:Calc MS Excel 2007 XML', 'lo-xlsx'], ['xls:MS Excel 97', 'lo-xls']]) {
    const dir = path.join(out, tag);
    fs.mkdirSync(dir, { recursive: true });
    spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', to, '--outdir', dir, ...srcs], { encoding: 'utf8', timeout: 300_000 });
  }
  fs.rmSync(profile, { recursive: true, force: true });
}

function listFiles(dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(p));
    else if (EXT.test(e.name)) out.push(p);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Comparison, in a child process (scripts/corpus-child.mjs) so that a file that makes a reader hang, crash
// or run out of memory is reported, not fatal. Zip bombs (POI keeps some) are not handed to SheetJS,
// which inflates every part in memory.

/** Total uncompressed size declared by a zip's central directory (0 when not a zip). */
function zipInflatedSize(file) {
  const buf = fs.readFileSync(file);
  if (buf.length < 22 || buf.readUInt32LE(0) !== 0x04034b50) return 0;
  let e = buf.length - 22;
  while (e >= 0 && buf.readUInt32LE(e) !== 0x06054b50) e--;
  if (e < 0) return 0;
  let p = buf.readUInt32LE(e + 16);
  let total = 0;
  for (let n = buf.readUInt16LE(e + 10); n > 0 && p + 46 <= buf.length && buf.readUInt32LE(p) === 0x02014b50; n--) {
    total += buf.readUInt32LE(p + 24);
    p += 46 + buf.readUInt16LE(p + 28) + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return total;
}
const BOMB = 300 * 1024 * 1024;

function compareAll(files) {
  return new Promise((resolve) => {
    const results = [];
    let i = 0;
    let child;
    let timer;
    let current;
    const start = () => {
      child = fork(path.join(ROOT, 'scripts', 'corpus-child.mjs'), [], { execArgv: ['--max-old-space-size=3072'], stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
      child.on('message', (r) => { clearTimeout(timer); results.push(r); next(); });
      child.on('exit', (code, sig) => {
        if (!current) return;
        clearTimeout(timer);
        results.push({ file: current, product: { err: 'CRASH', msg: `exit ${code ?? sig}` }, sheetjs: { err: 'CRASH' } });
        current = undefined;
        start();
        next();
      });
    };
    const next = () => {
      current = undefined;
      for (;;) {
        if (i >= files.length) { child.removeAllListeners(); child.kill(); resolve(results); return; }
        const f = files[i++];
        if (i % 200 === 0) process.stderr.write(`  ${i}/${files.length}\n`);
        if (zipInflatedSize(f) > BOMB) { results.push({ file: f, skipped: 'bomb' }); continue; }
        current = f;
        break;
      }
      timer = setTimeout(() => {
        const f = current;
        current = undefined;
        results.push({ file: f, product: { err: 'TIMEOUT' }, sheetjs: { err: 'TIMEOUT' } });
        child.removeAllListeners();
        child.kill('SIGKILL');
        start();
        next();
      }, 120_000);
      child.send(current);
    };
    start();
    next();
  });
}

// Classes of disagreement, each with the explanation printed in the summary.
const CLASSES = {
  'skipped-bomb': '解压后超过 300 MB 的压缩炸弹测试文件：不比对（SheetJS 会整个解压到内存）',
  'product-refuses': '产品拒读、SheetJS 能读',
  'sheetjs-refuses': 'SheetJS 拒读或崩溃、产品能读（不算产品的问题）',
  'both-refuse': '两者都拒读（加密、损坏或不是工作簿）',
  'non-worksheet': '图表工作表、对话框表、宏表：没有单元格，产品不列出（SheetJS 列为空表）',
  'sheet-name': '文本文件（CSV）的表名：产品用文件名，SheetJS 用 Sheet1',
  sheets: '工作表个数或名称不同',
  'rows-missing': '产品少读了行',
  'rows-extra': '产品多读了行',
  'text-ws': '文本仅空白不同',
  'text-eol': '文本仅换行符不同',
  'text-xstring': '文本仅 _xHHHH_ 转义不同',
  text: '文本不同',
  'date-vs-number': '一方是日期、一方是数字（日期格式判断不同）',
  'date-value': '日期值不同',
  'number-value': '数值不同',
  'type': '类型不同（文本/数字/布尔/错误）',
  'empty-vs-value': '一方为空、一方有值',
  merges: '合并单元格不同',
};

// Not a difference in what the reader reads from the cells.
const BENIGN = new Set(['both-refuse', 'skipped-bomb', 'non-worksheet', 'sheet-name']);

const kindOf = (v) => (v === null || v === undefined ? 'empty' : typeof v === 'object' ? (v.date ? 'date' : 'error') : typeof v);

function cellClass(a, b) {
  const ka = kindOf(a);
  const kb = kindOf(b);
  if (ka === kb) {
    if (ka === 'date') return a.date === b.date ? null : 'date-value';
    if (ka === 'error') return a.error === b.error ? null : 'type';
    if (ka === 'number') return a === b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)) ? null : 'number-value';
    if (ka === 'string') {
      if (a === b) return null;
      if (a.replace(/\s+/g, '') === b.replace(/\s+/g, '')) return a.replace(/\r\n?/g, '\n') === b.replace(/\r\n?/g, '\n') ? 'text-eol' : 'text-ws';
      if (/_x[0-9A-Fa-f]{4}_/.test(a + b)) return 'text-xstring';
      return 'text';
    }
    return a === b ? null : 'type';
  }
  if (ka === 'empty' || kb === 'empty') return 'empty-vs-value';
  if ((ka === 'date' && kb === 'number') || (ka === 'number' && kb === 'date')) return 'date-vs-number';
  return 'type';
}

function diffFile(r) {
  const found = []; // [class, where, product, sheetjs]
  if (r.skipped) return [['skipped-bomb', '', '', '']];
  const P = r.product;
  const S = r.sheetjs;
  if (P.err && S.err) return [['both-refuse', '', P.err, S.err]];
  if (P.err) return [['product-refuses', '', `${P.err}: ${P.msg ?? ''}`, '']];
  if (S.err) return [['sheetjs-refuses', '', '', `${S.err}: ${S.msg ?? ''}`]];
  const ps = P.ok;
  const ss = S.ok;
  const pairs = []; // [product sheet, SheetJS sheet]
  if (ps.length === ss.length && ps.every((s, i) => s.name === ss[i].name)) ps.forEach((s, i) => pairs.push([s, ss[i]]));
  else if (ps.length === ss.length) {
    // Same sheets under other names: a text file read as one sheet named after the file.
    found.push(['sheet-name', '', ps.map((s) => s.name).join('|'), ss.map((s) => s.name).join('|')]);
    ps.forEach((s, i) => pairs.push([s, ss[i]]));
  } else {
    const extra = ss.filter((s) => !ps.some((p) => p.name === s.name));
    const empty = extra.every((s) => s.rows.length === 0) && ps.every((p) => ss.some((s) => s.name === p.name));
    found.push([empty ? 'non-worksheet' : 'sheets', '', ps.map((s) => s.name).join('|'), ss.map((s) => s.name).join('|')]);
    for (const p of ps) { const s2 = ss.find((s) => s.name === p.name); if (s2) pairs.push([p, s2]); }
  }
  for (const [sp, sr] of pairs) {
    const a = new Map(sp.rows);
    const b = new Map(sr.rows);
    for (const [n, cells] of a) {
      const other = b.get(n);
      if (!other) { found.push(['rows-extra', `${sp.name}!${n}`, JSON.stringify(cells).slice(0, 80), '']); continue; }
      const len = Math.max(cells.length, other.length);
      for (let c = 0; c < len; c++) {
        const k = cellClass(cells[c] ?? null, other[c] ?? null);
        if (k) found.push([k, `${sp.name}!${colName(c)}${n}`, JSON.stringify(cells[c] ?? null).slice(0, 60), JSON.stringify(other[c] ?? null).slice(0, 60)]);
      }
    }
    for (const [n, cells] of b) if (!a.has(n)) found.push(['rows-missing', `${sp.name}!${n}`, '', JSON.stringify(cells).slice(0, 80)]);
    const key = (m) => `${m.top},${m.left},${m.bottom},${m.right}`;
    const ma = new Set(sp.merges.map(key));
    const mb = new Set(sr.merges.map(key));
    if (ma.size !== mb.size || [...ma].some((x) => !mb.has(x))) found.push(['merges', sp.name, [...ma].filter((x) => !mb.has(x)).join(' ').slice(0, 80), [...mb].filter((x) => !ma.has(x)).join(' ').slice(0, 80)]);
  }
  return found;
}

function colName(i) {
  let s = '';
  for (let x = i + 1; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

async function compare() {
  if (!fs.existsSync(path.join(ROOT, 'dist/io/read-table.js'))) { console.error('请先 npm run build'); process.exit(2); }
  let files = listFiles(CORPUS).sort();
  if (only) files = files.filter((f) => f.includes(only));
  console.log(`比对 ${files.length} 个文件（产品读取器 与 SheetJS）…`);
  const results = await compareAll(files);
  const byClass = new Map();
  let agree = 0;
  let cellsCompared = 0;
  const lines = [];
  const fileClasses = new Map();
  for (const r of results) {
    const rel = path.relative(CORPUS, r.file);
    const d = diffFile(r);
    if (r.product?.ok) cellsCompared += r.product.ok.reduce((n, s) => n + s.rows.reduce((m, [, c]) => m + c.length, 0), 0);
    // Both refusing the same file is agreement (encrypted, damaged, not a workbook).
    if (d.every((x) => BENIGN.has(x[0]))) agree++;
    const classes = new Set(d.map((x) => x[0]));
    fileClasses.set(rel, classes);
    for (const k of classes) {
      if (!byClass.has(k)) byClass.set(k, { files: [], cells: 0 });
      byClass.get(k).files.push(rel);
    }
    for (const [k, where, a, b] of d) {
      byClass.get(k).cells++;
      lines.push(`${k}\t${rel}\t${where}\t产品=${a}\tSheetJS=${b}`);
    }
  }
  fs.writeFileSync(path.join(CORPUS, 'report.txt'), lines.join('\n') + '\n');
  const xlsx = results.filter((r) => /\.xls[xm]$/i.test(r.file)).length;
  console.log(`\n共 ${results.length} 个文件（.xlsx/.xlsm ${xlsx} 个，.xls/.et ${results.length - xlsx} 个），完全一致 ${agree} 个；产品读出 ${cellsCompared} 个单元格。`);
  console.log('不一致的类别（文件数 / 处数）：');
  for (const [k, v] of [...byClass].sort((x, y) => y[1].files.length - x[1].files.length)) {
    console.log(`  ${k.padEnd(16)} ${String(v.files.length).padStart(4)} 个文件 ${String(v.cells).padStart(7)} 处  ${CLASSES[k] ?? ''}`);
    for (const f of v.files.slice(0, 4)) console.log(`      例：${f}`);
  }
  console.log(`\n明细：${path.relative(ROOT, path.join(CORPUS, 'report.txt'))}`);
}

if (has('--make-manifest')) { makeManifest(); process.exit(0); }
fs.mkdirSync(CORPUS, { recursive: true });
if (!has('--skip-gather')) gather();
if (!has('--skip-writers')) writers();
await compare();
