// INCOME_BELOW_LINE (疑似应纳未纳): a household of the monitoring export that is not under monitoring and whose
// 家庭年人均纯收入 is below incomeThreshold. To avoid firing twice with WRONG_EXIT (which already covers every
// 脱贫户 not under monitoring and every household whose risk is marked eliminated), this rule only covers 一般户 /
// 一般农户 (户类型 ordinary) with 监测对象类别 empty or 否 and 风险是否消除 empty. Unknown values are reported, not guessed.
import { parseHouseholdType, parseMonitorType, parseNumber, parseRiskEliminated } from '../model/vocab.js';
import { householdYear, incomeLineFor } from './income-line.js';
import type { Rule, RuleFinding, RuleMeta } from './types.js';
import { basisOf, householdField, householdFinding } from './finding.js';
import { atOf, message } from './message-data.js';

const meta: RuleMeta = {
  code: 'INCOME_BELOW_LINE',
  title: '疑似应纳未纳（收入低于监测标准的一般户）',
  category: '漏评',
  leadDept: '乡村振兴局',
  subject: 'household',
  requires: ['monitor'],
  params: ['incomeThreshold'],
  needs: { monitor: ['householdType', 'perCapitaIncome'] },
  description: '防止返贫致贫监测名单中户类型为一般户（一般农户）、未纳入监测（监测对象类别为空或否、风险是否消除为空）的户，'
    + '家庭年人均纯收入低于监测标准 incomeThreshold（可按年度设置，取该户“年度”列的年份，没有时取比对月份所在年份）。脱贫户及风险已消除户的同类情形由 WRONG_EXIT 提示，本规则不重复。收入低于标准只是疑点，需入户综合研判。',
  question: '该户目前家庭收入和刚性支出情况如何？是否存在因病、因灾、因意外等返贫致贫风险？是否应按程序纳入监测？',
  national: [],
};

const rule: Rule = {
  ...meta,
  run(ctx) {
    const findings: RuleFinding[] = [];
    for (const hh of ctx.index.monitorHouseholds.values()) {
      const typeF = householdField(hh, 'householdType');
      const type = parseHouseholdType(typeF?.value);
      if (typeF && type === undefined) { ctx.unknown('monitor', 'householdType', typeF.value, typeF.record); continue; }
      if (type !== 'ordinary' || !typeF) continue;
      const monF = householdField(hh, 'monitorType');
      const monitored = parseMonitorType(monF?.value);
      if (monF && monitored === undefined) { ctx.unknown('monitor', 'monitorType', monF.value, monF.record); continue; }
      if (monitored === true) continue;
      const riskF = householdField(hh, 'riskEliminated');
      const eliminated = parseRiskEliminated(riskF?.value);
      if (riskF && eliminated === undefined) { ctx.unknown('monitor', 'riskEliminated', riskF.value, riskF.record); continue; }
      if (eliminated !== null) continue;

      const incomeF = householdField(hh, 'perCapitaIncome');
      if (!incomeF) continue;
      const income = parseNumber(incomeF.value);
      if (income === undefined) { ctx.unknown('monitor', 'perCapitaIncome', incomeF.value, incomeF.record); continue; }
      const line = incomeLineFor(ctx.params.incomeThreshold, householdYear(hh, ctx.data.period).year);
      if (income === null || income >= line.yuan) continue;

      findings.push(householdFinding(meta, hh, {
        members: [],
        message: message('INCOME_BELOW_LINE', { householdType: typeF.value, income, line, at: atOf(incomeF.record) }),
        basis: basisOf(['monitor']),
        records: [typeF.record, incomeF.record],
        facts: [`INCOME:${income}`],
      }));
    }
    return findings;
  },
};

export default rule;
