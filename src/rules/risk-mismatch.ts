// RISK_MISMATCH: the 致贫/返贫风险 recorded for a household does not fit the rest of its record (national checks
// 5_15_013, 5_15_014, 5_15_015, 5_15_020, 5_18_006). Every clause names its own number in the finding:
//   因务工就业不稳 but nobody in the household has labour capacity (5_15_013);
//   因务工就业不稳 but no member has any 务工 record: 务工时间 > 0, 务工所在地, 务工企业名称, or the 人社 roster (5_15_014);
//   因病 but nobody's 健康状况 names 大病 or 慢性病 (5_15_015);
//   因病 with 合规自付支出 recorded as 0 (5_15_020; an empty cell is not 0);
//   因安全饮水 without a 饮水安全保障 measure (5_18_006; only when the export has that column filled for someone).
import type { PersonRecord } from '../model/types.js';
import { isLiving } from '../match/build-index.js';
import { hasLaborCapacity, parseAidCell, parseNumber } from '../model/vocab.js';
import type { Rule, RuleFinding, RuleMeta } from './types.js';
import { basisOf, householdField, householdFinding, uniquePersons } from './finding.js';
import { atOf, message, type RiskClause } from './message-data.js';

const meta: RuleMeta = {
  code: 'RISK_MISMATCH',
  title: '致贫返贫风险与家庭情况不符',
  category: '数据质量',
  leadDept: '乡村振兴局',
  subject: 'household',
  requires: ['monitor'],
  params: [],
  needs: { monitor: ['risk1', 'laborSkill', 'health', 'compliantSelfPay', 'waterAid'] },
  description: '防止返贫致贫监测名单中户的致贫/返贫风险（风险1至5）与该户其他登记不符：风险为因务工就业不稳，但全户健在成员均无劳动能力，'
    + '或全户没有务工记录（务工时间、务工所在地、务工企业名称均为空，且不在人社务工就业名单中）；风险为因病，但没有成员健康状况为患有大病或长期慢性病，'
    + '或合规自付支出登记为0；风险为因安全饮水，但饮水安全保障措施为空（名单中有该栏时）。',
  question: '该户当前的主要致贫/返贫风险是什么？登记的风险是否准确？针对该风险落实了哪些帮扶措施？请据实更正系统中的风险类型或相关信息。',
  national: ['5_15_013', '5_15_014', '5_15_015', '5_15_020', '5_18_006'],
};

const RISKS = ['risk1', 'risk2', 'risk3', 'risk4', 'risk5'];

const rule: Rule = {
  ...meta,
  run(ctx) {
    const monitor = ctx.data.records.get('monitor') ?? [];
    const waterAidColumn = monitor.some((r) => (r.f.waterAid ?? '') !== '');
    const findings: RuleFinding[] = [];
    for (const hh of ctx.index.monitorHouseholds.values()) {
      const risks = RISKS.map((k) => householdField(hh, k)).filter((x): x is NonNullable<typeof x> => x !== null);
      if (risks.length === 0) continue;
      const riskOf = (re: RegExp) => risks.find((r) => re.test(r.value.replace(/\s+/g, '')));
      const work = riskOf(/务工就业/);
      const ill = riskOf(/^(因病|疾病)/);
      const water = riskOf(/饮水/);
      if (!work && !ill && !water) continue;

      const members = uniquePersons(hh.members);
      const clauses: RiskClause[] = [];
      const facts: string[] = [];
      const national: string[] = [];
      const records: PersonRecord[] = [];
      if (work) {
        const living = members.filter((m) => isLiving(ctx.index, m.idNumber));
        if (!living.some((m) => hasLaborCapacity(m.f.laborSkill) === true)) {
          clauses.push({ type: 'workNoLabor', risk: work.value });
          facts.push('WORK_RISK:no-labor'); national.push('5_15_013'); records.push(work.record);
        }
        const worked = members.some((m) => (parseNumber(m.f.workMonths) ?? 0) > 0 || (m.f.workPlace ?? '') !== ''
          || (m.f.employer ?? '') !== '' || ctx.index.recordsOf('employment', m.idNumber).length > 0);
        if (!worked) {
          clauses.push({ type: 'workNoRecord', risk: work.value });
          facts.push('WORK_RISK:no-work'); national.push('5_15_014'); records.push(work.record);
        }
      }
      if (ill) {
        if (!members.some((m) => /大病|慢性病/.test(m.f.health ?? ''))) {
          clauses.push({ type: 'illHealthy', risk: ill.value });
          facts.push('ILL_RISK:healthy'); national.push('5_15_015'); records.push(ill.record);
        }
        const payF = householdField(hh, 'compliantSelfPay');
        if (payF && parseNumber(payF.value) === 0) {
          clauses.push({ type: 'illPayZero', risk: ill.value, pay: payF.value });
          facts.push('ILL_RISK:pay0'); national.push('5_15_020'); records.push(ill.record, payF.record);
        }
      }
      if (water && waterAidColumn) {
        const aidF = householdField(hh, 'waterAid');
        if (!aidF || parseAidCell(aidF.value) !== true) {
          clauses.push({ type: 'waterNoAid', risk: water.value, aid: aidF ? aidF.value : null });
          facts.push('WATER_RISK:no-aid'); national.push('5_18_006'); records.push(water.record);
        }
      }
      if (clauses.length === 0) continue;
      findings.push(householdFinding(meta, hh, {
        members: [],
        message: message('RISK_MISMATCH', { clauses, at: atOf(records[0]) }),
        basis: basisOf(['monitor']),
        records,
        facts,
        national,
      }));
    }
    return findings;
  },
};

export default rule;
