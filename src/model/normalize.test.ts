import { describe, expect, it } from 'vitest';
import { normalizeName, normalizeText } from './normalize.js';

describe('normalizeName', () => {
  it.each([
    ['plain', '张三', '张三'],
    ['trim', '  张三\t', '张三'],
    ['inner ASCII space', '张 三', '张三'],
    ['ideographic space', '张\u3000三', '张三'],
    ['NBSP', '\u00A0张\u00A0三', '张三'],
    ['zero-width and BOM', '\uFEFF张\u200B三\u2060', '张三'],
    ['line break', '张\r\n三', '张三'],
    ['full-width letters', 'ＡＢＣ', 'ABC'],
    ['full-width digits', '张三２', '张三2'],
    ['middle dot U+00B7', '买买提·艾力', '买买提·艾力'],
    ['bullet U+2022', '买买提•艾力', '买买提·艾力'],
    ['katakana dot U+30FB', '买买提・艾力', '买买提·艾力'],
    ['hyphenation point U+2027', '买买提‧艾力', '买买提·艾力'],
    ['half-width katakana dot U+FF65', '买买提･艾力', '买买提·艾力'],
    ['bullet operator U+2219', '买买提∙艾力', '买买提·艾力'],
    ['dot with spaces around', '买买提 · 艾力', '买买提·艾力'],
    ['two dots', '阿卜杜•热合曼・买买提', '阿卜杜·热合曼·买买提'],
    ['empty', '', ''],
    ['only spaces', ' \u3000 ', ''],
  ])('%s', (_label, raw, want) => {
    expect(normalizeName(raw)).toBe(want);
  });

  it('makes the usual variants equal', () => {
    const variants = ['买买提·艾力', ' 买买提 • 艾力 ', '买买提\u3000・艾力', '买买提\u200B･艾力'];
    expect(new Set(variants.map(normalizeName)).size).toBe(1);
  });
});

describe('normalizeText', () => {
  it.each([
    ['plain', '城关镇', '城关镇'],
    ['trim', '  城关镇 ', '城关镇'],
    ['collapse runs', '城关镇   东街村', '城关镇 东街村'],
    ['ideographic space and NBSP', '城关镇\u3000\u00A0东街村', '城关镇 东街村'],
    ['tabs and newlines', '城关镇\t\r\n东街村', '城关镇 东街村'],
    ['invisibles removed, not turned into spaces', '城关\u200B镇\uFEFF', '城关镇'],
    ['full-width kept', 'ＡＢ 村', 'ＡＢ 村'],
    ['empty', '', ''],
  ])('%s', (_label, raw, want) => {
    expect(normalizeText(raw)).toBe(want);
  });
});
