// WATER_UNSAFE (饮水安全): a household of the monitoring export whose 是否解决安全饮用水 is 否 (or 未解决). Every
// household is covered (the export holds 脱贫户 and monitored households) except a 一般户 that has never been
// monitored (户类型 一般户, 监测对象类别 empty or 否, 风险是否消除 empty). An unknown 户类型 is reported, not judged.
import { parseHouseholdType, parseMonitorType, parseWaterSafe } from '../model/vocab.js';
import { isOutOfMonitoring } from './conditions.js';
import type { Rule, RuleFinding, RuleMeta } from './types.js';
import { basisOf, householdField, householdFinding } from './finding.js';
import { atOf, message } from './message-data.js';

const meta: RuleMeta = {
  code: 'WATER_UNSAFE',
  title: '饮水安全未保障',
  category: '饮水安全',
  leadDept: '乡村振兴局',
  subject: 'household',
  requires: ['monitor'],
  params: [],
  needs: { monitor: ['waterSafe'] },
  description: '防止返贫致贫监测名单中的脱贫户或监测户（含风险已消除的监测户），是否解决安全饮用水为“否”（或“未解决”）。从未纳入监测的一般户不核查。',
  question: '该户目前饮用水从哪里来？水质、水量、取水方便程度和供水保证率是否达标？未达标的原因是什么、何时解决？系统登记是否有误？',
  national: ['1_02_009'],
};

const rule: Rule = {
  ...meta,
  run(ctx) {
    const findings: RuleFinding[] = [];
    for (const hh of ctx.index.monitorHouseholds.values()) {
      const waterF = householdField(hh, 'waterSafe');
      if (!waterF) continue;
      const safe = parseWaterSafe(waterF.value);
      if (safe === undefined) { ctx.unknown('monitor', 'waterSafe', waterF.value, waterF.record); continue; }
      if (safe !== false) continue;

      const typeF = householdField(hh, 'householdType');
      const type = parseHouseholdType(typeF?.value);
      if (typeF && type === undefined) { ctx.unknown('monitor', 'householdType', typeF.value, typeF.record); continue; }
      const monF = householdField(hh, 'monitorType');
      const monitored = parseMonitorType(monF?.value);
      if (monF && monitored === undefined) { ctx.unknown('monitor', 'monitorType', monF.value, monF.record); continue; }
      const riskF = householdField(hh, 'riskEliminated');
      // A 一般户 with a 风险是否消除 value has been monitored (the value stays after elimination).
      if (type === 'ordinary' && monitored !== true && !riskF) continue;

      findings.push(householdFinding(meta, hh, {
        national: isOutOfMonitoring(hh) ? ['1_02_009'] : [],
        members: [],
        message: message('WATER_UNSAFE', {
          household: monitored === true || type === 'monitored' ? 'monitored' : type === 'exited' ? 'exited' : 'other',
          value: waterF.value, at: atOf(waterF.record),
        }),
        basis: basisOf(['monitor']),
        records: [waterF.record],
        facts: [`WATER:${waterF.value}`],
      }));
    }
    return findings;
  },
};

export default rule;
