// Reads one roster file into events: header detection, row mapping, merged place cells. No database: this half of an
// import runs in a worker thread during reconcile (see roster-worker.ts), or inline for `fupin import` and tests.
import type { PersonRecord, RejectedRow } from '../model/types.js';
import type { RawRow, MergeRange } from '../io/types.js';
import { readTable } from '../io/read-table.js';
import { columnLabel, columnSources, detectHeader, shownHeader, type Ambiguity, type HeaderResult } from './header.js';
import { colLetter, type SheetColumns } from '../model/column-ref.js';
import { kindDef } from './kinds/index.js';
import { mapRow, type SheetMapping } from './row-mapper.js';
import { cellText } from './cell-text.js';
import { fail } from '../errors.js';
import type { ImportSpec } from './import-spec.js';

/** Where a reading goes. Records arrive in file order; a fill only concerns records already delivered. */
export interface RosterSink {
  record(r: PersonRecord): void;
  rejected(r: RejectedRow): void;
  /** Rows fromRow…toRow of a sheet lie in a merged township/village cell whose value is `value`. */
  fill(field: 'township' | 'village', value: string, sheet: string, fromRow: number, toRow: number): void;
  progress?(rows: number): void;
}

export interface RosterSummary {
  sheets: string[];
  rowsUsed: number;
  rowsRejected: number;
  warnings: string[];
  /** Per sheet read: the column each field came from. */
  columns: SheetColumns[];
}

export const HEADER_SCAN_ROWS = 30;

/** Whether a sheet is read: all of them, or the one `sheet` names (1-based index or name). */
export function sheetSelected(sheet: string | number | undefined, name: string, index: number): boolean {
  if (sheet === undefined) return true;
  if (typeof sheet === 'number') return sheet === index;
  return sheet.trim() === name.trim();
}

interface SheetState {
  name: string;
  buffer: RawRow[];
  mapping: SheetMapping | null;
  header: HeaderResult | null;
  selected: boolean;
  noHeader: boolean;
  /**
   * township/village text of rows that may be the top of a merged cell: only a row followed by one whose place
   * cell is empty is kept (the cells a merge covers are empty), so a sheet without merges keeps next to nothing.
   */
  places: Map<number, [string, string]>;
  /** The last row's place cells, kept in `places` once the next row turns out to have an empty one. */
  pending: { row: number; place: [string, string] } | null;
}

export async function readRoster(spec: ImportSpec, sink: RosterSink): Promise<RosterSummary> {
  const kind = kindDef(spec.kind);
  const warnings: string[] = [];
  const sheets: string[] = [];
  let rowsUsed = 0;
  let rowsRejected = 0;
  let sheetsSeen = 0;
  let selectedSeen = 0;
  const noHeaderSheets: string[] = [];
  const columns: SheetColumns[] = [];
  let st: SheetState | null = null;

  const processRow = (s: SheetState, r: RawRow) => {
    const m = s.mapping!;
    const res = mapRow(m, r.row, r.cells);
    if (res.type === 'blank') return;
    if (res.type === 'record') { sink.record(res.record); rowsUsed++; }
    else { sink.rejected(res.rejected); rowsRejected++; }
    if (m.fields.township !== undefined || m.fields.village !== undefined) {
      const place: [string, string] = [cellText(r.cells[m.fields.township ?? -1] ?? null), cellText(r.cells[m.fields.village ?? -1] ?? null)];
      const gap = (m.fields.township !== undefined && place[0] === '') || (m.fields.village !== undefined && place[1] === '');
      if (gap && s.pending) s.places.set(s.pending.row, s.pending.place);
      s.pending = { row: r.row, place };
    }
    if (sink.progress && (rowsUsed + rowsRejected) % 5000 === 0) sink.progress(rowsUsed + rowsRejected);
  };

  const startMapping = (s: SheetState) => {
    const header = detectHeader(s.buffer, kind, { headerRow: spec.headerRow, columns: spec.columns }, { file: spec.file, sheet: s.name });
    if (!header) {
      s.noHeader = true;
      noHeaderSheets.push(s.name);
      return;
    }
    s.mapping = {
      kind, file: spec.file, sheet: s.name, fields: header.columns.fields,
      headers: header.columns.headers.map((h) => h.replace(/\s+/g, '')), referenceDate: spec.referenceDate,
    };
    s.header = header;
    sheets.push(s.name);
    for (const r of s.buffer) if (r.row >= header.firstDataRow) processRow(s, r);
    s.buffer = [];
  };

  const endSheet = (s: SheetState, merges: MergeRange[]) => {
    if (!s.mapping && !s.noHeader) {
      // An empty sheet is not an error: it simply has zero rows.
      if (s.buffer.length === 0) return;
      startMapping(s);
    }
    if (!s.mapping || !s.header) return;
    const h = s.header;
    const { groups, sources } = columnSources(kind, h, merges);
    columns.push({ file: spec.file, sheet: s.name, headerRow: h.headerRow, columns: sources });
    // Names repeated under another group (the national export's 风险消除后 block) are one note; other ambiguities
    // (two ID columns, a header typed twice) are one warning each.
    const titleOf = (field: string) => kind.fields.find((f) => f.name === field)?.title ?? field;
    const grouped = h.ambiguous.filter((a) => a.columns.every((c, k) => groups[c] && a.columns.findIndex((d) => groups[d] === groups[c]) === k));
    for (const a of h.ambiguous) {
      if (grouped.includes(a)) continue;
      warnings.push(ambiguousWarning(spec.file, s.name, h.headerRow, a.field, titleOf(a.field), a.columns.map((c, k) => columnLabel(c, a.headers[k] ?? '', groups[c] ?? '')), a.columns, groups, a.headers[1] ?? ''));
    }
    if (grouped.length > 0) warnings.push(repeatedGroupsNote(spec.file, s.name, h.headerRow, grouped, groups, titleOf));
    for (const field of ['township', 'village'] as const) {
      const col = s.mapping.fields[field];
      if (col === undefined) continue;
      for (const mg of merges) {
        if (mg.left > col + 1 || mg.right < col + 1 || mg.bottom <= mg.top) continue;
        const top = s.places.get(mg.top);
        const v = top ? top[field === 'township' ? 0 : 1] : '';
        if (v) sink.fill(field, v, s.name, mg.top + 1, mg.bottom);
      }
    }
  };

  for await (const ev of readTable(spec.path, { displayName: spec.file })) {
    if (ev.type === 'sheet') {
      sheetsSeen++;
      const selected = sheetSelected(spec.sheet, ev.sheet, ev.sheetIndex);
      if (selected) selectedSeen++;
      st = { name: ev.sheet, buffer: [], mapping: null, header: null, selected, noHeader: false, places: new Map(), pending: null };
    } else if (ev.type === 'row') {
      if (!st || !st.selected || st.noHeader) continue;
      if (st.mapping) processRow(st, ev.row);
      else {
        st.buffer.push(ev.row);
        if (st.buffer.length >= HEADER_SCAN_ROWS) startMapping(st);
      }
    } else if (ev.type === 'sheetEnd') {
      if (st && st.selected) endSheet(st, ev.merges);
      st = null;
    }
  }

  if (spec.sheet !== undefined && selectedSeen === 0) {
    throw fail('SHEET_NOT_FOUND', { sheet: String(spec.sheet), configured: true, sheetCount: sheetsSeen }, { file: spec.file });
  }
  if (sheets.length === 0 && sheetsSeen > 0 && noHeaderSheets.length > 0) {
    throw fail('HEADER_NOT_FOUND', { sheets: noHeaderSheets, scannedRows: HEADER_SCAN_ROWS, kindTitle: kind.title }, { file: spec.file });
  }
  if (noHeaderSheets.length > 0 && sheets.length > 0) {
    warnings.push(`${spec.file}：工作表${noHeaderSheets.map((s) => `「${s}」`).join('、')}没有可识别的表头，已跳过。`);
  }
  return { sheets, rowsUsed, rowsRejected, warnings, columns };
}

/** Headers repeated under later groups: the first copy of each is used; the note names every column and the way to pick. */
function repeatedGroupsNote(file: string, sheet: string, headerRow: number, list: Ambiguity[], groups: string[], titleOf: (f: string) => string): string {
  const items = list.map((a) => `「${titleOf(a.field)}」${a.columns.map((c) => `${colLetter(c + 1)}（${shownHeader(groups[c])}）`).join('/')}`);
  const ex = list[0];
  const later = groups[ex.columns[1]];
  return `${file}：工作表「${sheet}」第 ${headerRow} 行有 ${list.length} 个表头在不同分组下重复出现：${items.join('、')}；均使用靠前的一列。` +
    `如某字段应取另一分组的列，请在配置该数据源的 columns 中写明，例如 "${ex.field}": { "header": "${shownHeader(ex.headers[1] ?? '')}", "group": "${shownHeader(later)}" } 或 "${ex.field}": { "column": "${colLetter(ex.columns[1] + 1)}" }。`;
}

/**
 * Two columns could fill one field: the first is used (in the national export, the identification-time copy);
 * the clerk is told both columns by letter and group, and the `columns` entry that picks the other.
 */
function ambiguousWarning(file: string, sheet: string, headerRow: number, field: string, title: string, labels: string[],
  cols: number[], groups: string[], header: string): string {
  const other = cols[1];
  const pick = groups[other] && groups[other] !== groups[cols[0]]
    ? `"${field}": { "header": "${shownHeader(header)}", "group": "${shownHeader(groups[other], 20)}" } 或 "${field}": { "column": "${colLetter(other + 1)}" }`
    : `"${field}": { "column": "${colLetter(other + 1)}" }`;
  return `${file}：工作表「${sheet}」第 ${headerRow} 行有 ${labels.length} 列都可作为「${title}」：${labels.join('、')}；已使用第一列 ${labels[0]}。` +
    `如应使用另一列，请在配置该数据源的 columns 中写明，例如 ${pick}。`;
}
