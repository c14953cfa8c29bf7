import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { makeXlsx, rawXlsx } from '../../test/helpers/workbooks.js';
import { readAllEvents, readTable } from './read-table.js';
import type { RawRow, TableEvent } from './types.js';

const dir = mkdtempSync(join(tmpdir(), 'fupin-xlsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rows = (evs: TableEvent[]): RawRow[] => evs.flatMap((e) => (e.type === 'row' ? [e.row] : []));
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe('readTable .xlsx', () => {
  it('reads strings, numbers, dates, rich text, formulas, errors, hyperlinks and booleans', async () => {
    const p = join(dir, 'cells.xlsx');
    await makeXlsx(p, [{
      name: '低保名单',
      rows: [
        ['XX县2026年10月农村低保名单'],
        [],
        ['序号', '姓名', '身份证号', '出生日期', '金额', '合计', '查找', '网址', '备注', '是否'],
        [1, '张三', '110101199003077890', utc(1990, 3, 7), 12.5,
          { formula: 'E4*2', result: 25 },
          { formula: 'VLOOKUP(C4,X:Y,2,0)', result: { error: '#N/A' } },
          { text: '主页', hyperlink: 'http://example.com' },
          { richText: [{ text: '李' }, { font: { bold: true }, text: '四' }] },
          true],
      ],
      merges: ['A1:J1'],
    }]);
    const evs = await readAllEvents(p);
    expect(evs[0]).toEqual({ type: 'sheet', sheet: '低保名单', sheetIndex: 1 });
    const rs = rows(evs);
    expect(rs.map((r) => r.row)).toEqual([1, 3, 4]); // blank row 2 skipped, numbering kept
    expect(rs[0].cells).toEqual(['XX县2026年10月农村低保名单']);
    const c = rs[2].cells;
    expect(c[0]).toBe(1);
    expect(c[1]).toBe('张三');
    expect(c[2]).toBe('110101199003077890');
    expect(c[3]).toEqual(utc(1990, 3, 7));
    expect(c[4]).toBe(12.5);
    expect(c[5]).toBe(25);
    expect(c[6]).toEqual({ error: '#N/A' });
    expect(c[7]).toBe('主页');
    expect(c[8]).toBe('李四');
    expect(c[9]).toBe(true);
    const end = evs[evs.length - 1];
    expect(end).toEqual({ type: 'sheetEnd', sheet: '低保名单', sheetIndex: 1, merges: [{ top: 1, left: 1, bottom: 1, right: 10 }] });
  });

  it('reports several sheets in workbook order with their own merges', async () => {
    const p = join(dir, 'sheets.xlsx');
    await makeXlsx(p, [
      { name: '说明', rows: [['本表说明']] },
      { name: '名单', rows: [['户主', null, '家庭成员'], ['姓名', '身份证号', '姓名']], merges: ['A1:B1', 'C1:D1', 'E1:E2'] },
    ]);
    const evs = await readAllEvents(p);
    expect(evs.filter((e) => e.type === 'sheet')).toEqual([
      { type: 'sheet', sheet: '说明', sheetIndex: 1 }, { type: 'sheet', sheet: '名单', sheetIndex: 2 },
    ]);
    const ends = evs.filter((e) => e.type === 'sheetEnd');
    expect(ends[0]).toMatchObject({ sheet: '说明', merges: [] });
    expect(ends[1]).toMatchObject({ sheet: '名单' });
    expect((ends[1] as { merges: unknown[] }).merges).toEqual(expect.arrayContaining([
      { top: 1, left: 1, bottom: 1, right: 2 }, { top: 1, left: 3, bottom: 1, right: 4 }, { top: 1, left: 5, bottom: 2, right: 5 },
    ]));
    expect(rows(evs).every((r) => (r.sheet === '名单' ? r.sheetIndex === 2 : r.sheetIndex === 1))).toBe(true);
  });

  it('keeps Chinese text intact across stream chunk boundaries (exceljs\'s own reader garbles some)', async () => {
    const p = join(dir, 'names.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('名单');
    const names: string[] = [];
    for (let i = 0; i < 20000; i++) {
      const n = '张王李赵刘陈杨黄'[i % 8] + '伟芳娜敏静丽强磊军洋'[(i * 7) % 10] + '明华'[i % 2] + i;
      names.push(n);
      ws.addRow([n, `${i}号`]);
    }
    await wb.xlsx.writeFile(p);
    const got = rows(await readAllEvents(p));
    expect(got.length).toBe(20000);
    const bad = got.filter((r, i) => r.cells[0] !== names[i] || r.cells[1] !== `${i}号`);
    expect(bad.length).toBe(0);
  });

  it('reads a 10 MB text cell without crashing', async () => {
    const p = join(dir, 'huge-cell.xlsx');
    const big = '备'.repeat(1000) + 'x'.repeat(10 * 1024 * 1024);
    await makeXlsx(p, [{ name: 'S', rows: [['姓名', '身份证号', '备注'], ['张三', '110101199003077890', big], ['李四', '110101199003077891', 'ok']] }]);
    const got = rows(await readAllEvents(p));
    expect(got.length).toBe(3);
    expect((got[1].cells[2] as string).length).toBe(big.length);
    expect(got[2].cells).toEqual(['李四', '110101199003077891', 'ok']);
  });

  it('stops cleanly when the caller leaves early', async () => {
    const p = join(dir, 'early.xlsx');
    await makeXlsx(p, [{ name: 'S', rows: Array.from({ length: 3000 }, (_, i) => [`r${i}`, i]) }]);
    let n = 0;
    for await (const ev of readTable(p)) {
      if (ev.type === 'row' && ++n === 5) break;
    }
    expect(n).toBe(5);
    // The file handle is closed: the file can be replaced right away.
    writeFileSync(p, 'x');
  });

  describe('hand-made OOXML parts', () => {
    const styles = '<numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>'
      + '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="31" applyNumberFormat="1"/><xf numFmtId="176"/><xf numFmtId="49"/><xf numFmtId="14"><alignment/></xf></cellXfs>';

    it('treats CJK built-in and custom date formats as dates, text formats as numbers/text', async () => {
      const p = join(dir, 'cjk-dates.xlsx');
      writeFileSync(p, rawXlsx({
        styles,
        sharedStrings: ['日期', '110101199003077890'],
        sheetData:
          '<row r="1"><c r="A1" t="s"><v>0</v></c></row>'
          + '<row r="2"><c r="A2" s="1"><v>32939</v></c><c r="B2" s="2"><v>45000</v></c><c r="C2" s="3"><v>12</v></c>'
          + '<c r="D2" s="4"><v>1</v></c><c r="E2" s="3" t="s"><v>1</v></c></row>',
      }));
      const got = rows(await readAllEvents(p));
      expect(got[1].cells.slice(0, 3)).toEqual([utc(1990, 3, 7), utc(2023, 3, 15), 12]);
      expect(got[1].cells[3]).toBeInstanceOf(Date);
      expect(got[1].cells[4]).toBe('110101199003077890');
    });

    it('decodes t="d", t="e", inline strings, booleans, phonetic runs and _x000D_ escapes; reads row numbers from r', async () => {
      const p = join(dir, 'special.xlsx');
      const sst = '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        + '<si><r><t>王</t></r><r><rPr><b/></rPr><t xml:space="preserve">五 </t></r><rPh sb="0" eb="1"><t>ワン</t></rPh></si>'
        + '<si><t>第一行_x000D_第二行</t></si><si/><si><t>A&amp;B &lt;C&gt;</t></si></sst>';
      writeFileSync(p, rawXlsx({
        sharedStrings: sst,
        sheetData:
          '<row r="5"><c r="A5" t="s"><v>0</v></c><c r="B5" t="s"><v>1</v></c><c r="C5" t="s"><v>2</v></c><c r="D5" t="s"><v>3</v></c></row>'
          + '<row r="9"><c r="A9" t="d"><v>2024-02-29</v></c><c r="B9" t="e"><f>1/0</f><v>#DIV/0!</v></c>'
          + '<c r="C9" t="e"><v>#REF!</v></c><c r="D9" t="inlineStr"><is><t>内联文字</t></is></c><c r="E9" t="b"><v>0</v></c>'
          + '<c r="F9" t="str"><f>A5&amp;""</f><v>王五</v></c><c r="G9"/><c r="H9" s="0"><v>4.12722E+17</v></c>'
          + '<c r="I9"><f t="shared" ref="I9:I10" si="0">1+1</f><v>2</v></c></row>'
          + '<row r="10"><c r="I10"><f t="shared" si="0"/><v>3</v></c></row>',
        after: '<mergeCells count="2"><mergeCell ref="A1:D1"/><mergeCell ref="B3:B8"/></mergeCells>',
      }));
      const evs = await readAllEvents(p);
      const got = rows(evs);
      expect(got.map((r) => r.row)).toEqual([5, 9, 10]);
      expect(got[2].cells).toEqual([null, null, null, null, null, null, null, null, 3]);
      expect(got[0].cells).toEqual(['王五 ', '第一行\r第二行', null, 'A&B <C>']);
      expect(got[1].cells).toEqual([utc(2024, 2, 29), { error: '#DIV/0!' }, { error: '#REF!' }, '内联文字', false, '王五', null, 4.12722e17, 2]);
      expect(evs[evs.length - 1]).toMatchObject({
        type: 'sheetEnd', merges: [{ top: 1, left: 1, bottom: 1, right: 4 }, { top: 3, left: 2, bottom: 8, right: 2 }],
      });
    });

    it('reads sheet XML written with a namespace prefix (OpenXML SDK style)', async () => {
      const p = join(dir, 'prefixed.xlsx');
      let data = '';
      for (let r = 1; r <= 3000; r++) data += `<x:row r="${r}"><x:c r="A${r}" t="s"><x:v>0</x:v></x:c><x:c r="B${r}"><x:v>${r}</x:v></x:c></x:row>`;
      writeFileSync(p, rawXlsx({
        sharedStrings: ['姓名'], sheetData: '',
        sheetXml: '<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          + `<x:sheetData>${data}</x:sheetData><x:mergeCells><x:mergeCell ref="C1:D2"/></x:mergeCells></x:worksheet>`,
      }));
      const evs = await readAllEvents(p);
      const got = rows(evs);
      expect(got.length).toBe(3000);
      expect(got.every((r, i) => r.row === i + 1 && r.cells[0] === '姓名' && r.cells[1] === i + 1)).toBe(true);
      expect(evs[evs.length - 1]).toMatchObject({ merges: [{ top: 1, left: 3, bottom: 2, right: 4 }] });
    });

    it('reads stored (uncompressed) entries and a workbook without sharedStrings or styles', async () => {
      const p = join(dir, 'stored.xlsx');
      writeFileSync(p, rawXlsx({ store: true, sheetData: '<row r="1"><c r="A1" t="inlineStr"><is><t>身份证号</t></is></c><c r="B1"><v>3</v></c></row>' }));
      expect(rows(await readAllEvents(p))[0].cells).toEqual(['身份证号', 3]);
    });

    it('finds formula errors even when the cell straddles a stream chunk', async () => {
      const p = join(dir, 'many-errors.xlsx');
      let data = '';
      for (let r = 1; r <= 4000; r++) {
        data += `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>行${r}</t></is></c><c r="B${r}" t="e"><f>VLOOKUP(A${r},X:Y,2,0)</f><v>#N/A</v></c>`
          + `<c r="C${r}"><f>1+1</f><v>2</v></c></row>`;
      }
      writeFileSync(p, rawXlsx({ sheetData: data }));
      const got = rows(await readAllEvents(p));
      expect(got.length).toBe(4000);
      expect(got.every((r, i) => r.cells[0] === `行${i + 1}` && (r.cells[1] as { error: string }).error === '#N/A' && r.cells[2] === 2)).toBe(true);
    });
  });
});
