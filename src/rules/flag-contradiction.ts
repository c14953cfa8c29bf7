// FLAG_CONTRADICTION: the monitoring export's own flags contradict a department roster. Subject: the household
// (是否危房户 is a household flag; the other flags are per member and name the members). Each check runs only when
// its roster is present this period; deceased members are left to DECEASED_LISTED.
//   是否危房户 否              × housing: a member's house graded C/D and not renovated (as HOUSING_UNSAFE)
//   在校生状况 小学/七~九年级/初中 × student: no record, or only 辍学/失学/退学 records
//   是否参加城乡居民基本医疗保险 是 × medical: no record, or the latest year's status is not insured (as MED_UNINSURED)
//                            否 × medical: a record of the latest year whose status is insured (or empty)
//   是否享受低保 是 × dibao: neither the member nor anyone of the household is in dibao (rosters may list only the applicant)
//                否 × dibao: the member is in dibao
//   是否特困供养人员 是/否 × tekun: the member is not / is in tekun
import type { PersonRecord, SourceKind } from '../model/types.js';
import type { MonitorHousehold } from '../match/index-types.js';
import { isLiving } from '../match/build-index.js';
import { isDropoutStatus, isInsuredStatus, parseSchoolStage, parseEnjoysPolicy, parseYesNo } from '../model/vocab.js';
import type { Rule, RuleContext, RuleFinding, RuleMeta } from './types.js';
import { housingUnsafeHits, medUninsuredHit } from './conditions.js';
import { basisOf, householdField, householdFinding, uniquePersons } from './finding.js';
import { atOf, message, whoOf, type FlagHit } from './message-data.js';

const CHECKED: SourceKind[] = ['housing', 'student', 'medical', 'dibao', 'tekun'];

const meta: RuleMeta = {
  code: 'FLAG_CONTRADICTION',
  title: '监测系统标识与部门数据矛盾',
  category: '数据质量',
  leadDept: '乡村振兴局',
  subject: 'household',
  requires: ['monitor'],
  requiresAny: CHECKED,
  params: [],
  needs: { monitor: ['unsafeHouse', 'studentStatus', 'medicalInsured', 'enjoysDibao', 'enjoysTekun'] },
  description: '防止返贫致贫监测名单自身的标识与部门名册矛盾：是否危房户为“否”，但住建鉴定其成员住房为C/D级危房且未改造完成；'
    + '在校生状况为小学、七至九年级（初中），但教育学籍名单中没有其学籍或只有辍学、失学、退学记录；'
    + '是否参加城乡居民基本医疗保险为“是”但医保名单中没有其参保记录或最新年度状态为未参保，或为“否”但医保名单中有其参保记录；'
    + '是否享受低保为“是”但本人及同户成员均不在民政低保名单中，或为“否”但本人在低保名单中；是否特困供养人员为“是”但本人不在特困供养名单中，或为“否”但本人在名单中。'
    + '每项只在本期提供了对应名册时核查，未核查的项在问题描述中注明。',
  question: '监测系统中的危房、在校、医保、低保、特困标识与部门名册哪一方是准确的？请入户核实后更正系统标识，或请相关部门更正名册。',
  national: ['4_11_015'],
};

interface Hit { member: PersonRecord; records: PersonRecord[]; hit: FlagHit; facts: string[]; kind: SourceKind }

const COMPULSORY = new Set(['primary', 'grade7', 'grade8', 'grade9', 'junior']);

function yearOf(r: PersonRecord): number | null {
  const m = /(\d{4})/.exec(r.f.year ?? '');
  return m ? Number(m[1]) : null;
}

/** Medical records of the latest year carried (all of them when none carries a year). */
function latestMedical(ctx: RuleContext, id: string): PersonRecord[] {
  const records = ctx.index.recordsOf('medical', id);
  const years = records.map(yearOf).filter((y): y is number => y !== null);
  if (years.length === 0) return records;
  const latest = Math.max(...years);
  return records.filter((r) => { const y = yearOf(r); return y === null || y === latest; });
}

/** A yes/no flag of the export; unknown values are reported and give null (not checked). */
function flag(ctx: RuleContext, m: PersonRecord, field: string): boolean | null {
  const raw = m.f[field];
  const v = field === 'enjoysDibao' ? parseEnjoysPolicy(raw, 'dibao') : field === 'enjoysTekun' ? parseEnjoysPolicy(raw, 'tekun') : parseYesNo(raw);
  if (v === undefined) { ctx.unknown('monitor', field, m.f[field] ?? '', m); return null; }
  return v;
}

function housingHits(ctx: RuleContext, hh: MonitorHousehold): Hit[] {
  const f = householdField(hh, 'unsafeHouse');
  if (!f) return [];
  const v = parseYesNo(f.value);
  if (v === undefined) { ctx.unknown('monitor', 'unsafeHouse', f.value, f.record); return []; }
  if (v !== false) return [];
  return housingUnsafeHits(ctx, hh).map((h) => ({
    member: h.member, records: [f.record, h.member, ...h.records], kind: 'housing' as const,
    hit: { type: 'housing', flag: f.value, flagAt: atOf(f.record), condition: h.condition },
    facts: h.facts.map((x) => `UNSAFE_FLAG_NO:${x}`),
  }));
}

function memberHits(ctx: RuleContext, hh: MonitorHousehold, m: PersonRecord): Hit[] {
  const hits: Hit[] = [];
  const present = ctx.data.present;
  const at = atOf(m);

  if (present.has('student')) {
    const stage = parseSchoolStage(m.f.studentStatus);
    if (stage === undefined) ctx.unknown('monitor', 'studentStatus', m.f.studentStatus ?? '', m);
    else if (stage !== null && COMPULSORY.has(stage)) {
      const records = ctx.index.recordsOf('student', m.idNumber);
      if (records.length === 0) {
        hits.push({ member: m, records: [m], kind: 'student', hit: { type: 'studentNone', member: whoOf(m), status: m.f.studentStatus ?? '', at }, facts: [`STUDENT:${m.idNumber}:none`] });
      } else if (records.every((r) => isDropoutStatus(r.f.enrolStatus) === true)) {
        hits.push({
          member: m, records: [m, ...records], kind: 'student',
          hit: {
            type: 'studentDropout', member: whoOf(m), status: m.f.studentStatus ?? '', at,
            records: records.map((r) => ({ status: r.f.enrolStatus ?? '', at: atOf(r) })),
          },
          facts: records.map((r) => `STUDENT:${m.idNumber}:${r.f.enrolStatus}`),
        });
      }
    }
  }

  if (present.has('medical')) {
    const v = flag(ctx, m, 'medicalInsured');
    if (v === true) {
      const h = medUninsuredHit(ctx, m);
      if (h) hits.push({ member: m, records: [m, ...h.records], kind: 'medical', hit: { type: 'medicalYes', flag: m.f.medicalInsured ?? '', at, condition: h.condition }, facts: h.facts.map((x) => `MED_FLAG_YES:${x}`) });
    } else if (v === false) {
      const insured = latestMedical(ctx, m.idNumber).filter((r) => { const s = isInsuredStatus(r.f.insuredStatus); return s === true || s === null; });
      if (insured.length > 0) {
        hits.push({
          member: m, records: [m, ...insured], kind: 'medical',
          hit: { type: 'medicalNo', member: whoOf(m), flag: m.f.medicalInsured ?? '', at, insured: insured.map(atOf) },
          facts: [`MED_FLAG_NO:${m.idNumber}`],
        });
      }
    }
  }

  if (present.has('dibao')) {
    const v = flag(ctx, m, 'enjoysDibao');
    const own = ctx.index.recordsOf('dibao', m.idNumber);
    if (v === true && own.length === 0 && !hh.members.some((x) => ctx.index.recordsOf('dibao', x.idNumber).length > 0)) {
      hits.push({ member: m, records: [m], kind: 'dibao', hit: { type: 'dibaoYes', member: whoOf(m), flag: m.f.enjoysDibao ?? '', at }, facts: [`DIBAO_FLAG_YES:${m.idNumber}`] });
    } else if (v === false && own.length > 0) {
      hits.push({ member: m, records: [m, ...own], kind: 'dibao', hit: { type: 'dibaoNo', member: whoOf(m), flag: m.f.enjoysDibao ?? '', at, records: own.map(atOf) }, facts: [`DIBAO_FLAG_NO:${m.idNumber}`] });
    }
  }

  if (present.has('tekun')) {
    const v = flag(ctx, m, 'enjoysTekun');
    const own = ctx.index.recordsOf('tekun', m.idNumber);
    if (v === true && own.length === 0) {
      hits.push({ member: m, records: [m], kind: 'tekun', hit: { type: 'tekunYes', member: whoOf(m), flag: m.f.enjoysTekun ?? '', at }, facts: [`TEKUN_FLAG_YES:${m.idNumber}`] });
    } else if (v === false && own.length > 0) {
      hits.push({ member: m, records: [m, ...own], kind: 'tekun', hit: { type: 'tekunNo', member: whoOf(m), flag: m.f.enjoysTekun ?? '', at, records: own.map(atOf) }, facts: [`TEKUN_FLAG_NO:${m.idNumber}`] });
    }
  }
  return hits;
}

const rule: Rule = {
  ...meta,
  run(ctx) {
    const unchecked = CHECKED.filter((k) => !ctx.data.present.has(k));
    const findings: RuleFinding[] = [];
    for (const hh of ctx.index.monitorHouseholds.values()) {
      const hits: Hit[] = ctx.data.present.has('housing') ? housingHits(ctx, hh) : [];
      for (const m of uniquePersons(hh.members)) {
        if (isLiving(ctx.index, m.idNumber)) hits.push(...memberHits(ctx, hh, m));
      }
      if (hits.length === 0) continue;
      findings.push(householdFinding(meta, hh, {
        members: hits.map((h) => h.member),
        message: message('FLAG_CONTRADICTION', { hits: hits.map((h) => h.hit), unchecked }),
        basis: basisOf(['monitor', ...hits.map((h) => h.kind)]),
        records: hits.flatMap((h) => h.records),
        facts: hits.flatMap((h) => h.facts),
        // 4_11_015: the export says 低保/特困 but nobody in the household receives it.
        national: hits.some((h) => h.facts.some((x) => x.startsWith('DIBAO_FLAG_YES') || x.startsWith('TEKUN_FLAG_YES'))) ? ['4_11_015'] : [],
      }));
    }
    return findings;
  },
};

export default rule;
