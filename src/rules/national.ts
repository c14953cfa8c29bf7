// The national system's own numbered data-logic checks (X_YY_ZZZ, domain.md §1.5), as data. Rules state which of
// them they cover in their meta (`national`); this catalogue gives each number its meaning and, while no rule
// covers it, the reason. A new rule only references numbers: coverage is computed from the rule metas.
import type { Rule } from './types.js';

export interface NationalCheck {
  /** e.g. 2_11_002 */
  code: string;
  /** What the national check looks for, in Chinese. */
  title: string;
  /** Why fupin does not decide it (shown while no rule covers the number). */
  reason?: string;
}

// 5_14_001…007 脱贫户, 008…014 监测对象 (areas below 0 or above the limit, road distance), 015…020 监测对象 areas empty.
const AREAS = ['耕地面积', '林地面积', '退耕还林面积', '林果面积', '牧草地面积', '水面面积'];
const LIMITS = [100, 200, 200, 200, 100, 100];
const LAND_TITLES = [
  ...['脱贫户', '监测对象'].flatMap((who) => [
    ...AREAS.map((a, i) => `${who}${a}小于0或大于${LIMITS[i]}亩`), `${who}与村主干路距离超过5公里`,
  ]),
  ...AREAS.map((a) => `监测对象${a}为空`),
];
/** Fields are read (monitor kind), the check itself is not written yet. */
const NOT_YET = '尚未实现（所需字段已能读取）';

function landChecks(): NationalCheck[] {
  const out: NationalCheck[] = [];
  for (let i = 1; i <= 20; i++) {
    const code = `5_14_${String(i).padStart(3, '0')}`;
    out.push({ code, title: LAND_TITLES[i - 1] });
  }
  return out;
}

/** Every national number fupin knows, in national order. */
export const NATIONAL_CHECKS: readonly NationalCheck[] = [
  { code: '1_02_006', title: '脱贫户家庭年人均纯收入低于当年监测标准且未纳入监测' },
  { code: '1_02_008', title: '风险已消除（或已脱贫）的户存在住房安全问题' },
  { code: '1_02_009', title: '风险已消除（或已脱贫）的户存在饮水安全问题' },
  { code: '1_11_011', title: '风险已消除的户没有监测联系人或联系电话' },
  { code: '2_01_016', title: '脱贫人口未参加城乡居民基本医疗保险或大病保险' },
  { code: '2_11_002', title: '识别监测到风险消除不足6个月（2022年4月以后消除的）' },
  { code: '3_01_003', title: '文化程度与在校生状况同时填写' },
  { code: '3_02_002', title: '是否解决安全饮用水为空' },
  { code: '4_01_003', title: '证件号码为空或前六位为999999' },
  { code: '4_11_015', title: '户登记享受低保/特困，但户内（含自然减少成员）无人享受低保/特困' },
  { code: '5_12_007', title: '有劳动能力、风险未消除、识别监测满6个月仍未落实开发式帮扶措施' },
  { code: '5_12_008', title: '健康、非在校生、16（含）至60（不含）周岁登记为无劳动力或弱劳动力' },
  { code: '5_12_011', title: '开发式帮扶措施为“是”但只填了其他或技能培训', reason: NOT_YET },
  { code: '5_12_013', title: '健康且满7周岁登记为学龄前儿童或学前教育' },
  { code: '5_17_001', title: '健康且满7周岁登记为学龄前儿童或学前教育' },
  { code: '5_12_017', title: '不满18周岁登记为技师学院、高职高专、本科及以上在读' },
  { code: '5_17_005', title: '不满18周岁登记为技师学院、高职高专、本科及以上在读' },
  { code: '5_12_018', title: '不满20周岁登记为硕士研究生及以上' },
  { code: '5_17_006', title: '不满20周岁登记为硕士研究生及以上' },
  { code: '5_17_003', title: '在校生状况为初中（七至九年级）但不满12周岁或超过17周岁' },
  { code: '5_17_004', title: '在校生状况为高中或中职但不满15周岁或超过20周岁' },
  { code: '5_17_007', title: '16至22周岁文化程度为小学及以下' },
  ...landChecks(),
  { code: '5_15_013', title: '致贫/返贫风险为因务工就业不稳，但户内无人有劳动能力' },
  { code: '5_15_014', title: '致贫/返贫风险为因务工就业不稳，但户内无务工记录' },
  { code: '5_15_015', title: '致贫/返贫风险为因病，但户内无人患大病或长期慢性病' },
  { code: '5_15_016', title: '义务教育阶段适龄儿童未在校' },
  { code: '5_15_017', title: '义务教育阶段适龄儿童未在校' },
  { code: '5_15_018', title: '健康、非在校生、18至60周岁的成员为特困供养人员' },
  { code: '5_15_019', title: '健康、非在校生、18至60周岁的成员为特困供养人员' },
  { code: '5_15_020', title: '识别时风险为因病，但合规自付支出为0' },
  { code: '5_15_021', title: '不同户成员登记了同一联系电话', reason: NOT_YET },
  { code: '5_15_022', title: '同户成员登记了同一联系电话却在不同县务工', reason: NOT_YET },
  { code: '5_15_023', title: '识别监测时工资性收入在0至100元之间', reason: '尚未实现（需先确认导出中的工资性收入是否为识别监测时的数）' },
  { code: '5_16_001', title: '务工月收入超过30000元' },
  { code: '5_16_002', title: '务工月收入低于100元' },
  { code: '5_16_003', title: '成员享受低保，但帮扶措施中没有低保' },
  { code: '5_16_004', title: '成员享受特困供养，但帮扶措施中没有特困供养' },
  { code: '5_16_005', title: '帮扶措施中有低保，但无成员享受低保' },
  { code: '5_16_006', title: '帮扶措施中有特困供养，但无成员享受特困供养' },
  { code: '5_16_008', title: '有一、二级残疾成员，但帮扶措施中没有残疾人补贴' },
  { code: '5_16_010', title: '不满16周岁登记了务工' },
  { code: '5_18_006', title: '致贫/返贫风险为因安全饮水，但没有饮水帮扶措施' },
];

const KNOWN = new Set(NATIONAL_CHECKS.map((c) => c.code));

export function isNationalCode(s: string): boolean {
  return KNOWN.has(s);
}

export interface NationalCoverage extends NationalCheck {
  /** Codes of the rules that cover it (empty: not covered, see `reason`). */
  rules: string[];
}

/** The coverage table of `fupin rules --national`. */
export function nationalCoverage(rules: readonly Rule[]): NationalCoverage[] {
  return NATIONAL_CHECKS.map((c) => {
    const by = rules.filter((r) => r.national.includes(c.code)).map((r) => r.code);
    return { ...c, rules: by, reason: by.length > 0 ? undefined : (c.reason ?? '尚未实现') };
  });
}
