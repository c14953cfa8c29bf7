import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import { excelSerial, makeXls } from '../../test/helpers/workbooks.js';
import { readAllEvents } from './read-table.js';
import type { RawRow, TableEvent } from './types.js';

const dir = mkdtempSync(join(tmpdir(), 'fupin-xls-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rows = (evs: TableEvent[]): RawRow[] => evs.flatMap((e) => (e.type === 'row' ? [e.row] : []));
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe('readTable .xls (BIFF8)', () => {
  it('reads text, numbers, dates (at UTC midnight), booleans, blank rows and merges', async () => {
    const p = join(dir, 'dibao.xls');
    await makeXls(p, [
      {
        name: '低保名单',
        rows: [
          ['XX县2026年10月农村低保名单'],
          [],
          ['序号', '姓名', '身份证号', '出生日期', '金额', '是否'],
          [1, '张三', '110101199003077890', utc(1990, 3, 7), 520.5, true],
          [2, '李四', '11010119900307789X', utc(2001, 12, 31), 0, false],
        ],
        merges: ['A1:F1'],
      },
      { name: 'Sheet2', rows: [['说明']] },
    ]);
    const evs = await readAllEvents(p);
    expect(evs.filter((e) => e.type === 'sheet')).toEqual([
      { type: 'sheet', sheet: '低保名单', sheetIndex: 1 }, { type: 'sheet', sheet: 'Sheet2', sheetIndex: 2 },
    ]);
    const got = rows(evs).filter((r) => r.sheetIndex === 1);
    expect(got.map((r) => r.row)).toEqual([1, 3, 4, 5]);
    expect(got[2].cells).toEqual([1, '张三', '110101199003077890', utc(1990, 3, 7), 520.5, true]);
    expect(got[3].cells).toEqual([2, '李四', '11010119900307789X', utc(2001, 12, 31), 0, false]);
    expect(evs.find((e) => e.type === 'sheetEnd')).toEqual({
      type: 'sheetEnd', sheet: '低保名单', sheetIndex: 1, merges: [{ top: 1, left: 1, bottom: 1, right: 6 }],
    });
  });

  it('formula cached results and error values', async () => {
    const p = join(dir, 'formulas.xls');
    const ws = XLSX.utils.aoa_to_sheet([['姓名', '合计', '查找']]);
    ws.A2 = { t: 's', v: '王五' };
    ws.B2 = { t: 'n', v: 42, f: '40+2' };
    ws.C2 = { t: 'e', v: 0x2a, f: 'NA()' };
    ws.D2 = { t: 'n', v: excelSerial(utc(2020, 2, 29)), z: 'yyyy"年"m"月"d"日"' };
    ws['!ref'] = 'A1:D2';
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'S');
    writeFileSync(p, XLSX.write(wb, { type: 'buffer', bookType: 'biff8' }) as Buffer);
    const got = rows(await readAllEvents(p));
    expect(got[1].cells).toEqual(['王五', 42, { error: '#N/A' }, utc(2020, 2, 29)]);
  });

  it('a corrupt .xls is an input error', async () => {
    const p = join(dir, 'bad.xls');
    writeFileSync(p, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600, 7),
      Buffer.from('Workbook', 'utf16le'), Buffer.alloc(300, 1)]));
    await expect(readAllEvents(p)).rejects.toMatchObject({ code: 'CORRUPT_FILE', exitCode: 1, where: { file: 'bad.xls' } });
  });
});
