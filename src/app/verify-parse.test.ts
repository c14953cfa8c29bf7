import { describe, expect, it } from 'vitest';
import { findPeriod, listHeaderKey, matchListHeader, parseVerdict } from './verify-parse.js';

describe('parseVerdict', () => {
  it.each([
    ['属实', '属实'], ['属实。', '属实'], [' 属 实 ', '属实'], ['属实！', '属实'], ['“属实”', '属实'], ['√属实', '属实'],
    ['不属实', '不属实'], ['不属实。', '不属实'], ['不属实；', '不属实'], ['\u3000不属实\u3000', '不属实'], ['不属实（已外出务工）', '不属实'],
    ['属实，已整改', '属实'], ['经核实不属实', '不属实'], ['核实属实', '属实'], ['否', '不属实'], ['是', '属实'],
    ['ｘ属实'.slice(1), '属实'], ['不属实.', '不属实'], ['属实\n', '属实'],
  ])('%j -> %s', (raw, want) => expect(parseVerdict(raw)).toBe(want));

  it.each([[''], ['  '], ['\u3000']])('blank %j -> null', (raw) => expect(parseVerdict(raw)).toBeNull());

  it.each([['待查'], ['部分属实'], ['属实不属实'], ['。'], ['属'], ['不属实属实'], ['x']])('unreadable %j -> undefined', (raw) =>
    expect(parseVerdict(raw)).toBeUndefined());
});

describe('matchListHeader', () => {
  const ours = ['序号', '乡镇', '村', '户编号', '户主姓名', '户主身份证号', '问题人员姓名', '问题人员身份证号', '问题类型', '问题描述', '比对依据',
    '牵头单位', '状态', '核实结果', '核实说明', '整改措施', '整改时限', '责任人', '编号(请勿修改)'];

  it('finds every column of our header', () => {
    const h = matchListHeader(ours)!;
    expect(h.missing).toEqual([]);
    expect(h.columns).toEqual({ result: 13, note: 14, measure: 15, deadline: 16, responsible: 17, fingerprint: 18 });
  });

  it('accepts header variants a township writes', () => {
    const h = matchListHeader(ours.map((x) => (x === '核实结果' ? '核实结果（属实/不属实）' : x === '编号(请勿修改)' ? '编号（请勿修改）' : x)))!;
    expect(h.missing).toEqual([]);
    expect(listHeaderKey(' 核实 结果：')).toBe('核实结果');
    expect(listHeaderKey('核实结果【必填】')).toBe('核实结果');
  });

  it('reports a missing 编号 or 核实结果 column', () => {
    expect(matchListHeader(ours.filter((x) => x !== '编号(请勿修改)'))!.missing).toEqual(['fingerprint']);
    expect(matchListHeader(ours.filter((x) => x !== '核实结果'))!.missing).toEqual(['result']);
  });

  it('户编号 is not the 编号 column; data and title rows are not headers', () => {
    expect(matchListHeader(['户编号', '户主姓名', '核实说明'])).toBeNull();
    expect(matchListHeader(['示例县 整改清单（2026-10）'])).toBeNull();
    expect(matchListHeader(['1', '甲镇', '一村', '123', '张三'])).toBeNull();
    expect(matchListHeader(['乡镇', 'MISSED 疑似漏评', '合计'])).toBeNull();
  });
});

describe('findPeriod', () => {
  it.each([
    ['示例县 甲镇 整改清单（2026-10）', '2026-10'], ['2026年3月整改清单', '2026-03'], ['整改清单-2026-09-甲镇', '2026-09'],
    ['２０２６－１１', '2026-11'], ['没有月份', null], ['2026-13', null],
  ])('%j -> %s', (t, want) => expect(findPeriod(t)).toBe(want));
});
