// HOUSING_UNSAFE: a monitor household with a member whose house is graded C or D and not yet renovated.
import type { Rule, RuleFinding, RuleMeta } from './types.js';
import { message } from './message-data.js';
import { housingUnsafeHits, isOutOfMonitoring } from './conditions.js';
import { basisOf, householdFinding } from './finding.js';

const meta: RuleMeta = {
  code: 'HOUSING_UNSAFE',
  title: '住房安全无保障（C/D级危房未改造）',
  category: '住房安全保障',
  leadDept: '住建局',
  subject: 'household',
  requires: ['monitor', 'housing'],
  params: [],
  needs: { housing: ['grade'] },
  description: '防止返贫致贫监测名单中某户有成员在农村房屋安全鉴定名单中鉴定为C级或D级，且改造状态不是已竣工、已完成、已验收。',
  question: '该户现住房是否仍为C/D级危房？是否已纳入危房改造、改造进度如何？改造完成前是否有安全住房过渡？',
  national: ['1_02_008'],
};

const rule: Rule = {
  ...meta,
  run(ctx) {
    const findings: RuleFinding[] = [];
    for (const hh of ctx.index.monitorHouseholds.values()) {
      const hits = housingUnsafeHits(ctx, hh);
      if (hits.length === 0) continue;
      findings.push(householdFinding(meta, hh, {
        national: isOutOfMonitoring(hh) ? ['1_02_008'] : [],
        members: hits.map((h) => h.member),
        message: message('HOUSING_UNSAFE', { hits: hits.map((h) => h.condition) }),
        basis: basisOf(['monitor', 'housing']),
        records: hits.flatMap((h) => [h.member, ...h.records]),
        facts: hits.flatMap((h) => h.facts),
      }));
    }
    return findings;
  },
};

export default rule;
