import { describe, expect, it } from 'vitest';
import { normalizeHeader } from './header-text.js';
import { INVISIBLE_CHARS } from '../model/text.js';

describe('normalizeHeader', () => {
  it('drops every invisible character', () => {
    for (const c of INVISIBLE_CHARS) expect(normalizeHeader(`${c}身份${c}证号 ${c}`)).toBe('身份证号');
  });

  it.each([
    ['身份证号', '身份证号'],
    [' 身份 证号 ', '身份证号'],
    ['身份\n证号', '身份证号'],
    ['身份\r\n证号', '身份证号'],
    ['身份\u00a0证\u3000号', '身份证号'],
    ['身\u200b份证号\ufeff', '身份证号'],
    ['乡（镇）', '乡(镇)'],
    ['村（社区）', '村(社区)'],
    ['【备注】', '[备注]'],
    ['〔说明〕', '(说明)'],
    ['ａａｃ００２', 'AAC002'],
    ['aac003', 'AAC003'],
    ['Aac002', 'AAC002'],
    ['姓名*', '姓名'],
    ['*姓名', '姓名'],
    ['姓名：', '姓名'],
    ['姓名:', '姓名'],
    ['身份证号 * ：', '身份证号'],
    ['人均纯收入（元）', '人均纯收入(元)'],
    ['', ''],
  ])('%j -> %j', (input, want) => {
    expect(normalizeHeader(input)).toBe(want);
  });

  it('keeps Chinese text and inner punctuation', () => {
    expect(normalizeHeader('死者(失踪)姓名')).toBe('死者(失踪)姓名');
    expect(normalizeHeader('乡(镇、街道)')).toBe('乡(镇、街道)');
  });
});
