// One minimal workbook of our own for each class of problem found in real-world files (the corpus of
// `npm run corpus`: public reader projects' test files and files written by LibreOffice, openpyxl and
// xlsxwriter). Each is built here byte by byte, so the class stays covered without third-party files.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import { rawXlsx, zipBuffer } from '../../test/helpers/workbooks.js';
import { ExitCode, FupinError } from '../errors.js';
import { isoToDate } from './cells.js';
import { excelSerialToDate } from '../model/excel-date.js';
import { readAllEvents } from './read-table.js';
import type { MergeRange, RawRow, TableEvent } from './types.js';

const dir = mkdtempSync(join(tmpdir(), 'fupin-realworld-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rows = (evs: TableEvent[]): { row: number; cells: RawRow['cells'] }[] =>
  evs.flatMap((e) => (e.type === 'row' ? [{ row: e.row.row, cells: e.row.cells }] : []));
const mergesOf = (evs: TableEvent[]): MergeRange[] => evs.flatMap((e) => (e.type === 'sheetEnd' ? e.merges : []));
const utc = (y: number, m: number, d: number, h = 0, mi = 0, s = 0) => new Date(Date.UTC(y, m - 1, d, h, mi, s));

function put(name: string, data: Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
}

async function inputError(p: string): Promise<FupinError> {
  const err = await readAllEvents(p).then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(FupinError);
  expect((err as FupinError).exitCode).toBe(ExitCode.InputError);
  return err as FupinError;
}

/** A BIFF8 .xls written by SheetJS, with its workbook stream renamed inside the OLE container. */
function xlsWithStream(name: string): Buffer {
  const ws = XLSX.utils.aoa_to_sheet([['姓名', '身份证号'], ['张三', '110101199003077890']]);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, '名单');
  const buf = XLSX.write(wb, { type: 'buffer', bookType: 'biff8' }) as Buffer;
  const cfb = XLSX.CFB.read(buf, { type: 'buffer' });
  const i = cfb.FileIndex.findIndex((e: { name: string }) => e.name === 'Workbook');
  cfb.FileIndex[i].name = name;
  cfb.FullPaths[i] = cfb.FullPaths[i].replace(/Workbook$/, name);
  const out = Buffer.from(XLSX.CFB.write(cfb, { type: 'buffer' }) as Uint8Array);
  expect(out.includes(Buffer.from(name, 'utf16le'))).toBe(true);
  expect(out.includes(Buffer.from('Workbook', 'utf16le'))).toBe(name === 'Workbook');
  return out;
}

describe('sheets without r attributes (POI, PhpSpreadsheet, ClosedXML, calamine test files)', () => {
  it('counts rows and cells by position, as Excel does', async () => {
    const p = put('no-refs.xlsx', rawXlsx({
      sharedStrings: ['姓名', '身份证号'],
      sheetData: '<row><c t="s"><v>0</v></c><c t="s"><v>1</v></c></row>'
        + '<row><c t="inlineStr"><is><t>张三</t></is></c><c t="inlineStr"><is><t>110101199003077890</t></is></c></row>'
        + '<row/><row><c/><c><v>42</v></c></row>',
    }));
    expect(rows(await readAllEvents(p))).toEqual([
      { row: 1, cells: ['姓名', '身份证号'] },
      { row: 2, cells: ['张三', '110101199003077890'] },
      { row: 4, cells: [null, 42] },
    ]);
  });
});

describe('workbook structure', () => {
  it('a sheet with an empty or dangling r:id takes the worksheet part no other sheet claims', async () => {
    const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
    const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    const sheet = (v: string) => `<?xml version="1.0"?><worksheet ${ns}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${v}</t></is></c></row></sheetData></worksheet>`;
    const p = put('no-relid.xlsx', zipBuffer([
      { name: '_rels/.rels', data: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
      { name: 'xl/workbook.xml', data: `<?xml version="1.0"?><workbook ${ns}><sheets><sheet name="甲" sheetId="1" r:id="rId1"/><sheet name="乙" sheetId="2" r:id=""/><sheet name="丙" sheetId="3" r:id="rId9"/></sheets></workbook>` },
      { name: 'xl/_rels/workbook.xml.rels', data: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="${rel}/worksheet" Target="worksheets/sheet3.xml"/><Relationship Id="rId2" Type="${rel}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>` },
      { name: 'xl/worksheets/sheet1.xml', data: sheet('一') },
      { name: 'xl/worksheets/sheet2.xml', data: sheet('二') },
      { name: 'xl/worksheets/sheet3.xml', data: sheet('三') },
    ]));
    const evs = await readAllEvents(p);
    expect(evs.filter((e) => e.type === 'sheet').map((e) => (e.type === 'sheet' ? e.sheet : ''))).toEqual(['甲', '乙', '丙']);
    expect(rows(evs).map((r) => r.cells[0])).toEqual(['一', '二', '三']);
  });
});

describe('text', () => {
  it('a line break stored as CR LF (literal, _x000D_ + LF as openpyxl/xlsxwriter write it, or &#13; + LF) is a LF', async () => {
    const p = put('crlf.xlsx', rawXlsx({
      sharedStrings: ['第一行\r\n第二行', '甲\r乙', '丙_x000D_\n丁', '戊&#13;己', '庚&#13;\n辛'],
      sheetData: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c>'
        + '<c r="E1" t="s"><v>4</v></c><c r="F1" t="inlineStr"><is><t>壬_x000D_\n癸</t></is></c><c r="G1" t="str"><f>X</f><v>子&#13;\n丑</v></c></row>',
    }));
    // A lone CR written as an escape (&#13;, _x000D_) is kept: it is not a line break.
    expect(rows(await readAllEvents(p))[0].cells).toEqual(['第一行\n第二行', '甲\n乙', '丙\n丁', '戊\r己', '庚\n辛', '壬\n癸', '子\n丑']);
  });

  it('reads Excel 2007 beta shared strings (<sstItem>)', async () => {
    const ns = 'xmlns="http://schemas.microsoft.com/office/excel/2006/2"';
    const p = put('beta.xlsx', rawXlsx({
      sharedStrings: `<?xml version="1.0"?><sst ${ns}><sstItem><t>姓名</t></sstItem><sstItem><t>张三</t></sstItem></sst>`,
      sheetData: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>',
    }));
    expect(rows(await readAllEvents(p))[0].cells).toEqual(['姓名', '张三']);
  });

  it('decodes _xHHHH_ escapes in text formula results (t="str") like in shared and inline strings', async () => {
    const p = put('xstr.xlsx', rawXlsx({
      sheetData: '<row r="1"><c r="A1" t="str"><f>A2&amp;"x"</f><v>a_x000D_b_x0009_c</v></c>'
        + '<c r="B1" t="str"><f>X</f><v>_x005F_x000D_</v></c><c r="C1" t="inlineStr"><is><t>d_x000A_e</t></is></c></row>',
    }));
    expect(rows(await readAllEvents(p))[0].cells).toEqual(['a\rb\tc', '_x000D_', 'd\ne']);
  });
});

describe('dates', () => {
  it('serials 1–60: Excel\'s 1900 leap-year quirk (serial 60 is the fake 1900-02-29, kept as a number)', async () => {
    expect(excelSerialToDate(1)).toEqual(utc(1900, 1, 1));
    expect(excelSerialToDate(59)).toEqual(utc(1900, 2, 28));
    expect(excelSerialToDate(60)).toBeNull();
    expect(excelSerialToDate(61)).toEqual(utc(1900, 3, 1));
    expect(excelSerialToDate(1, true)).toEqual(utc(1904, 1, 2));
    const p = put('serial-1900.xlsx', rawXlsx({
      styles: '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>',
      sheetData: '<row r="1"><c r="A1" s="1"><v>1</v></c><c r="B1" s="1"><v>59</v></c><c r="C1" s="1"><v>60</v></c>'
        + '<c r="D1" s="1"><v>61</v></c><c r="E1" s="1"><f>A1</f><v>32</v></c><c r="F1" s="1"><v>45000</v></c></row>',
    }));
    expect(rows(await readAllEvents(p))[0].cells).toEqual([utc(1900, 1, 1), utc(1900, 2, 28), 60, utc(1900, 3, 1), utc(1900, 2, 1), utc(2023, 3, 15)]);
  });

  it('t="d" cells: ISO dates, date-times (with or without zone) and times of day are dates, other text stays text', async () => {
    expect(isoToDate('2024-02-29')).toEqual(utc(2024, 2, 29));
    expect(isoToDate('2024-02-29 08:30')).toEqual(utc(2024, 2, 29, 8, 30));
    expect(isoToDate('2024-02-29T08:30:15+08:00')).toEqual(utc(2024, 2, 29, 0, 30, 15));
    expect(isoToDate('12:30:00')).toEqual(utc(1899, 12, 31, 12, 30));
    expect(isoToDate('T07:05')).toEqual(utc(1899, 12, 31, 7, 5));
    expect(isoToDate('2024-13-01')).toBeNull();
    expect(isoToDate('三月')).toBeNull();
    const p = put('t-d.xlsx', rawXlsx({
      sheetData: '<row r="1"><c r="A1" t="d"><v>2024-02-29T10:11:12Z</v></c><c r="B1" t="d"><v>12:30:00</v></c>'
        + '<c r="C1" t="d"><v>1990-03-07</v></c><c r="D1" t="d"><v>未知</v></c><c r="E1" t="d"><f>NOW()</f><v>2024-01-01T00:00:00.000</v></c></row>',
    }));
    expect(rows(await readAllEvents(p))[0].cells).toEqual([utc(2024, 2, 29, 10, 11, 12), utc(1899, 12, 31, 12, 30), utc(1990, 3, 7), '未知', utc(2024, 1, 1)]);
  });
});

describe('date styles', () => {
  it('conditional-format number formats (<dxf><numFmt>) do not change what a cell style displays', async () => {
    const p = put('dxf.xlsx', rawXlsx({
      styles: '<numFmts count="1"><numFmt numFmtId="164" formatCode="0.00"/></numFmts>'
        + '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs>'
        + '<dxfs count="2"><dxf><numFmt numFmtId="14" formatCode="0.00%"/></dxf><dxf><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></dxf></dxfs>',
      sheetData: '<row r="1"><c r="A1" s="1"><v>32939</v></c><c r="B1" s="2"><v>32939</v></c></row>',
    }));
    expect(rows(await readAllEvents(p))[0].cells).toEqual([utc(1990, 3, 7), 32939]);
  });
});

describe('merges', () => {
  it('keeps whole-column and whole-row merges, bounded to the used range', async () => {
    const p = put('merge-cols.xlsx', rawXlsx({
      sheetData: '<row r="1"><c r="A1" t="inlineStr"><is><t>乡镇</t></is></c><c r="B1"><v>1</v></c></row>'
        + '<row r="2"><c r="B2"><v>2</v></c></row><row r="3"><c r="D3"><v>3</v></c></row>',
      after: '<mergeCells count="4"><mergeCell ref="A:A"/><mergeCell ref="$3:$3"/><mergeCell ref="B2:C2"/><mergeCell ref="F:E"/></mergeCells>',
    }));
    expect(mergesOf(await readAllEvents(p))).toEqual([
      { top: 1, left: 1, bottom: 3, right: 1 },
      { top: 3, left: 1, bottom: 3, right: 4 },
      { top: 2, left: 2, bottom: 2, right: 3 },
      { top: 1, left: 5, bottom: 3, right: 6 },
    ]);
  });
});

describe('.xls and WPS .et', () => {
  it.each(['Workbook', 'WORKBOOK', 'BOOK', 'book'])('reads an OLE workbook stream named %j', async (name) => {
    const p = put(`stream-${name}.xls`, xlsWithStream(name));
    expect(rows(await readAllEvents(p))).toEqual([{ row: 1, cells: ['姓名', '身份证号'] }, { row: 2, cells: ['张三', '110101199003077890'] }]);
  });

  it.each(['biff2', 'biff3', 'biff4'])('reads a bare %s stream (no OLE container)', async (bookType) => {
    const ws = XLSX.utils.aoa_to_sheet([['No', 'Amount'], [1, 350.5], [2, true]]); // BIFF2–4 text is 8-bit
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'Sheet1');
    const p = put(`old-${bookType}.xls`, XLSX.write(wb, { type: 'buffer', bookType: bookType as XLSX.BookType }) as Buffer);
    const got = rows(await readAllEvents(p));
    expect(got[0]).toEqual({ row: 1, cells: ['No', 'Amount'] });
    expect(got[1]).toEqual({ row: 2, cells: [1, 350.5] });
    expect(got.length).toBe(3);
  });

  it.each(['biff5', 'biff8'])('reads a bare %s workbook stream taken out of its OLE container', async (bookType) => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['No', 'Amount'], [1, 350.5]]), 'Sheet1');
    const cfb = XLSX.CFB.read(XLSX.write(wb, { type: 'buffer', bookType: bookType as XLSX.BookType }), { type: 'buffer' });
    const stream = cfb.FileIndex.find((e: { name: string }) => /^(?:work)?book$/i.test(e.name));
    const p = put(`bare-${bookType}.xls`, Buffer.from(stream!.content as Uint8Array));
    expect(rows(await readAllEvents(p))).toEqual([{ row: 1, cells: ['No', 'Amount'] }, { row: 2, cells: [1, 350.5] }]);
  });

  it('reads a WPS .et that is a BIFF workbook inside OLE', async () => {
    const p = put('低保名单.et', xlsWithStream('Workbook'));
    expect(rows(await readAllEvents(p))[1]).toEqual({ row: 2, cells: ['张三', '110101199003077890'] });
  });

  it('refuses, naming the format, a .et that is not BIFF inside OLE', async () => {
    const p = put('新格式.et', rawXlsx({ sheetData: '<row r="1"><c r="A1"><v>1</v></c></row>' }));
    const e = await inputError(p);
    expect(e.code).toBe('UNSUPPORTED_FORMAT');
    expect(e.message).toContain('WPS');
    expect(e.where.file).toBe('新格式.et');
  });
});

describe('damaged zip entries', () => {
  it('a CRC mismatch is damage: exit 1, a Chinese message naming the file and the part', async () => {
    const good = rawXlsx({ store: true, sheetData: '<row r="1"><c r="A1" t="inlineStr"><is><t>110101199003077890</t></is></c></row>' });
    expect(rows(await readAllEvents(put('crc-ok.xlsx', good)))).toHaveLength(1);
    const bad = Buffer.from(good);
    const at = bad.indexOf('110101199003077890');
    bad[at + 5] = 0x39 === bad[at + 5] ? 0x38 : 0x39; // same size, different bytes
    const e = await inputError(put('低保-损坏.xlsx', bad));
    expect(e.code).toBe('CORRUPT_FILE');
    expect(e.where.file).toBe('低保-损坏.xlsx');
    expect(e.data).toEqual({ detail: { part: 'crc', entry: 'xl/worksheets/sheet1.xml' } });
    expect(e.message).toMatch(/损坏.*xl\/worksheets\/sheet1\.xml.*校验/); // rendering
    expect(e.message).not.toContain('1101011990');
  });

  it('a cell pointing past the shared-string table (part missing or cut) is damage, not an empty cell', async () => {
    const p = put('sst-cut.xlsx', rawXlsx({
      sheetName: '低保名单',
      sharedStrings: ['姓名'],
      sheetData: '<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c></row>',
    }));
    const e = await inputError(p);
    expect(e.code).toBe('CORRUPT_FILE');
    expect([e.where.file, e.where.sheet]).toEqual(['sst-cut.xlsx', '低保名单']);
    expect(e.data).toEqual({ detail: { part: 'sharedString', row: 2, index: 2, count: 1 } });
    expect(e.message).toContain('第 2 行引用了第 2 个共享字符串，但文件中只有 1 个'); // rendering
  });

  it('also in the small parts read whole (workbook, styles, shared strings)', async () => {
    const good = zipBuffer([{ name: 'x.txt', data: 'x' }], true);
    expect(good.length).toBeGreaterThan(0);
    const b = rawXlsx({ store: true, sharedStrings: ['姓名'], sheetData: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' });
    const bad = Buffer.from(b);
    const at = bad.indexOf('<sheets>');
    bad[at + 1] = 'S'.charCodeAt(0);
    const e = await inputError(put('wb-crc.xlsx', bad));
    expect(e.code).toBe('CORRUPT_FILE');
    expect(e.data).toEqual({ detail: { part: 'crc', entry: 'xl/workbook.xml' } });
  });
});
