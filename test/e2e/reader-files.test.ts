// The reader's real-world classes end to end (built CLI): a sheet without r attributes imports every row;
// a WPS .et in OLE imports; a zip entry with a bad CRC is refused with exit 1 and a Chinese message naming
// the file, with no ID number in any output.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import { expectNoStack, runCli, tmpDir } from '../helpers/cli.js';
import { makeId } from '../helpers/ids.js';
import { rawXlsx } from '../helpers/workbooks.js';

const HEADER = ['序号', '乡镇', '村', '户主姓名', '户主身份证号', '成员姓名', '公民身份号码', '与户主关系', '保障人数'];
const ids = [makeId('522422', '19700101', 21), makeId('522422', '19720202', 22), makeId('522422', '19990303', 23)];
const body = ids.map((id, i) => [i + 1, '大方镇', '新村', '王五', ids[0], `成员${i}`, id, i === 0 ? '户主' : '之子', 3]);

/** Sheet XML with no r on rows or cells, inline strings (as POI and PhpSpreadsheet write it). */
function noRefSheet(rows: unknown[][]): string {
  return rows.map((r) => `<row>${r.map((v) => (typeof v === 'number' ? `<c><v>${v}</v></c>` : `<c t="inlineStr"><is><t>${String(v)}</t></is></c>`)).join('')}</row>`).join('');
}

const importJson = async (file: string, dir: string) => {
  const r = await runCli(['import', file, '--kind', 'dibao', '--period', '2026-10', '--db', path.join(dir, 'f.db'), '--json']);
  return r;
};

describe('reader files end to end', () => {
  it('imports every row of a sheet without r attributes', async () => {
    const dir = tmpDir('fupin-reader-e2e-');
    const f = path.join(dir, '低保-无行号.xlsx');
    fs.writeFileSync(f, rawXlsx({ sheetName: '低保名单', sheetData: noRefSheet([HEADER, ...body]) }));
    const r = await importJson(f, dir);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)[0]).toMatchObject({ status: 'imported', rowsRead: 3, rowsUsed: 3, rowsRejected: 0 });
  });

  it('imports a WPS .et that is a BIFF workbook in OLE', async () => {
    const dir = tmpDir('fupin-reader-e2e-');
    const f = path.join(dir, '低保名单.et');
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([HEADER, ...body]), '低保名单');
    fs.writeFileSync(f, XLSX.write(wb, { type: 'buffer', bookType: 'biff8' }) as Buffer);
    const r = await importJson(f, dir);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)[0]).toMatchObject({ status: 'imported', rowsRead: 3, rowsUsed: 3 });
  });

  it('refuses a workbook whose sheet fails its CRC: exit 1, the file named, nothing sensitive shown', async () => {
    const dir = tmpDir('fupin-reader-e2e-');
    const f = path.join(dir, '低保-损坏.xlsx');
    const b = rawXlsx({ store: true, sheetName: '低保名单', sheetData: noRefSheet([HEADER, ...body]) });
    const at = b.indexOf(ids[1]);
    b[at + 10] = b[at + 10] === 0x31 ? 0x32 : 0x31;
    fs.writeFileSync(f, b);
    const r = await runCli(['import', f, '--kind', 'dibao', '--period', '2026-10', '--db', path.join(dir, 'f.db')]);
    expect(r.code).toBe(1);
    const out = r.stdout + r.stderr;
    expect(out).toContain('低保-损坏.xlsx');
    expect(out).toMatch(/损坏.*校验/);
    expect(expectNoStack(out)).toBe(true);
    for (const id of ids) expect(out).not.toContain(id.slice(0, 14));
  });
});
