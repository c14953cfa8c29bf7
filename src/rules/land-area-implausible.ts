// LAND_AREA_IMPLAUSIBLE: land areas and the road distance of a household in the monitoring export that cannot be
// right (national checks 5_14_001…020). For a 脱贫户: an area below 0 or above its limit (001 耕地, 002 林地,
// 003 退耕还林, 004 林果, 005 牧草地, 006 水面) and more than roadDistanceMaxKm from the village road (007); for a
// monitored household the same checks (008…013, 014) and each area left empty (015…020). Limits are parameters
// (landAreaMax, default 100 亩 for 耕地/牧草地/水面, 200 亩 for 林地/退耕还林/林果). An empty column is checked only
// when the export has it filled for someone.
import type { PersonRecord } from '../model/types.js';
import { parseHouseholdType, parseMonitorType, parseNumber } from '../model/vocab.js';
import type { Rule, RuleFinding, RuleMeta } from './types.js';
import { memo } from './memo.js';
import { basisOf, householdField, householdFinding } from './finding.js';
import { LAND_FIELDS, atOf, message, type LandClause } from './message-data.js';
import { landClauseText } from './messages.js';

const meta: RuleMeta = {
  code: 'LAND_AREA_IMPLAUSIBLE',
  title: '土地面积或与村主干路距离登记异常',
  category: '数据质量',
  leadDept: '乡村振兴局',
  subject: 'household',
  requires: ['monitor'],
  params: ['landAreaMax', 'roadDistanceMaxKm'],
  needs: {},
  description: '防止返贫致贫监测名单中脱贫户或监测对象户的耕地、林地、退耕还林、林果、牧草地、水面面积小于0或超过 landAreaMax（默认耕地、牧草地、水面100亩，'
    + '林地、退耕还林、林果200亩），或与村主干路距离超过 roadDistanceMaxKm（默认5公里）；监测对象户的上述面积为空（名单中该栏全部为空时不核查）。',
  question: '该户实际经营的耕地、林地等面积各是多少亩？住处离村主干路多远？请核实后在系统中更正。',
  national: Array.from({ length: 20 }, (_, i) => `5_14_${String(i + 1).padStart(3, '0')}`),
};

const code = (n: number) => `5_14_${String(n).padStart(3, '0')}`;

const rule: Rule = {
  ...meta,
  run(ctx) {
    const monitor = ctx.data.records.get('monitor') ?? [];
    // Which land columns the export fills for someone: one pass, stopping once all are seen.
    const filled = new Set<string>();
    for (const r of monitor) {
      for (const { field } of LAND_FIELDS) if (r.f[field] !== undefined) filled.add(field);
      if (filled.size === LAND_FIELDS.length) break;
    }
    const maxOf = ctx.params.landAreaMax as Record<string, number>;
    const roadMax = ctx.params.roadDistanceMaxKm;
    const findings: RuleFinding[] = [];
    const num = memo(parseNumber);
    const typeOf = memo(parseHouseholdType);
    const monitoredOf = memo(parseMonitorType);
    for (const hh of ctx.index.monitorHouseholds.values()) {
      const exited = typeOf(householdField(hh, 'householdType')?.value) === 'exited';
      const monitored = monitoredOf(householdField(hh, 'monitorType')?.value) === true;
      if (!exited && !monitored) continue;
      const clauses: LandClause[] = [];
      const national: string[] = [];
      const records: PersonRecord[] = [];
      const tag = (base: number) => {
        if (exited) national.push(code(base));
        if (monitored) national.push(code(base + 7));
      };
      LAND_FIELDS.forEach(({ field }, i) => {
        const f = householdField(hh, field);
        if (!f) {
          if (monitored && filled.has(field)) { clauses.push({ type: 'empty', field }); national.push(code(15 + i)); }
          return;
        }
        const v = num(f.value);
        if (v === undefined) { ctx.unknown('monitor', field, f.value, f.record); return; }
        const max = maxOf[field];
        if (v !== null && (v < 0 || v > max)) {
          clauses.push({ type: 'area', field, value: f.value, max });
          tag(1 + i);
          records.push(f.record);
        }
      });
      const road = householdField(hh, 'roadDistance');
      const km = num(road?.value);
      if (road && km === undefined) ctx.unknown('monitor', 'roadDistance', road.value, road.record);
      if (road && typeof km === 'number' && km > roadMax) {
        clauses.push({ type: 'road', value: road.value, max: roadMax });
        tag(7);
        records.push(road.record);
      }
      if (clauses.length === 0) continue;
      const first = records[0] ?? hh.head ?? hh.members[0];
      findings.push(householdFinding(meta, hh, {
        members: [],
        message: message('LAND_AREA_IMPLAUSIBLE', { exited, monitored, clauses, at: atOf(first) }),
        basis: basisOf(['monitor']),
        records: [first],
        facts: clauses.map(landClauseText),
        national: [...new Set(national)].sort(),
      }));
    }
    return findings;
  },
};

export default rule;
