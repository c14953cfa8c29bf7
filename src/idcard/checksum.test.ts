import { describe, expect, it } from 'vitest';
import { checkChar, hasValidCheckChar } from './checksum.js';
import { upgrade15 } from './upgrade-15.js';

describe('checkChar', () => {
  // Worked examples from domain.md §3.2.
  it.each([
    ['11010519491231002', 'X'],
    ['44052418800101001', '4'],
    ['34052419800101001', 'X'],
    ['37010119010203997', '3'],
  ])('%s -> %s', (body, ch) => {
    expect(checkChar(body)).toBe(ch);
  });

  it('covers all eleven remainders', () => {
    const seen = new Set<string>();
    for (let seq = 0; seq < 200; seq++) seen.add(checkChar('1101051949123' + String(seq).padStart(4, '0')));
    expect([...seen].sort()).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X']);
  });

  it.each(['', '1101051949123100', '110105194912310021', '1101051949123100X', '11010519491231００2'])(
    'rejects a non-17-digit body without echoing it (%s)',
    (bad) => {
      expect(() => checkChar(bad)).toThrowError(/17 digits/);
      try { checkChar(bad); } catch (e) { if (bad) expect((e as Error).message).not.toContain(bad); }
    },
  );

  it.each([
    ['11010519491231002X', true],
    ['110105194912310021', false],
    ['11010519491231002x', false], // not normalised
    ['1101051949123100', false],
  ])('hasValidCheckChar(%s) = %s', (id, ok) => {
    expect(hasValidCheckChar(id)).toBe(ok);
  });
});

describe('upgrade15', () => {
  it.each([
    ['110105491231002', '11010519491231002X'],
    ['340524800101001', '34052419800101001X'],
    ['370101010203997', '370101190102039973'],
  ])('%s -> %s', (old, id) => {
    expect(upgrade15(old)).toBe(id);
  });

  it.each(['', '11010549123100', '1101054912310021', '11010549123100X'])('throws on %s', (bad) => {
    expect(() => upgrade15(bad)).toThrowError(/15 digits/);
  });
});
