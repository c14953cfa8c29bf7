// ID_NAME_CONFLICT: one valid ID number appears with two different names across the rosters.
import type { PersonRecord, SourceKind } from '../model/types.js';
import { SOURCE_KINDS } from '../model/types.js';
import type { Rule, RuleFinding, RuleMeta } from './types.js';
import { basisOf, personFinding } from './finding.js';
import { atOf, message } from './message-data.js';

const meta: RuleMeta = {
  code: 'ID_NAME_CONFLICT',
  title: '同一身份证号姓名不一致',
  category: '数据质量',
  leadDept: '各数据提供部门',
  subject: 'person',
  requires: [],
  params: [],
  needs: {},
  description: '同一个有效身份证号在各名册（含同一名册的不同行）中登记了两个或以上不同的姓名（去除空格、统一间隔号后比较；姓名为空的行不计）。'
    + '可能是身份证号录错成他人的号码，也可能是姓名错别字。',
  question: '该身份证号的持有人是谁？请按户籍信息核对各名册中的姓名和身份证号，更正错误的一方。',
  national: [],
};

const rule: Rule = {
  ...meta,
  run(ctx) {
    // Pass 1 keeps one name per ID (cheap on a million rows); only IDs seen with a second name get pass 2.
    const firstName = new Map<string, string>();
    const conflicted = new Set<string>();
    for (const kind of SOURCE_KINDS) {
      for (const r of ctx.data.records.get(kind) ?? []) {
        const n = r.name; // normalised at import
        if (n === '') continue;
        const seen = firstName.get(r.idNumber);
        if (seen === undefined) firstName.set(r.idNumber, n);
        else if (seen !== n) conflicted.add(r.idNumber);
      }
    }
    // ID -> normalised name -> records, in the order of SOURCE_KINDS (monitor first).
    const names = new Map<string, Map<string, PersonRecord[]>>();
    if (conflicted.size > 0) {
      for (const kind of SOURCE_KINDS) {
        for (const r of ctx.data.records.get(kind) ?? []) {
          if (!conflicted.has(r.idNumber)) continue;
          const n = r.name;
          if (n === '') continue;
          let byName = names.get(r.idNumber);
          if (!byName) { byName = new Map(); names.set(r.idNumber, byName); }
          const list = byName.get(n);
          if (list) list.push(r); else byName.set(n, [r]);
        }
      }
    }
    const findings: RuleFinding[] = [];
    for (const [id, byName] of names) {
      if (byName.size < 2) continue;
      const all = [...byName.values()].flat();
      const primary = all.find((r) => r.kind === 'monitor') ?? all[0];
      const hhKey = ctx.index.monitorHouseholdOf.get(id);
      const hh = hhKey ? ctx.index.monitorHouseholds.get(hhKey) ?? null : null;
      const kinds = [...new Set(all.map((r) => r.kind))] as SourceKind[];
      findings.push(personFinding(meta, primary, hh, {
        message: message('ID_NAME_CONFLICT', {
          idNumber: id, names: [...byName.entries()].map(([name, rs]) => ({ name, at: rs.slice(0, 3).map(atOf), count: rs.length })),
        }),
        basis: basisOf(kinds),
        records: all,
        facts: [...byName.keys()].map((n) => `NAME:${n}`),
      }));
    }
    return findings;
  },
};

export default rule;
