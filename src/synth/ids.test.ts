import { describe, expect, it } from 'vitest';
import { normalizeIdCell, sexOf } from '../../test/helpers/synth/id-check.js';
import { ageAt, checkChar, excelScientific, makeId, to15, toFullWidth, withWrongCheck } from './ids.js';
import { Rng } from './rng.js';

const REF = '2026-10-31';

describe('synth ids', () => {
  it('computes GB 11643 check characters (worked examples of domain.md §3.2)', () => {
    expect(checkChar('11010519491231002')).toBe('X');
    expect(checkChar('44052418800101001')).toBe('4');
    expect(checkChar('34052419800101001')).toBe('X');
    expect(checkChar('37010119010203997')).toBe('3');
  });

  it('builds valid IDs whose 17th digit carries the sex', () => {
    const id = makeId('522422', 19850312, 123);
    expect(normalizeIdCell(id, REF)).toEqual({ ok: true, id });
    expect(sexOf(id)).toBe(1);
    expect(sexOf(makeId('522422', 19850312, 124))).toBe(2);
  });

  it('accepts the messy but usable forms and rejects the unusable ones', () => {
    const id = makeId('522422', 19760101, 17);
    const x = ['0', '1', '2', '3'].map((s) => makeId('431226', 19900101, Number(`10${s}`))).find((v) => v.endsWith('X'))
      ?? makeId('110105', 19491231, 2);
    for (const form of [to15(id), toFullWidth(id), ` ${id}\u00a0`, `\u200b${id}`, `'${id}`, `="${id}"`, `${id}42`]) {
      expect(normalizeIdCell(form, REF)).toEqual({ ok: true, id });
    }
    expect(normalizeIdCell(x.toLowerCase(), REF)).toEqual({ ok: true, id: x });
    expect(normalizeIdCell(Number(id), REF)).toMatchObject({ ok: false, reason: 'EXCEL_NUMBER' });
    expect(normalizeIdCell(excelScientific(id), REF)).toMatchObject({ ok: false, reason: 'MALFORMED' });
    expect(normalizeIdCell(withWrongCheck(id), REF)).toMatchObject({ ok: false, reason: 'CHECKSUM' });
    expect(normalizeIdCell(null, REF)).toMatchObject({ ok: false, reason: 'EMPTY' });
    expect(normalizeIdCell(id.slice(0, 17), REF)).toMatchObject({ ok: false, reason: 'MALFORMED' });
  });

  it('counts whole years completed on the reference date', () => {
    expect(ageAt(20101031, REF)).toBe(16);
    expect(ageAt(20101101, REF)).toBe(15);
    expect(ageAt(20200229, '2026-02-28')).toBe(5);
  });

  it('mulberry32 is deterministic per seed', () => {
    const a = new Rng(42), b = new Rng(42), c = new Rng(43);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xs);
  });
});
