// Shared data model: what readers produce, what the store keeps, what rules consume.

export const SOURCE_KINDS = [
  'monitor', 'dibao', 'tekun', 'lowincome', 'deceased', 'medical', 'illness', 'student', 'housing',
  'disability', 'employment', 'staff', 'business', 'property', 'vehicle',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export function isSourceKind(s: string): s is SourceKind {
  return (SOURCE_KINDS as readonly string[]).includes(s);
}

/** One cell as a reader delivers it. Dates are JS Dates (UTC midnight for date-only cells). */
export type Cell = string | number | boolean | Date | null | CellError;
export interface CellError { error: string } // e.g. '#N/A', '#REF!'

export function isCellError(c: Cell): c is CellError {
  return typeof c === 'object' && c !== null && !(c instanceof Date) && 'error' in c;
}

/** A usable row of a roster: ID valid and normalised, kind-specific fields as trimmed strings. */
export interface PersonRecord {
  kind: SourceKind;
  file: string;   // file name as the user knows it (relative to input folder)
  sheet: string;
  row: number;    // 1-based Excel row number
  idNumber: string;           // valid normalised 18-character ID
  name: string;               // normalised name ('' when the roster has none)
  householdId: string | null;
  headIdNumber: string | null; // normalised when valid, else null
  relation: string | null;
  township: string | null;
  village: string | null;
  /** Kind-specific canonical fields (see model/kinds). Dates as YYYY-MM-DD, numbers as text. */
  f: Record<string, string>;
}

/** A row that could not be used; always reported, never dropped. */
export interface RejectedRow {
  kind: SourceKind;
  file: string;
  sheet: string;
  row: number;
  column: string | null;    // header text of the offending column, if one
  reason: string;           // stable code, e.g. CHECKSUM, EXCEL_NUMBER, EMPTY
  reasonText: string;       // Chinese explanation
  raw: Record<string, string>; // header text -> cell text, for the data-quality list
  name: string | null;      // normalised name if the row had one
  township: string | null;
  village: string | null;
}

export interface Evidence { kind: SourceKind; file: string; sheet: string; row: number }

export type Subject = 'household' | 'person' | 'row';

export interface Finding {
  rule: string;
  category: string;
  subject: Subject;
  householdId: string | null;
  headIdNumber: string | null;
  headName: string | null;
  idNumber: string | null;
  name: string | null;
  township: string | null;
  village: string | null;
  /** ID numbers of the members that triggered it. */
  members: string[];
  /** Names of those members (same order), for the lists. */
  memberNames: string[];
  description: string;  // a sentence a township official understands (unmasked; export masks)
  /** The message id and data a rule rendered the description from (rules/messages.ts); runRules drops it, so it is never stored or exported. */
  message?: { id: string; data: object };
  basis: string;        // 比对依据: which rosters were compared
  leadDept: string;
  evidence: Evidence[];
  /** Stable across months for the same rule and subject: no rows, files or dates in it. */
  fingerprint: string;
  /** Changes when the facts behind the finding change (used by verify: 不属实 holds while unchanged). */
  evidenceHash: string;
  /** National check numbers this finding answers (a subset of its rule's `national`); filled by the engine. */
  national?: string[];
}

/** A monitoring income line: one figure for every year, or a table by year ("2025": 8700, "default": 6700). */
export type IncomeLine = number | Readonly<Record<string, number>>;

/** The income line that applies to a record: the figure, its year, and where it came from (rules.incomeThreshold). */
export interface AppliedLine {
  yuan: number;
  year: number;
  /** Where the figure came from: a single number, the year's row, the "default" row, or an earlier year's row. */
  from: 'single' | 'year' | 'default' | 'earlier';
}

/** Rule parameters (config `rules`, with defaults applied). */
export interface RuleParams {
  referenceDate: string; // YYYY-MM-DD
  incomeThreshold: IncomeLine;
  compulsoryEducationAge: [number, number];
  laborAge: [number, number];
  illnessSelfPayThreshold: number;
  vehicleTypes: string[];
  disabled: string[];
  /** QUICK_EXIT: minimum months between identification and risk elimination. */
  minMonitorMonths: number;
  /** NO_ASSISTANCE: months after identification before a missing measure is a finding. */
  assistanceGraceMonths: number;
  /** TEKUN_ABLE_BODIED (national 5_15_018/019): ages (inclusive) at which a healthy non-student on 特困 is a question. */
  tekunAbleAge: [number, number];
  /** WORK_RECORD_IMPLAUSIBLE (5_16_001/002): plausible 务工月收入 in yuan, [lowest for someone who works, highest]. */
  workMonthlyIncome: [number, number];
  /** WORK_RECORD_IMPLAUSIBLE (5_16_010): the age below which a 务工 record is a question. */
  workMinAge: number;
  /** EDUCATION_RECORD_CONFLICT (5_17_007): ages (inclusive) at which a non-student with 小学 or less is a question. */
  lowEducationAge: [number, number];
  /** LAND_AREA_IMPLAUSIBLE (5_14_xxx): the largest plausible area in 亩, per land field. */
  landAreaMax: { farmland: number; forestLand: number; grainToGreen: number; orchard: number; pasture: number; waterSurface: number };
  /** LAND_AREA_IMPLAUSIBLE (5_14_007/014): the largest plausible distance to the village road, km. */
  roadDistanceMaxKm: number;
}

export const DEFAULT_RULE_PARAMS: Omit<RuleParams, 'referenceDate' | 'incomeThreshold'> & { incomeThreshold: number } = {
  incomeThreshold: 6700,
  compulsoryEducationAge: [6, 15],
  laborAge: [16, 60],
  illnessSelfPayThreshold: 10000,
  vehicleTypes: ['K30', 'K31', 'K32', 'K33', 'K34', 'K40', 'K41', 'K42', 'K43'],
  disabled: [],
  minMonitorMonths: 6,
  assistanceGraceMonths: 1,
  tekunAbleAge: [18, 59],
  workMonthlyIncome: [100, 30000],
  workMinAge: 16,
  lowEducationAge: [16, 22],
  landAreaMax: { farmland: 100, forestLand: 200, grainToGreen: 200, orchard: 200, pasture: 100, waterSurface: 100 },
  roadDistanceMaxKm: 5,
};

/** Everything the rules see for one period. */
export interface Dataset {
  period: string;          // YYYY-MM
  /** Kinds that had at least one file this period (a kind with an empty file is present). */
  present: Set<SourceKind>;
  records: Map<SourceKind, PersonRecord[]>;
  rejected: RejectedRow[];
}

/** A value outside a field's known vocabulary: counted and listed, never guessed. */
export interface UnknownValue {
  kind: SourceKind;
  field: string;
  value: string;
  count: number;
  example: Evidence;
}
