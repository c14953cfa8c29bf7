// Fuzzing header detection, column mapping and row mapping with random and mutated rosters: nothing but a
// FupinError is ever thrown, nothing hangs, messages never carry an ID number or a name from the data rows,
// and every row is accounted for (a record, a rejected row, or blank — blank only when every cell is blank).
import { describe, expect, it } from 'vitest';
import { FupinError } from '../../src/errors.js';
import { checkChar, parseIdNumber } from '../../src/idcard/index.js';
import type { RawRow } from '../../src/io/types.js';
import type { Cell } from '../../src/model/types.js';
import { isBlank } from '../../src/sources/cell-text.js';
import { detectHeader, mapColumns, type HeaderOptions, type HeaderResult } from '../../src/sources/header.js';
import { KINDS } from '../../src/model/kinds/index.js';
import type { KindDef } from '../../src/model/kind-def.js';
import { mapRow, type SheetMapping } from '../../src/sources/row-mapper.js';
import { Rng, randomCell, randomText, timed } from '../helpers/fuzz.js';

const REF = '2026-10-31';
const KIND_LIST = Object.values(KINDS);
const WHERE = { file: '名单.xlsx', sheet: 'Sheet1' };
// Names that only ever appear in data rows: no message may show them.
const DATA_NAMES = ['甄士隐', '贾雨村', '林黛玉', '薛宝钗', '王熙凤', '史湘云'];

function validId(r: Rng): string {
  const body = '522422' + String(r.int(1940, 2020)) + String(r.int(1, 12)).padStart(2, '0') + String(r.int(1, 28)).padStart(2, '0') + r.digits(3);
  return body + checkChar(body);
}

/** A header text as a clerk might have typed it. */
function mutateHeader(h: string, r: Rng): string {
  const ops: ((s: string) => string)[] = [
    (s) => s,
    (s) => s.split('').join(r.pick([' ', '\n', '\u3000', ''])),
    (s) => s.replace(/\(/g, '（').replace(/\)/g, '）'),
    (s) => `${s}${r.pick(['(必填)', '（18位）', '*', '：', '[文本]', '(户主)'])}`,
    (s) => `${r.pick(['*', '★', ''])}${s}`,
    (s) => (s.length > 1 ? s.slice(0, r.int(1, s.length - 1)) : s),
    (s) => s + randomText(r, 2),
    (s) => s.toLowerCase(),
  ];
  return r.pick(ops)(h);
}

/** A sheet's first rows: titles, blanks, a (mutated) header of `kind` — sometimes two rows — and data. */
function randomSheet(r: Rng, kind: KindDef): { rows: RawRow[]; names: string[] } {
  const rows: RawRow[] = [];
  let n = 1;
  const push = (cells: Cell[]) => { rows.push({ sheet: 'Sheet1', sheetIndex: 1, row: n, cells }); n++; };
  for (let k = r.int(0, 4); k > 0; k--) {
    const t = r.next();
    if (t < 0.3) n++; // a blank row the reader skipped
    else if (t < 0.6) push([r.pick(['XX县2026年10月农村低保名单', '统计单位：民政局', '填报时间：2026年10月', randomText(r)])]);
    else push(Array.from({ length: r.int(1, 6) }, () => randomCell(r)));
  }
  const fields = kind.fields.filter(() => r.bool(0.6));
  if (r.bool(0.85) && !fields.some((f) => f.name === 'idNumber')) fields.push(kind.fields[0]);
  let header: Cell[] = fields.map((f) => mutateHeader(r.pick([f.title, ...f.aliases, ...(f.fallbackAliases ?? [])]), r));
  if (r.bool(0.3)) header.splice(r.int(0, header.length), 0, r.pick(['序号', '备注', '联系电话', '']));
  if (r.bool(0.15) && header.length) header.push(header[r.int(0, header.length - 1)]); // a duplicate header
  if (r.bool(0.1)) header = header.map((h) => (r.bool(0.2) ? randomCell(r) : h));
  for (let i = header.length - 1; i > 0; i--) { const j = r.int(0, i); [header[i], header[j]] = [header[j], header[i]]; }
  if (r.bool(0.15)) push(header.map((_, i) => (i === 0 ? r.pick(['基本信息', '户主', '家庭成员']) : null)));
  push(header);
  if (r.bool(0.1)) push(header.map((_, i) => i + 1)); // column numbers under the header
  const names: string[] = [];
  for (let k = r.int(0, 12); k > 0; k--) {
    const cells = header.map(() => randomCell(r, [validId(r), ...DATA_NAMES]));
    if (cells.length) cells[r.int(0, cells.length - 1)] = r.pick(DATA_NAMES);
    if (cells.length > 1 && r.bool(0.7)) cells[r.int(0, cells.length - 1)] = validId(r);
    for (const c of cells) if (typeof c === 'string' && DATA_NAMES.includes(c)) names.push(c);
    if (r.bool(0.1)) push([]); else push(cells);
  }
  return { rows, names };
}

function randomOptions(r: Rng, kind: KindDef, rows: RawRow[]): HeaderOptions {
  const opts: HeaderOptions = {};
  if (r.bool(0.15)) opts.headerRow = r.bool(0.7) && rows.length ? r.pick(rows).row : r.int(1, 40);
  if (r.bool(0.15)) {
    const f = r.bool(0.8) ? r.pick(kind.fields).name : randomText(r, 3) || 'nope';
    // a column name a user would configure (never an ID number)
    const some = rows.flatMap((x) => x.cells).filter((c): c is string => typeof c === 'string' && !/\d{6,}/.test(c));
    opts.columns = { [f]: r.bool(0.6) && some.length ? r.pick(some) : randomText(r, 4) || '列' };
  }
  return opts;
}

function expectCleanMessage(e: FupinError, seed: number): void {
  const text = `${e.message}\n${e.hint ?? ''}\n${JSON.stringify(e.where)}`;
  expect(text, `seed ${seed}`).not.toMatch(/\d{15,}/);
}

describe('header fuzz', () => {
  it('detectHeader: only FupinErrors, consistent results, no data in messages, bounded time', () => {
    let slowest = 0, found = 0, errors = 0, nulls = 0;
    for (let seed = 1; seed <= 2500; seed++) {
      const r = new Rng(seed);
      const kind = r.pick(KIND_LIST);
      const { rows, names } = randomSheet(r, kind);
      const opts = randomOptions(r, kind, rows);
      let res: HeaderResult | null = null;
      const t = performance.now();
      try {
        res = detectHeader(rows, kind, opts, WHERE);
      } catch (e) {
        expect(e, `seed ${seed}: ${(e as Error)?.stack}`).toBeInstanceOf(FupinError);
        expectCleanMessage(e as FupinError, seed);
        // names typed in data rows stay out of messages: only a row taken for the header (and the one above it,
        // for two-row headers) is ever shown, and not even those when they hold an ID number
        const at = (e as FupinError).where.row ?? -1;
        const idLike = (c: Cell) => (typeof c === 'string' && /\d{15,}/.test(c)) || (typeof c === 'number' && Math.abs(c) >= 1e14);
        const shownCells = rows.filter((x) => (x.row === at || x.row === at - 1) && !x.cells.some(idLike)).flatMap((x) => x.cells);
        const configured = Object.values(opts.columns ?? {}); // the user's own config may be echoed
        for (const nm of names) {
          if (shownCells.includes(nm) || configured.some((c) => JSON.stringify(c).includes(nm))) continue;
          expect((e as FupinError).message, `seed ${seed}: ${(e as FupinError).message}`).not.toContain(nm);
        }
        errors++;
      }
      slowest = Math.max(slowest, performance.now() - t);
      if (!res) { nulls++; continue; }
      found++;
      const width = Math.max(...rows.map((x) => x.cells.length));
      expect(res.columns.fields.idNumber, `seed ${seed}`).toBeDefined();
      for (const [f, i] of Object.entries(res.columns.fields)) {
        expect(kind.fields.some((d) => d.name === f), `seed ${seed} ${f}`).toBe(true);
        expect(i >= 0 && i < width, `seed ${seed} ${f}=${i}`).toBe(true);
      }
      expect(rows.some((x) => x.row === res!.headerRow), `seed ${seed}`).toBe(true);
      expect([res.headerRow + 1, res.headerRow + 2], `seed ${seed}`).toContain(res.firstDataRow);
      if (opts.headerRow !== undefined) expect(res.headerRow, `seed ${seed}`).toBe(opts.headerRow);
      for (const a of res.ambiguous) {
        expect(res.columns.fields[a.field], `seed ${seed}`).toBeDefined();
        expect(a.headers.length).toBeGreaterThan(1);
      }
    }
    // the generator must exercise all three outcomes
    expect(found).toBeGreaterThan(500);
    expect(errors).toBeGreaterThan(50);
    expect(nulls).toBeGreaterThan(50);
    expect(slowest).toBeLessThan(10_000); // a hang guard, not a speed test (speed: npm run bench)
  });

  it('detectHeader on very wide sheets (16,384 columns) and odd cells stays fast', () => {
    for (let seed = 1; seed <= 2; seed++) {
      const r = new Rng(seed);
      const kind = r.pick(KIND_LIST);
      const wide: Cell[] = Array.from({ length: 16_384 }, (_, i) => (i < 3 ? ['姓名', '身份证号', '乡镇'][i] : r.bool(0.01) ? randomCell(r) : null));
      const rows: RawRow[] = [wide, ...Array.from({ length: 29 }, () => wide.map(() => null as Cell).fill(validId(r), 1, 2))]
        .map((cells, i) => ({ sheet: 'S', sheetIndex: 1, row: i + 1, cells }));
      const once = () => timed(() => { try { detectHeader(rows, kind, {}, WHERE); } catch (e) { expect(e).toBeInstanceOf(FupinError); } }).ms;
      // the better of two tries, so a busy machine does not fail it; it took ~2 s per sheet before empty columns were skipped
      expect(Math.min(once(), once()), `seed ${seed}`).toBeLessThan(10_000);
    }
  });

  it('mapColumns: only FupinErrors (unknown override field), missing = required minus mapped', () => {
    for (let seed = 1; seed <= 2000; seed++) {
      const r = new Rng(seed * 31);
      const kind = r.pick(KIND_LIST);
      const headers = Array.from({ length: r.int(0, 15) }, () => (r.bool(0.6) ? mutateHeader(r.pick(r.pick(kind.fields).aliases.concat('x')), r) : randomText(r, 6)));
      const overrides = r.bool(0.3) ? { [r.bool(0.8) ? r.pick(kind.fields).name : 'bogus']: r.bool(0.5) && headers.length ? r.pick(headers) : randomText(r, 3) || 'x' } : undefined;
      try {
        const m = mapColumns(headers, kind, overrides);
        const required = kind.fields.filter((f) => f.required).map((f) => f.name);
        expect(m.missingRequired.sort(), `seed ${seed}`).toEqual(required.filter((f) => m.fields[f] === undefined).sort());
        for (const i of Object.values(m.fields)) expect(i >= 0 && i < headers.length, `seed ${seed}`).toBe(true);
        for (const nf of m.notFound) expect(Object.keys(overrides ?? {}), `seed ${seed}`).toContain(nf.field);
      } catch (e) {
        expect(e, `seed ${seed}: ${(e as Error)?.stack}`).toBeInstanceOf(FupinError);
        expect((e as FupinError).exitCode).toBe(2);
      }
    }
  });

  it('mapRow: every row is a record, a rejected row or blank (blank only when every cell is blank)', () => {
    let slowest = 0;
    const seen = { record: 0, rejected: 0, blank: 0 };
    for (let seed = 1; seed <= 3000; seed++) {
      const r = new Rng(seed * 17);
      const kind = r.pick(KIND_LIST);
      const width = r.int(0, 20);
      const fields: Record<string, number> = {};
      for (const f of kind.fields) if (r.bool(0.5)) fields[f.name] = r.int(0, width + 2); // may point past the row
      if (r.bool(0.9)) fields.idNumber = r.int(0, Math.max(0, width - 1));
      const headers = Array.from({ length: width }, () => (r.bool(0.8) ? r.pick(r.pick(kind.fields).aliases) : ''));
      const m: SheetMapping = { kind, file: '名单.xlsx', sheet: 'S', fields, headers, referenceDate: REF };
      for (let k = 0; k < 5; k++) {
        const cells: Cell[] = Array.from({ length: r.int(0, width + 3) }, () => randomCell(r, [validId(r), ...DATA_NAMES, '合计', '制表人：']));
        if (fields.idNumber !== undefined && r.bool(0.5)) cells[fields.idNumber] = validId(r);
        if (r.bool(0.05)) cells.length = 30; // holes
        const rowNumber = r.int(1, 1_048_576);
        const { value: res, ms } = timed(() => mapRow(m, rowNumber, cells));
        slowest = Math.max(slowest, ms);
        seen[res.type]++;
        const allBlank = Array.from(cells).every((c) => isBlank(c ?? null));
        expect(res.type === 'blank', `seed ${seed}.${k}`).toBe(allBlank);
        if (res.type === 'record') {
          const rec = res.record;
          expect(rec.row).toBe(rowNumber);
          expect(parseIdNumber(rec.idNumber, { referenceDate: REF }).valid, `seed ${seed}.${k}`).toBe(true);
          expect(rec.name.length).toBeLessThanOrEqual(2000);
          for (const v of Object.values(rec.f)) expect(typeof v === 'string' && v.length <= 2000, `seed ${seed}.${k}`).toBe(true);
        } else if (res.type === 'rejected') {
          const rej = res.rejected;
          expect(rej.row).toBe(rowNumber);
          expect(rej.reason, `seed ${seed}.${k}`).toMatch(/^[A-Z_]+$/);
          expect(rej.reasonText.length).toBeGreaterThan(0);
          expect(rej.reasonText, `seed ${seed}.${k}`).not.toMatch(/\d{15,}/);
          for (const v of Object.values(rej.raw)) expect(v.length, `seed ${seed}.${k}`).toBeLessThanOrEqual(201);
        }
      }
    }
    expect(seen.record).toBeGreaterThan(500);
    expect(seen.rejected).toBeGreaterThan(500);
    expect(seen.blank).toBeGreaterThan(50);
    expect(slowest).toBeLessThan(10_000); // a hang guard, not a speed test (speed: npm run bench)
  });
});
