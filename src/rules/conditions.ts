// Conditions shared by several rules (EDU_DROPOUT, MED_UNINSURED, HOUSING_UNSAFE are reused by WRONG_EXIT).
import type { PersonRecord } from '../model/types.js';
import type { MonitorHousehold } from '../match/index-types.js';
import { ageOfId, ageWithin } from '../match/age.js';
import { isLiving } from '../match/build-index.js';
import {
  isDropoutStatus, isInsuredStatus, parseDisabilityLevel, parseHouseholdType, parseHousingGrade, parseMonitorType,
  parseRenovationFinished, parseRiskEliminated,
} from '../model/vocab.js';
import type { RuleContext } from './types.js';
import { EMPTY_VALUE, householdField, uniquePersons } from './finding.js';
import { atOf, whoOf, type EduCondition, type HousingCondition, type MedCondition, type MemberCondition } from './message-data.js';

/** One member that meets a condition, with the records behind it. */
export interface MemberHit<C extends MemberCondition = MemberCondition> {
  member: PersonRecord;
  records: PersonRecord[];
  /** What holds, e.g. { type: 'eduNone', member, age: 10 } (rendered by messages.ts). */
  condition: C;
  facts: string[];
}

/** Compulsory-education gap: a living member of school age with no student record, or only dropout records. */
export function eduDropoutHit(ctx: RuleContext, member: PersonRecord): MemberHit<EduCondition> | null {
  if (!isLiving(ctx.index, member.idNumber)) return null;
  const age = ageOfId(member.idNumber, ctx.params.referenceDate);
  if (!ageWithin(age, ctx.params.compulsoryEducationAge)) return null;
  const records = ctx.index.recordsOf('student', member.idNumber);
  if (records.length === 0) {
    return {
      member, records: [],
      condition: { type: 'eduNone', member: whoOf(member), age },
      facts: [`EDU:${member.idNumber}:none`],
    };
  }
  if (!records.every((r) => isDropoutStatus(r.f.enrolStatus) === true)) return null;
  return {
    member, records,
    condition: { type: 'eduDropout', member: whoOf(member), age, records: records.map((r) => ({ status: r.f.enrolStatus ?? '', at: atOf(r) })) },
    facts: records.map((r) => `EDU:${member.idNumber}:${r.f.enrolStatus}`),
  };
}

function yearOf(r: PersonRecord): number | null {
  const m = /(\d{4})/.exec(r.f.year ?? '');
  return m ? Number(m[1]) : null;
}

/** Basic medical insurance gap: a living member with no medical record whose status means insured. */
export function medUninsuredHit(ctx: RuleContext, member: PersonRecord): MemberHit<MedCondition> | null {
  if (!isLiving(ctx.index, member.idNumber)) return null;
  let records = ctx.index.recordsOf('medical', member.idNumber);
  // Enrolment is per year: when records carry a year, only the latest year counts.
  const years = records.map(yearOf).filter((y): y is number => y !== null);
  if (years.length > 0) {
    const latest = Math.max(...years);
    records = records.filter((r) => { const y = yearOf(r); return y === null || y === latest; });
  }
  if (records.length === 0) {
    return {
      member, records: [],
      condition: { type: 'medNone', member: whoOf(member) },
      facts: [`MED:${member.idNumber}:none`],
    };
  }
  let unknown = false;
  for (const r of records) {
    const v = isInsuredStatus(r.f.insuredStatus);
    // An empty status: the roster lists insured persons.
    if (v === true || v === null) return null;
    if (v === undefined) {
      ctx.unknown('medical', 'insuredStatus', r.f.insuredStatus ?? '', r);
      unknown = true;
    }
  }
  if (unknown) return null;
  return {
    member, records,
    condition: { type: 'medStatus', member: whoOf(member), records: records.map((r) => ({ status: r.f.insuredStatus ?? '', at: atOf(r) })) },
    facts: records.map((r) => `MED:${member.idNumber}:${r.f.insuredStatus}`),
  };
}

/** Housing gap: members with a C/D house whose renovation is not finished. */
export function housingUnsafeHits(ctx: RuleContext, hh: MonitorHousehold): MemberHit<HousingCondition>[] {
  const hits: MemberHit<HousingCondition>[] = [];
  for (const member of uniquePersons(hh.members)) {
    const bad: PersonRecord[] = [];
    const houses: HousingCondition['houses'] = [];
    const facts: string[] = [];
    for (const r of ctx.index.recordsOf('housing', member.idNumber)) {
      const grade = parseHousingGrade(r.f.grade);
      if (grade === undefined || grade === null) {
        ctx.unknown('housing', 'grade', grade === null ? EMPTY_VALUE : (r.f.grade ?? ''), r);
        continue;
      }
      if (grade === 'A' || grade === 'B') continue;
      const finished = parseRenovationFinished(r.f.renovation);
      if (finished === undefined) {
        ctx.unknown('housing', 'renovation', r.f.renovation ?? '', r);
        continue;
      }
      if (finished) continue;
      bad.push(r);
      houses.push({ grade, renovation: r.f.renovation ?? '', at: atOf(r) });
      facts.push(`HOUSING:${member.idNumber}:${grade}:${r.f.renovation ?? ''}`);
    }
    if (bad.length > 0) hits.push({ member, records: bad, condition: { type: 'housing', member: whoOf(member), houses }, facts });
  }
  return hits;
}

/** Level 1–2 disability by the disability roster or the monitor's 健康状况 (e.g. "残疾(二级)"); undefined when a level cannot be read. */
export function severeDisability(ctx: RuleContext, member: PersonRecord): { severe: boolean; records: PersonRecord[] } | undefined {
  let unknown = false;
  for (const r of ctx.index.recordsOf('disability', member.idNumber)) {
    const level = parseDisabilityLevel(r.f.disabilityLevel);
    if (level === undefined) {
      ctx.unknown('disability', 'disabilityLevel', r.f.disabilityLevel ?? '', r);
      unknown = true;
    } else if (level !== null && level <= 2) {
      return { severe: true, records: [r] };
    }
  }
  const m = /残疾[^,，;；]*?([一二三四1-4])级|([一二三四1-4])级残疾/.exec(member.f.health ?? '');
  if (m) {
    const level = parseDisabilityLevel(m[1] ?? m[2]);
    if (level !== null && level !== undefined && level <= 2) return { severe: true, records: [member] };
  }
  return unknown ? undefined : { severe: false, records: [] };
}

/**
 * A household out of monitoring in the sense of the national checks 1_02_008/1_02_009: 风险是否消除 是, or a 脱贫户 with
 * no monitoring category (unreadable values are not guessed: false).
 */
export function isOutOfMonitoring(hh: MonitorHousehold): boolean {
  if (parseRiskEliminated(householdField(hh, 'riskEliminated')?.value) === true) return true;
  const type = parseHouseholdType(householdField(hh, 'householdType')?.value);
  const monitored = parseMonitorType(householdField(hh, 'monitorType')?.value);
  return type === 'exited' && (monitored === null || monitored === false);
}

/** A member of a 脱贫户 (脱贫人口, national 2_01_016). */
export function isExitedHousehold(hh: MonitorHousehold): boolean {
  return parseHouseholdType(householdField(hh, 'householdType')?.value) === 'exited';
}
