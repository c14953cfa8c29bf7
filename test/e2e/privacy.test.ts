// Privacy, end to end: file modes (0600) of everything with personal data, including the SQLite WAL and
// the temporary files seen while the run is in progress; no temporary files left; formula-like names
// from a department roster come out as inert text in every output; ID masking on by default and
// `--no-mask` showing full IDs; no ID number, name or phone number in any stdout/stderr.
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, expectNoStack, runCli, type CliResult } from '../helpers/cli.js';
import { prepareCounty, type BaseCounty } from '../helpers/county.js';
import { unzipEntries } from '../helpers/unzip.js';

// Names a department clerk (or an attacker) might type; all must stay text.
const PLANTED_PHONE = '13912345678';
const FORMULA_NAMES = ['=HYPERLINK("http://x","点击")', '+1+1', '@SUM(A1)', '-2+3', '=1+1'];
const HTML_NAME = '<img/src=x/onerror=alert(1)>'; // names lose their spaces when normalised
const ROSTER = '残联/持证残疾人名单.xlsx';

let base: BaseCounty;
const streams: { label: string; text: string }[] = [];
function record(label: string, r: CliResult): CliResult {
  streams.push({ label: `${label} stdout`, text: r.stdout }, { label: `${label} stderr`, text: r.stderr });
  return r;
}

function xmlText(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#(\d+);/g, (_m, d) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&');
}

/** Every text a workbook holds (shared strings and inline strings), plus whether any sheet has a formula. */
function workbookTexts(file: string): { texts: string[]; formulas: number; xml: string } {
  const parts = unzipEntries(fs.readFileSync(file));
  const texts: string[] = [];
  let formulas = 0;
  let xml = '';
  for (const [name, data] of parts) {
    if (!/^xl\/(sharedStrings\.xml|worksheets\/.+\.xml)$/.test(name)) continue;
    const s = data.toString('utf8');
    xml += s;
    if (name.startsWith('xl/worksheets/')) formulas += (s.match(/<f[\s>/]/g) ?? []).length;
    for (const m of s.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)) texts.push(xmlText(m[1]));
  }
  return { texts, formulas, xml: xmlText(xml) };
}

/** Run reconcile and watch the files it creates while it runs: their modes, and whether any is left. */
async function watchedReconcile(args: string[], watch: { db: string; out: string }): Promise<CliResult & { seen: Map<string, { mode: number; dir: boolean }> }> {
  const seen = new Map<string, { mode: number; dir: boolean }>();
  const note = (p: string) => { const st = fs.statSync(p); seen.set(p, { mode: st.mode & 0o777, dir: st.isDirectory() }); };
  const look = () => {
    for (const p of [watch.db + '-wal', watch.db + '-shm', watch.db + '.lock', watch.db]) {
      try { note(p); } catch { /* not there (yet) */ }
    }
    try {
      for (const rel of fs.readdirSync(watch.out, { recursive: true }) as string[]) {
        if (!/\.fupin-staging-|\.tmp-/.test(rel)) continue;
        try { note(path.join(watch.out, rel)); } catch { /* renamed meanwhile */ }
      }
    } catch { /* output folder not there yet */ }
  };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '', stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setInterval(look, 5);
    child.on('error', reject);
    child.on('close', (code) => { clearInterval(timer); resolve({ code, stdout, stderr, seen }); });
  });
}

describe('privacy', () => {
  let out: string;
  let db: string;
  let run: CliResult & { seen: Map<string, { mode: number; dir: boolean }> };
  let planted: { name: string; id: string }[];
  const args = () => ['reconcile', '--config', base.g.configPath, '--period', base.period, '--json'];

  beforeAll(async () => {
    base = await prepareCounty(31, 'fupin-priv-');
    record('good run', base.goodRun);
    out = path.join(base.dir, 'output', base.period);
    db = path.join(base.dir, 'fupin.db');

    // Append rows to the generated disability roster: monitored people under formula-like names (so the
    // names reach the findings through ID_NAME_CONFLICT), and one such name with a broken ID (a rejected row).
    const file = path.join(base.dir, 'input', base.period, ROSTER);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0];
    let headerRow = 0;
    ws.eachRow((row, n) => { if (!headerRow && (row.values as unknown[]).includes('姓名')) headerRow = n; });
    const header = ws.getRow(headerRow).values as unknown[];
    const nameCol = header.indexOf('姓名');
    const idCol = header.findIndex((h) => typeof h === 'string' && /残疾人证号|身份证/.test(h));
    expect(nameCol > 0 && idCol > 0).toBe(true);
    const template = (ws.getRow(ws.rowCount).values as unknown[]).slice();
    const people = base.monitored.slice(100, 100 + FORMULA_NAMES.length + 1);
    planted = [...FORMULA_NAMES, HTML_NAME].map((name, i) => ({ name, id: people[i].id }));
    const addRow = (name: string, id: string) => {
      const v = template.slice();
      v[nameCol] = name;
      v[idCol] = id;
      ws.addRow(v.slice(1));
    };
    for (const p of planted) addRow(p.name, `${p.id}43`); // 残疾人证号: ID + category + grade
    const broken = people[0].id.slice(0, 17) + (people[0].id[17] === '1' ? '2' : '1');
    // The rejected row carries a phone number in a new 联系电话 column: its raw values must show it masked.
    const phoneCol = header.length;
    ws.getRow(headerRow).getCell(phoneCol).value = '联系电话';
    addRow(FORMULA_NAMES[0], `${broken}43`);
    ws.getRow(ws.rowCount).getCell(phoneCol).value = PLANTED_PHONE;
    base.secrets.addPhone(PLANTED_PHONE);
    await wb.xlsx.writeFile(file);

    run = await watchedReconcile(args(), { db, out });
    record('reconcile', run);
  }, 180_000);

  afterAll(() => {
    if (base) fs.rmSync(base.dir, { recursive: true, force: true });
  });

  it('the run succeeds and the formula-like names reached the findings', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(expectNoStack(run.stderr)).toBe(true);
    const text = fs.readFileSync(path.join(out, 'findings.json'), 'utf8');
    const missing = planted.filter((p) => !text.includes(JSON.stringify(p.name).slice(1, -1))).map((p) => p.name);
    expect(missing).toEqual([]);
  });

  it('database, findings.json/csv, every workbook and the report are 0600', () => {
    const files = [db, ...(fs.readdirSync(out, { recursive: true }) as string[]).map((r) => path.join(out, r)).filter((p) => fs.statSync(p).isFile())];
    expect(files.some((f) => f.includes('分乡镇'))).toBe(true);
    expect(files.some((f) => /报告-.*\.html$/.test(f))).toBe(true);
    for (const f of files) expect((fs.statSync(f).mode & 0o777).toString(8), f).toBe('600');
  });

  it('while the run is in progress: WAL, shared memory, lock and temporary files are private', () => {
    const seen = [...run.seen.entries()];
    expect(seen.some(([p]) => p.endsWith('-wal')), 'the WAL file was observed').toBe(true);
    expect(seen.some(([p]) => p.endsWith('-shm')), 'the shared-memory file was observed').toBe(true);
    expect(seen.some(([p]) => /\.fupin-staging-/.test(p)), 'the staging folder was observed').toBe(true);
    expect(seen.some(([p, s]) => !s.dir && /\.fupin-staging-.+\.xlsx/.test(p)), 'a file being written was observed').toBe(true);
    for (const [p, s] of seen) expect(s.mode.toString(8), p).toBe(s.dir ? '700' : '600');
  });

  it('leaves no temporary files, staging folders or lock behind', () => {
    const all = fs.readdirSync(base.dir, { recursive: true }) as string[];
    expect(all.filter((n) => /\.fupin-staging-|\.tmp-|\.lock$/.test(n))).toEqual([]);
  });

  it('findings.csv: every cell a spreadsheet could evaluate is neutralised with a leading apostrophe', () => {
    const rows: string[][] = parse(fs.readFileSync(path.join(out, 'findings.csv'), 'utf8').replace(/^\uFEFF/, ''), { relax_column_count: true });
    const cells = rows.flat();
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    // each planted name is in the CSV; a cell holding just the name holds it behind an apostrophe
    for (const p of planted) expect(cells.some((c) => c.includes(p.name)), p.name).toBe(true);
    const bare = cells.filter((c) => planted.some((p) => c.replace(/^'/, '') === p.name && /^[=+\-@]/.test(p.name)));
    for (const c of bare) expect(c.startsWith("'"), c).toBe(true);
  });

  it('every workbook: no formulas, only inert strings; the planted names are there as text', () => {
    const books = (fs.readdirSync(out, { recursive: true }) as string[]).filter((r) => r.endsWith('.xlsx')).map((r) => path.join(out, r));
    expect(books.length).toBeGreaterThan(3);
    const all: string[] = [];
    for (const b of books) {
      const { texts, formulas } = workbookTexts(b);
      expect(formulas, `${b} has formula cells`).toBe(0);
      expect(texts.filter((t) => /^[=+\-@]/.test(t)), b).toEqual([]);
      all.push(...texts);
    }
    const absent = planted.filter((p) => !all.some((t) => t.includes(p.name))).map((p) => p.name);
    expect(absent).toEqual([]);
    // the rejected row (broken ID) keeps its name as text in 数据质量
    const dq = workbookTexts(path.join(out, `数据质量-${base.period}.xlsx`)).texts;
    expect(dq).toContain(`'${FORMULA_NAMES[0]}`);
  });

  it('the HTML report escapes names', () => {
    const html = fs.readFileSync(path.join(out, `报告-${base.period}.html`), 'utf8');
    expect(html).not.toContain('<img src=x');
  });

  it('masking is on by default in every workbook and the report', () => {
    const files = (fs.readdirSync(out, { recursive: true }) as string[]).filter((r) => /\.(xlsx|html)$/.test(r)).map((r) => path.join(out, r));
    for (const f of files) {
      const text = f.endsWith('.xlsx') ? workbookTexts(f).xml : fs.readFileSync(f, 'utf8');
      const ids = [...text.matchAll(/\d{17}[\dX]/g)].map((m) => m[0]).filter((x) => base.secrets.ids.has(x));
      expect(ids, f).toEqual([]);
      // phone numbers are masked wherever IDs are (e.g. the raw values of rejected rows)
      const phones = [...text.matchAll(/\d{11}/g)].map((m) => m[0]).filter((x) => base.secrets.phones.has(x));
      expect(phones, f).toEqual([]);
    }
    const dq = workbookTexts(path.join(out, `数据质量-${base.period}.xlsx`)).texts.join('\n');
    expect(dq).toContain('联系电话=139****5678');
  });

  it('--no-mask shows full ID numbers in the lists (and is documented)', async () => {
    const r = record('reconcile --no-mask', await runCli([...args(), '--no-mask']));
    expect(r.code, r.stderr).toBe(0);
    const { xml } = workbookTexts(path.join(out, `整改清单-${base.period}.xlsx`));
    const ids = [...xml.matchAll(/\d{17}[\dX]/g)].map((m) => m[0]).filter((x) => base.secrets.ids.has(x));
    expect(ids.length).toBeGreaterThan(0);
    const help = record('reconcile --help', await runCli(['reconcile', '--help']));
    expect(help.stdout + help.stderr).toContain('--no-mask');
    expect(fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8')).toContain('--no-mask');
    // back to the default for the other checks
    record('reconcile again', await runCli(args()));
  });

  it('other commands print no personal data either', async () => {
    const dbArg = ['--db', db];
    record('history', await runCli(['history', ...dbArg]));
    record('history --json', await runCli(['history', '--json', ...dbArg]));
    const imp = record('import', await runCli(['import', path.join(base.dir, 'input', base.period, ROSTER), '--kind', 'disability', '--period', '2026-01',
      '--db', path.join(base.dir, 'other.db')]));
    expect(imp.code, imp.stderr).toBe(0);
    const bad = record('import (bad file)', await runCli(['import', path.join(base.dir, 'fupin.config.json'), '--kind', 'disability', '--period', '2026-01',
      '--db', path.join(base.dir, 'other.db')]));
    expect(bad.code).toBe(1);
    // `findings` prints the findings the user asked for (names included, so not in the stream check below,
    // like `fupin id`): its CSV is neutralised too, and IDs are masked unless --no-mask
    const f = await runCli(['findings', '--format', 'csv', ...dbArg]);
    expect(f.code, f.stderr).toBe(0);
    const cells = (parse(f.stdout.replace(/^\uFEFF/, ''), { relax_column_count: true }) as string[][]).flat();
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    expect(cells.filter((c) => base.secrets.ids.has(c))).toEqual([]);
  });

  it('no ID number, name or phone number in any stdout/stderr of this file', () => {
    for (const n of planted.map((p) => p.name)) base.secrets.addName(n);
    const leaks = streams.flatMap((s) => base.secrets.findIn(s.text).map((x) => `${s.label}: ${x}`));
    expect(leaks).toEqual([]);
    expect(base.secrets.ids.size).toBeGreaterThan(1000);
    expect(base.secrets.names.size).toBeGreaterThan(500);
    expect(base.secrets.phones.size).toBeGreaterThan(100);
  });
});
