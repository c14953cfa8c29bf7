// Finds the header row of a roster sheet and maps its columns to a kind's canonical fields.
//
// Real department files put title rows, "统计单位/统计时间" rows, blank rows and merged group titles
// above the header, so every one of the first rows is scored by how many distinct fields it names.
// Two-row headers (a group title such as 基本信息 or 户主 over 姓名|身份证号) are scored as a pair.
import type { Cell } from '../model/types.js';
import { fail, type FupinError, type ShownHeaders } from '../errors.js';
import type { MergeRange, RawRow } from '../io/types.js';
import { colLetter, describeRef, letterIndex, type ColumnRef, type ColumnSource } from '../model/column-ref.js';
import type { FieldDef, KindDef } from '../model/kind-def.js';
import { normalizeHeader } from './header-text.js';

export interface ColumnMap {
  /** canonical field -> 0-based column index (two fields may share a column, see mapping rules) */
  fields: Record<string, number>;
  /** header text shown in messages, per column index ('' for a column without a header) */
  headers: string[];
}

export interface HeaderResult {
  headerRow: number;    // 1-based; the LAST header row when the header has two rows
  firstDataRow: number; // 1-based
  columns: ColumnMap;
  unmapped: string[];   // header texts not used by any field
  /** Fields that more than one column could fill: the first was taken; the caller warns. */
  ambiguous: Ambiguity[];
  /**
   * The group header above each column (merged cells carried right), '' where there is none; empty when the row
   * above the header is not a row of groups (a title, or nothing). Refined with the sheet's merges by refineGroups.
   */
  groups: string[];
  /** 1-based row of the group headers, or null. */
  groupRow: number | null;
  /** Raw texts of the group row per column (for refineGroups). */
  groupTexts: string[];
  /** The header row holds an ID number: it is a data row (a headerRow set too low), its texts are never shown. */
  dataLike: boolean;
}

/** Columns (0-based) that could all fill `field`; `headers` are their texts. */
export interface Ambiguity { field: string; headers: string[]; columns: number[] }

export interface HeaderOptions {
  headerRow?: number;
  /** field -> header text in this file (compared after normalizeHeader), a {header, group} or a {column} */
  columns?: Record<string, ColumnRef>;
}

export interface MappingResult {
  fields: Record<string, number>;
  missingRequired: string[];
  ambiguous: Ambiguity[];
  /** `columns` overrides whose header text is not in the row (`groups`: the groups that header does appear under). */
  notFound: { field: string; header: string; groups?: string[] }[];
  /** `columns` overrides that name a header and group found more than once. */
  ambiguousRefs: { field: string; ref: string; columns: number[] }[];
}

// ---------------------------------------------------------------------------------------------
// Alias index

type Strength = 0 | 1 | 2; // 0 normal alias, 1 weak alias (used only if no normal one), 2 fallbackAliases

/** Aliases that are only a stand-in for the field: a 残疾人证号 starts with the ID, but a real ID column wins. */
const WEAK_ALIASES: Record<string, string[]> = { idNumber: ['残疾人证号'] };

interface AliasIndex { byText: Map<string, { field: string; strength: Strength }> }

const indexCache = new WeakMap<KindDef, AliasIndex>();

function aliasIndex(kind: KindDef): AliasIndex {
  let idx = indexCache.get(kind);
  if (idx) return idx;
  const byText = new Map<string, { field: string; strength: Strength }>();
  const add = (text: string, field: string, strength: Strength) => {
    const n = normalizeHeader(text);
    const cur = byText.get(n);
    if (n && (!cur || cur.strength > strength)) byText.set(n, { field, strength });
  };
  for (const f of kind.fields) {
    const weak = new Set((WEAK_ALIASES[f.name] ?? []).map(normalizeHeader));
    add(f.name, f.name, 0);
    add(f.title, f.name, 0);
    for (const a of f.aliases) add(a, f.name, weak.has(normalizeHeader(a)) ? 1 : 0);
    for (const a of f.fallbackAliases ?? []) add(a, f.name, 2);
  }
  idx = { byText };
  indexCache.set(kind, idx);
  return idx;
}

interface Match { field: string; strength: Strength; loose: boolean }

/** Exact alias first; then the text without a bracketed note ("身份证号(18位)"), unless the note names the head. */
function matchText(norm: string, idx: AliasIndex): Match | null {
  if (!norm) return null;
  const exact = idx.byText.get(norm);
  if (exact) return { ...exact, loose: false };
  if (/[(\[]/.test(norm)) {
    const notes = norm.match(/\([^)]*\)|\[[^\]]*\]/g) ?? [];
    if (notes.some((n) => n.includes('户主'))) return null;
    const stripped = norm.replace(/\([^)]*\)|\[[^\]]*\]/g, '');
    const m = stripped && stripped !== norm ? idx.byText.get(stripped) : undefined;
    if (m) return { ...m, loose: true };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Column texts and mapping

/** One header column: what to show, the texts to try in order (combined two-row text first), its group header. */
interface ColumnText { display: string; candidates: { raw: string; norm: string }[]; group: string }

function cellHeaderText(c: Cell | undefined): string {
  if (c === null || c === undefined) return '';
  if (typeof c === 'string') return c.trim();
  if (typeof c === 'number' || typeof c === 'boolean') return String(c);
  if (c instanceof Date) return '';
  return '';
}

// Empty columns share one object: a sheet with a stray cell at column XFD has 16,384 of them per row.
const EMPTY_COLUMN: ColumnText = Object.freeze({ display: '', candidates: [], group: '' }) as ColumnText;

/**
 * Group headers of the row above a header: a merged group title has text in its first cell only, so it is carried
 * right. A row with fewer than two distinct texts is a title (or nothing), not a row of groups.
 */
export function carriedGroups(upper: Cell[] | undefined, n: number): string[] {
  if (!upper) return [];
  const out: string[] = new Array(n).fill('');
  const distinct = new Set<string>();
  let group = '';
  for (let i = 0; i < n; i++) {
    const u = cellHeaderText(upper[i]);
    if (u) {
      // "统计单位：某县民政局", "统计时间：2026年10月": a label with its value over the header is not a group title.
      if (/[:：]/.test(u) || u.length > 16 || /\d{4}/.test(u)) return [];
      group = u;
      distinct.add(u);
    }
    out[i] = group;
  }
  return distinct.size >= 2 ? out : [];
}

/**
 * The groups as the sheet's merged cells show them, once they are known (at the end of a streamed sheet): a column
 * is under the horizontal merge that covers it on the group row; a lone cell is a group only if the column also
 * has a header of its own below it. Without horizontal merges on that row, the carried groups stand.
 */
export function refineGroups(carried: string[], groupTexts: string[], groupRow: number, merges: MergeRange[]): string[] {
  if (carried.length === 0) return carried;
  const row = merges.filter((m) => m.top <= groupRow && m.bottom >= groupRow && m.right > m.left);
  if (row.length === 0) return carried;
  return carried.map((_, i) => {
    const m = row.find((r) => r.left <= i + 1 && r.right >= i + 1);
    if (m) return groupTexts[m.left - 1] ?? '';
    const vertical = merges.some((r) => r.top === groupRow && r.bottom > groupRow && r.left <= i + 1 && r.right >= i + 1);
    return vertical ? '' : groupTexts[i] ?? '';
  });
}

function withGroups(cols: ColumnText[], groups: string[]): ColumnText[] {
  if (groups.length === 0) return cols;
  return cols.map((c, i) => (c === EMPTY_COLUMN || !groups[i] ? c : { ...c, group: groups[i] }));
}

function singleRowTexts(cells: Cell[]): ColumnText[] {
  const out: ColumnText[] = new Array(cells.length);
  for (let i = 0; i < cells.length; i++) {
    const raw = cellHeaderText(cells[i]);
    out[i] = raw ? { display: raw, candidates: [{ raw, norm: normalizeHeader(raw) }], group: '' } : EMPTY_COLUMN;
  }
  return out;
}

/**
 * Two header rows. A group title is merged across its columns, so only its first cell has text:
 * it is carried right over the columns that have a lower text. Candidates per column:
 * group+lower ("户主"+"身份证号" = 户主身份证号), then lower alone, then the upper cell alone.
 */
function twoRowTexts(upper: Cell[], lower: Cell[]): ColumnText[] {
  const n = Math.max(upper.length, lower.length);
  const out: ColumnText[] = new Array(n);
  let group = '';
  for (let i = 0; i < n; i++) {
    const u = cellHeaderText(upper[i]);
    const l = cellHeaderText(lower[i]);
    if (u) group = u;
    else if (!l) group = '';
    if (!u && !l) { out[i] = EMPTY_COLUMN; continue; }
    const cands: { raw: string; norm: string }[] = [];
    const push = (raw: string) => {
      const norm = normalizeHeader(raw);
      if (norm && !cands.some((c) => c.norm === norm)) cands.push({ raw, norm });
    };
    if (group && l) push(group + l);
    if (l) push(l);
    if (u && !l) push(u);
    out[i] = { display: l || u, candidates: cands, group: '' };
  }
  return out;
}

interface Mapped extends MappingResult { display: string[] }

/** The live columns whose header (any candidate text) is `header`. */
function columnsWithHeader(cols: ColumnText[], live: number[], header: string): number[] {
  const want = normalizeHeader(header);
  return live.filter((k) => cols[k].candidates.some((x) => x.norm === want));
}

type Resolved = { index: number; also: number[] } | { none: true; groups?: string[] } | { many: number[] };

/** Finds the column a `columns` entry names. */
function resolveRef(cols: ColumnText[], live: number[], ref: ColumnRef): Resolved {
  if (typeof ref !== 'string' && 'column' in ref) {
    const i = letterIndex(ref.column) - 1;
    return Number.isNaN(i) || i < 0 ? { none: true } : { index: i, also: [] };
  }
  const header = typeof ref === 'string' ? ref : ref.header;
  const group = typeof ref === 'string' ? undefined : ref.group;
  const hits = columnsWithHeader(cols, live, header);
  if (hits.length === 0) return { none: true };
  if (group === undefined || group.trim() === '') return { index: hits[0], also: hits.slice(1) };
  const g = normalizeHeader(group);
  const inGroup = hits.filter((k) => normalizeHeader(cols[k].group) === g);
  if (inGroup.length === 1) return { index: inGroup[0], also: [] };
  if (inGroup.length > 1) return { many: inGroup };
  return { none: true, groups: [...new Set(hits.map((k) => cols[k].group).filter((x) => x))] };
}

function mapTexts(cols: ColumnText[], kind: KindDef, overrides: Record<string, ColumnRef> | undefined): Mapped {
  const idx = aliasIndex(kind);
  const fieldNames = new Set(kind.fields.map((f) => f.name));
  const fields: Record<string, number> = {};
  const ambiguous: Ambiguity[] = [];
  const notFound: MappingResult['notFound'] = [];
  const ambiguousRefs: MappingResult['ambiguousRefs'] = [];
  const display = cols.map((c) => c.display);
  // Only columns with some header text can map to anything; wide sheets are mostly empty.
  const live: number[] = [];
  for (let i = 0; i < cols.length; i++) if (cols[i].candidates.length > 0) live.push(i);
  const claimed = new Set<number>();

  for (const [field, ref] of Object.entries(overrides ?? {})) {
    if (!fieldNames.has(field)) {
      throw fail('UNKNOWN_FIELD', { field, kind: kind.kind, available: kind.fields.map((f) => ({ field: f.name, title: f.title })) });
    }
    const r = resolveRef(cols, live, ref);
    if ('none' in r) { notFound.push({ field, header: describeRef(ref), groups: r.groups }); continue; }
    if ('many' in r) { ambiguousRefs.push({ field, ref: describeRef(ref), columns: r.many }); continue; }
    const i = r.index;
    fields[field] = i;
    claimed.add(i);
    const want = normalizeHeader(typeof ref === 'string' ? ref : 'header' in ref ? ref.header : '');
    const hit = cols[i]?.candidates.find((x) => x.norm === want);
    if (hit) display[i] = hit.raw;
    // The same header under different groups (the 风险消除后 copy): the first is used, and the clerk is told.
    const others = r.also.filter((k) => cols[k].group !== cols[i].group);
    if (others.length > 0) ambiguous.push({ field, headers: [i, ...others].map((k) => display[k] || cols[k].display), columns: [i, ...others] });
  }

  // Each column belongs primarily to the field its best candidate text names.
  const primary = new Map<number, Match & { cand: number }>();
  // field -> tiers of columns: normal exact, normal with a note stripped, weak alias, fallback alias.
  const tiersByField = new Map<string, number[][]>();
  for (const i of live) {
    if (claimed.has(i)) continue;
    const c = cols[i];
    for (let k = 0; k < c.candidates.length; k++) {
      const m = matchText(c.candidates[k].norm, idx);
      if (!m) continue;
      primary.set(i, { ...m, cand: k });
      let tiers = tiersByField.get(m.field);
      if (!tiers) tiersByField.set(m.field, (tiers = [[], [], [], []]));
      tiers[m.strength === 0 ? (m.loose ? 1 : 0) : m.strength === 1 ? 2 : 3].push(i);
      break;
    }
  }

  for (const f of kind.fields) {
    if (fields[f.name] !== undefined || (overrides && overrides[f.name] !== undefined)) continue;
    let chosen = tiersByField.get(f.name)?.find((t) => t.length > 0);
    if (!chosen) {
      // A lower-ranked text of a column already taken, e.g. 户主/身份证号 serves as the ID when no member ID exists.
      const secondary: number[] = [];
      for (const [i, p] of primary) {
        const c = cols[i];
        for (let k = p.cand + 1; k < c.candidates.length; k++) {
          const m = matchText(c.candidates[k].norm, idx);
          if (m && m.field === f.name && m.strength === 0) { secondary.push(i); break; }
        }
      }
      chosen = secondary.length > 0 ? secondary : undefined;
    }
    if (!chosen) continue;
    fields[f.name] = chosen[0];
    const p = primary.get(chosen[0]);
    if (p && p.field === f.name) display[chosen[0]] = cols[chosen[0]].candidates[p.cand].raw;
    if (chosen.length > 1) ambiguous.push({ field: f.name, headers: chosen.map((i) => display[i] || cols[i].display), columns: chosen });
  }

  const missingRequired = kind.fields.filter((f) => f.required && fields[f.name] === undefined).map((f) => f.name);
  return { fields, missingRequired, ambiguous, notFound, ambiguousRefs, display };
}

/** Maps one header row's texts to the kind's fields (exported for `verify` and tests). */
export function mapColumns(headerCells: string[], kind: KindDef, overrides?: Record<string, ColumnRef>, groupCells?: string[]): MappingResult {
  const cols = withGroups(singleRowTexts(headerCells), carriedGroups(groupCells, headerCells.length));
  const { fields, missingRequired, ambiguous, notFound, ambiguousRefs } = mapTexts(cols, kind, overrides);
  return { fields, missingRequired, ambiguous, notFound, ambiguousRefs };
}

// ---------------------------------------------------------------------------------------------
// Errors

interface Where { file: string; sheet: string; row?: number }

/** A cell no header has: an ID-length run of digits, as text or as a number. */
function isDataLike(c: Cell | undefined): boolean {
  if (typeof c === 'number') return Math.abs(c) >= 1e14;
  return typeof c === 'string' && /\d{15,}/.test(c);
}

/** Header texts safe to print: never anything that looks like an ID or phone number, kept short. */
function printable(headers: string[] | null): ShownHeaders | null {
  if (headers === null) return null;
  const list = headers.map((h) => h.replace(/\s+/g, ' ').trim()).filter((h) => h && !/\d{6,}/.test(h))
    .map((h) => (h.length > 30 ? h.slice(0, 30) + '…' : h));
  return { list: list.slice(0, 40), more: list.length > 40 };
}

function fieldDef(kind: KindDef, name: string): FieldDef | undefined {
  return kind.fields.find((f) => f.name === name);
}

/** A plausible header to put in the example `columns` entry. */
function guessHeader(field: string, unused: string[]): string {
  const want = field === 'idNumber' || field === 'headIdNumber' ? /证|号码|ID/i : field === 'name' ? /名|人/ : null;
  const hit = want ? unused.find((h) => want.test(h) && !/\d{6,}/.test(h)) : undefined;
  return hit ?? '<实际表头>';
}

const named = (kind: KindDef, field: string) => ({ field, title: fieldDef(kind, field)?.title ?? field });

/** MISSING_COLUMN: lists the headers seen and the `columns` entry that would fix it. */
export function missingColumnError(kind: KindDef, missing: string[], headers: string[] | null, where: Where, unused: string[] = headers ?? []): FupinError {
  return fail('MISSING_COLUMN', {
    missing: missing.map((m) => named(kind, m)), headers: printable(headers), headerRow: Boolean(where.row),
    example: missing.map((m) => ({ field: m, header: guessHeader(m, unused) })),
  }, { ...where });
}

function columnNotFoundError(kind: KindDef, missing: MappingResult['notFound'], headers: string[] | null, where: Where): FupinError {
  return fail('COLUMN_NOT_FOUND', {
    refs: missing.map((m) => ({ ...named(kind, m.field), ref: m.header, groups: m.groups ?? [] })), headers: printable(headers),
  }, { ...where });
}

/** A `columns` entry that still names several columns: reading would have to guess, so it stops. */
function ambiguousRefError(kind: KindDef, refs: MappingResult['ambiguousRefs'], cols: ColumnText[], where: Where): FupinError {
  return fail('AMBIGUOUS_COLUMN', {
    refs: refs.map((r) => ({ ...named(kind, r.field), ref: r.ref,
      columns: r.columns.map((k) => columnLabel(k, cols[k]?.display ?? '', cols[k]?.group ?? '')) })),
    example: { field: refs[0].field, column: colLetter(refs[0].columns[0] + 1) },
  }, { ...where });
}

/** A header text as messages show it: no whitespace, digit runs (an ID in the wrong row) cut, at most `max` characters. */
export function shownHeader(text: string, max = 30): string {
  return text.replace(/\s+/g, '').replace(/\d{6,}/g, '…').slice(0, max);
}

/** 「AZ 列「风险是否已消除」（分组「风险消除后」）」: how a column is named in messages. */
export function columnLabel(index: number, header: string, group: string): string {
  const h = shownHeader(header);
  return `${colLetter(index + 1)} 列「${h}」${group ? `（分组「${group.replace(/\s+/g, '').slice(0, 20)}」）` : ''}`;
}

// ---------------------------------------------------------------------------------------------
// Detection

interface Candidate { lastRow: number; rows: number; cols: ColumnText[]; mapped: Mapped; score: number; hasId: boolean; groups: string[] }

function evaluate(texts: ColumnText[], groups: string[], lastRow: number, nrows: number, kind: KindDef, opts: HeaderOptions): Candidate {
  const cols = withGroups(texts, groups);
  const mapped = mapTexts(cols, kind, opts.columns);
  // A column given by letter maps on every row: only a row with header text in that column is evidence of a header.
  let score = 0;
  for (const i of Object.values(mapped.fields)) if ((cols[i]?.candidates.length ?? 0) > 0) score++;
  return { lastRow, rows: nrows, cols, mapped, score, hasId: mapped.fields.idNumber !== undefined, groups };
}

function better(a: Candidate, b: Candidate | null): boolean {
  if (!b) return true;
  if (a.hasId !== b.hasId) return a.hasId;
  if (a.score !== b.score) return a.score > b.score;
  if (a.mapped.notFound.length !== b.mapped.notFound.length) return a.mapped.notFound.length < b.mapped.notFound.length;
  // Two header-like rows in a row (a code row such as AAC003|AAC002 over 姓名|身份证号): data follows the lower one.
  if (a.rows === 1 && b.rows === 1 && a.lastRow === b.lastRow + 1) return true;
  return false; // ties: the earlier row, and a single row over a pair (candidates are tried in that order)
}

/** A row of column numbers under the header (1 2 3 … as in government templates) is not data. */
function isColumnNumberRow(r: RawRow | undefined): boolean {
  if (!r) return false;
  const vals = r.cells.filter((c) => c !== null && c !== undefined && !(typeof c === 'string' && c.trim() === ''));
  if (vals.length < 3) return false;
  let prev = 0;
  for (const v of vals) {
    const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d{1,3}\s*$/.test(v) ? Number(v) : NaN;
    if (!Number.isInteger(n) || n <= prev) return false;
    prev = n;
  }
  return true;
}

/**
 * Finds the header among `rows` (the first ~30 rows of a sheet, blank rows may be missing).
 * Returns null when no row looks like this kind's header (the caller skips the sheet or reports it).
 * Throws MISSING_COLUMN / COLUMN_NOT_FOUND when a header is clearly there but lacks a required or
 * configured column.
 */
export function detectHeader(rows: RawRow[], kind: KindDef, opts: HeaderOptions, where: { file: string; sheet: string }): HeaderResult | null {
  const sorted = [...rows].sort((a, b) => a.row - b.row);
  const byRow = new Map(sorted.map((r) => [r.row, r]));
  const cands: Candidate[] = [];
  for (const r of sorted) {
    if (opts.headerRow !== undefined && r.row !== opts.headerRow) continue;
    const up = byRow.get(r.row - 1);
    const groups = carriedGroups(up?.cells, r.cells.length);
    cands.push(evaluate(singleRowTexts(r.cells), groups, r.row, 1, kind, opts));
    if (up) cands.push(evaluate(twoRowTexts(up.cells, r.cells), groups, r.row, 2, kind, opts));
  }
  let best: Candidate | null = null;
  for (const c of cands) if (c.score > 0 && better(c, best)) best = c;
  if (!best) return null;

  // A row taken for the header that holds ID numbers is a data row (e.g. headerRow off by one): its cells,
  // names included, are never echoed in a message.
  const shownRows = [byRow.get(best.lastRow), best.rows === 2 ? byRow.get(best.lastRow - 1) : undefined];
  const dataRow = shownRows.some((r) => r?.cells.some(isDataLike));
  const headerTexts = dataRow ? null : best.cols.map((c) => c.display);
  const errWhere = { ...where, row: best.lastRow };
  const recognisable = opts.headerRow !== undefined ? best.score >= 1 : best.score >= 2 && (best.hasId || best.mapped.fields.name !== undefined);
  if (!best.hasId) {
    if (!recognisable) return null;
    const idOverride = best.mapped.notFound.filter((n) => n.field === 'idNumber');
    if (idOverride.length > 0) throw columnNotFoundError(kind, idOverride, headerTexts, errWhere);
    throw missingColumnError(kind, best.mapped.missingRequired, headerTexts, errWhere, dataRow ? [] : unusedHeaders(best));
  }
  if (best.mapped.notFound.length > 0) throw columnNotFoundError(kind, best.mapped.notFound, headerTexts, errWhere);
  if (best.mapped.ambiguousRefs.length > 0) throw ambiguousRefError(kind, best.mapped.ambiguousRefs, best.cols, errWhere);
  if (best.mapped.missingRequired.length > 0) {
    throw missingColumnError(kind, best.mapped.missingRequired, headerTexts, errWhere, dataRow ? [] : unusedHeaders(best));
  }

  let firstDataRow = best.lastRow + 1;
  if (isColumnNumberRow(byRow.get(firstDataRow))) firstDataRow++;
  const used = new Set(Object.values(best.mapped.fields));
  // Groups come from the row above only when neither row holds personal data (a data row is never shown).
  const above = byRow.get(best.lastRow - 1);
  const groupsOk = best.groups.length > 0 && !dataRow && !above?.cells.some(isDataLike);
  const groupRow = groupsOk ? best.lastRow - 1 : null;
  const up = groupRow === null ? undefined : above;
  return {
    headerRow: best.lastRow,
    firstDataRow,
    columns: { fields: best.mapped.fields, headers: best.mapped.display },
    unmapped: best.mapped.display.filter((h, i) => h !== '' && !used.has(i)),
    ambiguous: best.mapped.ambiguous,
    groups: groupsOk ? best.groups : [],
    groupRow,
    groupTexts: up && !dataRow ? up.cells.map(cellHeaderText) : [],
    dataLike: dataRow,
  };
}

function unusedHeaders(c: Candidate): string[] {
  const used = new Set(Object.values(c.mapped.fields));
  return c.mapped.display.filter((h, i) => h !== '' && !used.has(i));
}

/**
 * Where each mapped field of a sheet came from, once the sheet's merges are known (product-spec §9.1). A header row
 * that holds personal data (a data row) shows no texts.
 */
export function columnSources(kind: KindDef, h: HeaderResult, merges: MergeRange[]): { groups: string[]; sources: Record<string, ColumnSource> } {
  const groups = h.groupRow === null ? [] : refineGroups(h.groups, h.groupTexts, h.groupRow, merges);
  const sources: Record<string, ColumnSource> = {};
  for (const f of kind.fields) {
    const col = h.columns.fields[f.name];
    if (col === undefined) continue;
    const group = groups[col];
    sources[f.name] = { letter: colLetter(col + 1), header: h.dataLike ? '' : (h.columns.headers[col] ?? '').replace(/\s+/g, ''), ...(group ? { group } : {}), title: f.title };
  }
  return { groups, sources };
}
