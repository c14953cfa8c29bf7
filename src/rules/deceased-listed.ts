// DECEASED_LISTED: a person in the deceased roster who is still a member in monitor, dibao or tekun.
import type { Finding, PersonRecord, SourceKind } from '../model/types.js';
import type { Rule, RuleMeta } from './types.js';
import { basisOf, fileRef, personFinding, ref, who } from './finding.js';
import { KIND_LABELS } from './kind-labels.js';

const meta: RuleMeta = {
  code: 'DECEASED_LISTED',
  title: '死亡人员未清退',
  category: '死亡未清退',
  leadDept: '民政局 / 公安局',
  subject: 'person',
  requires: ['deceased'],
  requiresAny: ['monitor', 'dibao', 'tekun'],
  params: [],
  description: '死亡人员/户籍注销名单中的人，仍是防止返贫致贫监测名单、农村低保或特困供养名单中的成员（按身份证号比对）。',
  question: '该人员是否确已死亡？死亡日期是哪天？是否已在防止返贫致贫监测系统中做自然减少、停发低保或特困供养金，有无多发资金需要追回？',
  national: [],
};

const LISTS: SourceKind[] = ['monitor', 'dibao', 'tekun'];

const rule: Rule = {
  ...meta,
  run(ctx) {
    const findings: Finding[] = [];
    const seen = new Set<string>();
    for (const d of ctx.data.records.get('deceased') ?? []) {
      if (seen.has(d.idNumber)) continue;
      seen.add(d.idNumber);
      const listed = LISTS
        .map((k) => ({ kind: k, records: ctx.index.recordsOf(k, d.idNumber) }))
        .filter((l) => l.records.length > 0);
      if (listed.length === 0) continue;
      const primary: PersonRecord = listed[0].records[0];
      const hhKey = ctx.index.monitorHouseholdOf.get(d.idNumber);
      const hh = hhKey ? ctx.index.monitorHouseholds.get(hhKey) ?? null : null;
      const deaths = ctx.index.recordsOf('deceased', d.idNumber);
      const deathDate = deaths.map((r) => r.f.deathDate?.trim()).find((x) => x) ?? '';
      const died = deathDate ? `已于${deathDate}死亡` : '已登记死亡或户籍注销';
      const where = listed.map((l) => `${KIND_LABELS[l.kind].title}(${l.records.map(fileRef).join('；')})`).join('、');
      findings.push(personFinding(meta, primary, hh, {
        description: `${who(primary)}${died}(${deaths.map(ref).join('；')})，仍在${where}中`,
        basis: basisOf(['deceased', ...listed.map((l) => l.kind)]),
        records: [...listed.flatMap((l) => l.records), ...deaths],
        facts: [`DEATH:${deathDate}`, ...listed.map((l) => `LISTED:${l.kind}`)],
      }));
    }
    return findings;
  },
};

export default rule;
