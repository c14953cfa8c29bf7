// Issue 7 rules in the catalogue and the engine; the vocabulary parsers they added to model/vocab.
import { describe, expect, it } from 'vitest';
import { RULES } from './index.js';
import { runRules } from './engine.js';
import { dataset, idOfAge, monitorHousehold, params, rec } from './test-helpers.js';
import { DEFAULT_RULE_PARAMS } from '../model/types.js';
import {
  isHealthy, isNationalRelation, monthsBetween, parseAidCell, parseAssistanceStatus, parseEducationLevel,
  parseRelation, parseSchoolStage, parseSex, parseWaterSafe, parseYearMonth, sexOfId,
} from '../model/vocab.js';
import { cellText } from '../sources/cell-text.js';

const CODES = [
  'HH_STRUCTURE', 'SEX_MISMATCH', 'DUPLICATE_PERSON', 'AGE_FIELD_MISMATCH', 'FLAG_CONTRADICTION',
  'QUICK_EXIT', 'NO_LABOR_ELIMINATED', 'NO_ASSISTANCE', 'WATER_UNSAFE', 'INCOME_BELOW_LINE',
];

function table<T>(fn: (s: string) => T, cases: [string, T][]) {
  for (const [input, expected] of cases) expect([input, fn(input)]).toEqual([input, expected]);
}

describe('issue 7 rules in the catalogue', () => {
  it('come after the first 13, in order, led by 乡村振兴局, reading only known parameters', () => {
    expect(RULES.slice(13, 13 + CODES.length).map((r) => r.code)).toEqual(CODES);
    for (const r of RULES.slice(13, 13 + CODES.length)) {
      expect(r.leadDept, r.code).toBe('乡村振兴局');
      expect(r.requires, r.code).toEqual(['monitor']);
      for (const p of r.params) expect(p === 'referenceDate' || p in DEFAULT_RULE_PARAMS, `${r.code}.${p}`).toBe(true);
    }
    const byCode = new Map(RULES.map((r) => [r.code, r]));
    expect(byCode.get('QUICK_EXIT')!.params).toContain('minMonitorMonths');
    expect(byCode.get('NO_ASSISTANCE')!.params).toContain('assistanceGraceMonths');
    expect(byCode.get('INCOME_BELOW_LINE')!.params).toContain('incomeThreshold');
  });

  it('are skipped with a reason when the monitor roster (or any roster FLAG_CONTRADICTION compares) is missing', () => {
    const noMonitor = runRules(dataset([rec('dibao', idOfAge(40), {})]), params());
    for (const c of CODES) {
      expect(noMonitor.rulesSkipped).toContainEqual({ rule: c, reason: '未配置或本期无文件：防止返贫致贫监测名单(乡村振兴)' });
    }
    const monitorOnly = runRules(dataset(monitorHousehold('HH1', [{ id: idOfAge(40), name: '甲' }])), params());
    const skipped = monitorOnly.rulesSkipped.find((s) => s.rule === 'FLAG_CONTRADICTION');
    expect(skipped?.reason).toContain('至少需要其中之一');
    expect(monitorOnly.rulesRun).toEqual(expect.arrayContaining(CODES.filter((c) => c !== 'FLAG_CONTRADICTION')));
    expect(runRules(dataset(monitorHousehold('HH1', [{ id: idOfAge(40), name: '甲' }]), { present: ['tekun'] }), params()).rulesRun).toContain('FLAG_CONTRADICTION');
  });

  it('can be disabled by configuration', () => {
    const r = runRules(dataset(monitorHousehold('HH1', [{ id: idOfAge(40), name: '甲' }])), params({ disabled: ['water_unsafe'] }));
    expect(r.rulesSkipped).toContainEqual({ rule: 'WATER_UNSAFE', reason: '配置中已停用' });
  });
});

describe('vocabulary of the monitoring export', () => {
  it('parseRelation / isNationalRelation', () => {
    table(parseRelation, [
      ['户主', '户主'], ['配偶', '配偶'], ['之子', '之子'], ['其他', '其他'], [' 之 女 ', '之女'], ['儿子', '之子'], ['子', '之子'],
      ['本人', '户主'], ['妻子', '配偶'], ['之儿子', '之子'], ['外孙', '之外孙子'], ['', null], ['干亲', undefined],
    ]);
    expect(isNationalRelation('之外孙女')).toBe(true);
    expect(isNationalRelation('儿子')).toBe(false);
    expect(isNationalRelation(null)).toBe(false);
  });

  it('parseSex and sexOfId', () => {
    table(parseSex, [['男', 'M'], ['女', 'F'], ['1', 'M'], ['2', 'F'], ['男性', 'M'], ['f', 'F'], ['', null], ['未知', undefined]]);
    expect(sexOfId('52010219900101001X')).toBe('M');
    expect(sexOfId('520102199001010028')).toBe('F');
    expect(sexOfId('123')).toBe(null);
  });

  it('parseSchoolStage covers the national list', () => {
    table(parseSchoolStage, [
      ['学龄前儿童', 'preschoolChild'], ['学前教育', 'preschoolEdu'], ['小学', 'primary'], ['三年级', 'primary'],
      ['七年级', 'grade7'], ['八年级', 'grade8'], ['九年级', 'grade9'], ['初中', 'junior'], ['普通高中二年级', 'senior'],
      ['中职一年级', 'secondaryVocational'], ['高职高专三年级', 'higherVocational'], ['技师学院四年级', 'technician'],
      ['本科五年级', 'bachelor'], ['硕士研究生及以上', 'postgraduate'], ['非在校生', 'none'], ['', null], ['不详', undefined],
    ]);
  });

  it('parseEducationLevel, isHealthy', () => {
    table(parseEducationLevel, [
      ['文盲或半文盲', 'illiterate'], ['小学', 'primary'], ['初中', 'junior'], ['高中', 'senior'], ['中专', 'senior'],
      ['大专', 'college'], ['本科及以上', 'bachelor'], ['', null], ['私塾', undefined],
    ]);
    table(isHealthy, [['健康', true], ['健康,长期慢性病', false], ['残疾', false], ['', null]]);
  });

  it('parseWaterSafe, parseAssistanceStatus, parseAidCell', () => {
    table(parseWaterSafe, [['是', true], ['否', false], ['未解决', false], ['已解决', true], ['', null], ['部分', undefined]]);
    table(parseAssistanceStatus, [['尚未实施', false], ['已实施', true], ['', null], ['研究中', undefined]]);
    table(parseAidCell, [['', null], ['否', false], ['无', false], ['尚未实施', false], ['是', true], ['小额信贷', true]]);
  });

  it('parseYearMonth reads stored dates, YYYYMM text and numbers taken for date serials; monthsBetween ignores days', () => {
    table(parseYearMonth, [
      ['2024-03-15', { year: 2024, month: 3 }], ['202403', { year: 2024, month: 3 }], ['20240315', { year: 2024, month: 3 }],
      ['2024/3', { year: 2024, month: 3 }], ['2024年3月', { year: 2024, month: 3 }], ['2024年3月15日', { year: 2024, month: 3 }],
      ['2024-13', undefined], ['去年', undefined], ['', null],
      // a day the month does not have is a typo, not that month; 29 February only in leap years
      ['2023-02-30', undefined], ['2023年4月31日', undefined], ['20230229', undefined], ['2024-02-29', { year: 2024, month: 2 }],
      ['2023-01-31', { year: 2023, month: 1 }],
    ]);
    expect(parseYearMonth(cellText(202403, 'date'))).toEqual({ year: 2024, month: 3 });
    expect(parseYearMonth(cellText(20240315, 'date'))).toEqual({ year: 2024, month: 3 });
    expect(monthsBetween({ year: 2024, month: 11 }, { year: 2025, month: 2 })).toBe(3);
  });
});
