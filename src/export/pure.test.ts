// Pure helpers: masking, neutralisation, sheet and file names, township grouping, rows.
import { describe, expect, it } from 'vitest';
import { isIdHeader, isPhoneHeader, maskIdsInText, maskPhone, maskRawValue, neutralizeFormula } from './text-safety.js';
import { SheetNames, sanitizeSheetName } from './sheet-name.js';
import { UNKNOWN_TOWNSHIP, groupByTownship, safeFileName, townshipFileNames } from './township-split.js';
import { RECTIFICATION_COLUMNS, rectificationRowValues, sortFindingsForList, toRectificationRows } from './rectification-rows.js';
import { describeIdDifference } from './data-quality-rows.js';
import { csvCell, csvLine } from './csv.js';
import type { ExportFinding } from '../model/report.js';

describe('neutralizeFormula', () => {
  it.each([
    ['=1+1', "'=1+1"], ['+1', "'+1"], ['-1', "'-1"], ['@SUM(A1)', "'@SUM(A1)"], ['\tx', "'\tx"], ['\rx', "'\rx"],
    ['张三', '张三'], ['', ''], ["'=x", "'=x"], ['a=b', 'a=b'],
  ])('%j -> %j', (input, out) => {
    expect(neutralizeFormula(input)).toBe(out);
    expect(neutralizeFormula(neutralizeFormula(input))).toBe(out); // idempotent
  });
});

describe('ID masking in text', () => {
  it('masks 18-char, 15-digit and ID-embedding numbers, keeps short ones', () => {
    expect(maskIdsInText('成员张三(身份证号11010519491231002X)名下有车')).toBe('成员张三(身份证号110105********002X)名下有车');
    expect(maskIdsInText('旧号110105491231002')).toBe('旧号110**********02');
    expect(maskIdsInText('残疾证11010519491231002X42')).not.toMatch(/\d{9,}/);
    expect(maskIdsInText('电话13800138000，第17行，2024-05-31')).toBe('电话138****8000，第17行，2024-05-31');
    expect(maskIdsInText('a 110105194912310021 b 440524188001010014')).toBe('a 110105********0021 b 440524********0014');
    expect(maskIdsInText('全角１１０１０５１９４９１２３１００２Ｘ')).not.toContain('１９４９');
  });

  it('masks raw values of ID columns as a whole', () => {
    expect(isIdHeader('身份证号码')).toBe(true);
    expect(isIdHeader('残疾人证号')).toBe(true);
    expect(isIdHeader('姓名')).toBe(false);
    expect(maskRawValue('身份证号', '11010519491231')).not.toContain('1949');
    expect(maskRawValue('身份证号', '无')).toBe('无');
    expect(maskRawValue('备注', '11010519491231')).toBe('11010519491231');
  });
});

describe('sheet names', () => {
  it('replaces forbidden characters, truncates to 31 and de-duplicates', () => {
    expect(sanitizeSheetName('错退 / 风险消除不实')).toBe('错退 ／ 风险消除不实');
    expect(sanitizeSheetName('a[b]:c*d?e\\f')).toBe('a【b】：c＊d？e＼f');
    expect(sanitizeSheetName('x'.repeat(40))).toHaveLength(31);
    expect(sanitizeSheetName("'q'")).toBe('q');
    expect(sanitizeSheetName('  ')).toBe('未命名');
    const names = new SheetNames(['汇总']);
    expect(names.take('汇总')).toBe('汇总(2)');
    expect(names.take('四类人员')).toBe('四类人员');
    expect(names.take('四类人员')).toBe('四类人员(2)');
    expect(names.take('y'.repeat(40))).toHaveLength(31);
    expect(names.take('y'.repeat(40))).toBe('y'.repeat(28) + '(2)');
  });
});

describe('township split', () => {
  it('groups by township in pinyin order, unknown last', () => {
    const g = groupByTownship([
      { township: '乙乡', n: 1 }, { township: null, n: 2 }, { township: '甲镇', n: 3 }, { township: ' ', n: 4 }, { township: '乙乡', n: 5 },
    ]);
    expect([...g.keys()]).toEqual(['甲镇', '乙乡', UNKNOWN_TOWNSHIP]);
    expect(g.get('乙乡')!.map((x) => x.n)).toEqual([1, 5]);
    expect(g.get(UNKNOWN_TOWNSHIP)!.map((x) => x.n)).toEqual([2, 4]);
  });

  it('makes safe, unique file names', () => {
    expect(safeFileName('a/b\\c:d*e?f"g<h>i|j')).toBe('a_b_c_d_e_f_g_h_i_j');
    expect(safeFileName('..hidden')).toBe('_hidden');
    expect(safeFileName('CON')).toBe('_CON');
    expect(safeFileName('name. ')).toBe('name');
    const m = townshipFileNames(['甲镇', '甲/镇', '甲:镇'], '2024-05');
    expect(m.get('甲镇')).toBe('整改清单-2024-05-甲镇.xlsx');
    expect(m.get('甲/镇')).toBe('整改清单-2024-05-甲_镇.xlsx');
    expect(m.get('甲:镇')).toBe('整改清单-2024-05-甲_镇(2).xlsx');
  });
});

describe('rectification rows', () => {
  const base: ExportFinding = {
    rule: 'FOUR_CAT_VEHICLE', category: '四类人员', subject: 'household', householdId: 'H1', headIdNumber: '11010519491231002X',
    headName: '张三', idNumber: null, name: null, township: '甲镇', village: '一村', members: ['440524188001010014'],
    memberNames: ['李四'], description: '成员李四(身份证号440524188001010014)名下有小型轿车', basis: '监测对象 × 机动车登记',
    leadDept: '公安局', evidence: [], fingerprint: 'fp1', evidenceHash: 'e1', status: 'new',
  };

  it('maps a finding to the §6 columns, masked', () => {
    const [row] = toRectificationRows([base], { maskIdNumbers: true, ruleTitles: { FOUR_CAT_VEHICLE: '家庭成员名下有小汽车' } });
    expect(RECTIFICATION_COLUMNS.map((c) => c.header)).toEqual(['序号', '乡镇', '村', '户编号', '户主姓名', '户主身份证号',
      '问题人员姓名', '问题人员身份证号', '问题类型', '问题描述', '比对依据', '牵头单位', '状态', '核实结果', '核实说明', '整改措施',
      '整改时限', '责任人', '编号(请勿修改)']);
    expect(rectificationRowValues(row)).toEqual([1, '甲镇', '一村', 'H1', '张三', '110105********002X', '', '',
      '家庭成员名下有小汽车', '成员李四(身份证号440524********0014)名下有小型轿车', '监测对象 × 机动车登记', '公安局', '新增',
      '', '', '', '', '', 'fp1']);
  });

  it('neutralises formula-like names and leaves IDs unmasked when asked', () => {
    const [row] = toRectificationRows([{ ...base, headName: '=cmd|x', name: '-2' }], { maskIdNumbers: false });
    expect(row.headName).toBe("'=cmd|x");
    expect(row.name).toBe("'-2");
    expect(row.headIdNumber).toBe('11010519491231002X');
    expect(row.problemType).toBe('四类人员'); // no title known: the category
  });

  it('sorts by township, village, household, rule order', () => {
    const list = [
      { ...base, fingerprint: 'a', township: '乙乡' },
      { ...base, fingerprint: 'b', rule: 'MISSED' },
      { ...base, fingerprint: 'c' },
      { ...base, fingerprint: 'd', township: null },
    ];
    expect(sortFindingsForList(list, ['MISSED', 'FOUR_CAT_VEHICLE']).map((f) => f.fingerprint)).toEqual(['b', 'c', 'a', 'd']);
  });
});

describe('misc', () => {
  it('describes ID differences', () => {
    expect(describeIdDifference('110105194912130021', '110105194912310021')).toBe('第13位 1→3；第14位 3→1');
    expect(describeIdDifference('11010519491231002', '11010519491231002X')).toBe('位数不同：填写17位，应为18位');
  });

  it('quotes CSV cells', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('=1,2')).toBe(`"'=1,2"`);
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvLine(['a', 'b'])).toBe('a,b\r\n');
  });
});

describe('phone masking (wherever IDs are masked)', () => {
  it('masks mobile numbers in text, not other numbers', () => {
    expect(maskIdsInText('联系电话：13912345678；第1234行')).toBe('联系电话：139****5678；第1234行');
    expect(maskIdsInText('+86 13912345678')).not.toContain('1234');
    expect(maskIdsInText('金额 12345678901234')).toBe('金额 12345678901234'); // 14 digits: neither phone nor ID
    expect(maskIdsInText('第17行 2026-10-01 6700元')).toBe('第17行 2026-10-01 6700元');
    expect(maskIdsInText('10012345678')).toBe('10012345678'); // 100… is not a mobile prefix
  });

  it('masks whole values of phone columns, landlines included', () => {
    expect(isPhoneHeader('联系电话')).toBe(true);
    expect(isPhoneHeader('手机号码')).toBe(true);
    expect(isPhoneHeader('身份证号码')).toBe(false);
    expect(maskRawValue('联系电话', '0857-4221234')).toBe('085*-***1234');
    expect(maskRawValue('手机', '13800138000')).toBe('138****8000');
    expect(maskRawValue('手机', '无')).toBe('无');
    expect(maskPhone('1380013')).toBe('*******');
  });
});
