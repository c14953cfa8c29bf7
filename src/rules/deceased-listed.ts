// DECEASED_LISTED: a person in the deceased roster who is still a member in monitor, dibao or tekun.
import type { PersonRecord, SourceKind } from '../model/types.js';
import type { Rule, RuleFinding, RuleMeta } from './types.js';
import { basisOf, personFinding } from './finding.js';
import { atOf, message, whoOf } from './message-data.js';

const meta: RuleMeta = {
  code: 'DECEASED_LISTED',
  title: '死亡人员未清退',
  category: '死亡未清退',
  leadDept: '民政局 / 公安局',
  subject: 'person',
  requires: ['deceased'],
  requiresAny: ['monitor', 'dibao', 'tekun'],
  params: [],
  needs: {},
  description: '死亡人员/户籍注销名单中的人，仍是防止返贫致贫监测名单、农村低保或特困供养名单中的成员（按身份证号比对）。',
  question: '该人员是否确已死亡？死亡日期是哪天？是否已在防止返贫致贫监测系统中做自然减少、停发低保或特困供养金，有无多发资金需要追回？',
  national: [],
};

const LISTS: SourceKind[] = ['monitor', 'dibao', 'tekun'];

const rule: Rule = {
  ...meta,
  run(ctx) {
    const findings: RuleFinding[] = [];
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
      findings.push(personFinding(meta, primary, hh, {
        message: message('DECEASED_LISTED', {
          person: whoOf(primary), deathDate, deaths: deaths.map(atOf),
          listed: listed.map((l) => ({ kind: l.kind, at: l.records.map(atOf) })),
        }),
        basis: basisOf(['deceased', ...listed.map((l) => l.kind)]),
        records: [...listed.flatMap((l) => l.records), ...deaths],
        facts: [`DEATH:${deathDate}`, ...listed.map((l) => `LISTED:${l.kind}`)],
      }));
    }
    return findings;
  },
};

export default rule;
