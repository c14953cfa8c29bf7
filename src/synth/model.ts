// The in-memory synthetic county: households, people, and the extra roster records planted on them.
import type { SourceKind } from '../model/types.js';
import type { CountyInfo } from './places.js';

export type Scale = 'small' | 'county';

/** Months are 0,1,2 (period, period+1, period+2); a mask has bit m set when something holds in month m. */
export type Mask = number;
export const ALL: Mask = 0b111;
export const M0: Mask = 0b001;      // only month 0 (fixed in month 1)
export const FROM1: Mask = 0b110;   // new in month 1
export const FROM2: Mask = 0b100;   // new in month 2
export const on = (mask: Mask, m: number): boolean => ((mask >> m) & 1) === 1;

/** How an ID is written in one roster row. The last group is unusable (ID_INVALID). */
export type IdForm =
  | 'normal' | 'id15' | 'lowerx' | 'fullwidth' | 'nbsp' | 'zwsp' | 'spaces' | 'apostrophe' | 'eqwrap'
  | 'number' | 'sci' | 'badcheck' | 'empty' | 'short';
export const INVALID_FORMS: ReadonlySet<IdForm> = new Set(['number', 'sci', 'badcheck', 'empty', 'short']);

export type CellValue = string | number | Date | null;

/** An extra roster record (beyond the generic ones), active in the months of `mask`. */
export interface Fact {
  kind: SourceKind;
  mask: Mask;
  /** Kind-specific values keyed by the roster module's own keys. */
  v: Record<string, CellValue>;
  idForm?: IdForm;
  name?: string;      // name written instead of the person's own
}

/** Overrides for the generic record of `kind` (name or ID form), in the months of `mask`. */
export interface Alt {
  kind: SourceKind;
  mask: Mask;
  idForm?: IdForm;
  name?: string;
}

export interface Person {
  idx: number;
  id: string;
  name: string;
  sex: 1 | 2;
  birth: number;          // yyyymmdd
  hh: Household;
  rel: string;            // 与户主关系
  ethnic: string;
  edu: string;            // 文化程度 of adults
  chronic: boolean;
  seriousIll: boolean;
  disability: { cat: number; level: number } | null;
  illnessPay: number | null;  // 大病 roster: yearly self-pay
  tekun: Mask;
  noMedical: Mask;        // generic medical record suppressed
  noStudent: Mask;        // generic student record suppressed
  deceased: Mask;         // listed in the deceased roster
  deathDate: string | null;
  offMonitor: Mask;       // household is monitored but this member is no longer listed
  facts: Fact[] | null;
  alts: Alt[] | null;
  /** Planted cells of this person's monitor-export row (roster lint), in the months of each mask. */
  mon?: MonCells[];
}

/** Cells of a monitor-export row written instead of the consistent value (see rosters/monitor.ts). */
export interface MonCells {
  mask: Mask;
  rel?: string;          // 与户主关系
  sex?: string;          // 性别
  edu?: string;          // 文化程度
  student?: string;      // 在校生状况
  labor?: string;        // 劳动技能
  medFlag?: string;      // 是否参加城乡居民基本医疗保险
  dibaoFlag?: string;    // 是否享受低保
  tekunFlag?: string;    // 是否特困供养人员
  workMonths?: string;   // 务工时间（月）
  workPlace?: string;    // 务工所在地
  workIncome?: string;   // 务工月收入
}

/** Planted household-level cells of the monitor export, in the months of each mask. */
export interface HouseholdCells {
  mask: Mask;
  eliminatedAt?: string; // 风险消除时间 (YYYYMM)
  water?: string;        // 是否解决安全饮用水
  unsafeFlag?: string;   // 是否危房户
  assist?: string;       // 实施开发式帮扶措施情况
  aid?: [string, string, string, string];  // 产业 / 就业 / 公益岗位 / 金融帮扶
  comprehensiveAid?: string; // 综合保障
  land?: Partial<Record<'farmland' | 'forestLand' | 'grainToGreen' | 'orchard' | 'pasture' | 'waterSurface' | 'roadDistance', string>>;
  contact?: string;      // 监测联系人
  contactPhone?: string; // 监测联系人电话
  risk1?: string;        // 致贫/返贫风险1
  selfPay?: string;      // 合规自付支出
  waterAid?: string;     // 饮水安全保障
}

/** An extra monitor-export row: `p` listed again in household `h` (another household, or its own). */
export interface Guest { p: Person; rel: string; mask: Mask }

export type HouseholdType = '脱贫户' | '监测户' | '一般户' | '';

export interface Household {
  idx: number;
  hid: string;            // 户编号 ('' for ordinary households never monitored)
  town: number;
  village: number;
  members: Person[];      // members[0] is the head
  monitor: Mask;          // months in the monitoring roster
  type: HouseholdType;
  monitorType: string;    // 监测对象类别
  risk: '' | '是' | '否'; // 风险是否消除
  exitYear: string;
  identifiedAt: string;   // YYYYMM
  eliminatedAt: string;   // YYYYMM
  income: number[];       // per month
  dibao: Mask;
  /** 农村低收入人口 roster (2026 kind `lowincome`): months listed and the category written. */
  lowIncome?: { mask: Mask; type: string };
  noEmployment: Mask;     // generic employment suppressed (planted zero-employment)
  phone: string;
  used: boolean;          // taken by a planted case
  plain: boolean;         // ordinary household without assets (can be planted as missed)
  /** Planted household cells of the monitor export. */
  cells?: HouseholdCells[];
  /** Extra rows listed in this household (DUPLICATE_PERSON, repeated rows). */
  guests?: Guest[];
}

export interface Township {
  name: string;
  code: string;           // 3 digits in 户编号
  villages: { name: string; code: string }[];
}

export interface DeadPerson {
  id: string;
  name: string;
  sex: 1 | 2;
  town: number;
  village: number;
  deathDate: string;      // YYYY-MM-DD
  medical: boolean;       // still in the medical roster as 终止参保
}

export interface World {
  seed: number;
  scale: Scale;
  county: CountyInfo;
  periods: string[];      // month 0..2
  refDates: string[];     // last day of each period
  townships: Township[];
  households: Household[];
  persons: Person[];
  dead: DeadPerson[];
  /** Plant multiplier: 1 at small scale. */
  k: number;
  /** Next free 户编号 in the household's village. */
  nextHid(h: Household): string;
  /** A new unique valid ID. */
  newId(area: string, birth: number, sex: 1 | 2): string;
  /** A random birth date (yyyymmdd) of someone aged `age` on the month-0 reference date. */
  birthFor(age: number): number;
}

export function addFact(p: Person, f: Fact): void {
  (p.facts ??= []).push(f);
}

export function addAlt(p: Person, a: Alt): void {
  (p.alts ??= []).push(a);
}

export function factsOf(p: Person, kind: SourceKind, m: number): Fact[] {
  if (!p.facts) return [];
  return p.facts.filter((f) => f.kind === kind && on(f.mask, m));
}

/** The planted monitor cells of a person this month (later entries win). */
export function monOf(p: Person, m: number): Omit<MonCells, 'mask'> {
  if (!p.mon) return {};
  return Object.assign({}, ...p.mon.filter((c) => on(c.mask, m)));
}

export function cellsOf(h: Household, m: number): Omit<HouseholdCells, 'mask'> {
  if (!h.cells) return {};
  return Object.assign({}, ...h.cells.filter((c) => on(c.mask, m)));
}

export function altOf(p: Person, kind: SourceKind, m: number): Alt | undefined {
  return p.alts?.find((a) => a.kind === kind && on(a.mask, m));
}

/** 已脱贫 (脱贫户 not under monitoring) or risk eliminated: the households WRONG_EXIT looks at. */
export function isExitSubject(h: Household): boolean {
  return (h.type === '脱贫户' && h.monitorType === '') || h.risk === '是';
}

export function addMonths(period: string, k: number): string {
  const y = Number(period.slice(0, 4)), mo = Number(period.slice(5, 7)) - 1 + k;
  const yy = y + Math.floor(mo / 12), mm = ((mo % 12) + 12) % 12 + 1;
  return `${yy}-${String(mm).padStart(2, '0')}`;
}

export function lastDay(period: string): string {
  const y = Number(period.slice(0, 4)), mo = Number(period.slice(5, 7));
  const d = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return `${period}-${String(d).padStart(2, '0')}`;
}

/** yyyymmdd number for a date that lies `days` days before the ISO date `iso`. */
export function daysBefore(iso: string, days: number): number {
  const t = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) - days * 86400000;
  const d = new Date(t);
  return d.getUTCFullYear() * 10000 + (d.getUTCMonth() + 1) * 100 + d.getUTCDate();
}

export function ymdToIso(n: number): string {
  const s = String(n);
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
}
