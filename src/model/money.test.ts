import { describe, expect, it } from 'vitest';
import { formatYuan } from './money.js';

describe('formatYuan', () => {
  it('shows whole yuan without decimals and other amounts with two', () => {
    expect(formatYuan(6700)).toBe('6700');
    expect(formatYuan(0)).toBe('0');
    expect(formatYuan(8700.5)).toBe('8700.50');
    expect(formatYuan(12345.678)).toBe('12345.68');
    expect(formatYuan(-3.2)).toBe('-3.20');
  });
});
