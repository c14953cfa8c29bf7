// MONITOR_FIELD_MISSING: fields of the monitoring export that must be filled (national checks 1_11_011 a household
// whose risk is eliminated without a 监测联系人 or 监测联系人电话; 3_02_002 是否解决安全饮用水 empty). A field is
// checked only when the export has the column filled for someone (an absent column cannot be told from empty cells).
import { parseRiskEliminated } from '../model/vocab.js';
import type { Rule, RuleFinding, RuleMeta } from './types.js';
import { basisOf, householdField, householdFinding } from './finding.js';
import { atOf, message, type MessageData } from './message-data.js';

const meta: RuleMeta = {
  code: 'MONITOR_FIELD_MISSING',
  title: '监测信息必填项为空',
  category: '数据质量',
  leadDept: '乡村振兴局',
  subject: 'household',
  requires: ['monitor'],
  params: [],
  needs: { monitor: ['monitorContact', 'monitorContactPhone', 'waterSafe'] },
  description: '防止返贫致贫监测名单中：风险是否消除为“是”的户，监测联系人或监测联系人电话为空；或户的是否解决安全饮用水为空。'
    + '名单中完全没有某一栏（全部为空）时，该栏不核查。',
  question: '该户的监测联系人是谁、联系电话多少？饮水是否安全？请在系统中补录。',
  national: ['1_11_011', '3_02_002'],
};

const rule: Rule = {
  ...meta,
  run(ctx) {
    const monitor = ctx.data.records.get('monitor') ?? [];
    const has = (field: string) => monitor.some((r) => (r.f[field] ?? '') !== '');
    const contactColumns = has('monitorContact') || has('monitorContactPhone');
    const waterColumn = has('waterSafe');
    if (!contactColumns && !waterColumn) return [];
    const findings: RuleFinding[] = [];
    for (const hh of ctx.index.monitorHouseholds.values()) {
      let contacts: MessageData['MONITOR_FIELD_MISSING']['contacts'] = [];
      let water = false;
      const national: string[] = [];
      if (contactColumns) {
        const riskF = householdField(hh, 'riskEliminated');
        if (parseRiskEliminated(riskF?.value) === true) {
          contacts = (['monitorContact', 'monitorContactPhone'] as const).filter((f) => householdField(hh, f) === null);
          if (contacts.length > 0) national.push('1_11_011');
        }
      }
      if (waterColumn && householdField(hh, 'waterSafe') === null) { water = true; national.push('3_02_002'); }
      if (contacts.length === 0 && !water) continue;
      const first = hh.head ?? hh.members[0];
      findings.push(householdFinding(meta, hh, {
        members: [],
        message: message('MONITOR_FIELD_MISSING', { contacts, water, at: atOf(first) }),
        basis: basisOf(['monitor']),
        records: [first],
        facts: national,
        national,
      }));
    }
    return findings;
  },
};

export default rule;
