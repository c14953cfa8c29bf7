import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import { rawXlsx, zipBuffer } from '../../test/helpers/workbooks.js';
import { FupinError } from '../errors.js';
import { fastRowParser } from './fast-sheet-parser.js';
import { decodeAndTap, boundMerges, readXlsx } from './read-xlsx.js';
import type { ParsedRow, SheetContext, SheetRowParser } from './types.js';
import { readXls } from './read-xls.js';
import type { MergeRef } from './cells.js';
import type { MergeRange, TableEvent } from './types.js';

const dir = mkdtempSync(join(tmpdir(), 'fupin-fast-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

async function events(path: string, parser: SheetRowParser = fastRowParser): Promise<TableEvent[]> {
  const out: TableEvent[] = [];
  for await (const ev of readXlsx(path, 'x.xlsx', '.xlsx', parser)) out.push(ev);
  return out;
}

/** The reader's events, after asserting that SheetJS (the test-time reference) reads the same from the file. */
async function same(path: string): Promise<TableEvent[]> {
  const fast = await events(path);
  const ref: TableEvent[] = [];
  for await (const ev of readXls(readFileSync(path), 'x.xlsx')) ref.push(ev);
  expect(fast).toEqual(ref);
  return fast;
}

const rowsOf = (evs: TableEvent[]) => evs.flatMap((e) => (e.type === 'row' ? [{ row: e.row.row, cells: e.row.cells }] : []));

async function errorOf(p: Promise<unknown>): Promise<FupinError> {
  const err = await p.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(FupinError);
  return err as FupinError;
}

function ctxOf(sharedStrings: string[] = [], dateStyles: boolean[] = [], date1904 = false): SheetContext {
  return { sharedStrings, dateStyles, date1904 };
}

async function* byteChunks(buf: Buffer, n: number): AsyncGenerator<Buffer> {
  for (let i = 0; i < buf.length; i += n) yield buf.subarray(i, i + n);
}

async function* textChunks(s: string, n: number): AsyncGenerator<string> {
  for (let i = 0; i < s.length; i += n) yield s.slice(i, i + n);
}

async function drain(rows: AsyncIterable<ParsedRow[]>): Promise<ParsedRow[]> {
  const out: ParsedRow[] = [];
  for await (const batch of rows) out.push(...batch);
  return out;
}

/** The reader's pipeline on a sheet XML fed as `n`-byte chunks. */
async function viaTap(xml: string, n: number, parser: SheetRowParser, ctx: SheetContext): Promise<{ rows: ParsedRow[]; merges: MergeRange[] }> {
  const refs: MergeRef[] = [];
  const rows = await drain(parser(decodeAndTap(byteChunks(Buffer.from(xml, 'utf8'), n), refs), ctx));
  const merges: MergeRange[] = boundMerges(refs, 0, 0);
  return { rows, merges };
}

const sheet = (data: string, after = '') => `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><sheetData>${data}</sheetData>${after}</worksheet>`;

// Styles: 1 built-in date (14), 2 custom yyyy-mm-dd, 3 Chinese custom, 4 CJK built-in (31), 5 text (49), 6 number 0.00.
const STYLES = '<numFmts count="2"><numFmt numFmtId="176" formatCode="yyyy-mm-dd"/><numFmt numFmtId="177" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>'
  + '<cellXfs count="7"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="176"/><xf numFmtId="177"/><xf numFmtId="31"/><xf numFmtId="49"/><xf numFmtId="2"/></cellXfs>';
const DATE_STYLES = [false, true, true, true, true, false, false];
const SST = ['姓名', '身份证号', 'A&B <C>', '', '张三'];

// Everything both parsers agree on (no rich-text inline runs, no zero formula results …).
const COMMON = '<row r="1" spans="1:9"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>'
  + '<c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v></v></c></row>'
  + '<row r="2"/>'
  + '<row r="3" ht="20" customHeight="1"><c r="A3" t="inlineStr"><is><t>王五</t></is></c>'
  + '<c r="B3" t="inlineStr"><is><t xml:space="preserve">  有空格  </t></is></c>'
  + '<c r="C3" t="inlineStr"><is><t>a&amp;b &lt;c&gt; &quot;d&quot; &apos;e&apos; &#x4E2D;&#25991;</t></is></c>'
  + '<c r="D3" t="str"><f>A1&amp;""</f><v>x&amp;y</v></c><c r="E3" t="str"><v>plain</v></c>'
  + '<c r="G3" t="b"><v>1</v></c><c r="H3" t="b"><v>0</v></c><c r="I3" t="e"><v>#N/A</v></c>'
  + '<c r="J3" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="K3" t="d"><v>2024-02-29</v></c></row>'
  + '<row r="5"><c r="A5" s="1"><v>32939</v></c><c r="B5" s="2"><v>45000.5</v></c><c r="C5" s="3"><v>45000</v></c>'
  + '<c r="D5" s="4"><v>45001</v></c><c r="E5" s="5" t="s"><v>1</v></c><c r="F5" s="6"><v>12.5</v></c>'
  + '<c r="G5"><v>4.12722E+17</v></c><c r="H5"><v>-1.5e-3</v></c><c r="I5"><v>110101199003077890</v></c>'
  + '<c r="J5" s="1"><f>TODAY()</f><v>45000</v></c><c r="K5"><f>1+1</f><v>2</v></c></row>'
  + '<row r="6"><c r="A6"/><c r="B6" s="1"/><c r="C6" t="s"></c><c r="D6"><v></v></c></row>'
  + '<row r="7"><c r="C7"><v>3</v></c><c r="AA7" t="s"><v>4</v></c><c r="XFD7"><v>7</v></c></row>'
  + '<row r="9"><c r="B9" t="inlineStr"><is><t>第一行\r\n第二行</t></is></c><c r="C9" t="str"><v>a\rb</v></c></row>'
  + '<row r="11"><c r="A11"><f t="shared" ref="A11:A12" si="0">B11+1</f><v>5</v></c></row>'
  + '<row r="12"><c r="A12"><f t="shared" si="0"/><v>6</v></c></row>'
  + '<row r="13"></row>'
  + '<row r="14"><c r="B14" t="s"><v>4</v></c></row>';

const COMMON_ROWS: ParsedRow[] = [
  { row: 1, cells: ['姓名', '身份证号', 'A&B <C>'] },
  {
    row: 3,
    cells: ['王五', '  有空格  ', 'a&b <c> "d" \'e\' 中文', 'x&y', 'plain', null, true, false, { error: '#N/A' },
      { error: '#DIV/0!' }, utc(2024, 2, 29)],
  },
  {
    row: 5,
    cells: [utc(1990, 3, 7), new Date(Date.UTC(2023, 2, 15, 12)), utc(2023, 3, 15), utc(2023, 3, 16), '身份证号', 12.5,
      4.12722e17, -0.0015, 110101199003077890, utc(2023, 3, 15), 2],
  },
  { row: 7, cells: [null, null, 3, ...Array(23).fill(null), '张三', ...Array(16384 - 28).fill(null), 7] },
  { row: 9, cells: [null, '第一行\n第二行', 'a\nb'] },
  { row: 11, cells: [5] },
  { row: 12, cells: [6] },
  { row: 14, cells: [null, '张三'] },
];

describe('fastRowParser reads what the writers wrote (SheetJS as the reference where it can read the file)', () => {
  it('on workbooks written by exceljs (shared strings on and off, streaming and not)', async () => {
    const fill = (ws: ExcelJS.Worksheet) => {
      ws.addRow(['XX县2026年低保名单']);
      ws.addRow([]);
      ws.addRow(['序号', '姓名', '身份证号', '出生日期', '金额', '合计', '查找', '网址', '是否', '备注']);
      for (let i = 1; i <= 300; i++) {
        const r = ws.addRow([i, `张${i}`, `1101011990030${String(7000 + i).padStart(5, '0')}`, utc(1990, 1 + (i % 12), 1 + (i % 28)),
          i * 1.25, { formula: `E${i + 3}*2`, result: i * 2.5 }, i % 7 === 0 ? { error: '#N/A' } : `x${i}`,
          { text: '主页', hyperlink: 'http://example.com' }, i % 2 === 0, i % 5 === 0 ? 'A&B <C> "引号"' : null]);
        r.getCell(4).numFmt = 'yyyy-mm-dd';
      }
      ws.mergeCells('A1:J1');
    };
    const plain = join(dir, 'exceljs-plain.xlsx');
    const wb = new ExcelJS.Workbook();
    fill(wb.addWorksheet('低保'));
    await wb.xlsx.writeFile(plain);
    const a = await same(plain);
    expect(rowsOf(a).length).toBe(302);
    expect(a[a.length - 1]).toMatchObject({ type: 'sheetEnd', merges: [{ top: 1, left: 1, bottom: 1, right: 10 }] });

    for (const useSharedStrings of [true, false]) {
      const p = join(dir, `exceljs-stream-${useSharedStrings}.xlsx`);
      const w = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: p, useSharedStrings, useStyles: true });
      fill(w.addWorksheet('名单') as unknown as ExcelJS.Worksheet);
      await w.commit();
      const evs = await same(p);
      const rs = rowsOf(evs);
      expect(rs.length).toBe(302);
      expect(rs[2].cells.slice(0, 9)).toEqual([1, '张1', '110101199003007001', utc(1990, 2, 2), 1.25, 2.5, 'x1', '主页', false]);
    }
  });

  it('on workbooks written by SheetJS (inline and shared strings)', async () => {
    const aoa: unknown[][] = [['姓名', '身份证号', '金额', '是否', '日期', '备注']];
    for (let i = 0; i < 200; i++) aoa.push([`李${i}`, `11010119900307${String(1000 + i)}`, i / 4, i % 3 === 0, utc(2020, 1, 1 + i), i % 9 === 0 ? 'a&b<c>' : null]);
    const ws = XLSX.utils.aoa_to_sheet(aoa);
    ws.G2 = { t: 'e', v: 0x2a };
    ws.H2 = { t: 'n', v: 4.12722e17 };
    ws['!ref'] = 'A1:H201';
    ws['!merges'] = [XLSX.utils.decode_range('A1:B1')];
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, '名单');
    for (const bookSST of [false, true]) {
      const p = join(dir, `sheetjs-${bookSST}.xlsx`);
      writeFileSync(p, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', bookSST }) as Buffer);
      const rs = rowsOf(await same(p));
      expect(rs.length).toBe(201);
      expect(rs[1].cells.slice(0, 4)).toEqual(['李0', '110101199003071000', 0, true]);
      expect(rs[1].cells[4]).toBeInstanceOf(Date);
      expect(rs[1].cells.slice(6)).toEqual([{ error: '#N/A' }, 4.12722e17]);
    }
  });

  it('on hand-made sheet XML: every cell type, dates by style, entities, gaps, empty and self-closing rows', async () => {
    const p = join(dir, 'common.xlsx');
    writeFileSync(p, rawXlsx({ styles: STYLES, sharedStrings: SST.map((s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')), sheetData: COMMON }));
    expect(rowsOf(await events(p))).toEqual(COMMON_ROWS);
  });

  it('on 1904-based workbooks', async () => {
    const p = join(dir, '1904.xlsx');
    const ns = `${NS} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`;
    const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    writeFileSync(p, zipBuffer([
      { name: '_rels/.rels', data: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
      { name: 'xl/workbook.xml', data: `<?xml version="1.0"?><workbook ${ns}><workbookPr date1904="1"/><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>` },
      { name: 'xl/_rels/workbook.xml.rels', data: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId3" Type="${rel}/styles" Target="styles.xml"/></Relationships>` },
      { name: 'xl/worksheets/sheet1.xml', data: sheet('<row r="1"><c r="A1" s="1"><v>31477</v></c><c r="B1" s="1"><f>A1</f><v>31477</v></c><c r="C1"><v>31477</v></c></row>') },
      { name: 'xl/styles.xml', data: `<?xml version="1.0"?><styleSheet ${NS}>${STYLES}</styleSheet>` },
    ]));
    expect(rowsOf(await events(p))).toEqual([{ row: 1, cells: [utc(1990, 3, 7), utc(1990, 3, 7), 31477] }]);
  });

  it('on a 10 MB inline string and a 10 MB formula string', async () => {
    const big = '备'.repeat(1000) + 'x'.repeat(10 * 1024 * 1024);
    const p = join(dir, 'huge.xlsx');
    writeFileSync(p, rawXlsx({
      sheetData: `<row r="1"><c r="A1" t="inlineStr"><is><t>${big}</t></is></c><c r="B1"><v>1</v></c></row>`
        + `<row r="2"><c r="A2" t="str"><f>REPT("x",1)</f><v>${big}</v></c></row><row r="3"><c r="A3" t="inlineStr"><is><t>ok</t></is></c></row>`,
    }));
    const rs = rowsOf(await events(p));
    expect(rs.map((r) => r.row)).toEqual([1, 2, 3]);
    expect((rs[0].cells[0] as string).length).toBe(big.length);
    expect(rs[0].cells[1]).toBe(1);
    expect(rs[1].cells[0] === big).toBe(true);
    expect(rs[2].cells).toEqual(['ok']);
  });

  it('reads rows and cells without r by position, as Excel does', async () => {
    // Cells without r follow the previous cell of the row (an empty <c/> still takes a column); rows without r
    // follow the previous row. Lower-case and $-anchored references are read too.
    const data = '<row><c t="s"><v>0</v></c><c/><c><v>2</v></c></row>'
      + '<row r="4"><c r="B4"><v>1</v></c><c><v>2</v></c><c r="e4"><v>5</v></c><c t="inlineStr"><is><t>x</t></is></c></row>'
      + '<row><c r="$A$5"><v>3</v></c></row><row><c r=""><v>9</v></c></row>';
    const p = join(dir, 'no-r.xlsx');
    writeFileSync(p, rawXlsx({ sheetName: '低保', sharedStrings: ['x'], sheetData: data }));
    expect(rowsOf(await events(p))).toEqual([
      { row: 1, cells: ['x', null, 2] },
      { row: 4, cells: [null, 1, 2, null, 5, 'x'] },
      { row: 5, cells: [3] },
      { row: 6, cells: [9] },
    ]);
    // Rows without r and without cells advance the row number.
    const q = join(dir, 'row-no-r.xlsx');
    writeFileSync(q, rawXlsx({ sheetData: '<row r="3"><c r="A3"><v>1</v></c></row><row/><row></row><row r="0"/><row r="9"><c r="B9"><v>2</v></c></row>' }));
    expect(rowsOf(await same(q))).toEqual([{ row: 3, cells: [1] }, { row: 9, cells: [null, 2] }]);
  });

  it('fails on a column past XFD (no such column in any spreadsheet program)', async () => {
    for (const [i, data] of ['<row r="1"><c r="XFE1"><v>1</v></c></row>', `<row r="1"><c r="XFD1"><v>1</v></c><c><v>2</v></c></row>`].entries()) {
      const p = join(dir, `bad-ref-${i}.xlsx`);
      writeFileSync(p, rawXlsx({ sheetName: '低保', sharedStrings: ['x'], sheetData: data }));
      const a = await errorOf(events(p));
      expect([a.code, a.where.sheet], data).toEqual(['CORRUPT_FILE', '低保']);
    }
  });

  it('fails on malformed sheet XML', async () => {
    const cases = [
      '<row r="1"><c r="A1"><v>1</v></row>',
      '<row r="1"><c r="A1"><v>1</c></row>',
      '<row r="1"><c r="A1"><v>1</v></c>',
    ];
    for (const [i, data] of cases.entries()) {
      const p = join(dir, `malformed-${i}.xlsx`);
      writeFileSync(p, rawXlsx({ sheetData: data }));
      expect((await errorOf(events(p, fastRowParser))).code, data).toBe('CORRUPT_FILE');
    }
  });
});

describe('chunk boundaries', () => {
  const ctx = ctxOf(SST, DATE_STYLES);
  const xml = sheet(COMMON, '<mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells>');

  it('gives the same rows whatever the chunk size (1..50 bytes through the reader pipeline)', async () => {
    const whole = await viaTap(xml, 1 << 20, fastRowParser, ctx);
    expect(whole.rows).toEqual(COMMON_ROWS);
    expect(whole.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 3 }]);
    for (let n = 1; n <= 50; n++) {
      expect(await viaTap(xml, n, fastRowParser, ctx), `fast, ${n}-byte chunks`).toEqual(whole);
    }
  });

  it('gives the same rows for text chunks of 1..50 characters fed straight to the parser', async () => {
    for (let n = 1; n <= 50; n++) {
      expect(await drain(fastRowParser(textChunks(xml, n), ctxOf(SST, DATE_STYLES))), `${n}-char chunks`).toEqual(COMMON_ROWS);
    }
  });

  it('splits a cell at every offset', async () => {
    const cell = '<c r="B2" s="2" t="inlineStr"><is><r><t>张</t></r><r><rPr><b/></rPr><t xml:space="preserve">三 &amp; </t></r></is></c>'
      + '<c r="C2" t="e"><f>NA()</f><v>#N/A</v></c><c r="D2" s="1"><v>45000</v></c><c r="E2" t="s"><v>4</v></c>';
    const doc = sheet(`<row r="2">${cell}</row><row r="3"><c r="A3"><v>1</v></c></row>`);
    const start = doc.indexOf('<row r="2">');
    const want = [{ row: 2, cells: [null, '张三 & ', { error: '#N/A' }, utc(2023, 3, 15), '张三'] }, { row: 3, cells: [1] }];
    for (let i = start; i <= start + cell.length + 20; i++) {
      const got = await drain(fastRowParser((async function* () { yield doc.slice(0, i); yield doc.slice(i); })(), ctxOf(SST, DATE_STYLES)));
      expect(got, `split at ${i - start}`).toEqual(want);
    }
  });
});

describe('where exceljs 4.4.0 (the former fallback reader) was wrong, the scanner follows the file format', () => {
  async function both(sheetData: string, styles = STYLES): Promise<{ fast: ParsedRow[] }> {
    const p = join(dir, `diff-${Math.random().toString(36).slice(2)}.xlsx`);
    writeFileSync(p, rawXlsx({ styles, sharedStrings: SST.map((s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;')), sheetData }));
    return { fast: rowsOf(await events(p, fastRowParser)) };
  }

  it('joins every run of inline rich text and drops phonetic runs (exceljs keeps the last run)', async () => {
    const r = await both('<row r="1"><c r="A1" t="inlineStr"><is><r><t>李</t></r><r><rPr><b/><sz val="11"/></rPr><t>四</t></r>'
      + '<r><t xml:space="preserve"> 先生</t></r><rPh sb="0" eb="1"><t>リ</t></rPh></is></c></row>');
    expect(r.fast).toEqual([{ row: 1, cells: ['李四 先生'] }]);
  });

  it('keeps formula results 0 and false (exceljs drops them) and reads t="b" formulas as booleans', async () => {
    const r = await both('<row r="1"><c r="A1"><f>B1-B1</f><v>0</v></c><c r="B1" t="b"><f>1&gt;2</f><v>0</v></c><c r="C1" t="b"><f>2&gt;1</f><v>1</v></c></row>');
    expect(r.fast).toEqual([{ row: 1, cells: [0, false, true] }]);
  });

  it('decodes entities once (exceljs decodes inline and formula strings twice)', async () => {
    const r = await both('<row r="1"><c r="A1" t="inlineStr"><is><t>&amp;lt;b&amp;gt;</t></is></c><c r="B1" t="str"><v>&amp;amp;</v></c></row>');
    expect(r.fast).toEqual([{ row: 1, cells: ['&lt;b&gt;', '&amp;'] }]);
  });

  it('takes the date format from the cell\'s own style only', async () => {
    // Style 0 is a date here; row 2 has a row-level date style but its cells are General (s="5" is text).
    const styles = '<cellXfs count="6"><xf numFmtId="14"/><xf numFmtId="14"/><xf numFmtId="0"/><xf numFmtId="0"/><xf numFmtId="0"/><xf numFmtId="49"/></cellXfs>';
    const r = await both('<row r="1"><c r="A1"><v>45000</v></c><c r="B1" s="0"><v>45000</v></c></row>'
      + '<row r="2" s="1" customFormat="1"><c r="A2" s="5"><v>45000</v></c><c r="B2" s="2"><v>12</v></c></row>', styles);
    expect(r.fast).toEqual([{ row: 1, cells: [utc(2023, 3, 15), utc(2023, 3, 15)] }, { row: 2, cells: [45000, 12] }]);
  });

  it('ignores whitespace between tags, keeps CDATA and decodes _x000D_ in inline strings', async () => {
    const r = await both('<row r="1">\n  <c r="A1" t="inlineStr">\n    <is>\n      <t>名字</t>\n    </is>\n  </c>\n'
      + '  <c r="B1" t="str">\n    <f>X</f>\n    <v>值</v>\n  </c>\n  <c r="C1" t="inlineStr"><is><t><![CDATA[a<b&c]]></t></is></c>'
      + '<c r="D1" t="inlineStr"><is><t>一_x000D_二</t></is></c>\n</row>');
    expect(r.fast).toEqual([{ row: 1, cells: ['名字', '值', 'a<b&c', '一\r二'] }]);
  });
});

describe('numbers', () => {
  it('reads every number exactly as parseFloat does (the fast path for plain decimals included)', async () => {
    const texts = ['0', '-0', '7', '007', '12.5', '-12.5', '0.1', '.5', '5.', '-.5', '1234567890.12345', '123456789012345', '1234567890123456',
      '12345678901234567890', '0.000000000000001', '9007199254740993', '4.12722E+17', '1e-7', '-1.5e-3', ' 3', '3 ', '1.2.3', '-', '.', '', 'abc', '0x10', 'Infinity'];
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    for (let i = 0; i < 3000; i++) {
      const int = String(Math.floor(rnd() * 10 ** Math.floor(rnd() * 12)));
      const frac = String(Math.floor(rnd() * 10 ** Math.floor(rnd() * 8))).padStart(Math.floor(rnd() * 6), '0');
      texts.push(`${rnd() < 0.3 ? '-' : ''}${int}${frac ? '.' + frac : ''}`);
    }
    const data = texts.map((t, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${t}</v></c></row>`).join('');
    const rows = await drain(fastRowParser(textChunks(sheet(data), 4096), ctxOf()));
    const got = new Map(rows.map((r) => [r.row, r.cells[0]]));
    texts.forEach((t, i) => {
      const want = parseFloat(t);
      expect(got.get(i + 1) ?? null, t).toEqual(Number.isNaN(want) ? null : want);
      if (want === 0) expect(Object.is(got.get(i + 1), want), t).toBe(true);
    });
  });
});
