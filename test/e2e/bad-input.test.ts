// Bad input, end to end: each case copies a reconciled county, breaks one thing, runs `fupin reconcile`
// and checks the exit code, a Chinese message naming the file (sheet, row, column where they apply),
// no stack trace, no ID number / name / phone number in any output stream, and — when the run fails —
// the database and the previous outputs unchanged, byte for byte.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoStack, runCli, type CliResult } from '../helpers/cli.js';
import { REASON_LABELS } from '../../src/model/reasons.js';
import { makeCsv, makeXlsx, rawXlsx, zipBuffer } from '../helpers/workbooks.js';
import { makeId } from '../helpers/ids.js';
import { storedRecords } from '../helpers/records.js';
import { cloneCounty, hashTree, limiter, prepareCounty, snapshot, snapshotDb, type BaseCounty, type Person } from '../helpers/county.js';
import { main } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';
import type { ErrorCode } from '../../src/error-codes.js';

let base: BaseCounty;
const streams: { label: string; text: string }[] = [];
const run2 = limiter(2);

// ---------------------------------------------------------------------------------------------
// Fixture helpers

const DIS_HEADER = ['序号', '姓名', '性别', '身份证号', '残疾类别', '残疾等级', '所属乡镇', '所属村'];
const STU_HEADER = ['序号', '学生姓名', '身份证件号', '学校全称', '年级', '学籍状态'];

/** Rows of a disability roster for real monitored people (level 四级: changes no rule's outcome). */
function disRows(people: Person[]): unknown[][] {
  return people.map((p, i) => [i + 1, p.name, Number(p.id[16]) % 2 ? '男' : '女', p.id, '肢体', '四级', p.township, p.village]);
}
function stuRows(people: Person[]): unknown[][] {
  return people.map((p, i) => [i + 1, p.name, p.id, '大方县第一中学', '七年级', '在读']);
}
function some(n: number, from = 40): Person[] { return base.monitored.slice(from, from + n); }

function colName(i: number): string { // 0 -> A
  let s = '';
  for (let x = i + 1; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

type RawCell = string | number | null | { f: string; e: string };
/** sheetData XML with shared strings; `cells` maps a cell reference to a value. */
function sheetXml(rows: { r: number; cells: [string, RawCell][] }[], sst: string[]): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return rows.map(({ r, cells }) => `<row r="${r}">${cells.map(([ref, v]) => {
    if (v === null) return '';
    if (typeof v === 'number') return `<c r="${ref}"><v>${v}</v></c>`;
    if (typeof v === 'object') return `<c r="${ref}" t="e"><f>${esc(v.f)}</f><v>${esc(v.e)}</v></c>`;
    sst.push(esc(v));
    return `<c r="${ref}" t="s"><v>${sst.length - 1}</v></c>`;
  }).join('')}</row>`).join('');
}
function gridRows(grid: RawCell[][], firstRow = 1): { r: number; cells: [string, RawCell][] }[] {
  return grid.map((row, i) => ({ r: firstRow + i, cells: row.map((v, c) => [`${colName(c)}${firstRow + i}`, v] as [string, RawCell]) }));
}

function put(dir: string, rel: string, data: Buffer | string): string {
  const p = path.join(dir, 'input', base.period, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, data);
  return p;
}
function inputPath(dir: string, rel: string): string { return path.join(dir, 'input', base.period, rel); }

function editConfig(dir: string, edit: (c: any) => void): void {
  const p = path.join(dir, 'fupin.config.json');
  const c = JSON.parse(fs.readFileSync(p, 'utf8'));
  edit(c);
  fs.writeFileSync(p, JSON.stringify(c, null, 2));
}

function importOf(dir: string, file: string): { rows_read: number; rows_used: number; rows_rejected: number } | undefined {
  const d = new Database(path.join(dir, 'fupin.db'), { readonly: true });
  try { return d.prepare('SELECT rows_read, rows_used, rows_rejected FROM imports WHERE file = ? AND period = ?').get(file, base.period) as any; } finally { d.close(); }
}
function recordsOf(dir: string, file: string): { row: number; name: string; id_number: string; data: string }[] {
  return storedRecords(path.join(dir, 'fupin.db'), { file }).sort((a, b) => a.row - b.row);
}
function rejectedOf(dir: string, file: string): { row: number; reason: string; col: string | null; sheet: string }[] {
  const d = new Database(path.join(dir, 'fupin.db'), { readonly: true });
  try {
    return d.prepare('SELECT r.row, r.reason, r.col, r.sheet FROM rejected r JOIN imports i ON i.id = r.import_id WHERE i.file = ? ORDER BY r.row').all(file) as any;
  } finally { d.close(); }
}

async function sheetRows(file: string, sheet: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet} in ${file}`);
  const out: string[][] = [];
  ws.eachRow((row) => out.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))));
  return out;
}

function reconcileArgs(dir: string, extra: string[] = []): string[] {
  return ['reconcile', '--config', path.join(dir, 'fupin.config.json'), '--period', base.period, '--json', ...extra];
}

function record(label: string, r: CliResult): void {
  streams.push({ label: `${label} stdout`, text: r.stdout }, { label: `${label} stderr`, text: r.stderr });
}

// ---------------------------------------------------------------------------------------------
// The cases

interface Case {
  name: string;
  /** Break something in the private copy `dir`. */
  setup: (dir: string) => Promise<void> | void;
  code: 0 | 1 | 2;
  /** The catalogued code of the failure (`error.code` of --json). */
  error?: ErrorCode;
  /** Texts the message (stderr) must contain: the file, sheet, row, column, key path … */
  says?: (string | RegExp)[];
  check?: (dir: string, r: CliResult) => Promise<void> | void;
}

const DIS = '残联/补充残疾人名单.xlsx'; // matched by the config's 残联/*残疾人*.xlsx
const STU = (n: string) => `教育/学籍-${n}.csv`; // matched by 教育/*学籍*.csv

/** Rows read = used + rejected for the file, with at least `used` usable rows. */
function accounted(dir: string, file: string, used: number, rejected?: number): void {
  const imp = importOf(dir, file);
  expect(imp, `import of ${file}`).toBeDefined();
  expect(imp!.rows_read).toBe(imp!.rows_used + imp!.rows_rejected);
  expect(imp!.rows_used).toBe(used);
  if (rejected !== undefined) expect(imp!.rows_rejected).toBe(rejected);
}

const workbookCases: Case[] = [
  {
    name: 'truncated xlsx', code: 1, error: 'CORRUPT_FILE', says: [DIS],
    setup: async (dir) => {
      const p = put(dir, DIS, '');
      await makeXlsx(p, [{ name: '持证残疾人', rows: [DIS_HEADER, ...disRows(some(5))] }]);
      const b = fs.readFileSync(p);
      fs.writeFileSync(p, b.subarray(0, Math.floor(b.length * 0.6)));
    },
  },
  { name: 'zero bytes', code: 1, error: 'EMPTY_FILE', says: [DIS, '0 字节'], setup: (dir) => { put(dir, DIS, Buffer.alloc(0)); } },
  {
    name: 'random bytes named .xlsx', code: 1, error: 'NOT_A_WORKBOOK', says: [DIS],
    setup: (dir) => { let x = 7; put(dir, DIS, Buffer.from(Array.from({ length: 5000 }, () => (x = (x * 1103515245 + 12345) & 0x7fffffff) % 256))); },
  },
  {
    name: 'a zip that is not a workbook', code: 1, error: 'NOT_A_WORKBOOK', says: [DIS],
    setup: (dir) => { put(dir, DIS, zipBuffer([{ name: 'readme.txt', data: '这不是工作簿' }, { name: 'data/a.bin', data: Buffer.alloc(100, 1) }])); },
  },
  {
    name: 'a WPS .et file matched by a glob', code: 1, error: 'UNSUPPORTED_FORMAT', says: ['市场监管/个体工商户名录.et', '.xlsx', '另存为'],
    setup: (dir) => { put(dir, '市场监管/个体工商户名录.et', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(3000)])); },
  },
  {
    name: 'password-protected (OLE file with EncryptionInfo)', code: 1, error: 'ENCRYPTED', says: [DIS, '密码'],
    setup: (dir) => {
      const u16 = (s: string) => Buffer.from(s, 'utf16le');
      put(dir, DIS, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1016), u16('EncryptionInfo'),
        Buffer.alloc(100), u16('EncryptedPackage'), Buffer.alloc(3000, 0x5a)]));
    },
  },
  {
    name: 'a sheet 16,384 columns wide (cells at XFD)', code: 0,
    setup: (dir) => {
      const people = some(4);
      const sst: string[] = [];
      const rows = gridRows([DIS_HEADER, ...disRows(people)] as RawCell[][]);
      rows[0].cells.push(['XFD1', '备注']);
      rows[2].cells.push(['XFD3', '最后一列']);
      put(dir, DIS, rawXlsx({ sheetName: '持证残疾人', sheetData: sheetXml(rows, sst), sharedStrings: sst }));
    },
    check: (dir) => accounted(dir, DIS, 4, 0),
  },
  {
    name: 'a cell at row 1,048,576 below a few filled rows', code: 0,
    setup: (dir) => {
      const sst: string[] = [];
      const rows = gridRows([DIS_HEADER, ...disRows(some(3))] as RawCell[][]);
      rows.push({ r: 1_048_576, cells: [['H1048576', '末行']] });
      put(dir, DIS, rawXlsx({ sheetName: '持证残疾人', sheetData: sheetXml(rows, sst), sharedStrings: sst }));
    },
    check: (dir) => {
      accounted(dir, DIS, 3, 1);
      expect(rejectedOf(dir, DIS)).toEqual([{ row: 1_048_576, reason: 'NOT_DATA', col: null, sheet: '持证残疾人' }]);
    },
  },
  {
    name: 'a 50 MB string cell', code: 0,
    setup: (dir) => {
      const sst: string[] = [];
      const header = [...DIS_HEADER, '备注'];
      const data = disRows(some(3)).map((r, i) => [...r, i === 1 ? 'BIG' : '无']);
      const xml = sheetXml(gridRows([header, ...data] as RawCell[][]), sst);
      const big = sst.indexOf('BIG');
      sst[big] = '长'.repeat(50 * 1024 * 1024 / 3); // 50 MB of UTF-8
      put(dir, DIS, rawXlsx({ sheetName: '持证残疾人', sheetData: xml, sharedStrings: sst }));
    },
    check: (dir) => accounted(dir, DIS, 3, 0),
  },
  {
    name: 'formulas with error results (#N/A, #REF!) in the ID and other columns', code: 0,
    setup: (dir) => {
      const people = some(4);
      const sst: string[] = [];
      const grid = [DIS_HEADER, ...disRows(people)] as RawCell[][];
      grid[1][3] = { f: 'VLOOKUP(B2,户籍!A:B,2,0)', e: '#N/A' };   // ID
      grid[2][5] = { f: '#REF!+1', e: '#REF!' };                    // level
      grid[3][1] = { f: 'INDEX(#REF!,1)', e: '#REF!' };             // name
      grid[4][6] = { f: 'A1/0', e: '#DIV/0!' };                      // township
      put(dir, DIS, rawXlsx({ sheetName: '持证残疾人', sheetData: sheetXml(gridRows(grid), sst), sharedStrings: sst }));
    },
    check: async (dir) => {
      accounted(dir, DIS, 3, 1);
      expect(rejectedOf(dir, DIS)).toEqual([{ row: 2, reason: 'FORMULA_ERROR', col: '身份证号', sheet: '持证残疾人' }]);
      // The other errors do not reject their rows, but each is listed (field, error, file, row) in 未识别取值.
      const unknown = await sheetRows(path.join(dir, 'output', base.period, `数据质量-${base.period}.xlsx`), '未识别取值');
      const listed = unknown.filter((x) => x[4] === DIS).map((x) => [x[1], x[2], x[6]]);
      expect(listed).toEqual(expect.arrayContaining([['残疾等级', '#REF!', '3'], ['姓名', '#REF!', '4'], ['乡镇', '#DIV/0!', '5']]));
    },
  },
  {
    name: 'a header with no ID column', code: 1, error: 'MISSING_COLUMN', says: [DIS, '持证残疾人', '第 2 行', '公民身份号码', 'columns'],
    setup: async (dir) => {
      const p = put(dir, DIS, '');
      await makeXlsx(p, [{ name: '持证残疾人', rows: [['持证残疾人名单'], ['序号', '姓名', '性别', '残疾类别', '残疾等级', '所属乡镇', '所属村'],
        ...disRows(some(3)).map((r) => [r[0], r[1], r[2], r[4], r[5], r[6], r[7]])] }]);
    },
  },
  {
    name: 'two columns that both look like the ID column', code: 0, says: [DIS, '身份证号', '公民身份号码'],
    setup: async (dir) => {
      const rows = disRows(some(4)).map((r) => [...r.slice(0, 4), r[3], ...r.slice(4)]);
      await makeXlsx(put(dir, DIS, ''), [{ name: '持证残疾人', rows: [[...DIS_HEADER.slice(0, 4), '公民身份号码', ...DIS_HEADER.slice(4)], ...rows] }]);
    },
    check: async (dir, r) => {
      accounted(dir, DIS, 4, 0);
      const warned = (out: string) => (JSON.parse(out).warnings as string[]).some((w) => w.includes(DIS) && w.includes('身份证号') && w.includes('公民身份号码'));
      expect(warned(r.stdout), r.stdout).toBe(true);
      // a re-run finds the file unchanged and does not read it again: the warning must still be there
      const again = await run2(() => runCli(reconcileArgs(dir), { cwd: dir }));
      record('two ID columns, again', again);
      expect(again.code).toBe(0);
      expect(warned(again.stdout), again.stdout).toBe(true);
    },
  },
  {
    name: 'duplicate header names', code: 0, says: [DIS, '姓名'],
    setup: async (dir) => {
      const rows = disRows(some(4)).map((r) => [r[0], r[1], r[1], r[3], r[5], '无', '无']);
      await makeXlsx(put(dir, DIS, ''), [{ name: '持证残疾人', rows: [['序号', '姓名', '姓名', '身份证号', '残疾等级', '备注', '备注'], ...rows] }]);
    },
    check: (dir, r) => {
      accounted(dir, DIS, 4, 0);
      const warnings: string[] = JSON.parse(r.stdout).warnings;
      expect(warnings.some((w) => w.includes(DIS) && w.includes('姓名')), warnings.join('\n')).toBe(true);
    },
  },
];

const csvCases: Case[] = [
  {
    name: 'CSV in GBK', code: 0,
    setup: (dir) => makeCsv(inputPath(dir, STU('gbk')), [STU_HEADER, ...stuRows(some(4))], { encoding: 'gbk' }),
    check: (dir) => {
      accounted(dir, STU('gbk'), 4, 0);
      expect(recordsOf(dir, STU('gbk')).map((x) => x.name)).toEqual(some(4).map((p) => p.name));
    },
  },
  {
    name: 'CSV in GB18030 with characters outside GBK (㐀, 𠀀)', code: 0,
    setup: (dir) => {
      const rows = stuRows(some(3)).map((r, i) => (i === 0 ? [r[0], '㐀' + String(r[1]).slice(1), ...r.slice(2)] : i === 1 ? [r[0], '𠀀' + String(r[1]).slice(1), ...r.slice(2)] : r));
      const text = [STU_HEADER, ...rows].map((r) => r.join(',')).join('\r\n') + '\r\n';
      fs.writeFileSync(inputPath(dir, STU('gb18030')), iconv.encode(text, 'gb18030'));
    },
    check: (dir) => {
      accounted(dir, STU('gb18030'), 3, 0);
      const names = recordsOf(dir, STU('gb18030')).map((x) => x.name);
      expect(names[0].startsWith('㐀')).toBe(true);
      expect(names[1].startsWith('𠀀')).toBe(true);
    },
  },
  {
    name: 'CSV in UTF-16 with BOM (Excel "Unicode text", tab-separated)', code: 0,
    setup: (dir) => makeCsv(inputPath(dir, STU('utf16')), [STU_HEADER, ...stuRows(some(4))], { encoding: 'utf16le', delimiter: '\t' }),
    check: (dir) => {
      accounted(dir, STU('utf16'), 4, 0);
      expect(recordsOf(dir, STU('utf16')).map((x) => x.name)).toEqual(some(4).map((p) => p.name));
    },
  },
  {
    name: 'CSV with quoted newlines', code: 0,
    setup: (dir) => makeCsv(inputPath(dir, STU('newlines')), [STU_HEADER.map((h) => (h === '学校全称' ? '学校\n全称' : h)),
      ...stuRows(some(4)).map((r, i) => (i % 2 ? [...r.slice(0, 3), '大方县第一中学\n（初中部）', ...r.slice(4)] : r))]),
    check: (dir) => {
      accounted(dir, STU('newlines'), 4, 0);
      expect(JSON.parse(recordsOf(dir, STU('newlines'))[1].data).school).toBe('大方县第一中学 （初中部）');
    },
  },
  {
    name: 'CSV with a stray quote inside a field', code: 0,
    setup: (dir) => {
      const rows = stuRows(some(4));
      rows[1][3] = '大方县"第一"中学';
      fs.writeFileSync(inputPath(dir, STU('quote')), [STU_HEADER, ...rows].map((r) => r.join(',')).join('\r\n') + '\r\n');
    },
    check: (dir) => accounted(dir, STU('quote'), 4, 0),
  },
  {
    name: 'CSV with an unclosed quote', code: 1, error: 'CSV_PARSE', says: [STU('unclosed'), '第 3 行', '引号'],
    setup: (dir) => {
      const rows = stuRows(some(4)).map((r) => r.join(','));
      rows[1] = rows[1].replace('大方县第一中学', '"大方县第一中学');
      fs.writeFileSync(inputPath(dir, STU('unclosed')), [STU_HEADER.join(','), ...rows].join('\r\n') + '\r\n');
    },
  },
  {
    name: 'CSV separated by semicolons', code: 0,
    setup: (dir) => makeCsv(inputPath(dir, STU('semicolon')), [STU_HEADER, ...stuRows(some(4))], { delimiter: ';' }),
    check: (dir) => accounted(dir, STU('semicolon'), 4, 0),
  },
  {
    name: 'CSV separated by tabs', code: 0,
    setup: (dir) => makeCsv(inputPath(dir, STU('tab')), [STU_HEADER, ...stuRows(some(4))], { delimiter: '\t' }),
    check: (dir) => accounted(dir, STU('tab'), 4, 0),
  },
];

// BUG (src/io/encoding.ts): a CSV that is mostly GBK with some UTF-8 rows (or the reverse) is decoded as
// GB18030 as a whole when it fits in the 4 MB sample; the UTF-8 rows silently become mojibake
// (李四 -> 鏉庡洓) and are imported as usable rows. It should be reported, naming the rows.
const mixedEncodingCase: Case = {
  name: 'CSV with mixed encodings (GBK header, some UTF-8 rows)', code: 1, error: 'CSV_ENCODING', says: [STU('mixed'), '编码', '第 4 行'],
  setup: (dir) => {
    const rows = stuRows(some(4)).map((r) => r.join(',') + '\r\n');
    fs.writeFileSync(inputPath(dir, STU('mixed')), Buffer.concat([iconv.encode(STU_HEADER.join(',') + '\r\n' + rows[0] + rows[1], 'gbk'),
      Buffer.from(rows[2] + rows[3], 'utf8')]));
  },
};

const configCases: Case[] = [
  {
    name: 'config: an unknown top-level key', code: 2, error: 'CONFIG_INVALID', says: ['fupin.config.json', 'outptu', '不认识的配置项'],
    setup: (dir) => editConfig(dir, (c) => { c.outptu = 'x'; }),
  },
  {
    name: 'config: an unknown nested key', code: 2, error: 'CONFIG_INVALID', says: ['rules', 'incomeThreshhold'],
    setup: (dir) => editConfig(dir, (c) => { c.rules.incomeThreshhold = 6700; }),
  },
  {
    name: 'config: a number given as text', code: 2, error: 'CONFIG_INVALID', says: ['rules.incomeThreshold', '数字'],
    setup: (dir) => editConfig(dir, (c) => { c.rules.incomeThreshold = '6700'; }),
  },
  {
    name: 'config: an income line table with a key that is not a year', code: 2, error: 'CONFIG_INVALID', says: ['rules.incomeThreshold.2025年', '年份'],
    setup: (dir) => editConfig(dir, (c) => { c.rules.incomeThreshold = { '2025年': 8700, default: 6700 }; }),
  },
  {
    name: 'config: an income line table with a value given as text', code: 2, error: 'CONFIG_INVALID', says: ['rules.incomeThreshold.2025', '数字'],
    setup: (dir) => editConfig(dir, (c) => { c.rules.incomeThreshold = { 2025: '8700' }; }),
  },
  {
    name: 'config: exemptions of the wrong type', code: 2, error: 'CONFIG_INVALID', says: ['exemptions'],
    setup: (dir) => editConfig(dir, (c) => { c.exemptions = 3; }),
  },
  {
    name: 'exemptions: a list without a subject column (exit 1, file and row named, nothing changed)', code: 1, error: 'EXEMPTION_NO_SUBJECT_COLUMN',
    says: ['豁免清单.csv', '第 1 行', '身份证号、户主身份证号或户编号'],
    setup: (dir) => {
      fs.writeFileSync(path.join(dir, '豁免清单.csv'), '姓名,规则,原因\r\n张三,WRONG_EXIT,已整改\r\n');
      editConfig(dir, (c) => { c.exemptions = '豁免清单.csv'; });
    },
  },
  {
    name: 'exemptions: an end date that cannot be read (exit 1, row and column named)', code: 1, error: 'EXEMPTION_BAD_DATE',
    says: ['豁免清单.csv', '第 2 行', '有效期至'],
    setup: (dir) => {
      fs.writeFileSync(path.join(dir, '豁免清单.csv'), `户编号,规则,有效期至\r\nHH-1,WRONG_EXIT,明年底\r\n`);
      editConfig(dir, (c) => { c.exemptions = '豁免清单.csv'; });
    },
  },
  {
    name: 'config: a wrong type inside sources', code: 2, error: 'CONFIG_INVALID', says: ['sources[1].headerRow'],
    setup: (dir) => editConfig(dir, (c) => { c.sources[1].headerRow = '3'; }),
  },
  {
    name: 'config: headerRow pointing at a data row (the row is not echoed: it holds names)', code: 1, error: 'MISSING_COLUMN',
    says: ['民政/', '第 4 行', '数据行'],
    setup: (dir) => editConfig(dir, (c) => { c.sources.find((s: any) => s.kind === 'dibao').headerRow = 4; }),
  },
  {
    name: 'config: a changed sheet/columns takes effect although the file is unchanged', code: 0,
    setup: (dir) => editConfig(dir, (c) => { c.sources.find((s: any) => s.kind === 'dibao').sheet = 1; }),
    check: (dir) => {
      const d = new Database(path.join(dir, 'fupin.db'), { readonly: true });
      try {
        const imp = d.prepare("SELECT sheets, rows_read FROM imports WHERE kind = 'dibao' AND period = ?").get(base.period) as any;
        expect(JSON.parse(imp.sheets)).toHaveLength(1);
        expect(new Set(storedRecords(path.join(dir, 'fupin.db'), { kind: 'dibao' }).map((r) => r.sheet)).size).toBe(1);
      } finally { d.close(); }
    },
  },
  {
    name: 'config: a glob that matches nothing (run goes on, rule skipped with reason)', code: 0, says: ['财政/*不存在*.xlsx'],
    setup: (dir) => editConfig(dir, (c) => { c.sources.find((s: any) => s.kind === 'staff').file = '财政/*不存在*.xlsx'; }),
    check: (_dir, r) => {
      const j = JSON.parse(r.stdout);
      const skipped = j.rulesSkipped.find((s: any) => s.rule === 'FOUR_CAT_STAFF');
      expect(skipped?.reason).toMatch(/财政供养/);
      expect(j.warnings.join('\n')).toContain('财政/*不存在*.xlsx');
      expect(j.sources.some((s: any) => s.kind === 'staff')).toBe(false);
    },
  },
  {
    name: 'a glob that matches a dangling link (the file is gone): exit 1 naming it', code: 1, error: 'FILE_NOT_FOUND', says: ['残联/残疾人名单-已删除.xlsx', '不存在'],
    setup: (dir) => { fs.symlinkSync(path.join(dir, 'nowhere', 'gone.xlsx'), inputPath(dir, '残联/残疾人名单-已删除.xlsx')); },
  },
  {
    name: 'output: staging folders left by a killed run (unmasked findings inside) are removed by the next run', code: 0,
    setup: (dir) => {
      let pid = 4_000_000; // a process that does not exist
      while ((() => { try { process.kill(pid, 0); return true; } catch { return false; } })()) pid++;
      for (const n of [`.fupin-staging-${pid}-Ab12Cd`, '.fupin-staging-Xy34Zw']) {
        const p = path.join(dir, 'output', base.period, n);
        fs.mkdirSync(p, { recursive: true, mode: 0o700 });
        fs.writeFileSync(path.join(p, 'findings.json'), '[]', { mode: 0o600 });
      }
    },
    check: (dir) => {
      expect(fs.readdirSync(path.join(dir, 'output', base.period)).filter((n) => n.startsWith('.fupin-staging-'))).toEqual([]);
    },
  },
  {
    name: 'output: the output folder cannot be created (a file where a folder is expected, or chmod 0500)', code: 1,
    error: process.getuid?.() === 0 ? 'OUTPUT_PATH' : 'NO_WRITE_PERMISSION', says: ['输出目录', '没有任何改动'],
    setup: (dir) => {
      if (process.getuid?.() === 0) {
        // root ignores permission bits: a regular file where the output folder should be makes every write fail.
        fs.writeFileSync(path.join(dir, 'blocked'), 'not a folder');
        editConfig(dir, (c) => { c.output = 'blocked/{period}'; });
      } else {
        fs.chmodSync(path.join(dir, 'output', base.period), 0o500);
      }
    },
  },
];

// ---------------------------------------------------------------------------------------------

describe('bad input: reconcile on a broken copy of a reconciled county', () => {
  beforeAll(async () => {
    base = await prepareCounty(23, 'fupin-bad-');
    record('good run', base.goodRun);
    expect(base.secrets.findIn(base.goodRun.stdout + base.goodRun.stderr)).toEqual([]);
  }, 180_000);

  async function runCase(c: Case): Promise<void> {
    const dir = cloneCounty(base);
    try {
      await c.setup(dir);
      const before = snapshot(dir);
      const r = await run2(() => runCli(reconcileArgs(dir), { cwd: dir }));
      record(c.name, r);
      expect(r.code, r.stderr).toBe(c.code);
      expect(expectNoStack(r.stdout + r.stderr), r.stderr).toBe(true);
      expect(base.secrets.findIn(r.stdout + r.stderr)).toEqual([]);
      for (const s of c.says ?? []) {
        if (typeof s === 'string') expect(r.stderr).toContain(s); else expect(r.stderr).toMatch(s);
      }
      if (c.code !== 0) {
        expect(r.stderr).toMatch(/错误：/);
        // --json: exactly one error object on stdout (product-spec §9.6)
        const j = JSON.parse(r.stdout);
        expect(Object.keys(j)).toEqual(['error']);
        expect(j.error.code).toMatch(/^[A-Z_]+$/);
        if (c.error) expect(j.error.code, c.name).toBe(c.error);
        expect(j.error.message).toBeTruthy();
        const after = snapshot(dir);
        expect(after.tables, 'database content unchanged').toEqual(before.tables);
        expect(after.dbFile, 'database file unchanged').toBe(before.dbFile);
        expect(after.outputs, 'previous outputs unchanged').toEqual(before.outputs);
        expect(fs.existsSync(path.join(dir, 'fupin.db.lock'))).toBe(false);
      } else {
        const j = JSON.parse(r.stdout);
        for (const s of j.sources) expect(s.rowsRead).toBe(s.rowsUsed + s.rowsRejected);
        const left = (fs.readdirSync(path.join(dir, 'output'), { recursive: true }) as string[]).filter((n) => /staging|\.tmp-/.test(n));
        expect(left).toEqual([]);
      }
      await c.check?.(dir, r);
    } finally {
      try { fs.chmodSync(path.join(dir, 'output', base.period), 0o700); } catch { /* not changed by this case */ }
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  describe.concurrent('workbooks', () => {
    for (const c of workbookCases) it(c.name, () => runCase(c), 120_000);
  });
  describe.concurrent('CSV', () => {
    for (const c of csvCases) it(c.name, () => runCase(c), 60_000);
    // Was a bug: a GBK file with some UTF-8 rows was read as GB18030 throughout (李四 -> 鏉庡洓), silently.
    it(mixedEncodingCase.name, () => runCase(mixedEncodingCase), 60_000);
  });
  describe.concurrent('configuration and environment', () => {
    for (const c of configCases) it(c.name, () => runCase(c), 60_000);
  });

  // ---------------------------------------------------------------------------------------------
  // Values: one run with a roster of every ID failure kind and a monitoring supplement with odd dates,
  // incomes and vocabulary; each row must be accounted for in 数据质量-<period>.xlsx or the findings.

  const ID_FILE = '残联/残疾人号码问题.xlsx';
  const MON_FILE = '防返贫监测对象-补充.xlsx'; // matched by 防返贫监测对象*.xlsx
  const GOOD = makeId('522422', '19800101', 901);
  const idCases: { reason: string; cell: unknown }[] = [
    { reason: 'EMPTY', cell: null },
    { reason: 'EXCEL_NUMBER', cell: Number(makeId('522422', '19800101', 902).slice(0, 17) + '5') }, // a numeric cell
    { reason: 'EXCEL_NUMBER', cell: '4.12722E+17' },
    { reason: 'LENGTH', cell: GOOD.slice(0, 17) },
    { reason: 'FORMAT', cell: GOOD.slice(0, 16) + 'AB' },
    { reason: 'CHECKSUM', cell: GOOD.slice(0, 17) + (GOOD[17] === '1' ? '2' : '1') },
    { reason: 'BIRTH_DATE', cell: makeId('522422', '19800230', 903) },
    { reason: 'FUTURE_BIRTH', cell: makeId('522422', '20300101', 904) },
    { reason: 'PROVINCE', cell: makeId('992422', '19800101', 905) },
  ];
  const ID_NAMES = idCases.map((_, i) => `号码问题${'甲乙丙丁戊己庚辛壬癸'[i]}`);

  const MON_HEADER = ['序号', '乡', '村', '户编号', '姓名', '性别', '证件号码', '与户主关系', '户类型', '监测对象类别', '风险是否消除',
    '识别监测时间', '风险消除时间', '人均纯收入（元）', '劳动技能', '实施开发式帮扶措施情况'];
  interface MonCase { hid: string; name: string; id: string; type: string; monType: string | null; risk: string | null; identified: unknown; income: unknown }
  const monCases: MonCase[] = [
    { hid: 'V001', name: '负收入甲', id: makeId('522422', '19700101', 911), type: '一般户', monType: null, risk: null, identified: null, income: -500 },
    { hid: 'V002', name: '文字收入乙', id: makeId('522422', '19700101', 912), type: '一般户', monType: null, risk: null, identified: null, income: '不详' },
    { hid: 'V003', name: '未知户类丙', id: makeId('522422', '19700101', 913), type: '待定户', monType: null, risk: null, identified: null, income: 9000 },
    { hid: 'V004', name: '序列日期丁', id: makeId('522422', '19700101', 914), type: '脱贫户', monType: '突发严重困难户', risk: '否', identified: 45000, income: 9000 },
    { hid: 'V005', name: '文字日期戊', id: makeId('522422', '19700101', 915), type: '脱贫户', monType: '突发严重困难户', risk: '否', identified: '2023年3月5日', income: 9000 },
    { hid: 'V006', name: '错误日期己', id: makeId('522422', '19700101', 916), type: '脱贫户', monType: '突发严重困难户', risk: '否', identified: '2023-13-05', income: 9000 },
    { hid: 'V007', name: '日期单元庚', id: makeId('522422', '19700101', 917), type: '脱贫户', monType: '突发严重困难户', risk: '否', identified: new Date(Date.UTC(2023, 2, 5)), income: 9000 },
    { hid: 'V008', name: '无此日辛', id: makeId('522422', '19700101', 918), type: '脱贫户', monType: '突发严重困难户', risk: '否', identified: '2023-02-30', income: 9000 },
  ];

  describe('values: every ID failure kind, dates, incomes, unknown vocabulary', () => {
    let dir: string;
    let r: CliResult;
    let rejectedSheet: string[][];
    let unknownSheet: string[][];
    let findings: any[];
    beforeAll(async () => {
      dir = cloneCounty(base);
      for (const x of [...ID_NAMES, ...monCases.map((m) => m.name)]) base.secrets.addName(x);
      for (const m of monCases) base.secrets.addId(m.id);
      for (const c of idCases) if (typeof c.cell === 'string') base.secrets.addId(c.cell);
      base.secrets.addId(GOOD);
      const p0 = some(1)[0];
      await makeXlsx(put(dir, ID_FILE, ''), [{ name: '持证残疾人', rows: [DIS_HEADER,
        ...idCases.map((c, i) => [i + 1, ID_NAMES[i], '男', c.cell, '肢体', '四级', p0.township, p0.village])] }]);
      await makeXlsx(put(dir, MON_FILE, ''), [{ name: '监测对象', rows: [MON_HEADER,
        ...monCases.map((m, i) => [i + 1, p0.township, p0.village, m.hid, m.name, '男', m.id, '户主', m.type, m.monType, m.risk, m.identified, null,
          m.income, '普通劳动力', m.monType ? '尚未实施' : null])] }]);
      r = await run2(() => runCli(reconcileArgs(dir), { cwd: dir }));
      record('values', r);
      const dq = path.join(dir, 'output', base.period, `数据质量-${base.period}.xlsx`);
      rejectedSheet = await sheetRows(dq, '不可用行');
      unknownSheet = await sheetRows(dq, '未识别取值');
      findings = JSON.parse(fs.readFileSync(path.join(dir, 'output', base.period, 'findings.json'), 'utf8'));
    }, 120_000);
    afterAll(() => { if (dir) fs.rmSync(dir, { recursive: true, force: true }); });

    it('runs (exit 0), prints no personal data, every row accounted for', () => {
      expect(r.code, r.stderr).toBe(0);
      expect(expectNoStack(r.stderr)).toBe(true);
      expect(base.secrets.findIn(r.stdout + r.stderr)).toEqual([]);
      accounted(dir, ID_FILE, 0, idCases.length);
      accounted(dir, MON_FILE, monCases.length, 0);
    });

    it.each(idCases.map((c, i) => ({ ...c, row: i + 2 })))('ID $reason (row $row) is a rejected row with file, sheet, row, column and reason', ({ reason, row }) => {
      const hit = rejectedSheet.find((x) => x[1] === ID_FILE && x[3] === String(row));
      expect(hit, `rejected row ${row}`).toBeDefined();
      expect(hit!.slice(1, 6)).toEqual([ID_FILE, '持证残疾人', String(row), '身份证号', REASON_LABELS[reason]]); // Chinese, not the code
      expect(hit![6]).toMatch(/身份证号|校验位|出生日期|省份/);
      // masked by default: the raw value of the ID column never shows a whole number
      expect(hit![7]).not.toMatch(/\d{17}[\dX]/);
    });

    it('dates: Excel serials, Chinese text dates and date cells are read as dates', () => {
      const recs = recordsOf(dir, MON_FILE);
      const at = (hid: string) => JSON.parse(recs.find((x) => x.row === monCases.findIndex((m) => m.hid === hid) + 2)!.data).identifiedAt;
      expect(at('V004')).toBe('2023-02-15'.replace('02-15', '03-15'));
      expect(at('V005')).toBe('2023-03-05');
      expect(at('V007')).toBe('2023-03-05');
      for (const hid of ['V004', 'V005', 'V007']) {
        expect(findings.some((f) => f.rule === 'NO_ASSISTANCE' && f.householdId === hid), `NO_ASSISTANCE ${hid}`).toBe(true);
      }
    });

    it.each([['V006', '2023-13-05'], ['V008', '2023-02-30']])('an impossible date (%s: %s) is reported in 未识别取值 with its file and row, not guessed', (hid, text) => {
      const row = String(monCases.findIndex((m) => m.hid === hid) + 2);
      expect(unknownSheet.some((x) => x[1] === '识别监测时间' && x[2] === text && x[4] === MON_FILE && x[6] === row), JSON.stringify(unknownSheet)).toBe(true);
      expect(findings.some((f) => f.householdId === hid && f.rule === 'NO_ASSISTANCE')).toBe(false);
    });

    it('a text income is reported in 未识别取值; a negative income is below the line', () => {
      const row = String(monCases.findIndex((m) => m.hid === 'V002') + 2);
      expect(unknownSheet.some((x) => x[1] === '家庭年人均纯收入' && x[2] === '不详' && x[4] === MON_FILE && x[6] === row), JSON.stringify(unknownSheet)).toBe(true);
      expect(findings.some((f) => f.householdId === 'V001' && f.rule === 'INCOME_BELOW_LINE')).toBe(true);
    });

    it('an unknown vocabulary value is reported in 未识别取值', () => {
      expect(unknownSheet.some((x) => x[1] === '户类型' && x[2] === '待定户' && x[4] === MON_FILE), JSON.stringify(unknownSheet)).toBe(true);
    });
  });

  it('a source file that disappears between listing and reading: exit 1 naming it, nothing changed', async () => {
    // Simulated in-process: the file is deleted when the first "读取 …" progress line is printed, i.e.
    // after the sources were listed and before this file is opened.
    const dir = cloneCounty(base);
    try {
      const victim = '残联/残疾人名单-补充.xlsx';
      await makeXlsx(put(dir, victim, ''), [{ name: '持证残疾人', rows: [DIS_HEADER, ...disRows(some(3))] }]);
      const before = snapshot(dir);
      let out = '', err = '';
      const io: CliIo = {
        out: (t) => { out += t; },
        err: (t) => { err += t; if (t.startsWith('读取 ') && fs.existsSync(inputPath(dir, victim))) fs.rmSync(inputPath(dir, victim)); },
        isTTY: false, color: false, cwd: dir, env: { NO_COLOR: '1' },
      };
      const code = await main(reconcileArgs(dir), io);
      record('vanished file', { code, stdout: out, stderr: err });
      expect(code, err).toBe(1);
      expect(err).toContain(victim);
      expect(err).toMatch(/错误：.*(找不到|不存在)/);
      expect(expectNoStack(err)).toBe(true);
      expect(base.secrets.findIn(out + err)).toEqual([]);
      const after = snapshot(dir);
      expect(after.tables).toEqual(before.tables);
      expect(after.outputs).toEqual(before.outputs);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('disk full while writing the outputs: exit 1, database and the previous outputs intact', async (ctx) => {
    const dir = cloneCounty(base);
    const mnt = path.join(dir, 'small-disk');
    fs.mkdirSync(mnt);
    // The previous outputs live on the small disk too; leave ~40 KB free for the new ones.
    const prevSize = Object.keys(base.snapshot.outputs).reduce((s, rel) => {
      const p = path.join(base.dir, 'output', rel);
      return s + (fs.statSync(p).isFile() ? Math.ceil(fs.statSync(p).size / 4096) * 4096 : 4096);
    }, 0);
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${prevSize + 40 * 1024}`, 'tmpfs', mnt], { stdio: 'ignore' });
    } catch {
      fs.rmSync(dir, { recursive: true, force: true });
      ctx.skip(); // not root, or no mount in this container: a tiny tmpfs is the only honest disk-full test
      return;
    }
    try {
      fs.cpSync(path.join(dir, 'output'), path.join(mnt, 'output'), { recursive: true });
      editConfig(dir, (c) => { c.output = 'small-disk/output/{period}'; });
      const before = { ...snapshot(dir), outputs: hashTree(path.join(mnt, 'output')) };
      const r = await run2(() => runCli(reconcileArgs(dir), { cwd: dir }));
      record('disk full', r);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toMatch(/磁盘空间不足|空间不足/);
      expect(expectNoStack(r.stderr)).toBe(true);
      expect(base.secrets.findIn(r.stdout + r.stderr)).toEqual([]);
      const after = { ...snapshot(dir), outputs: hashTree(path.join(mnt, 'output')) };
      expect(after.tables).toEqual(before.tables);
      expect(after.outputs).toEqual(before.outputs);
    } finally {
      execFileSync('umount', [mnt], { stdio: 'ignore' });
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('disk full while writing the database: exit 1, database intact', async (ctx) => {
    const dir = cloneCounty(base);
    const mnt = path.join(dir, 'db-disk');
    fs.mkdirSync(mnt);
    const dbSize = fs.statSync(path.join(dir, 'fupin.db')).size;
    try {
      // Room for the database, its 32 KB shared-memory file and the lock, and a little more: not for 2,000 new rows.
      execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${Math.ceil(dbSize / 4096) * 4096 + 96 * 1024}`, 'tmpfs', mnt], { stdio: 'ignore' });
    } catch {
      fs.rmSync(dir, { recursive: true, force: true });
      ctx.skip();
      return;
    }
    try {
      fs.copyFileSync(path.join(dir, 'fupin.db'), path.join(mnt, 'fupin.db'));
      editConfig(dir, (c) => { c.database = 'db-disk/fupin.db'; });
      await makeCsv(inputPath(dir, STU('big')), [STU_HEADER, ...stuRows(base.monitored.slice(0, 2000))]);
      const before = { ...snapshotDb(path.join(mnt, 'fupin.db')), outputs: hashTree(path.join(dir, 'output')) };
      const r = await run2(() => runCli(reconcileArgs(dir), { cwd: dir }));
      record('database disk full', r);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toMatch(/磁盘空间不足/);
      expect(expectNoStack(r.stderr)).toBe(true);
      expect(base.secrets.findIn(r.stdout + r.stderr)).toEqual([]);
      const after = { ...snapshotDb(path.join(mnt, 'fupin.db')), outputs: hashTree(path.join(dir, 'output')) };
      expect(after.tables).toEqual(before.tables);
      expect(after.outputs).toEqual(before.outputs);
      const d = new Database(path.join(mnt, 'fupin.db'), { readonly: true });
      try { expect(d.pragma('integrity_check', { simple: true })).toBe('ok'); } finally { d.close(); }
    } finally {
      execFileSync('umount', [mnt], { stdio: 'ignore' });
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  afterAll(() => {
    if (base) fs.rmSync(base.dir, { recursive: true, force: true });
    // Every stream of every case, once more, together.
    const leaks = streams.flatMap((s) => base?.secrets.findIn(s.text).map((x) => `${s.label}: ${x}`) ?? []);
    expect(leaks).toEqual([]);
  });
});
