// fupin inspect: reads a roster without importing it and says how fupin sees it (product-spec §9.1): the sheets, the
// header row, each field's column (or why none), the headers nothing uses, the values of code fields counted by
// distinct value, and the `columns` entries that would fix what is missing. Streamed: one pass, no database.
import fs from 'node:fs';
import path from 'node:path';
import type { RawRow, MergeRange } from '../io/types.js';
import { readTable } from '../io/read-table.js';
import { SOURCE_KINDS, type SourceKind } from '../model/types.js';
import { colLetter, type ColumnRef, type ColumnSource } from '../model/column-ref.js';
import { FupinError, fail } from '../errors.js';
import { KINDS } from '../model/kinds/index.js';
import type { KindDef } from '../model/kind-def.js';
import { columnSources, detectHeader, shownHeader, type HeaderResult } from '../sources/header.js';
import { HEADER_SCAN_ROWS, sheetSelected } from '../sources/read-roster.js';
import { mapRow, type SheetMapping } from '../sources/row-mapper.js';
import { normalizeHeader } from '../sources/header-text.js';
import { RULES } from '../rules/index.js';

export interface InspectOptions {
  kind?: SourceKind;
  sheet?: string | number;
  headerRow?: number;
  columns?: Record<string, ColumnRef>;
  referenceDate: string;
  /** Name shown for the file (default: its base name). */
  displayName?: string;
}

export interface FieldReport extends ColumnSource { field: string; title: string }
export interface MissingReport { field: string; title: string; required: boolean; rules: string[]; suggestion: string | null }
export interface ValueCount { value: string; count: number }

export interface SheetReport {
  name: string;
  index: number;
  /** Non-empty rows of the sheet. */
  rows: number;
  kind: SourceKind | null;
  headerRow: number | null;
  groupRow: number | null;
  /** Why no header was found, or the error reading it (Chinese). */
  problem: string | null;
  /** The problem would stop an import (a required or configured column missing). */
  fatal: boolean;
  fields: FieldReport[];
  missing: MissingReport[];
  unused: { letter: string; header: string; group?: string }[];
  rowsUsed: number;
  rowsRejected: number;
  /** Code fields only (never IDs, names, phones, dates of birth): distinct values with counts, most frequent first. */
  values: Record<string, { distinct: number; top: ValueCount[]; more: boolean }>;
  warnings: string[];
}

export interface InspectReport {
  file: string;
  kind: SourceKind | null;
  kindGuessed: boolean;
  sheets: SheetReport[];
  /** A `sources` entry for the config that reads this file, with the columns that would fix what is missing. */
  snippet: Record<string, unknown> | null;
  /** Every required field was found on at least one sheet that will be read. */
  ok: boolean;
}

/** Fields whose values are codes, counted and shown; everything personal is left out by construction. */
const CODE_FIELDS = new Set([
  'township', 'village', 'relation', 'sex', 'docType', 'year', 'householdType', 'monitorType', 'riskEliminated', 'eliminationMethod',
  'exitYear', 'studentStatus', 'educationLevel', 'outOfSchoolReason', 'health', 'laborSkill', 'disabilityType', 'employmentChannel',
  'working', 'publicJob', 'identifiedAt', 'eliminatedAt', 'waterSafe', 'unsafeHouse', 'medicalInsured', 'employeeMedicalInsured',
  'seriousIllnessInsured', 'enjoysDibao', 'enjoysTekun', 'assistanceStatus', 'comprehensiveAid', 'industryAid', 'employmentAid',
  'publicJobAid', 'financeAid', 'healthAid', 'educationAid', 'socialAid', 'relocationAid', 'housingAid', 'waterAid', 'compulsoryEduAid',
  'noLaborSupport', 'risk1', 'risk2', 'risk3', 'risk4', 'risk5', 'supportType', 'lowIncomeType', 'insuredStatus', 'grade',
  'enrolStatus', 'renovation', 'disabilityLevel', 'entityType', 'entityStatus', 'role', 'propertyType', 'usage', 'vehicleType',
  'vehicleStatus',
]);
const TOP = 20;
const DISTINCT_CAP = 1000;

/** A value as shown: a run of 6+ digits (an ID or phone number in the wrong column) is cut, long text shortened. */
function shown(v: string): string {
  const t = v.replace(/\d{6,}/g, '…');
  return t.length > 30 ? t.slice(0, 30) + '…' : t;
}

function rulesNeeding(kind: SourceKind, field: string): string[] {
  return RULES.filter((r) => r.needs[kind]?.includes(field)).map((r) => r.code);
}

/** An unused header that shares a two-character run with the field's names: offered in the snippet. */
function suggest(kind: KindDef, field: string, unused: string[]): string | null {
  const f = kind.fields.find((x) => x.name === field);
  if (!f) return null;
  const names = [f.title, ...f.aliases].map(normalizeHeader);
  let best: { h: string; n: number } | null = null;
  for (const h of unused) {
    const nh = normalizeHeader(h);
    let n = 0;
    for (const name of names) for (let i = 0; i + 2 <= name.length; i++) if (nh.includes(name.slice(i, i + 2))) n++;
    if (n > 0 && (!best || n > best.n)) best = { h, n };
  }
  return best?.h ?? null;
}

/** The kind whose header the rows match best (most fields mapped, the ID among them). */
function guessKind(rows: RawRow[], where: { file: string; sheet: string }, opts: InspectOptions): { kind: KindDef; header: HeaderResult } | null {
  let best: { kind: KindDef; header: HeaderResult; score: number } | null = null;
  for (const k of SOURCE_KINDS) {
    let h: HeaderResult | null = null;
    try { h = detectHeader(rows, KINDS[k], { headerRow: opts.headerRow }, where); } catch { h = null; }
    if (!h) continue;
    const score = Object.keys(h.columns.fields).length;
    if (!best || score > best.score) best = { kind: KINDS[k], header: h, score };
  }
  return best;
}

interface Working {
  report: SheetReport;
  buffer: RawRow[];
  kind: KindDef | null;
  header: HeaderResult | null;
  mapping: SheetMapping | null;
  counts: Map<string, Map<string, number>>;
  done: boolean;
}

/** What the per-sheet steps share: the options and the name the file is shown by. */
interface SheetScope { opts: InspectOptions; display: string }

export async function inspectFile(file: string, opts: InspectOptions): Promise<InspectReport> {
  const display = opts.displayName ?? path.basename(file);
  let stat: fs.Stats;
  try { stat = fs.statSync(file); } catch {
    throw fail('FILE_NOT_FOUND', { checked: 'typed' }, { file: display });
  }
  if (!stat.isFile()) throw fail('NOT_A_FILE', { folder: false }, { file: display });
  const scope: SheetScope = { opts, display };
  const sheets: SheetReport[] = [];
  let cur: Working | null = null;
  for await (const ev of readTable(file, { displayName: display })) {
    if (ev.type === 'sheet') {
      const selected = sheetSelected(opts.sheet, ev.sheet, ev.sheetIndex);
      const report: SheetReport = {
        name: ev.sheet, index: ev.sheetIndex, rows: 0, kind: null, headerRow: null, groupRow: null, problem: null, fatal: false,
        fields: [], missing: [], unused: [], rowsUsed: 0, rowsRejected: 0, values: {}, warnings: [],
      };
      cur = selected ? { report, buffer: [], kind: null, header: null, mapping: null, counts: new Map(), done: false } : null;
      if (selected) sheets.push(report);
    } else if (ev.type === 'row') {
      if (!cur) continue;
      cur.report.rows++;
      if (cur.mapping) takeRow(cur, ev.row);
      else if (!cur.done) {
        cur.buffer.push(ev.row);
        if (cur.buffer.length >= HEADER_SCAN_ROWS) startSheet(cur, scope);
      }
    } else if (ev.type === 'sheetEnd') {
      if (cur) finishSheet(cur, ev.merges, scope);
      cur = null;
    }
  }
  if (opts.sheet !== undefined && sheets.length === 0) {
    throw fail('SHEET_NOT_FOUND', { sheet: String(opts.sheet), configured: false }, { file: display });
  }

  const read = sheets.filter((s) => s.headerRow !== null);
  const kind = opts.kind ?? read[0]?.kind ?? null;
  const ok = read.length > 0 && !sheets.some((s) => s.fatal) && read.every((s) => s.missing.every((m) => !m.required));
  return { file: display, kind, kindGuessed: !opts.kind && kind !== null, sheets, snippet: snippet(display, kind, read, opts), ok };
}

/** Header found in the first rows (or the sheet ended): find the kind and header, then map the buffered rows. */
function startSheet(w: Working, { opts, display }: SheetScope): void {
  w.done = true;
  const r = w.report;
  const where = { file: display, sheet: r.name };
  if (w.buffer.length === 0) { r.problem = '空工作表'; return; }
  try {
    if (opts.kind) {
      const k = KINDS[opts.kind];
      const h = detectHeader(w.buffer, k, { headerRow: opts.headerRow, columns: opts.columns }, where);
      if (h) { w.kind = k; w.header = h; }
    } else {
      const g = guessKind(w.buffer, where, opts);
      if (g) { w.kind = g.kind; w.header = g.header; }
    }
  } catch (e) {
    if (!(e instanceof FupinError)) throw e;
    r.problem = e.message + (e.hint ? ` ${e.hint}` : '');
    r.fatal = true;
    if (opts.kind) r.kind = opts.kind;
    return;
  }
  if (!w.kind || !w.header) {
    r.problem = `前 ${HEADER_SCAN_ROWS} 行中找不到包含身份证号列的表头${opts.kind ? `（按「${KINDS[opts.kind].title}」识别）` : ''}`;
    return;
  }
  r.kind = w.kind.kind;
  r.headerRow = w.header.headerRow;
  r.groupRow = w.header.groupRow;
  w.mapping = {
    kind: w.kind, file: display, sheet: r.name, fields: w.header.columns.fields,
    headers: w.header.columns.headers.map((h) => h.replace(/\s+/g, '')), referenceDate: opts.referenceDate,
  };
  for (const f of Object.keys(w.header.columns.fields)) if (CODE_FIELDS.has(f)) w.counts.set(f, new Map());
  for (const row of w.buffer) if (row.row >= w.header.firstDataRow) takeRow(w, row);
  w.buffer = [];
}

/** One data row: usable or rejected, and the values of the code fields counted. */
function takeRow(w: Working, row: RawRow): void {
  const m = mapRow(w.mapping!, row.row, row.cells);
  if (m.type === 'blank') return;
  if (m.type === 'rejected') { w.report.rowsRejected++; return; }
  w.report.rowsUsed++;
  const rec = m.record;
  for (const [field, counts] of w.counts) {
    const v = field === 'township' ? rec.township : field === 'village' ? rec.village : field === 'relation' ? rec.relation : rec.f[field];
    if (v === null || v === undefined || v === '') continue;
    const c = counts.get(v);
    if (c !== undefined) counts.set(v, c + 1);
    else if (counts.size < DISTINCT_CAP) counts.set(v, 1);
  }
}

/** Sheet ended: fields with their columns, unused headers, missing fields and the rules they silence, value counts. */
function finishSheet(w: Working, merges: MergeRange[], scope: SheetScope): void {
  if (!w.done) startSheet(w, scope);
  const r = w.report;
  const h = w.header;
  const k = w.kind;
  if (!h || !k) return;
  const { groups, sources } = columnSources(k, h, merges);
  const used = new Set(Object.values(h.columns.fields));
  for (const [field, c] of Object.entries(sources)) r.fields.push({ ...c, field, title: c.title ?? field });
  const unusedTexts: string[] = [];
  h.columns.headers.forEach((text, i) => {
    if (!text || used.has(i) || h.dataLike) return;
    unusedTexts.push(text);
    r.unused.push({ letter: colLetter(i + 1), header: shownHeader(text, 1000), ...(groups[i] ? { group: groups[i] } : {}) });
  });
  for (const f of k.fields) {
    if (h.columns.fields[f.name] !== undefined) continue;
    const rules = rulesNeeding(k.kind, f.name);
    if (!f.required && rules.length === 0) continue;
    r.missing.push({ field: f.name, title: f.title, required: Boolean(f.required), rules, suggestion: suggest(k, f.name, unusedTexts) });
  }
  for (const a of h.ambiguous) {
    const title = k.fields.find((f) => f.name === a.field)?.title ?? a.field;
    r.warnings.push(`「${title}」有 ${a.columns.length} 列：${a.columns.map((c) => `${colLetter(c + 1)}${groups[c] ? `（${groups[c]}）` : ''}`).join('、')}，读取第一列。`);
  }
  for (const [field, counts] of w.counts) {
    const top = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, TOP).map(([value, count]) => ({ value: shown(value), count }));
    r.values[field] = { distinct: counts.size, top, more: counts.size > TOP };
  }
}

/** The `sources` entry to paste into fupin.config.json. */
function snippet(file: string, kind: SourceKind | null, read: SheetReport[], opts: InspectOptions): Record<string, unknown> | null {
  if (!kind) return null;
  const columns: Record<string, unknown> = { ...(opts.columns ?? {}) };
  for (const s of read) for (const m of s.missing) if (columns[m.field] === undefined) columns[m.field] = m.suggestion ?? '<实际表头>';
  const entry: Record<string, unknown> = { kind, file };
  if (opts.sheet !== undefined) entry.sheet = opts.sheet;
  if (opts.headerRow !== undefined) entry.headerRow = opts.headerRow;
  if (Object.keys(columns).length > 0) entry.columns = columns;
  return entry;
}
