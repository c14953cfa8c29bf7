// MEASURE_MISMATCH: the household's 综合保障 measures in the monitoring export against its members' 低保 / 特困 status
// and severe disability (national checks 5_16_003 / 5_16_004 a member receives 低保 / 特困 but 综合保障 does not list
// it; 5_16_005 / 5_16_006 综合保障 lists 低保 / 特困 but no member receives it; 5_16_008 a member disabled at level 1–2
// (残联 roster) but no 残疾人补贴 in 综合保障). Checked only when the export has the 综合保障 column filled for someone.
import type { PersonRecord } from '../model/types.js';
import { parseDisabilityLevel, parseEnjoysPolicy } from '../model/vocab.js';
import type { Rule, RuleFinding, RuleMeta } from './types.js';
import { memo } from './memo.js';
import { basisOf, householdField, householdFinding, uniquePersons } from './finding.js';
import { atOf, message, whoOf, type MeasureClause } from './message-data.js';

const meta: RuleMeta = {
  code: 'MEASURE_MISMATCH',
  title: '综合保障措施与低保、特困、残疾情况不符',
  category: '帮扶落实',
  leadDept: '乡村振兴局 / 民政局',
  subject: 'household',
  requires: ['monitor'],
  params: [],
  needs: { monitor: ['comprehensiveAid'] },
  description: '防止返贫致贫监测名单中户的“综合保障”帮扶措施与成员情况不符：有成员享受低保（或特困供养），综合保障中却没有低保（或特困供养）；'
    + '综合保障中有低保（或特困供养），却没有成员享受；有成员在残联名单中为一、二级残疾，综合保障中却没有残疾人补贴（两项补贴）。名单中没有综合保障一栏时不核查。',
  question: '该户实际享受了哪些综合保障政策（低保、特困供养、残疾人两项补贴等）？系统中的帮扶措施和成员享受政策情况哪一方登记有误？',
  national: ['5_16_003', '5_16_004', '5_16_005', '5_16_006', '5_16_008'],
};

const DISABILITY_AID = /残疾|残补|两项补贴|护理补贴/;

const rule: Rule = {
  ...meta,
  run(ctx) {
    const monitor = ctx.data.records.get('monitor') ?? [];
    if (!monitor.some((r) => (r.f.comprehensiveAid ?? '') !== '')) return [];
    const findings: RuleFinding[] = [];
    // People disabled at level 1–2 in the 残联 roster, found once (a few thousand among 150,000 members).
    const severeIds = new Set<string>();
    for (const r of ctx.data.records.get('disability') ?? []) {
      const l = parseDisabilityLevel(r.f.disabilityLevel);
      if (typeof l === 'number' && l <= 2) severeIds.add(r.idNumber);
    }
    const enjoys = { dibao: memo((s) => parseEnjoysPolicy(s, 'dibao')), tekun: memo((s) => parseEnjoysPolicy(s, 'tekun')) };
    for (const hh of ctx.index.monitorHouseholds.values()) {
      const aidF = householdField(hh, 'comprehensiveAid');
      const aid = aidF?.value.replace(/\s+/g, '') ?? '';
      const members = uniquePersons(hh.members);
      const clauses: MeasureClause[] = [];
      const facts: string[] = [];
      const national: string[] = [];
      const records: PersonRecord[] = aidF ? [aidF.record] : [];
      const who2: PersonRecord[] = [];
      for (const [policy, field, word, has, missing] of [
        ['dibao', 'enjoysDibao', '低保', '5_16_003', '5_16_005'],
        ['tekun', 'enjoysTekun', '特困', '5_16_004', '5_16_006'],
      ] as const) {
        const on = members.filter((m) => enjoys[policy](m.f[field]) === true);
        const listed = aid.includes(word);
        if (on.length > 0 && !listed) {
          clauses.push({ type: 'unlisted', policy, on: on.map((m) => ({ person: whoOf(m), at: atOf(m) })) });
          facts.push(`${policy}:unlisted`); national.push(has); records.push(...on); who2.push(...on);
        } else if (on.length === 0 && listed) {
          clauses.push({ type: 'nobody', policy });
          facts.push(`${policy}:nobody`); national.push(missing);
        }
      }
      if (severeIds.size > 0 && !DISABILITY_AID.test(aid)) {
        const severe = members.filter((m) => severeIds.has(m.idNumber)).flatMap((m) => ctx.index.recordsOf('disability', m.idNumber)
          .filter((r) => { const l = parseDisabilityLevel(r.f.disabilityLevel); return typeof l === 'number' && l <= 2; })
          .slice(0, 1).map((r) => ({ m, r })));
        if (severe.length > 0) {
          clauses.push({ type: 'disability', severe: severe.map(({ m, r }) => ({ person: whoOf(m), level: r.f.disabilityLevel ?? '', at: atOf(r) })) });
          facts.push('disability:unlisted'); national.push('5_16_008');
          records.push(...severe.flatMap(({ m, r }) => [m, r])); who2.push(...severe.map(({ m }) => m));
        }
      }
      if (clauses.length === 0) continue;
      findings.push(householdFinding(meta, hh, {
        members: who2,
        message: message('MEASURE_MISMATCH', { aid: aidF ? aidF.value : null, aidAt: aidF ? atOf(aidF.record) : null, clauses }),
        basis: basisOf(national.includes('5_16_008') ? ['monitor', 'disability'] : ['monitor']),
        records: records.length > 0 ? records : [members[0]],
        facts,
        national,
      }));
    }
    return findings;
  },
};

export default rule;
