// Tiny in-memory datasets for rule tests: valid generated IDs, records, datasets, a one-rule runner.
import type { Dataset, Finding, PersonRecord, RejectedRow, RuleParams, SourceKind } from '../model/types.js';
import { DEFAULT_RULE_PARAMS } from '../model/types.js';
import { buildIndex } from '../match/build-index.js';
import type { Rule, RuleContext } from './types.js';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** GB 11643 check character of 17 digits (computed here so tests do not depend on src/idcard). */
export function checkCharOf(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK[sum % 11];
}

let seqCounter = 100;

/** A valid ID born on `birth` (YYYYMMDD or YYYY-MM-DD); each call gives a new sequence number. */
export function makeId(birth: string, opts: { seq?: number; region?: string; female?: boolean } = {}): string {
  const b = birth.replace(/-/g, '');
  let seq = opts.seq ?? seqCounter++;
  if (opts.female !== undefined && (seq % 2 === 1) === opts.female) seq++;
  const body = `${opts.region ?? '520102'}${b}${String(seq % 1000).padStart(3, '0')}`;
  return body + checkCharOf(body);
}

/** Reference date of the tests. */
export const REF_DATE = '2025-06-30';

/** Birth date (YYYY-MM-DD) of someone whose birthday is on the reference date and who turns `age` that day. */
export function birthdayAtAge(age: number, ref = REF_DATE): string {
  return `${Number(ref.slice(0, 4)) - age}${ref.slice(4)}`;
}

/** Birth date of someone who turns `age + 1` the day after the reference date (so is `age`, at the top of it). */
export function dayBeforeTurning(age: number, ref = REF_DATE): string {
  const d = new Date(`${ref}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  const next = d.toISOString().slice(0, 10);
  return `${Number(next.slice(0, 4)) - age - 1}${next.slice(4)}`;
}

/** A valid ID of a person aged `age` at REF_DATE (birthday a month earlier). */
export function idOfAge(age: number): string {
  return makeId(`${Number(REF_DATE.slice(0, 4)) - age}-05-15`);
}

const rowCounters = new Map<string, number>();

export type RecordInit = Partial<Omit<PersonRecord, 'kind' | 'idNumber' | 'f'>> & { f?: Record<string, string> };

/** A usable record of `kind`; file defaults to "<kind>.xlsx" and rows count up per file. */
export function rec(kind: SourceKind, idNumber: string, init: RecordInit = {}): PersonRecord {
  const file = init.file ?? `${kind}.xlsx`;
  const row = init.row ?? ((rowCounters.get(file) ?? 1) + 1);
  rowCounters.set(file, Math.max(row, rowCounters.get(file) ?? 1));
  return {
    kind, file, sheet: init.sheet ?? 'Sheet1', row, idNumber,
    name: init.name ?? '',
    householdId: init.householdId ?? null,
    headIdNumber: init.headIdNumber ?? null,
    relation: init.relation ?? null,
    township: init.township ?? null,
    village: init.village ?? null,
    f: init.f ?? {},
  };
}

export interface MemberSpec { id: string; name: string; relation?: string; f?: Record<string, string> }

/** Monitor records of one household; `f` is repeated on every member (household-level fields), member `f` wins. */
export function monitorHousehold(
  householdId: string,
  members: MemberSpec[],
  common: { township?: string; village?: string; f?: Record<string, string>; file?: string } = {},
): PersonRecord[] {
  const headId = members[0].id;
  return members.map((m, i) => rec('monitor', m.id, {
    name: m.name,
    householdId,
    headIdNumber: headId,
    relation: m.relation ?? (i === 0 ? '户主' : '之子'),
    township: common.township ?? '城关镇',
    village: common.village ?? '新村',
    file: common.file,
    f: { householdType: '脱贫户', ...(common.f ?? {}), ...(m.f ?? {}) },
  }));
}

/** A dataset: `present` is the kinds of the records plus any extra listed. */
export function dataset(records: PersonRecord[], opts: { present?: SourceKind[]; rejected?: RejectedRow[]; period?: string } = {}): Dataset {
  const byKind = new Map<SourceKind, PersonRecord[]>();
  for (const r of records) {
    const list = byKind.get(r.kind);
    if (list) list.push(r); else byKind.set(r.kind, [r]);
  }
  const present = new Set<SourceKind>([...byKind.keys(), ...(opts.present ?? [])]);
  for (const k of present) if (!byKind.has(k)) byKind.set(k, []);
  return { period: opts.period ?? REF_DATE.slice(0, 7), present, records: byKind, rejected: opts.rejected ?? [] };
}

export function params(over: Partial<RuleParams> = {}): RuleParams {
  return { ...DEFAULT_RULE_PARAMS, referenceDate: REF_DATE, ...over };
}

export interface ReportedUnknown { kind: SourceKind; field: string; value: string; row: number }

/** Runs one rule directly (no skipping), collecting what it reports as unknown; `extra` adds optional context. */
export function runRule(
  rule: Rule, data: Dataset, over: Partial<RuleParams> = {}, extra: Pick<RuleContext, 'monitorHistory'> = {},
): { findings: Finding[]; unknowns: ReportedUnknown[] } {
  const unknowns: ReportedUnknown[] = [];
  const ctx: RuleContext = {
    data, index: buildIndex(data), params: params(over), ...extra,
    unknown: (kind, field, value, where) => { unknowns.push({ kind, field, value, row: where.row }); },
  };
  return { findings: rule.run(ctx), unknowns };
}

/** A rejected row as the readers produce it. */
export function rejected(kind: SourceKind, rawId: string, init: Partial<RejectedRow> & { reason: string }): RejectedRow {
  return {
    kind, file: init.file ?? `${kind}.xlsx`, sheet: init.sheet ?? 'Sheet1', row: init.row ?? 2,
    column: init.column ?? '身份证号', reason: init.reason, reasonText: init.reasonText ?? '身份证号无效',
    raw: init.raw ?? { 姓名: init.name ?? '', 身份证号: rawId },
    name: init.name ?? null, township: init.township ?? null, village: init.village ?? null,
  };
}

/** A valid ID of the given sex and age at REF_DATE (birthday a month earlier). */
export function idOfAgeSex(age: number, female: boolean): string {
  return makeId(`${Number(REF_DATE.slice(0, 4)) - age}-05-15`, { female });
}

/** Monitor history of one household for QUICK_EXIT: [period YYYY-MM, status] pairs. */
export function history(entries: [string, 'monitored' | 'eliminated' | 'exited'][]): { period: string; status: 'monitored' | 'eliminated' | 'exited' }[] {
  return entries.map(([period, status]) => ({ period, status }));
}
