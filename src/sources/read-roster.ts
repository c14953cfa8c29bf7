// Reads one roster file into events: header detection, row mapping, merged place cells. No database: this half of an
// import runs in a worker thread during reconcile (see app/roster-worker.ts), or inline for `fupin import` and tests.
import type { PersonRecord, RejectedRow } from '../model/types.js';
import type { RawRow, MergeRange } from '../io/types.js';
import { readTable } from '../io/read-table.js';
import { columnLabel, columnSources, detectHeader, shownHeader, type Ambiguity, type HeaderResult } from './header.js';
import { colLetter, type SheetColumns } from '../model/column-ref.js';
import { kindDef } from '../model/kinds/index.js';
import type { KindDef } from '../model/kind-def.js';
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

/** One roster file being read: its sheets' states and the counts and notes of the summary. */
class RosterRead {
  readonly kind: KindDef;
  readonly warnings: string[] = [];
  readonly sheets: string[] = [];
  readonly noHeaderSheets: string[] = [];
  readonly columns: SheetColumns[] = [];
  rowsUsed = 0;
  rowsRejected = 0;

  constructor(readonly spec: ImportSpec, readonly sink: RosterSink) {
    this.kind = kindDef(spec.kind);
  }

  /** A data row: to the sink as a record or a rejected row; the place cells remembered for merged cells. */
  processRow(s: SheetState, r: RawRow): void {
    const m = s.mapping!;
    const res = mapRow(m, r.row, r.cells);
    if (res.type === 'blank') return;
    if (res.type === 'record') { this.sink.record(res.record); this.rowsUsed++; }
    else { this.sink.rejected(res.rejected); this.rowsRejected++; }
    if (m.fields.township !== undefined || m.fields.village !== undefined) {
      const place: [string, string] = [cellText(r.cells[m.fields.township ?? -1] ?? null), cellText(r.cells[m.fields.village ?? -1] ?? null)];
      const gap = (m.fields.township !== undefined && place[0] === '') || (m.fields.village !== undefined && place[1] === '');
      if (gap && s.pending) s.places.set(s.pending.row, s.pending.place);
      s.pending = { row: r.row, place };
    }
    if (this.sink.progress && (this.rowsUsed + this.rowsRejected) % 5000 === 0) this.sink.progress(this.rowsUsed + this.rowsRejected);
  }

  /** The first rows are buffered until the header is found; then they are mapped like the rest. */
  startMapping(s: SheetState): void {
    const header = detectHeader(s.buffer, this.kind, { headerRow: this.spec.headerRow, columns: this.spec.columns }, { file: this.spec.file, sheet: s.name });
    if (!header) {
      s.noHeader = true;
      this.noHeaderSheets.push(s.name);
      return;
    }
    s.mapping = {
      kind: this.kind, file: this.spec.file, sheet: s.name, fields: header.columns.fields,
      headers: header.columns.headers.map((h) => h.replace(/\s+/g, '')), referenceDate: this.spec.referenceDate,
    };
    s.header = header;
    this.sheets.push(s.name);
    for (const r of s.buffer) if (r.row >= header.firstDataRow) this.processRow(s, r);
    s.buffer = [];
  }

  /** Sheet ended: column provenance, ambiguity notes, and merged place cells as fills. */
  endSheet(s: SheetState, merges: MergeRange[]): void {
    if (!s.mapping && !s.noHeader) {
      // An empty sheet is not an error: it simply has zero rows.
      if (s.buffer.length === 0) return;
      this.startMapping(s);
    }
    if (!s.mapping || !s.header) return;
    const h = s.header;
    const { groups, sources } = columnSources(this.kind, h, merges);
    this.columns.push({ file: this.spec.file, sheet: s.name, headerRow: h.headerRow, columns: sources });
    // Names repeated under another group (the national export's 风险消除后 block) are one note; other ambiguities
    // (two ID columns, a header typed twice) are one warning each.
    const titleOf = (field: string) => this.kind.fields.find((f) => f.name === field)?.title ?? field;
    const grouped = h.ambiguous.filter((a) => a.columns.every((c, k) => groups[c] && a.columns.findIndex((d) => groups[d] === groups[c]) === k));
    for (const a of h.ambiguous) {
      if (grouped.includes(a)) continue;
      this.warnings.push(ambiguousWarning(this.spec.file, s.name, h.headerRow, a.field, titleOf(a.field), a.columns.map((c, k) => columnLabel(c, a.headers[k] ?? '', groups[c] ?? '')), a.columns, groups, a.headers[1] ?? ''));
    }
    if (grouped.length > 0) this.warnings.push(repeatedGroupsNote(this.spec.file, s.name, h.headerRow, grouped, groups, titleOf));
    for (const field of ['township', 'village'] as const) {
      const col = s.mapping.fields[field];
      if (col === undefined) continue;
      for (const mg of merges) {
        if (mg.left > col + 1 || mg.right < col + 1 || mg.bottom <= mg.top) continue;
        const top = s.places.get(mg.top);
        const v = top ? top[field === 'township' ? 0 : 1] : '';
        if (v) this.sink.fill(field, v, s.name, mg.top + 1, mg.bottom);
      }
    }
  }
}

export async function readRoster(spec: ImportSpec, sink: RosterSink): Promise<RosterSummary> {
  const rr = new RosterRead(spec, sink);
  const { kind, warnings, sheets, noHeaderSheets, columns } = rr;
  let sheetsSeen = 0;
  let selectedSeen = 0;
  let st: SheetState | null = null;
  for await (const ev of readTable(spec.path, { displayName: spec.file })) {
    if (ev.type === 'sheet') {
      sheetsSeen++;
      const selected = sheetSelected(spec.sheet, ev.sheet, ev.sheetIndex);
      if (selected) selectedSeen++;
      st = { name: ev.sheet, buffer: [], mapping: null, header: null, selected, noHeader: false, places: new Map(), pending: null };
    } else if (ev.type === 'row') {
      if (!st || !st.selected || st.noHeader) continue;
      if (st.mapping) rr.processRow(st, ev.row);
      else {
        st.buffer.push(ev.row);
        if (st.buffer.length >= HEADER_SCAN_ROWS) rr.startMapping(st);
      }
    } else if (ev.type === 'sheetEnd') {
      if (st && st.selected) rr.endSheet(st, ev.merges);
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
  return { sheets, rowsUsed: rr.rowsUsed, rowsRejected: rr.rowsRejected, warnings, columns };
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
