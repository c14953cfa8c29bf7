import { describe, expect, it } from 'vitest';
import { cellText, parseTextDate, serialToIso } from './cell-text.js';
import { INVISIBLE_CHARS } from '../model/text.js';

describe('cellText', () => {
  it('reads text dates in the spellings rosters use', () => {
    expect(parseTextDate('2019.03')).toBe('2019-03-01');
    expect(parseTextDate('2019年3月5日')).toBe('2019-03-05');
    expect(parseTextDate('2019/3/5')).toBe('2019-03-05');
    expect(parseTextDate('20190305')).toBe('2019-03-05');
    expect(parseTextDate('201903')).toBe('2019-03-01');
    expect(parseTextDate('2019-02-30')).toBeNull();
    expect(parseTextDate('张三')).toBeNull();
  });
  it('turns serial days and YYYYMM numbers into dates', () => {
    expect(serialToIso(43529)).toBe('2019-03-05');
    expect(cellText(43529, 'date')).toBe('2019-03-05');
    expect(cellText(202301, 'date')).toBe('2023-01-01');
    expect(cellText(20230105, 'date')).toBe('2023-01-05');
    expect(cellText(new Date(Date.UTC(2020, 1, 29)), 'date')).toBe('2020-02-29');
  });
  it('reads serials as Excel shows them: 2–59 in 1900, 60 (no real day) and 0–1 stay numbers', () => {
    expect(cellText(2, 'date')).toBe('1900-01-02');
    expect(cellText(59, 'date')).toBe('1900-02-28');
    expect(cellText(60, 'date')).toBe('60');
    expect(cellText(61, 'date')).toBe('1900-03-01');
    expect(cellText(1, 'date')).toBe('1');
    expect(cellText(0, 'date')).toBe('0');
    expect(cellText(43529.75, 'date')).toBe('2019-03-05');
  });
  it('keeps numbers free of float noise and strips 元 from amounts', () => {
    expect(cellText(0.1 + 0.2, 'number')).toBe('0.3');
    expect(cellText('6,700元', 'number')).toBe('6700');
    expect(cellText(true)).toBe('是');
    expect(cellText({ error: '#N/A' })).toBe('');
  });
  it('drops the invisible characters of text cells and keeps spaces as one', () => {
    for (const c of INVISIBLE_CHARS) expect(cellText(`${c}城关${c}镇 \u3000东街村${c}`)).toBe('城关镇 东街村');
  });
  it('bounds very long text', () => {
    expect(cellText('x'.repeat(100000)).length).toBe(2000);
  });
});
