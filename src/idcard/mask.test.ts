import { describe, expect, it } from 'vitest';
import { maskIdNumber } from './mask.js';

describe('maskIdNumber', () => {
  it.each([
    ['11010519491231002X', '110105********002X'],
    ['440524188001010014', '440524********0014'],
    ['110105491231002', '110**********02'],
    ['11010519491231002X12', '110***************12'],
    ['123456', '123*56'],
    ['12345', '*****'],
    ['1', '*'],
    ['', ''],
  ])('%s -> %s', (id, masked) => {
    const out = maskIdNumber(id);
    expect(out).toBe(masked);
    expect(out.length).toBe(id.length);
  });

  it('never reveals the birth date of an 18-character ID', () => {
    expect(maskIdNumber('11010519491231002X')).not.toContain('19491231');
  });
});
