// fupin import on generated messy rosters and broken files: counts, idempotence, exit codes, privacy.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectNoStack, runCli, tmpDir } from '../helpers/cli.js';
import { makeCsv, makeXlsx } from '../helpers/workbooks.js';
import { makeId } from '../helpers/ids.js';
import { storedRecords } from '../helpers/records.js';

const A = makeId('522422', '19800101', 1);
const B = makeId('522422', '19820305', 2);
const C = makeId('522422', '20100607', 4);
const PLANTED = [A, B, C, '张三丰', '李四娘'];

function dbCounts(db: string) {
  const d = new Database(db, { readonly: true });
  try {
    return {
      imports: (d.prepare('SELECT count(*) n FROM imports').get() as any).n,
      records: storedRecords(db).length,
      rejected: (d.prepare('SELECT count(*) n FROM rejected').get() as any).n,
    };
  } finally { d.close(); }
}

function noPersonalData(s: string) {
  for (const p of PLANTED) expect(s).not.toContain(p);
}

describe('fupin import', () => {
  let dir: string;
  let messy: string;
  beforeAll(async () => {
    dir = tmpDir();
    messy = path.join(dir, '民政-低保名单.xlsx');
    await makeXlsx(messy, [{
      name: '低保名单',
      rows: [
        ['示例县2026年10月农村低保名单'],
        ['统计单位：示例县民政局', null, null, null, '统计时间：2026年10月'],
        [],
        ['序号', '乡（镇）', '村', '户主身份证号', '姓  名', '公民身份\n号码', '与户主关系', '月保障金额'],
        [1, '甲镇', '一村', A, '张三丰', A, '户主', 350],
        [2, null, '一村', A, '李四娘', ` ${B.toLowerCase()} `, '配偶', 350],
        [3, null, '一村', A, '王小', Number(C.slice(0, 15) + '000'), '之子', 350],
        [4, '乙镇', '二村', '', '赵六', '', '户主', 200],
        ['合计', null, null, null, null, null, null, 1250],
      ],
      merges: ['A1:H1', 'B5:B7'],
    }]);
  });

  it('imports a messy roster and reports read = used + rejected', async () => {
    const db = path.join(dir, 'a.db');
    const r = await runCli(['import', messy, '--kind', 'dibao', '--period', '2026-10', '--db', db, '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('读取 5 行 = 可用 2 行 + 不可用 3 行');
    const out = JSON.parse(r.stdout);
    expect(out[0]).toMatchObject({ status: 'imported', rowsRead: 5, rowsUsed: 2, rowsRejected: 3 });
    expect(fs.statSync(db).mode & 0o777).toBe(0o600);
    const d = new Database(db, { readonly: true });
    const recs = storedRecords(db).map(({ row, township, id_number }) => ({ row, township, id_number }));
    // the merged 乡镇 cell is inherited by the rows below it; lower-case x and spaces are normalised
    expect(recs).toEqual([{ row: 5, township: '甲镇', id_number: A }, { row: 6, township: '甲镇', id_number: B }]);
    const rej = d.prepare('SELECT row, reason, township FROM rejected ORDER BY row').all() as any[];
    expect(rej).toEqual([
      { row: 7, reason: 'EXCEL_NUMBER', township: '甲镇' },
      { row: 8, reason: 'EMPTY', township: '乙镇' },
      { row: 9, reason: 'NOT_DATA', township: null },
    ]);
    d.close();
    noPersonalData(r.stdout + r.stderr);
  });

  it('re-importing the same file is a no-op; a changed file replaces it', async () => {
    const db = path.join(dir, 'b.db');
    await runCli(['import', messy, '--kind', 'dibao', '--period', '2026-10', '--db', db]);
    const again = await runCli(['import', messy, '--kind', 'dibao', '--period', '2026-10', '--db', db]);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('未变化');
    expect(dbCounts(db)).toEqual({ imports: 1, records: 2, rejected: 3 });
    const copy = path.join(dir, 'changed', path.basename(messy));
    fs.mkdirSync(path.dirname(copy), { recursive: true });
    await makeXlsx(copy, [{ name: 'S', rows: [['姓名', '身份证号'], ['张三丰', A]] }]);
    const changed = await runCli(['import', copy, '--kind', 'dibao', '--period', '2026-10', '--db', db]);
    expect(changed.stderr).toContain('已更新');
    expect(dbCounts(db)).toEqual({ imports: 1, records: 1, rejected: 0 });
  });

  it('reads GBK and BOM CSVs', async () => {
    const db = path.join(dir, 'c.db');
    const gbk = path.join(dir, '特困.csv');
    const bom = path.join(dir, '特困2.csv');
    await makeCsv(gbk, [['姓名', '身份证号码', '乡镇'], ['张三丰', A, '甲镇']], { encoding: 'gbk' });
    await makeCsv(bom, [['姓名', '身份证号码', '乡镇'], ['李四娘', B, '乙镇']], { encoding: 'utf8bom' });
    const r = await runCli(['import', gbk, bom, '--kind', 'tekun', '--period', '2026-10', '--db', db]);
    expect(r.code).toBe(0);
    const names = storedRecords(db).map(({ name, township }) => ({ name, township })).sort((a, b) => (a.name < b.name ? -1 : 1));
    expect(names).toEqual([{ name: '张三丰', township: '甲镇' }, { name: '李四娘', township: '乙镇' }]);
  });

  it('an empty sheet is zero rows, not an error', async () => {
    const f = path.join(dir, 'empty.xlsx');
    await makeXlsx(f, [{ name: 'Sheet1', rows: [] }]);
    const r = await runCli(['import', f, '--kind', 'dibao', '--period', '2026-10', '--db', path.join(dir, 'e.db')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('读取 0 行');
  });

  const bad: { name: string; make: (p: string) => Promise<void> | void; file: string; code: number; text: string; error: string }[] = [
    { name: 'zero bytes', file: 'zero.xlsx', make: (p) => fs.writeFileSync(p, ''), code: 1, text: 'zero.xlsx', error: 'EMPTY_FILE' },
    { name: 'random bytes', file: 'random.xlsx', make: (p) => fs.writeFileSync(p, Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256))), code: 1, text: 'random.xlsx', error: 'NOT_A_WORKBOOK' },
    { name: 'a WPS .et file', file: '名单.et', make: (p) => fs.writeFileSync(p, 'x'), code: 1, text: '.xlsx', error: 'UNSUPPORTED_FORMAT' },
    { name: 'a .numbers file', file: '名单.numbers', make: (p) => fs.writeFileSync(p, 'x'), code: 1, text: '.xlsx', error: 'UNSUPPORTED_FORMAT' },
    { name: 'password-protected', file: 'locked.xlsx', make: (p) => fs.writeFileSync(p, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(2000)])), code: 1, text: 'locked.xlsx', error: 'ENCRYPTED' },
    { name: 'no ID column', file: 'noid.xlsx', make: (p) => makeXlsx(p, [{ name: '名单', rows: [['姓名', '住址'], ['张三丰', '一村']] }]), code: 1, text: 'columns', error: 'HEADER_NOT_FOUND' },
    { name: 'truncated', file: 'trunc.xlsx', make: async (p) => { await makeXlsx(p + '.full', [{ name: 'S', rows: [['姓名', '身份证号'], ['张三丰', A]] }]); const b = fs.readFileSync(p + '.full'); fs.writeFileSync(p, b.subarray(0, Math.floor(b.length / 2))); }, code: 1, text: 'trunc.xlsx', error: 'CORRUPT_FILE' },
  ];
  for (const c of bad) {
    it(`rejects ${c.name} with a clear message, exit ${c.code}, nothing imported`, async () => {
      const f = path.join(dir, c.file);
      await c.make(f);
      const db = path.join(dir, `bad-${c.file}.db`);
      const r = await runCli(['import', f, '--kind', 'dibao', '--period', '2026-10', '--db', db, '--json']);
      expect(r.code).toBe(c.code);
      expect(JSON.parse(r.stdout).error.code).toBe(c.error);
      expect(r.stderr).toContain(c.text);
      expect(r.stderr).toMatch(/错误/);
      expect(expectNoStack(r.stderr)).toBe(true);
      noPersonalData(r.stdout + r.stderr);
      if (fs.existsSync(db)) expect(dbCounts(db)).toEqual({ imports: 0, records: 0, rejected: 0 });
    });
  }

  it('an unknown --kind is a usage error (exit 2)', async () => {
    const r = await runCli(['import', messy, '--kind', 'cars', '--db', path.join(dir, 'k.db')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--kind 的取值「cars」无效');
    expect(r.stderr).toContain('dibao');
  });

  it('survives a 10 MB cell', async () => {
    const f = path.join(dir, 'big-cell.xlsx');
    await makeXlsx(f, [{ name: 'S', rows: [['姓名', '身份证号', '备注'], ['张三丰', A, 'x'.repeat(10 * 1024 * 1024)]] }]);
    const r = await runCli(['import', f, '--kind', 'dibao', '--period', '2026-10', '--db', path.join(dir, 'big.db')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('可用 1 行');
  });
});
