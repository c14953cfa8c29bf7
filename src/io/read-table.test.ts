import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { ExitCode, FupinError, formatError } from '../errors.js';
import { makeXls, makeXlsx, rawXlsx, zipBuffer } from '../../test/helpers/workbooks.js';
import { readAllEvents } from './read-table.js';
import type { RawRow, TableEvent } from './types.js';

const dir = mkdtempSync(join(tmpdir(), 'fupin-table-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rows = (evs: TableEvent[]): RawRow[] => evs.flatMap((e) => (e.type === 'row' ? [e.row] : []));

const NAME = '张三丰';
const ID = '110101199003077890';
let valid: Buffer; // a real workbook holding NAME and ID, to damage

beforeAll(async () => {
  const p = join(dir, 'valid.xlsx');
  const data: unknown[][] = [['姓名', '身份证号', '备注']];
  for (let i = 0; i < 3000; i++) data.push([`${NAME}${i}`, ID, `第${i}行的备注文字，用来把工作表撑大一些`]);
  await makeXlsx(p, [{ name: '名单', rows: data }]);
  valid = readFileSync(p);
});

/** Reads `file`, expects an input error with `code`, and checks the user-facing text. */
async function expectInputError(path: string, code: string, opts: { displayName?: string; mention?: RegExp } = {}): Promise<FupinError> {
  let err: unknown;
  try {
    await readAllEvents(path, { displayName: opts.displayName });
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(FupinError);
  const e = err as FupinError;
  expect(e.code).toBe(code);
  expect(e.exitCode).toBe(ExitCode.InputError);
  const shown = opts.displayName ?? path.split('/').pop()!;
  expect(e.where.file).toBe(shown);
  const text = formatError(e);
  expect(text).toContain(shown);
  expect(text).not.toContain(NAME);
  expect(text).not.toContain(ID);
  expect(text).not.toMatch(/\n\s+at |Error:|TypeError|undefined/); // no stack trace, no JS noise
  expect(text).toMatch(/[\u4e00-\u9fff]/);
  if (opts.mention) expect(text).toMatch(opts.mention);
  return e;
}

describe('readTable errors', () => {
  it('zero-byte .xlsx', async () => {
    const p = join(dir, 'empty.xlsx');
    writeFileSync(p, '');
    await expectInputError(p, 'EMPTY_FILE', { mention: /空/ });
  });

  it('zero-byte .csv and .xls', async () => {
    writeFileSync(join(dir, 'empty.csv'), '');
    writeFileSync(join(dir, 'empty.xls'), '');
    await expectInputError(join(dir, 'empty.csv'), 'EMPTY_FILE');
    await expectInputError(join(dir, 'empty.xls'), 'EMPTY_FILE');
  });

  it('random bytes named .xlsx', async () => {
    const p = join(dir, 'random.xlsx');
    const b = Buffer.alloc(5000);
    for (let i = 0; i < b.length; i++) b[i] = (i * 7919 + 13) % 251;
    writeFileSync(p, b);
    await expectInputError(p, 'NOT_A_WORKBOOK', { mention: /另存为/ });
  });

  it('truncated .xlsx (download cut off)', async () => {
    const p = join(dir, 'truncated.xlsx');
    writeFileSync(p, valid.subarray(0, Math.floor(valid.length / 2)));
    await expectInputError(p, 'CORRUPT_FILE', { displayName: '民政/低保 10月.xlsx', mention: /损坏|不完整/ });
  });

  it('damaged sheet data with an intact directory: error, no hang, no unhandled rejection', async () => {
    const p = join(dir, 'damaged.xlsx');
    const b = Buffer.from(valid);
    b.fill(0, Math.floor(b.length * 0.2), Math.floor(b.length * 0.2) + 4096);
    writeFileSync(p, b);
    await expectInputError(p, 'CORRUPT_FILE');
  });

  it('malformed sheet XML names the sheet', async () => {
    const p = join(dir, 'badxml.xlsx');
    writeFileSync(p, rawXlsx({ sheetName: '低保', sheetData: '<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row><row r="2"><c r="A2"><v>1</v></row>' }));
    const e = await expectInputError(p, 'CORRUPT_FILE');
    expect(e.where.sheet).toBe('低保');
  });

  it('a zip that is not a workbook', async () => {
    const p = join(dir, 'notes.xlsx');
    writeFileSync(p, zipBuffer([{ name: 'readme.txt', data: '这不是表格' }]));
    await expectInputError(p, 'NOT_A_WORKBOOK');
  });

  it('a Word document renamed .xlsx', async () => {
    const p = join(dir, 'word.xlsx');
    writeFileSync(p, zipBuffer([
      { name: '_rels/.rels', data: '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>' },
      { name: 'word/document.xml', data: '<document/>' },
    ]));
    await expectInputError(p, 'NOT_A_WORKBOOK');
  });

  it.each(['.et', '.numbers', '.ods', '.wps', '.dbf', '.xlsb', ''])('unsupported format %j', async (ext) => {
    const p = join(dir, `roster${ext}`);
    writeFileSync(p, 'whatever');
    await expectInputError(p, 'UNSUPPORTED_FORMAT', { mention: /另存为.*\.xlsx/ });
  });

  it('WPS .et names the format', async () => {
    const p = join(dir, '低保.et');
    writeFileSync(p, 'x');
    const e = await expectInputError(p, 'UNSUPPORTED_FORMAT');
    expect(e.data).toEqual({ ext: '.et', formatName: expect.stringContaining('WPS') });
    expect(e.message).toContain('WPS'); // rendering
  });

  it('an OLE/CFB file named .xlsx (how Office stores a password-protected workbook)', async () => {
    const p = join(dir, 'locked.xlsx');
    writeFileSync(p, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
    await expectInputError(p, 'ENCRYPTED', { mention: /密码/ });
  });

  it('an OLE file with an EncryptionInfo stream, whatever its extension', async () => {
    const body = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1000),
      Buffer.from('EncryptionInfo', 'utf16le'), Buffer.alloc(100), Buffer.from('EncryptedPackage', 'utf16le'), Buffer.alloc(500),
    ]);
    writeFileSync(join(dir, 'enc.xlsx'), body);
    writeFileSync(join(dir, 'enc.xls'), body);
    await expectInputError(join(dir, 'enc.xlsx'), 'ENCRYPTED', { mention: /无密码/ });
    await expectInputError(join(dir, 'enc.xls'), 'ENCRYPTED');
  });

  it('missing file', async () => {
    await expectInputError(join(dir, 'nope.xlsx'), 'FILE_NOT_FOUND');
  });
});

describe('readTable dispatch on content', () => {
  it('an .xlsx saved with an .xls name is read as .xlsx', async () => {
    const p = join(dir, 'really-xlsx.xls');
    writeFileSync(p, valid);
    expect(rows(await readAllEvents(p)).length).toBe(3001);
  });

  it('an old .xls saved with an .xlsx name is read as .xls', async () => {
    const x = join(dir, 'old.xls');
    await makeXls(x, [{ name: '名单', rows: [['姓名', '身份证号'], ['李四', '110101199003077891']] }]);
    const p = join(dir, 'old-renamed.xlsx');
    writeFileSync(p, readFileSync(x));
    expect(rows(await readAllEvents(p)).map((r) => r.cells)).toEqual([['姓名', '身份证号'], ['李四', '110101199003077891']]);
  });

  it('an HTML table in GBK saved as .xls keeps long numbers as text', async () => {
    const p = join(dir, 'web.xls');
    const html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><table>'
      + '<tr><td>姓名</td><td>身份证号</td></tr><tr><td>王五</td><td>110101199003077892</td></tr></table></body></html>';
    writeFileSync(p, iconv.encode(html, 'gbk'));
    const got = rows(await readAllEvents(p));
    expect(got.map((r) => r.cells)).toEqual([['姓名', '身份证号'], ['王五', '110101199003077892']]);
  });

  it('tab-separated text saved as .xls is read as text', async () => {
    const p = join(dir, 'tsv.xls');
    writeFileSync(p, iconv.encode('姓名\t身份证号\r\n赵六\t110101199003077893\r\n', 'gbk'));
    const got = rows(await readAllEvents(p));
    expect(got.map((r) => r.cells)).toEqual([['姓名', '身份证号'], ['赵六', '110101199003077893']]);
  });
});
