import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeCsv, makeXlsx } from '../../test/helpers/workbooks.js';
import { readExemptionFiles } from './read-exemptions.js';
import { FupinError } from '../errors.js';

const A = '520102197001011230';
const REF = '2026-10-31';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fupin-exempt-'));

async function readOne(name: string): Promise<ReturnType<typeof readExemptionFiles>> {
  return readExemptionFiles([{ path: path.join(dir, name), file: name }], REF);
}

async function failure(name: string): Promise<FupinError> {
  try { await readOne(name); } catch (e) { return e as FupinError; }
  throw new Error('expected a failure');
}

describe('readExemptionFiles', () => {
  it('reads an xlsx with a title row above the header, header aliases, dates and 长期', async () => {
    await makeXlsx(path.join(dir, 'a.xlsx'), [{ name: '豁免', rows: [
      ['XX县防返贫监测疑点豁免清单'],
      ['序号', '户编号', '公民身份号码', '豁免规则', '豁免原因', '文号', '有效期至'],
      [1, 'HH1', A, 'FOUR_CAT_VEHICLE', '残疾人代步车', '某振发〔2026〕1号', new Date(Date.UTC(2026, 11, 31))],
      [2, 'HH2', '', '2_11_002', '因灾快速消除', '某振发〔2026〕2号', '长期'],
      [],
      [3, '', A, '家庭成员有小汽车', '', '', '2026-11'],
    ] }]);
    const rows = await readOne('a.xlsx');
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({ sheet: '豁免', row: 3, subject: { by: 'idNumber', value: A }, ruleText: 'FOUR_CAT_VEHICLE', reason: '残疾人代步车', docNo: '某振发〔2026〕1号', validUntil: '2026-12-31' });
    expect(rows[1]).toMatchObject({ row: 4, subject: { by: 'householdId', value: 'HH2' }, validUntil: null });
    expect(rows[2]).toMatchObject({ row: 6, validUntil: '2026-11-30' });
  });

  it('reads a CSV whose subject is the head ID', async () => {
    await makeCsv(path.join(dir, 'b.csv'), [['户主身份证号', '规则', '原因', '批准文号'], [A, 'WRONG_EXIT', '已整改', '文1']], { encoding: 'utf8bom' });
    expect(await readOne('b.csv')).toEqual([expect.objectContaining({ subject: { by: 'headIdNumber', value: A }, validUntil: null })]);
  });

  it('a header without a subject column is exit 1 naming file, sheet and row', async () => {
    await makeCsv(path.join(dir, 'c.csv'), [['姓名', '规则', '原因'], ['张三', 'WRONG_EXIT', 'x']]);
    const e = await failure('c.csv');
    expect(e.exitCode).toBe(1);
    expect(e.code).toBe('EXEMPTION_NO_SUBJECT_COLUMN');
    expect(e.data).toEqual({ file: 'c.csv', sheet: expect.any(String), row: 1 });
    expect(e.where).toMatchObject({ file: 'c.csv', row: 1 });
    expect(e.message).toContain('没有身份证号、户主身份证号或户编号列'); // rendering
  });

  it('an unreadable date is exit 1 naming the row and column, never the ID', async () => {
    await makeCsv(path.join(dir, 'd.csv'), [['身份证号', '规则', '有效期至'], [A, 'WRONG_EXIT', '明年底']]);
    const e = await failure('d.csv');
    expect(e.exitCode).toBe(1);
    expect(e.code).toBe('EXEMPTION_BAD_DATE');
    expect(e.where).toMatchObject({ file: 'd.csv', row: 2, column: '有效期至' });
    expect(e.message).not.toContain(A);
  });

  it('a row without subject, an invalid ID, or a file without any header is exit 1', async () => {
    await makeCsv(path.join(dir, 'e.csv'), [['身份证号', '规则'], ['', 'WRONG_EXIT']]);
    const e = await failure('e.csv');
    expect([e.code, e.where.row, e.exitCode]).toEqual(['EXEMPTION_NO_SUBJECT', 2, 1]);
    await makeCsv(path.join(dir, 'f.csv'), [['身份证号', '规则'], ['520102197001011231', 'WRONG_EXIT']]);
    const f = await failure('f.csv');
    expect(f.code).toBe('EXEMPTION_BAD_ID');
    expect(f.data).toMatchObject({ file: 'f.csv', row: 2, column: '身份证号' });
    expect(f.message).toContain('身份证号无效'); // rendering
    expect(f.message).not.toContain('520102197001011231');
    await makeCsv(path.join(dir, 'g.csv'), [['随便', '什么'], ['1', '2']]);
    const g = await failure('g.csv');
    expect([g.code, g.data, g.exitCode]).toEqual(['EXEMPTION_NO_HEADER', { file: 'g.csv' }, 1]);
  });
});
