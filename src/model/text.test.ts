import { describe, expect, it } from 'vitest';
import { BOM, INVISIBLE_CHARS, cleanText, normalizeName, normalizeText, stripBlanks, stripBom, stripInvisible } from './text.js';

describe('the invisible-character set', () => {
  it('is exactly these characters', () => {
    expect(INVISIBLE_CHARS.map((c) => c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0'))).toEqual([
      '200B', // zero-width space
      '200C', // zero-width non-joiner
      '200D', // zero-width joiner
      '200E', // left-to-right mark
      '200F', // right-to-left mark
      '2060', // word joiner
      'FEFF', // BOM / zero-width no-break space
      '00AD', // soft hyphen
      '180E', // Mongolian vowel separator
    ]);
  });

  it('stripInvisible removes each of them and nothing else', () => {
    for (const c of INVISIBLE_CHARS) expect(stripInvisible(`张${c}三${c}`)).toBe('张三');
    expect(stripInvisible(' 张\u00A0三\u3000\t')).toBe(' 张\u00A0三\u3000\t');
    expect(stripInvisible('买买提·艾力')).toBe('买买提·艾力');
  });

  it('stripBlanks also removes every space', () => {
    for (const c of [...INVISIBLE_CHARS, ' ', '\t', '\r', '\n', '\u00A0', '\u3000', '\u2002', '\u202F', '\u205F', '\u1680', '\u2028']) {
      expect(stripBlanks(`${c}身份${c}证号${c}`)).toBe('身份证号');
    }
  });
});

describe('BOM', () => {
  it('is U+FEFF and only a leading one is stripped', () => {
    expect(BOM).toBe('\uFEFF');
    expect(stripBom('\uFEFF{"a":1}')).toBe('{"a":1}');
    expect(stripBom('{"a":1}')).toBe('{"a":1}');
    expect(stripBom('a\uFEFF')).toBe('a\uFEFF');
    expect(stripBom('')).toBe('');
  });
});

describe('cleanText', () => {
  it('drops spaces, invisible characters and full-width forms', () => {
    expect(cleanText(' 是\u200B ')).toBe('是');
    expect(cleanText('Ｋ３３')).toBe('K33');
    expect(cleanText('存续（在营）')).toBe('存续(在营)');
    expect(cleanText('存续 在营\u00AD')).toBe('存续在营');
    expect(cleanText(null)).toBe('');
    expect(cleanText(undefined)).toBe('');
  });
});

describe('normalizeName', () => {
  it.each([
    ['plain', '张三', '张三'],
    ['trim', '  张三\t', '张三'],
    ['inner ASCII space', '张 三', '张三'],
    ['ideographic space', '张\u3000三', '张三'],
    ['NBSP', '\u00A0张\u00A0三', '张三'],
    ['zero-width and BOM', '\uFEFF张\u200B三\u2060', '张三'],
    ['soft hyphen, LRM', '张\u00AD三\u200E', '张三'],
    ['line break', '张\r\n三', '张三'],
    ['full-width letters', 'ＡＢＣ', 'ABC'],
    ['full-width digits', '张三２', '张三2'],
    ['middle dot U+00B7', '买买提·艾力', '买买提·艾力'],
    ['bullet U+2022', '买买提•艾力', '买买提·艾力'],
    ['katakana dot U+30FB', '买买提・艾力', '买买提·艾力'],
    ['hyphenation point U+2027', '买买提‧艾力', '买买提·艾力'],
    ['half-width katakana dot U+FF65', '买买提･艾力', '买买提·艾力'],
    ['bullet operator U+2219', '买买提∙艾力', '买买提·艾力'],
    ['dot operator U+22C5', '买买提⋅艾力', '买买提·艾力'],
    ['Greek ano teleia U+0387', '买买提\u0387艾力', '买买提·艾力'],
    ['ASCII full stop', '阿卜杜拉.买买提', '阿卜杜拉·买买提'],
    ['full-width full stop U+FF0E', '阿卜杜拉．买买提', '阿卜杜拉·买买提'],
    ['dot with spaces around', '买买提 · 艾力', '买买提·艾力'],
    ['two dots', '阿卜杜•热合曼・买买提', '阿卜杜·热合曼·买买提'],
    ['empty', '', ''],
    ['null', null, ''],
    ['only spaces', ' \u3000 ', ''],
  ])('%s', (_label, raw, want) => {
    expect(normalizeName(raw)).toBe(want);
  });

  it('makes the usual variants equal', () => {
    const variants = ['买买提·艾力', ' 买买提 • 艾力 ', '买买提\u3000・艾力', '买买提\u200B･艾力', '买买提.艾力'];
    expect(new Set(variants.map(normalizeName)).size).toBe(1);
  });

  it('is idempotent (stored names are normal already)', () => {
    for (const s of ['阿卜杜•热合曼・买买提', ' 张 三 ', 'ＡＢＣ.d']) expect(normalizeName(normalizeName(s))).toBe(normalizeName(s));
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
