import { describe, expect, it } from 'vitest';
import {
  MIN_PRINT_PT, fitColumnsForPrint, lineCount, printedBodyPt, rowHeightPt, textWidthPx,
} from './print-layout.js';
import { RECTIFICATION_COLUMNS } from './rectification-rows.js';
import { REJECTED_COLUMNS, ID_PROBLEM_COLUMNS, ID_TYPO_COLUMNS, UNKNOWN_VALUE_COLUMNS, DQ_SUMMARY_COLUMNS } from './data-quality-rows.js';
import { NOTES_COLUMNS } from './notes-rows.js';

describe('print layout', () => {
  it('the printed columns of a list fit A4 landscape at ≥ 8 pt, the 编号 column outside', () => {
    const printed = RECTIFICATION_COLUMNS.length - 1;
    const fit = fitColumnsForPrint(RECTIFICATION_COLUMNS, printed, true);
    expect(printedBodyPt(fit.columns.slice(0, printed).map((c) => c.width), true)).toBeGreaterThanOrEqual(MIN_PRINT_PT);
    expect(fit.columns.at(-1)!.header).toBe('编号(请勿修改)');
    // the description keeps the most room
    const widths = fit.columns.map((c) => c.width);
    expect(widths[9]).toBe(Math.max(...widths));
  });

  it.each([
    ['rejected', REJECTED_COLUMNS], ['id problems', ID_PROBLEM_COLUMNS], ['typos', ID_TYPO_COLUMNS],
    ['unknown values', UNKNOWN_VALUE_COLUMNS], ['dq summary', DQ_SUMMARY_COLUMNS], ['notes', NOTES_COLUMNS],
  ])('%s sheet fits at ≥ 8 pt after fitting', (_n, cols) => {
    const fit = fitColumnsForPrint(cols);
    expect(printedBodyPt(fit.columns.map((c) => c.width), fit.landscape)).toBeGreaterThanOrEqual(MIN_PRINT_PT);
  });

  it('a narrow table stays portrait and untouched', () => {
    const cols = [{ header: 'a', width: 10 }, { header: 'b', width: 20 }];
    const fit = fitColumnsForPrint(cols);
    expect(fit.landscape).toBe(false);
    expect(fit.columns.map((c) => c.width)).toEqual([10, 20]);
  });

  it('a very wide summary keeps its first column and shrinks the others', () => {
    const cols = [{ header: '乡镇', width: 12 }, ...Array.from({ length: 29 }, (_, i) => ({ header: `R${i}`, width: 24 }))];
    const fit = fitColumnsForPrint(cols, cols.length, true, { keepFirst: true });
    expect(fit.columns[0].width).toBe(12);
    expect(printedBodyPt(fit.columns.map((c) => c.width), true)).toBeGreaterThanOrEqual(MIN_PRINT_PT);
  });

  it('measures CJK text as twice as wide as Latin', () => {
    expect(textWidthPx('问题描述')).toBeGreaterThan(textWidthPx('abcdefg'));
    expect(textWidthPx('中')).toBeCloseTo(14.67, 1);
    expect(textWidthPx('')).toBe(0);
  });

  it('counts wrapped lines, explicit line breaks and never fewer than one', () => {
    expect(lineCount('', 10)).toBe(1);
    expect(lineCount('短', 10)).toBe(1);
    expect(lineCount('一二三四五六七八九十一二三四五六七八九十', 10)).toBeGreaterThanOrEqual(4);
    expect(lineCount('a\nb\nc', 30)).toBe(3);
    expect(rowHeightPt(1)).toBeLessThan(rowHeightPt(3));
    expect(rowHeightPt(1000)).toBe(409);
  });
});
