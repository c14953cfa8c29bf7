// The vocabulary of the rules' messages: each message id with the typed data a rule reports (persons, amounts,
// thresholds, roster references, values as written). Rules build messages from these types only; the prose is
// in messages.ts. Pure.
import type { Evidence, PersonRecord, SourceKind } from '../model/types.js';
import type { Sex, YearMonth } from '../model/vocab.js';
import type { AppliedLine } from '../model/types.js';

// ---- primitives -------------------------------------------------------------------------------------------------

/** A person as a message names them (IDs unmasked here, the exporter masks them). */
export interface Who { name: string | null; idNumber: string }
/** Where something was read: roster kind, file and row. */
export interface At { kind: SourceKind; file: string; row: number }

export function whoOf(p: { name: string | null; idNumber: string }): Who {
  return { name: p.name, idNumber: p.idNumber };
}

export function atOf(r: PersonRecord | Evidence): At {
  return { kind: r.kind, file: r.file, row: r.row };
}

// ---- member conditions (conditions.ts: EDU_DROPOUT, MED_UNINSURED, HOUSING_UNSAFE, reused by WRONG_EXIT and FLAG_CONTRADICTION)

/** A roster status as written, with where. */
export interface StatusAt { status: string; at: At }

export type EduCondition =
  | { type: 'eduNone'; member: Who; age: number }
  | { type: 'eduDropout'; member: Who; age: number; records: StatusAt[] };
export type MedCondition =
  | { type: 'medNone'; member: Who }
  | { type: 'medStatus'; member: Who; records: StatusAt[] };
export interface HousingCondition { type: 'housing'; member: Who; houses: { grade: 'C' | 'D'; renovation: string; at: At }[] }
export type MemberCondition = EduCondition | MedCondition | HousingCondition;

// ---- data of each message ---------------------------------------------------------------------------------------

export type MissedTrigger =
  | { kind: 'dibao' | 'tekun'; person: Who; at: At }
  /** category: 低收入人口类别 as written (null: the column is empty). */
  | { kind: 'lowincome'; person: Who; category: string | null; at: At }
  | { kind: 'disability'; person: Who; disabilityType: string | null; level: number; at: At }
  | { kind: 'illness'; person: Who; selfPay: number; threshold: number; at: At[] };

export interface FourCatHit<T> { member: Who; at: At; record: T }

export type WrongExitClause =
  | { type: 'income'; income: number; line: AppliedLine; at: At }
  | { type: 'water'; value: string; at: At }
  | MemberCondition;

/** Conditions WRONG_EXIT checks through a roster that may be missing this period. */
export type WrongExitGap = 'student' | 'medical' | 'housing';

export type HhStructureClause =
  | { type: 'noHead'; members: number }
  | { type: 'heads' | 'spouses'; persons: { person: Who; at: At }[] }
  /** relation: 与户主关系 as written (null: empty); expected: the national value it stands for, when known. */
  | { type: 'relation'; person: Who; relation: string | null; expected: string | null; at: At };

export type SexClause =
  | { type: 'column'; idSex: Sex; column: string; at: At }
  | { type: 'spouse'; idSex: Sex; head: Who; at: At; headAt: At };

export type AgeFieldClause =
  | { type: 'stage'; stage: string; band: [number, number] }
  | { type: 'education'; level: string; minAge: number }
  | { type: 'studentLabor'; stage: string; labor: string }
  | { type: 'healthyNoLabor'; labor: string };

export type FlagHit =
  | { type: 'housing'; flag: string; flagAt: At; condition: HousingCondition }
  | { type: 'studentNone'; member: Who; status: string; at: At }
  | { type: 'studentDropout'; member: Who; status: string; at: At; records: StatusAt[] }
  | { type: 'medicalYes'; flag: string; at: At; condition: MedCondition }
  | { type: 'medicalNo'; member: Who; flag: string; at: At; insured: At[] }
  | { type: 'dibaoYes' | 'tekunYes'; member: Who; flag: string; at: At }
  | { type: 'dibaoNo' | 'tekunNo'; member: Who; flag: string; at: At; records: At[] };

export type RiskClause =
  | { type: 'workNoLabor' | 'workNoRecord' | 'illHealthy'; risk: string }
  | { type: 'illPayZero'; risk: string; pay: string }
  /** aid: 饮水安全保障措施 as written (null: empty). */
  | { type: 'waterNoAid'; risk: string; aid: string | null };

export type WorkClause =
  | { type: 'high' | 'low'; income: number; limit: number }
  /** months / place / employer: as written, null when not recorded. */
  | { type: 'underage'; minAge: number; months: string | null; place: string | null; employer: string | null };

export type MeasureClause =
  | { type: 'unlisted'; policy: 'dibao' | 'tekun'; on: { person: Who; at: At }[] }
  | { type: 'nobody'; policy: 'dibao' | 'tekun' }
  | { type: 'disability'; severe: { person: Who; level: string; at: At }[] };

export type LandClause =
  | { type: 'empty'; field: LandField }
  | { type: 'area'; field: LandField; value: string; max: number }
  | { type: 'road'; value: string; max: number };

export const LAND_FIELDS = [
  { field: 'farmland', title: '耕地面积' },
  { field: 'forestLand', title: '林地面积' },
  { field: 'grainToGreen', title: '退耕还林面积' },
  { field: 'orchard', title: '林果面积' },
  { field: 'pasture', title: '牧草地面积' },
  { field: 'waterSurface', title: '水面面积' },
] as const;
export type LandField = (typeof LAND_FIELDS)[number]['field'];

export const AID_TITLES = '产业帮扶、就业帮扶、公益岗位帮扶、金融帮扶';

export interface MessageData {
  /** A one-person household outside monitoring. */
  'MISSED.single': { triggers: MissedTrigger[] };
  /** A household of several known members outside monitoring. */
  'MISSED.household': { head: Who; members: number; triggers: MissedTrigger[] };
  FOUR_CAT_STAFF: { hits: FourCatHit<{ unit: string }>[] };
  FOUR_CAT_BUSINESS: { hits: FourCatHit<{ entity: string; role: string; status: string }>[] };
  FOUR_CAT_PROPERTY: { hits: FourCatHit<{ address: string }>[] };
  FOUR_CAT_VEHICLE: { hits: FourCatHit<{ vehicleType: string; plate: string }>[] };
  WRONG_EXIT: { exited: boolean; riskEliminated: boolean; clauses: WrongExitClause[]; unchecked: WrongExitGap[] };
  EDU_DROPOUT: EduCondition;
  MED_UNINSURED: MedCondition;
  HOUSING_UNSAFE: { hits: HousingCondition[] };
  /** deathDate: as written ('' when none); listed: where the person still is. */
  DECEASED_LISTED: { person: Who; deathDate: string; deaths: At[]; listed: { kind: SourceKind; at: At[] }[] };
  ZERO_EMPLOYMENT: { members: number; labor: { person: Who; age: number }[] };
  /** rows: every row of the group; name: normalised ('' when empty); raw: the ID cell as written. */
  ID_INVALID: { kind: SourceKind; file: string; sheet: string; rows: number[]; name: string; raw: string; reasonText: string };
  /** names: each normalised name with its first three rows and its row count. */
  ID_NAME_CONFLICT: { idNumber: string; names: { name: string; at: At[]; count: number }[] };
  HH_STRUCTURE: { householdId: string; clauses: HhStructureClause[] };
  SEX_MISMATCH: { person: Who; clauses: SexClause[] };
  DUPLICATE_PERSON: { person: Who; households: { householdId: string | null; headIdNumber: string | null; name: string; relation: string | null; at: At }[] };
  AGE_FIELD_MISMATCH: { person: Who; age: number; clauses: AgeFieldClause[]; at: At };
  FLAG_CONTRADICTION: { hits: FlagHit[]; unchecked: SourceKind[] };
  'QUICK_EXIT.dates': { identified: YearMonth; identifiedAt: At; eliminated: YearMonth; eliminatedAt: At; months: number; min: number };
  'QUICK_EXIT.history': { start: YearMonth; end: YearMonth; endStatus: 'eliminated' | 'exited'; months: number; min: number };
  NO_LABOR_ELIMINATED: { living: { person: Who; labor: string }[]; checked: ('dibao' | 'tekun')[]; unchecked: ('dibao' | 'tekun')[] };
  NO_ASSISTANCE: {
    identified: YearMonth; at: At; months: number; labor: { person: Who; labor: string }[];
    status: { value: string; at: At } | null; noAid: boolean;
  };
  WATER_UNSAFE: { household: 'monitored' | 'exited' | 'other'; value: string; at: At };
  INCOME_BELOW_LINE: { householdType: string; income: number; line: AppliedLine; at: At };
  /** flag: 享受特困供养 as written when it says so (else null); roster: rows of the 特困 roster. */
  TEKUN_ABLE_BODIED: { person: Who; age: number; flag: string | null; roster: At[]; at: At };
  RISK_MISMATCH: { clauses: RiskClause[]; at: At };
  WORK_RECORD_IMPLAUSIBLE: { person: Who; age: number; clauses: WorkClause[]; at: At };
  /** aid: 综合保障 as written (null: empty). */
  MEASURE_MISMATCH: { aid: string | null; aidAt: At | null; clauses: MeasureClause[] };
  /** contacts: the contact fields left empty (risk eliminated); water: 是否解决安全饮用水 empty. */
  MONITOR_FIELD_MISSING: { contacts: ('monitorContact' | 'monitorContactPhone')[]; water: boolean; at: At };
  EDUCATION_RECORD_CONFLICT: {
    person: Who; age: number; at: At;
    conflict: { type: 'inSchool'; stage: string; level: string } | { type: 'lowLevel'; level: string };
  };
  LAND_AREA_IMPLAUSIBLE: { exited: boolean; monitored: boolean; clauses: LandClause[]; at: At };
}

export type MessageId = keyof MessageData;
export type RuleMessage = { [K in MessageId]: { id: K; data: MessageData[K] } }[MessageId];

/** A typed message: message('WATER_UNSAFE', {...}). */
export function message<K extends MessageId>(id: K, data: MessageData[K]): RuleMessage {
  return { id, data } as RuleMessage;
}

