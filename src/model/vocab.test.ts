import { describe, expect, it } from 'vitest';
import {
  parseEnjoysPolicy,
  DISABLED_VEHICLE, hasLaborCapacity, isCommercialHousing, isDropoutStatus, isInsuredStatus,
  isOperatorRole, isVehicleActive, parseBusinessStatus, parseDisabilityLevel,
  parseHouseholdType, parseHousingGrade, parseMonitorType, parseNumber, parseRenovationFinished,
  parseRiskEliminated, parseStudentStatus, parseVehicleType, parseYesNo, vehicleTypeName,
} from './vocab.js';

function table<T>(fn: (s: string) => T, cases: [string, T][]) {
  for (const [input, expected] of cases) {
    expect([input, fn(input)]).toEqual([input, expected]);
  }
}

describe('parseYesNo', () => {
  it('reads the usual spellings', () => {
    table(parseYesNo, [
      ['是', true], ['否', false], ['Y', true], ['N', false], ['y', true], ['n', false], ['1', true], ['0', false],
      ['√', true], ['×', false], ['有', true], ['无', false], ['true', true], ['FALSE', false], [' 是 ', true],
      ['Yes', true], ['no', false], ['', null], ['-', null], ['/', null], ['也许', undefined], ['2', undefined],
    ]);
  });
});

describe('parseHouseholdType', () => {
  it('maps household types', () => {
    table(parseHouseholdType, [
      ['脱贫户', 'exited'], ['已脱贫', 'exited'], ['已脱贫户', 'exited'], ['一般脱贫户', 'exited'],
      ['低保脱贫户', 'exited'], ['特困供养脱贫户', 'exited'], ['脱贫人口', 'exited'],
      ['脱贫不稳定户', 'monitored'], ['边缘易致贫户', 'monitored'], ['突发严重困难户', 'monitored'],
      ['监测户', 'monitored'], ['监测对象', 'monitored'], ['脱贫户（监测户）', 'monitored'],
      ['一般户', 'ordinary'], ['一般农户', 'ordinary'], ['非贫困户', 'ordinary'],
      ['', null], ['未脱贫户', undefined], ['贫困户', undefined], ['城镇户', undefined],
    ]);
  });
});

describe('parseMonitorType', () => {
  it('tells a monitoring category from empty', () => {
    table(parseMonitorType, [
      ['脱贫不稳定户', true], ['边缘易致贫户', true], ['突发严重困难户', true], ['检测对象', undefined],
      ['', null], ['无', false], ['非监测对象', false], ['abc', undefined],
    ]);
  });
});

describe('parseRiskEliminated', () => {
  it('reads 是/否 and 已消除/未消除', () => {
    table(parseRiskEliminated, [
      ['是', true], ['否', false], ['已消除', true], ['风险已消除', true], ['消除', true], ['已解除', true],
      ['未消除', false], ['风险未消除', false], ['Y', true], ['', null], ['不清楚', undefined],
    ]);
  });
});

describe('parseHousingGrade', () => {
  it('reads letters, 级, 危房 words and full-width forms', () => {
    table(parseHousingGrade, [
      ['A', 'A'], ['B', 'B'], ['C', 'C'], ['D', 'D'], ['a', 'A'], ['d', 'D'], ['A级', 'A'], ['C级', 'C'],
      ['C级危房', 'C'], ['D级危房', 'D'], ['Ｃ', 'C'], ['Ｄ级', 'D'], ['C类', 'C'], ['局部危房', 'C'],
      ['整幢危房', 'D'], ['D级（整幢危房）', 'D'], ['鉴定为C级', 'C'], ['安全', 'A'], ['基本安全', 'B'],
      ['', null], ['E', undefined], ['危房', undefined], ['良好', undefined],
    ]);
  });
});

describe('parseRenovationFinished', () => {
  it('finished only when completed', () => {
    table(parseRenovationFinished, [
      ['已竣工', true], ['已完成', true], ['已验收', true], ['竣工', true], ['竣工验收', true], ['已改造', true],
      ['改造完成', true], ['是', true],
      ['未开工', false], ['在建', false], ['施工中', false], ['未改造', false], ['已开工', false], ['', false],
      ['未竣工', false], ['未完成', false], ['否', false], ['待改造', false],
      ['研究中', undefined], ['拆了', undefined],
    ]);
  });
});

describe('parseDisabilityLevel', () => {
  it('reads Chinese, Arabic and Roman numerals', () => {
    table(parseDisabilityLevel, [
      ['一级', 1], ['1级', 1], ['1', 1], ['壹级', 1], ['一', 1], ['Ⅰ级', 1], ['一级残疾', 1],
      ['二级', 2], ['2', 2], ['贰级', 2], ['II级', 2], ['三级', 3], ['3级', 3], ['四级', 4], ['4', 4], ['肆级', 4],
      ['残疾等级：二级', 2], ['二级（重度）', 2], ['', null], ['五级', undefined], ['重度', undefined], ['0', undefined],
    ]);
  });
});

describe('parseVehicleType', () => {
  it('reads GA 24.4 codes and Chinese names', () => {
    table(parseVehicleType, [
      ['K33', 'K33'], ['k33', 'K33'], ['Ｋ３３', 'K33'], ['K33小型轿车', 'K33'], ['小型轿车(K33)', 'K33'],
      ['K33-小型轿车', 'K33'],
      ['小型轿车', 'K33'], ['小型普通客车', 'K31'], ['微型轿车', 'K43'], ['小型越野客车', 'K32'],
      ['小型专用客车', 'K34'], ['微型普通客车', 'K41'], ['微型越野客车', 'K42'], ['小型客车', 'K30'],
      ['微型客车', 'K40'], ['轿车', 'K33'],
      ['摩托车', 'M21'], ['普通二轮摩托车', 'M21'], ['轻便摩托车', 'M22'], ['M21', 'M21'], ['三轮汽车', 'N11'],
      ['N11', 'N11'], ['拖拉机', 'T21'], ['手扶拖拉机', 'T22'], ['T11', 'T11'], ['低速货车', 'H50'],
      ['轻型普通货车', 'H31'], ['残疾人专用车', DISABLED_VEHICLE], ['残疾人代步车', DISABLED_VEHICLE],
      ['残疾人机动轮椅车', DISABLED_VEHICLE], ['', null], ['飞行汽车', undefined], ['小型汽车', undefined],
    ]);
  });
  it('names codes', () => {
    expect(vehicleTypeName('K33')).toBe('小型轿车');
    expect(vehicleTypeName('Z99')).toBe('Z99');
  });
});

describe('isVehicleActive', () => {
  it('is inactive for cancelled, scrapped, transferred or stolen vehicles', () => {
    table(isVehicleActive, [
      ['注销', false], ['已注销', false], ['报废', false], ['强制注销', false], ['转出', false], ['被盗抢', false],
      ['达到报废标准', false], ['E注销', false],
      ['正常', true], ['A', true], ['a', true], ['在用', true], ['登记', true], ['', true], ['违法未处理', true],
      ['逾期未检验', true], ['查封', true], ['B', undefined], ['Z', undefined], ['怪状态', undefined],
    ]);
  });
});

describe('parseBusinessStatus', () => {
  it('reads the word before any bracket or comma', () => {
    table(parseBusinessStatus, [
      ['存续', 'active'], ['存续（在营、开业、在册）', 'active'], ['在业', 'active'], ['在营', 'active'],
      ['开业', 'active'], ['正常', 'active'], ['登记', 'active'], ['确立', 'active'], ['有效', 'active'],
      ['在册', 'active'], ['迁入', 'active'], ['在营（开业）企业', 'active'],
      ['注销', 'inactive'], ['已注销', 'inactive'], ['吊销', 'inactive'], ['吊销，未注销', 'inactive'],
      ['吊销,已注销', 'inactive'], ['迁出', 'inactive'], ['停业', 'inactive'], ['清算', 'inactive'],
      ['撤销', 'inactive'], ['歇业', 'inactive'],
      ['', null], ['待定', undefined], ['（空）', undefined],
    ]);
  });
});

describe('isOperatorRole', () => {
  it('operators and legal representatives only', () => {
    table(isOperatorRole, [
      ['经营者', true], ['法定代表人', true], ['负责人', true], ['投资人', true], ['执行事务合伙人', true],
      ['法人', true], ['法定代表人、执行董事', true], ['执行董事兼法定代表人', true], ['法定代表人（负责人）', true],
      ['股东', false], ['监事', false], ['董事', false], ['经理', false], ['财务负责人', false], ['联络员', false],
      ['股东、监事', false], ['', null], ['顾问', undefined],
    ]);
  });
});

describe('isCommercialHousing', () => {
  it('counts market housing only', () => {
    table(isCommercialHousing, [
      ['商品房', true], ['商品住宅', true], ['市场化商品房', true], ['商品住房', true],
      ['安置房', false], ['易地扶贫搬迁安置房', false], ['易地扶贫搬迁', false], ['因灾重建', false],
      ['拆迁安置', false], ['拆迁安置商品房', false], ['自建房', false], ['宅基地', false], ['农村自建', false],
      ['集体土地', false], ['经济适用房', false], ['公租房', false],
      ['', null], ['住宅', undefined], ['商业', undefined],
    ]);
  });
});

describe('isInsuredStatus', () => {
  it('reads insured statuses', () => {
    table(isInsuredStatus, [
      ['参保', true], ['正常参保', true], ['已缴费', true], ['参保缴费', true], ['正常', true], ['缴费', true],
      ['已参保', true], ['1', true], ['是', true],
      ['停保', false], ['暂停', false], ['暂停缴费', false], ['终止', false], ['终止参保', false], ['未缴费', false],
      ['中断', false], ['未参保', false], ['退保', false], ['2', false], ['3', false], ['否', false],
      ['', null], ['其他', undefined],
    ]);
  });
});

describe('isDropoutStatus', () => {
  it('only 辍学/失学/退学 are dropouts', () => {
    table(isDropoutStatus, [
      ['辍学', true], ['失学', true], ['退学', true], ['已辍学', true], ['失学辍学', true],
      ['在读', false], ['在校', false], ['送教上门', false], ['随班就读', false], ['休学', false],
      ['延缓入学', false], ['因病请假', false], ['转学', false], ['转出', false], ['特教学校', false],
      ['辍学已劝返', false], ['', null],
    ]);
  });
});

describe('parseStudentStatus', () => {
  it('tells a school grade from non-students', () => {
    table(parseStudentStatus, [
      ['小学', true], ['七年级', true], ['九年级', true], ['普通高中一年级', true], ['中职二年级', true],
      ['高职高专三年级', true], ['技师学院一年级', true], ['本科四年级', true], ['硕士研究生及以上', true],
      ['学前教育', true], ['在校生', true],
      ['非在校生', false], ['学龄前儿童', false], ['否', false], ['', null], ['不知道', undefined],
    ]);
  });
});

describe('hasLaborCapacity', () => {
  it('reads 劳动技能', () => {
    table(hasLaborCapacity, [
      ['普通劳动力', true], ['技能劳动力', true], ['弱劳动力或半劳动力', true], ['丧失劳动力', false],
      ['无劳动力', false], ['', null], ['很强', undefined],
    ]);
  });
});

describe('parseNumber', () => {
  it('strips units and separators', () => {
    table(parseNumber, [
      ['6700', 6700], ['6,700', 6700], ['6 700', 6700], ['6700元', 6700], ['￥6,700.50', 6700.5], ['-120', -120],
      ['6700.00', 6700], ['1.2万', 12000], ['０', 0], ['.5', 0.5], ['', null], ['-', null],
      ['约六千', undefined], ['6700abc', undefined], ['1e5', undefined],
    ]);
    expect(parseNumber(42)).toBe(42);
  });
});

describe('parseEnjoysPolicy (享受低保政策情况 / 享受特困供养政策情况 of the real export)', () => {
  it('reads the export codes and the older 是/否', () => {
    expect(parseEnjoysPolicy('农村低保', 'dibao')).toBe(true);
    expect(parseEnjoysPolicy('城市低保', 'dibao')).toBe(true);
    expect(parseEnjoysPolicy('未享受', 'dibao')).toBe(false);
    expect(parseEnjoysPolicy('农村特困', 'tekun')).toBe(true);
    expect(parseEnjoysPolicy('城市特困', 'tekun')).toBe(true);
    expect(parseEnjoysPolicy('不享受', 'tekun')).toBe(false);
    expect(parseEnjoysPolicy('是', 'dibao')).toBe(true);
    expect(parseEnjoysPolicy('否', 'tekun')).toBe(false);
    expect(parseEnjoysPolicy('', 'dibao')).toBeNull();
  });
  it('does not take one policy for the other, and leaves unknown text unknown', () => {
    expect(parseEnjoysPolicy('农村特困', 'dibao')).toBeUndefined();
    expect(parseEnjoysPolicy('农村低保', 'tekun')).toBeUndefined();
    expect(parseEnjoysPolicy('待审批', 'dibao')).toBeUndefined();
  });
});
