// Fuzzing the ID normaliser and validator: valid numbers survive every cosmetic disguise, any single
// changed character or adjacent transposition is caught, random input never throws or hangs, and the
// explanation never repeats the number.
import { describe, expect, it } from 'vitest';
import { checkChar, ID_REASONS, normalizeIdText, parseIdNumber, PROVINCES } from '../../src/idcard/index.js';
import { Rng, randomCell, randomText, timed } from '../helpers/fuzz.js';

const REF = '2026-10-31';
const CASES = 3000;
const PROVINCE_CODES = [...PROVINCES.keys()];

function pad(n: number, w = 2): string { return String(n).padStart(w, '0'); }

/** A random valid ID born between 1900 and the reference date. */
function validId(r: Rng): string {
  const y = r.int(1900, 2026);
  const m = r.int(1, y === 2026 ? 10 : 12);
  const dim = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const body = r.pick(PROVINCE_CODES) + r.digits(4) + `${y}${pad(m)}${pad(r.int(1, dim))}` + r.digits(3);
  return body + checkChar(body);
}

const FULL = (s: string) => s.replace(/[0-9X]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** Ways a valid ID arrives from Excel, CSV, Word or WeChat copies: changes inside the number … */
const INNER: ((s: string, r: Rng) => string)[] = [
  (s) => s.toLowerCase(),
  (s) => FULL(s),
  (s, r) => { const i = r.int(1, 17); return s.slice(0, i) + r.pick(['\u200b', '\ufeff', '\u00a0', '\u3000', ' ', '\t', '\u2060', '\u00ad']) + s.slice(i); },
  (s) => `${s.slice(0, 6)} ${s.slice(6, 14)} ${s.slice(14)}`,
];
/** … and at most one wrapper around it, with blanks outside. */
const OUTER: ((s: string) => string)[] = [
  (s) => s, (s) => `'${s}`, (s) => `="${s}"`, (s) => `"${s}"`, (s) => `\u201c${s}\u201d`, (s) => `\u2018${s}`,
];
const BLANKS = ['', ' ', '\n', '\r\n', '\t', '\u3000', '\ufeff'];

function disguise(id: string, r: Rng): string {
  let s = id;
  for (let k = r.int(0, 3); k > 0; k--) s = r.pick(INNER)(s, r);
  return r.pick(BLANKS) + r.pick(OUTER)(s) + r.pick(BLANKS);
}

function expectValidTo(input: unknown, id: string, seed: number): void {
  const info = parseIdNumber(input, { referenceDate: REF });
  expect(info.valid, `seed ${seed}: ${JSON.stringify(input)} ${info.reason}`).toBe(true);
  expect(info.idNumber, `seed ${seed}`).toBe(id);
}

describe('ID fuzz', () => {
  it('valid IDs round-trip unchanged, through any combination of cosmetic disguises, and 15-digit forms upgrade', () => {
    for (let seed = 1; seed <= CASES; seed++) {
      const r = new Rng(seed);
      const id = validId(r);
      expectValidTo(id, id, seed);
      expect(normalizeIdText(id)).toBe(id);
      expectValidTo(disguise(id, r), id, seed);
      // disability certificate: ID + category + grade (20) or the national system's 22-character value
      expectValidTo(id + r.digits(2), id, seed);
      expectValidTo(id + r.digits(4), id, seed);
      if (id.slice(6, 8) === '19') expectValidTo(id.slice(0, 6) + id.slice(8, 17), id, seed);
    }
  });

  it('a changed check character, a changed digit or two swapped neighbours is always rejected', () => {
    for (let seed = 1; seed <= CASES; seed++) {
      const r = new Rng(seed * 7919);
      const id = validId(r);
      const other = r.pick([...'0123456789X'].filter((c) => c !== id[17]));
      const badCheck = id.slice(0, 17) + other;
      const info = parseIdNumber(badCheck, { referenceDate: REF });
      expect(info.valid, `seed ${seed}`).toBe(false);
      expect(['CHECKSUM', 'EXCEL_NUMBER'], `seed ${seed}`).toContain(info.reason);
      if (info.reason === 'CHECKSUM') expect(info.reasonText).toContain(id[17]); // names the right character

      const i = r.int(0, 16);
      const d = r.pick([...'0123456789'].filter((c) => c !== id[i]));
      expect(parseIdNumber(id.slice(0, i) + d + id.slice(i + 1), { referenceDate: REF }).valid, `seed ${seed} digit ${i}`).toBe(false);

      const j = r.int(0, 16);
      if (id[j] !== id[j + 1]) {
        const swapped = id.slice(0, j) + id[j + 1] + id[j] + id.slice(j + 2);
        expect(parseIdNumber(swapped, { referenceDate: REF }).valid, `seed ${seed} swap ${j}`).toBe(false);
      }
    }
  });

  it('random and mutated input: no throw, a known reason, no echo of the number, bounded time', () => {
    let slowest = 0;
    for (let seed = 1; seed <= CASES; seed++) {
      const r = new Rng(seed * 104729);
      const k = r.next();
      let input: unknown;
      if (k < 0.4) input = randomText(r, 30);
      else if (k < 0.7) input = randomCell(r);
      else {
        // a valid ID damaged in a random way
        const id = validId(r);
        const pos = r.int(0, id.length);
        input = r.pick([
          id.slice(0, pos) + randomText(r, 3) + id.slice(pos),
          id.slice(0, pos) + id.slice(pos + 1),
          id + randomText(r, 2),
          Number(id.slice(0, 17)),
          id.slice(0, 15) + '000',
          `${Number(id.slice(0, 17) + '0').toExponential(5).toUpperCase()}`,
        ]);
      }
      if (r.bool(0.05)) input = r.pick([undefined, 12n ** 20n, Symbol('x'), [id0()], { a: 1 }, () => 1, new Date(Number.NaN)]);
      const { value: info, ms } = timed(() => parseIdNumber(input, { referenceDate: REF }));
      slowest = Math.max(slowest, ms);
      if (info.valid) {
        expect(info.idNumber, `seed ${seed}`).toMatch(/^\d{17}[\dX]$/);
        expect(parseIdNumber(info.idNumber, { referenceDate: REF }).idNumber).toBe(info.idNumber);
      } else {
        expect(ID_REASONS, `seed ${seed}`).toContain(info.reason);
        expect(info.reasonText, `seed ${seed}`).toBeTruthy();
        // the explanation never carries the value (it goes into logs and messages)
        expect(info.reasonText!, `seed ${seed}`).not.toMatch(/\d{6,}/);
      }
      if (typeof input === 'string') {
        const n = timed(() => normalizeIdText(input as string));
        slowest = Math.max(slowest, n.ms);
        expect(n.value).not.toMatch(/[\s\u200b\ufeff]/);
      }
    }
    expect(slowest).toBeLessThan(10_000); // a hang guard, not a speed test
  });

  it('huge cells are handled in bounded time', () => {
    for (const s of ['1'.repeat(5_000_000), '1'.repeat(2000), '1'.repeat(200) + '.0', ' '.repeat(5_000_000) + '5', '="' + 'x'.repeat(5_000_000) + '"',
      '\u200b'.repeat(1_000_000), '4'.repeat(250) + 'E+17']) {
      const { value, ms } = timed(() => parseIdNumber(s, { referenceDate: REF }));
      expect(value.valid).toBe(false);
      expect(ms, `${s.length} characters`).toBeLessThan(5_000); // a hang guard, not a speed test
    }
  });
});

function id0(): string { return '110101199003077890'; }
