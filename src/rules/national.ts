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

const LAND_FIELDS = '耕地、林地、退耕还林、林果、牧草地、水面面积';
const NO_FIELD = (f: string) => `需要全国系统导出中的“${f}”栏，目前导出字段中没有`;

function landChecks(): NationalCheck[] {
  const out: NationalCheck[] = [];
  for (let i = 1; i <= 20; i++) {
    const code = `5_14_${String(i).padStart(3, '0')}`;
    if (i === 7 || i === 14) {
      out.push({ code, title: '与村主干路距离超过5公里', reason: NO_FIELD('与村主干路距离') });
    } else {
      out.push({ code, title: `土地面积（${LAND_FIELDS}之一）小于0、超过100或200亩，或为空`, reason: NO_FIELD('土地面积') });
    }
  }
  return out;
}

/** Every national number fupin knows, in national order. */
export const NATIONAL_CHECKS: readonly NationalCheck[] = [
  { code: '1_02_006', title: '脱贫户家庭年人均纯收入低于当年监测标准且未纳入监测' },
  { code: '1_02_008', title: '风险已消除（或已脱贫）的户存在住房安全问题' },
  { code: '1_02_009', title: '风险已消除（或已脱贫）的户存在饮水安全问题' },
  { code: '1_11_011', title: '风险已消除的户没有监测联系人或联系电话', reason: NO_FIELD('监测联系人、监测联系人电话') },
  { code: '2_01_016', title: '脱贫人口未参加城乡居民基本医疗保险或大病保险' },
  { code: '2_11_002', title: '识别监测到风险消除不足6个月（2022年4月以后消除的）' },
  { code: '3_01_003', title: '文化程度与在校生状况同时填写', reason: '尚未实现' },
  { code: '3_02_002', title: '是否解决安全饮用水为空', reason: '尚未实现' },
  { code: '4_01_003', title: '证件号码为空或前六位为999999' },
  { code: '4_11_015', title: '户登记享受低保/特困，但户内（含自然减少成员）无人享受低保/特困' },
  { code: '5_12_007', title: '有劳动能力、风险未消除、识别监测满6个月仍未落实开发式帮扶措施' },
  { code: '5_12_008', title: '健康、非在校生、16（含）至60（不含）周岁登记为无劳动力或弱劳动力' },
  { code: '5_12_011', title: '开发式帮扶措施为“是”但只填了其他或技能培训', reason: NO_FIELD('帮扶措施明细') },
  { code: '5_12_013', title: '健康且满7周岁登记为学龄前儿童或学前教育' },
  { code: '5_17_001', title: '健康且满7周岁登记为学龄前儿童或学前教育' },
  { code: '5_12_017', title: '不满18周岁登记为技师学院、高职高专、本科及以上在读' },
  { code: '5_17_005', title: '不满18周岁登记为技师学院、高职高专、本科及以上在读' },
  { code: '5_12_018', title: '不满20周岁登记为硕士研究生及以上' },
  { code: '5_17_006', title: '不满20周岁登记为硕士研究生及以上' },
  { code: '5_17_003', title: '在校生状况为初中（七至九年级）但不满12周岁或超过17周岁' },
  { code: '5_17_004', title: '在校生状况为高中或中职但不满15周岁或超过20周岁' },
  { code: '5_17_007', title: '16至22周岁文化程度为小学及以下', reason: '尚未实现' },
  ...landChecks(),
  { code: '5_15_013', title: '致贫/返贫风险为因务工就业不稳，但户内无人有劳动能力', reason: NO_FIELD('致贫/返贫风险') },
  { code: '5_15_014', title: '致贫/返贫风险为因务工就业不稳，但户内无务工记录', reason: NO_FIELD('致贫/返贫风险') },
  { code: '5_15_015', title: '致贫/返贫风险为因病，但户内无人患大病或长期慢性病', reason: NO_FIELD('致贫/返贫风险') },
  { code: '5_15_016', title: '义务教育阶段适龄儿童未在校' },
  { code: '5_15_017', title: '义务教育阶段适龄儿童未在校' },
  { code: '5_15_018', title: '健康、非在校生、18至60周岁的成员为特困供养人员', reason: '尚未实现' },
  { code: '5_15_019', title: '健康、非在校生、18至60周岁的成员为特困供养人员', reason: '尚未实现' },
  { code: '5_15_020', title: '识别时风险为因病，但合规自付支出为0', reason: NO_FIELD('致贫/返贫风险、合规自付支出') },
  { code: '5_15_021', title: '不同户成员登记了同一联系电话', reason: NO_FIELD('户联系电话、成员联系电话') },
  { code: '5_15_022', title: '同户成员登记了同一联系电话却在不同县务工', reason: NO_FIELD('成员联系电话、务工所在地') },
  { code: '5_15_023', title: '识别监测时工资性收入在0至100元之间', reason: NO_FIELD('工资性收入') },
  { code: '5_16_001', title: '务工月收入超过30000元', reason: NO_FIELD('务工月收入') },
  { code: '5_16_002', title: '务工月收入低于100元', reason: NO_FIELD('务工月收入') },
  { code: '5_16_003', title: '成员享受低保，但帮扶措施中没有低保', reason: NO_FIELD('综合保障措施') },
  { code: '5_16_004', title: '成员享受特困供养，但帮扶措施中没有特困供养', reason: NO_FIELD('综合保障措施') },
  { code: '5_16_005', title: '帮扶措施中有低保，但无成员享受低保', reason: NO_FIELD('综合保障措施') },
  { code: '5_16_006', title: '帮扶措施中有特困供养，但无成员享受特困供养', reason: NO_FIELD('综合保障措施') },
  { code: '5_16_008', title: '有一、二级残疾成员，但帮扶措施中没有残疾人补贴', reason: NO_FIELD('综合保障措施') },
  { code: '5_16_010', title: '不满16周岁登记了务工', reason: '尚未实现' },
  { code: '5_18_006', title: '致贫/返贫风险为因安全饮水，但没有饮水帮扶措施', reason: NO_FIELD('致贫/返贫风险、帮扶措施') },
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
