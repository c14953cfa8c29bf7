// MISSED: a 低保/特困/低收入人口 household, a level 1–2 disabled person or a high self-pay patient with no member in monitor.
import type { PersonRecord, SourceKind } from '../model/types.js';
import { groupDeptHouseholds } from '../match/dept-households.js';
import { isLiving } from '../match/build-index.js';
import { evidenceHash, fingerprint } from '../match/hash.js';
import { parseDisabilityLevel, parseNumber } from '../model/vocab.js';
import type { Rule, RuleFinding, RuleMeta } from './types.js';
import { basisOf, described, evidenceOf, uniquePersons } from './finding.js';
import { KIND_LABELS } from './kind-labels.js';
import { atOf, message, whoOf, type MissedTrigger } from './message-data.js';

const meta: RuleMeta = {
  code: 'MISSED',
  title: '疑似漏评（应纳未纳）',
  category: '漏评',
  leadDept: '乡村振兴局',
  subject: 'household',
  requires: ['monitor'],
  requiresAny: ['dibao', 'tekun', 'lowincome', 'disability', 'illness'],
  params: ['illnessSelfPayThreshold'],
  needs: { disability: ['disabilityLevel'], illness: ['selfPay'] },
  description: '农村低保户、特困供养人员、农村低收入人口（低保边缘家庭、刚性支出困难家庭），一、二级残疾人，'
    + '或本年个人自付医疗费用（同一人多行合计）达到 illnessSelfPayThreshold 的大病患者，'
    + '其家庭所有成员都不在防止返贫致贫监测名单中。家庭按户主身份证号归户（同一名册户编号相同的也归为一户）；'
    + '没有户信息的人单独成户，但属于低保、特困或低收入人口家庭成员的并入该户。已在死亡名单中的人不作为触发条件。',
  question: '该户目前收入和刚性支出情况如何？是否存在返贫致贫风险？是否应按程序识别为防止返贫致贫对象、落实常态化帮扶？',
  national: [],
};

interface Trigger { person: PersonRecord; records: PersonRecord[]; trigger: MissedTrigger; fact: string; kind: SourceKind }

const rule: Rule = {
  ...meta,
  run(ctx) {
    const kinds = (meta.requiresAny ?? []).filter((k) => ctx.data.present.has(k));
    const all = kinds.flatMap((k) => ctx.data.records.get(k) ?? []);
    const threshold = ctx.params.illnessSelfPayThreshold;

    // Self-pay summed per person (several settlements of one patient), unreadable amounts reported.
    const selfPay = new Map<string, { sum: number; records: PersonRecord[] }>();
    for (const r of ctx.data.records.get('illness') ?? []) {
      const v = parseNumber(r.f.selfPay);
      if (v === undefined) { ctx.unknown('illness', 'selfPay', r.f.selfPay ?? '', r); continue; }
      if (v === null) continue;
      const e = selfPay.get(r.idNumber) ?? { sum: 0, records: [] };
      e.sum += v; e.records.push(r);
      selfPay.set(r.idNumber, e);
    }

    const findings: RuleFinding[] = [];
    for (const hh of groupDeptHouseholds(all)) {
      const triggers: Trigger[] = [];
      const done = new Set<string>(); // one trigger per person and roster
      for (const r of hh.records) {
        if (!isLiving(ctx.index, r.idNumber) || done.has(`${r.kind}:${r.idNumber}`)) continue;
        if (r.kind === 'dibao' || r.kind === 'tekun') {
          done.add(`${r.kind}:${r.idNumber}`);
          triggers.push({ person: r, records: [r], kind: r.kind, trigger: { kind: r.kind, person: whoOf(r), at: atOf(r) }, fact: `${r.kind}:${r.idNumber}` });
        } else if (r.kind === 'lowincome') {
          done.add(`${r.kind}:${r.idNumber}`);
          const category = r.f.lowIncomeType?.trim() || null;
          triggers.push({ person: r, records: [r], kind: r.kind, trigger: { kind: 'lowincome', person: whoOf(r), category, at: atOf(r) }, fact: `lowincome:${r.idNumber}` });
        } else if (r.kind === 'disability') {
          const level = parseDisabilityLevel(r.f.disabilityLevel);
          if (level === undefined) { ctx.unknown('disability', 'disabilityLevel', r.f.disabilityLevel ?? '', r); continue; }
          if (level === null || level > 2) continue;
          done.add(`${r.kind}:${r.idNumber}`);
          const disabilityType = r.f.disabilityType?.trim() ?? null;
          triggers.push({ person: r, records: [r], kind: 'disability', trigger: { kind: 'disability', person: whoOf(r), disabilityType, level, at: atOf(r) }, fact: `disability:${r.idNumber}:${level}` });
        } else if (r.kind === 'illness') {
          done.add(`${r.kind}:${r.idNumber}`);
          const e = selfPay.get(r.idNumber);
          if (!e || e.sum < threshold) continue;
          triggers.push({
            person: r, records: e.records, kind: 'illness',
            trigger: { kind: 'illness', person: whoOf(r), selfPay: e.sum, threshold, at: e.records.map(atOf) },
            fact: `illness:${r.idNumber}:${e.sum}`,
          });
        }
      }
      if (triggers.length === 0) continue;
      if (hh.memberIds.some((id) => ctx.index.recordsOf('monitor', id).length > 0)) continue;

      const headRecord = hh.records.find((r) => r.idNumber === hh.headIdNumber && r.name) ?? null;
      const placed = headRecord?.township ? headRecord : triggers.find((t) => t.person.township)?.person ?? triggers[0].person;
      const persons = uniquePersons(triggers.map((t) => t.person));
      const single = hh.memberIds.length === 1;
      const said = triggers.map((t) => t.trigger);
      const msg = single
        ? message('MISSED.single', { triggers: said })
        : message('MISSED.household', { head: { name: headRecord?.name ?? null, idNumber: hh.headIdNumber }, members: hh.memberIds.length, triggers: said });
      findings.push({
        rule: meta.code,
        category: meta.category,
        subject: meta.subject,
        householdId: null,
        headIdNumber: hh.headIdNumber,
        headName: headRecord?.name || null,
        idNumber: persons[0].idNumber,
        name: persons[0].name || null,
        township: placed.township,
        village: placed.village,
        members: persons.map((p) => p.idNumber),
        memberNames: persons.map((p) => p.name),
        ...described(msg),
        basis: `${basisOf(triggers.map((t) => t.kind))} × ${KIND_LABELS.monitor.basis}`,
        leadDept: meta.leadDept,
        evidence: evidenceOf(triggers.flatMap((t) => t.records)),
        fingerprint: fingerprint(meta.code, hh.key),
        evidenceHash: evidenceHash(triggers.map((t) => t.fact)),
      });
    }
    return findings;
  },
};

export default rule;
