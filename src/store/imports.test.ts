import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { MIGRATIONS } from './schema.js';
import { decodeChunk, encodeChunk } from './record-codec.js';
import { deleteImport, findImport, importWriter, insertImport, loadRecords } from './imports.js';
import type { PersonRecord } from '../model/types.js';

function memDb() {
  const db = new Database(':memory:');
  for (const m of MIGRATIONS) db.exec(m);
  return db;
}

function rec(sheet: string, row: number, over: Partial<PersonRecord> = {}): PersonRecord {
  return {
    kind: 'dibao', file: 'a.xlsx', sheet, row, idNumber: `ID${row}`, name: `N${row}`, householdId: null, headIdNumber: null,
    relation: null, township: null, village: null, f: { amount: String(row) }, ...over,
  };
}

function newImport(db: Database.Database) {
  return insertImport(db, { kind: 'dibao', period: '2026-10', file: 'a.xlsx', sha256: 'x', sheets: [], rowsRead: 0, rowsUsed: 0,
    rowsRejected: 0, dataDate: null, importedAt: 'now' });
}

describe('chunked record storage', () => {
  it('reads back every record in file order across chunk and sheet boundaries', () => {
    const db = memDb();
    const id = newImport(db);
    const w = importWriter(db, id);
    const written: PersonRecord[] = [];
    for (let row = 2; row < 2503; row++) written.push(rec('S1', row));
    for (let row = 3; row < 10; row++) written.push(rec('S2', row, { township: '甲镇', relation: '户主', f: {} }));
    for (const r of written) w.record(r);
    w.finish();
    // 2,501 rows of S1 -> 3 chunks; S2 starts its own chunk
    expect(db.prepare('SELECT sheet, n FROM record_chunks ORDER BY id').all()).toEqual([
      { sheet: 'S1', n: 1000 }, { sheet: 'S1', n: 1000 }, { sheet: 'S1', n: 501 }, { sheet: 'S2', n: 7 },
    ]);
    const back = [...loadRecords(db, findImport(db, 'dibao', '2026-10', 'a.xlsx')!)];
    expect(back).toEqual(written);
  });

  it('nothing is stored before finish() for a partial chunk', () => {
    const db = memDb();
    const w = importWriter(db, newImport(db));
    w.record(rec('S', 2));
    expect(db.prepare('SELECT count(*) n FROM record_chunks').get()).toEqual({ n: 0 });
    w.finish();
    expect(db.prepare('SELECT count(*) n FROM record_chunks').get()).toEqual({ n: 1 });
  });

  it('applies merged-cell fills on read: only inside the range, only where empty, per sheet and field', () => {
    const db = memDb();
    const id = newImport(db);
    const w = importWriter(db, id);
    for (let row = 2; row <= 12; row++) w.record(rec('S', row, row === 5 ? { township: '乙镇' } : {}));
    w.record(rec('T', 3));
    w.fillDown('township', '甲镇', 'S', 3, 6);
    w.fillDown('township', '丙镇', 'S', 8, 8);
    w.fillDown('village', '一村', 'S', 10, 12);
    w.finish();
    const back = [...loadRecords(db, findImport(db, 'dibao', '2026-10', 'a.xlsx')!)];
    const at = (sheet: string, row: number) => back.find((r) => r.sheet === sheet && r.row === row)!;
    expect([2, 3, 4, 5, 6, 7, 8, 9].map((r) => at('S', r).township)).toEqual([null, '甲镇', '甲镇', '乙镇', '甲镇', null, '丙镇', null]);
    expect([9, 10, 12].map((r) => at('S', r).village)).toEqual([null, '一村', '一村']);
    expect(at('S', 10).township).toBeNull();
    expect(at('T', 3).township).toBeNull();
  });

  it('deleting an import removes its chunks and fills', () => {
    const db = memDb();
    const id = newImport(db);
    const w = importWriter(db, id);
    w.record(rec('S', 2));
    w.fillDown('village', 'v', 'S', 2, 3);
    w.finish();
    deleteImport(db, id);
    expect(db.prepare('SELECT (SELECT count(*) FROM record_chunks) + (SELECT count(*) FROM record_fills) n').get()).toEqual({ n: 0 });
  });

  it('chunk format: V8 serialization, records and field order as written', () => {
    const recs = [
      rec('S', 2, { f: { a: '1', c: '3' } }),
      rec('S', 3, { f: { a: '1', b: '2', c: '3' } }),
      rec('S', 4, { f: {} }),
      rec('S', 5, { f: { d: '4' }, township: '甲镇', householdId: 'H1', headIdNumber: 'ID2', relation: '之子', village: '一村' }),
    ];
    const data = encodeChunk(recs);
    expect(data[0]).toBe(0xff);
    const back = decodeChunk(data, 'dibao', 'a.xlsx', 'S');
    expect(back).toEqual(recs);
    for (let i = 0; i < recs.length; i++) expect(Object.keys(back[i].f)).toEqual(Object.keys(recs[i].f));
  });

  it('reads chunks in the layout of migration 4 (one array with a fields object per record)', () => {
    const old = JSON.stringify([[7, 'ID7', '张三', null, null, '户主', '甲镇', null, { amount: '300' }]]);
    const interned: string[] = [];
    const back = decodeChunk(old, 'dibao', 'a.xlsx', 'S', (s) => { interned.push(s); return s; });
    expect(back).toEqual([rec('S', 7, { idNumber: 'ID7', name: '张三', relation: '户主', township: '甲镇', f: { amount: '300' } })]);
    expect(interned.sort()).toEqual(['300', '户主', '甲镇']);
    // as SQLite returns it from a BLOB column
    expect(decodeChunk(Buffer.from(old), 'dibao', 'a.xlsx', 'S')).toEqual(back);
  });
});
