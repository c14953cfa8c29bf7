import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { FupinError, formatError } from '../errors.js';
import { makeCsv } from '../../test/helpers/workbooks.js';
import { detectDelimiter } from './read-csv.js';
import { readAllEvents } from './read-table.js';
import type { RawRow, TableEvent } from './types.js';

const dir = mkdtempSync(join(tmpdir(), 'fupin-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rows = (evs: TableEvent[]): RawRow[] => evs.flatMap((e) => (e.type === 'row' ? [e.row] : []));

const TABLE = [
  ['XX县2026年10月农村低保名单'],
  ['序号', '乡（镇）', '姓名', '身份证号', '月保障金额'],
  ['1', '城关镇', '张三', '110101199003077890', '520.5'],
  ['2', '石门乡', '李·四', '11010119900307789x', ''],
  ['3', '石门乡', '王五', '="110101199003077892"', '300'],
];
const EXPECTED = [
  ['XX县2026年10月农村低保名单'],
  ['序号', '乡（镇）', '姓名', '身份证号', '月保障金额'],
  ['1', '城关镇', '张三', '110101199003077890', '520.5'],
  ['2', '石门乡', '李·四', '11010119900307789x'],
  ['3', '石门乡', '王五', '="110101199003077892"', '300'],
];

describe('readTable .csv', () => {
  it.each(['utf8', 'utf8bom', 'gbk', 'utf16le'] as const)('encoding %s', async (encoding) => {
    const p = join(dir, `低保-${encoding}.csv`);
    await makeCsv(p, TABLE, { encoding });
    const evs = await readAllEvents(p);
    expect(evs[0]).toEqual({ type: 'sheet', sheet: `低保-${encoding}`, sheetIndex: 1 });
    expect(rows(evs).map((r) => r.cells)).toEqual(EXPECTED);
    expect(rows(evs).map((r) => r.row)).toEqual([1, 2, 3, 4, 5]);
    expect(evs[evs.length - 1]).toEqual({ type: 'sheetEnd', sheet: `低保-${encoding}`, sheetIndex: 1, merges: [] });
  });

  it('GB18030 characters beyond GBK', async () => {
    const p = join(dir, 'gb18030.csv');
    writeFileSync(p, iconv.encode('姓名,身份证号\r\n𠮷田,110101199003077890\r\n', 'gb18030'));
    expect(rows(await readAllEvents(p)).map((r) => r.cells)).toEqual([['姓名', '身份证号'], ['𠮷田', '110101199003077890']]);
  });

  it.each([['\t', 'tab'], [';', 'semicolon'], [',', 'comma']])('delimiter %j (%s) is detected', async (delimiter, label) => {
    const p = join(dir, `delim-${label}.csv`);
    await makeCsv(p, [['姓名', '身份证号', '住址'], ['张三', '110101199003077890', '城关镇, 一组'], ['李四', '110101199003077891', '石门乡']], { delimiter, encoding: 'gbk' });
    expect(rows(await readAllEvents(p)).map((r) => r.cells)).toEqual([
      ['姓名', '身份证号', '住址'], ['张三', '110101199003077890', '城关镇, 一组'], ['李四', '110101199003077891', '石门乡'],
    ]);
  });

  it('.txt with tabs', async () => {
    const p = join(dir, 'export.txt');
    await makeCsv(p, [['姓名', '身份证号'], ['张三', '110101199003077890']], { delimiter: '\t' });
    expect(rows(await readAllEvents(p)).map((r) => r.cells)).toEqual([['姓名', '身份证号'], ['张三', '110101199003077890']]);
  });

  it('quoted newlines stay in one cell and one row; row numbers follow records', async () => {
    const p = join(dir, 'multiline.csv');
    await makeCsv(p, [['姓名', '备注', '身份证号'], ['张三', '第一行\n第二行', '110101199003077890'], ['李四', '说"明"', '110101199003077891']]);
    const got = rows(await readAllEvents(p));
    expect(got.map((r) => r.row)).toEqual([1, 2, 3]);
    expect(got[1].cells).toEqual(['张三', '第一行\n第二行', '110101199003077890']);
    expect(got[2].cells).toEqual(['李四', '说"明"', '110101199003077891']);
  });

  it('blank lines are skipped but counted, ragged rows and stray quotes are accepted', async () => {
    const p = join(dir, 'ragged.csv');
    writeFileSync(p, '姓名,身份证号\n\n张"三,110101199003077890,多余\n李四\n');
    const got = rows(await readAllEvents(p));
    expect(got.map((r) => r.row)).toEqual([1, 3, 4]);
    expect(got[1].cells).toEqual(['张"三', '110101199003077890', '多余']);
    expect(got[2].cells).toEqual(['李四']);
  });

  it('honours an Excel "sep=" line', async () => {
    const p = join(dir, 'sep.csv');
    writeFileSync(p, 'sep=|\r\n姓名|身份证号\r\n张三|110101199003077890\r\n');
    const got = rows(await readAllEvents(p));
    expect(got.map((r) => r.cells)).toEqual([['姓名', '身份证号'], ['张三', '110101199003077890']]);
    expect(got[0].row).toBe(1);
  });

  it('a 10 MB cell', async () => {
    const p = join(dir, 'huge.csv');
    const big = '备'.repeat(10 * 1024 * 1024 / 3);
    writeFileSync(p, `姓名,身份证号,备注\n张三,110101199003077890,${big}\n李四,110101199003077891,ok\n`);
    const got = rows(await readAllEvents(p));
    expect((got[1].cells[2] as string).length).toBe(big.length);
    expect(got[2].cells).toEqual(['李四', '110101199003077891', 'ok']);
  });

  it('an unclosed quote is an input error with the row, and no cell text', async () => {
    const p = join(dir, 'unclosed.csv');
    writeFileSync(p, '姓名,身份证号\n张三,110101199003077890\n"李四,110101199003077891\n王五,1\n');
    let err: unknown;
    try {
      await readAllEvents(p);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(FupinError);
    const e = err as FupinError;
    expect(e.code).toBe('CSV_PARSE');
    expect(e.exitCode).toBe(1);
    const text = formatError(e);
    expect(text).toContain('unclosed.csv');
    expect(text).toMatch(/第 \d+ 行/);
    expect(text).not.toMatch(/李四|110101199003077891|王五/);
  });

  it('long Chinese files: encoding detection looks at the start, chunk boundaries do not garble characters', async () => {
    const p = join(dir, 'long-gbk.csv');
    const data: string[][] = [['姓名', '身份证号']];
    for (let i = 0; i < 20000; i++) data.push([`张王李赵${i}`, `1101011990${String(i).padStart(7, '0')}X`]);
    await makeCsv(p, data, { encoding: 'gbk' });
    const got = rows(await readAllEvents(p));
    expect(got.length).toBe(20001);
    expect(got.every((r, i) => r.cells[0] === data[i][0] && r.cells[1] === data[i][1])).toBe(true);
  });
});

describe('detectDelimiter', () => {
  it('prefers the delimiter that is consistent across lines', () => {
    expect(detectDelimiter('a\tb\tc\n1,5\t2\t3\n4\t5\t6')).toBe('\t');
    expect(detectDelimiter('标题\na;b;c\n1;2;3')).toBe(';');
    expect(detectDelimiter('a,b,c\n"1;2",2,3')).toBe(',');
    expect(detectDelimiter('只有一列\n110101199003077890')).toBe(',');
  });
});
