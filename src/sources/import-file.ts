// Streams one roster file into the database: header detection, row mapping, prepared inserts, one savepoint.
import fs from 'node:fs';
import crypto from 'node:crypto';
import type { Db } from '../store/db.js';
import type { PersonRecord, SourceKind } from '../model/types.js';
import type { RawRow, MergeRange } from '../io/types.js';
import type { FileSummary } from '../export/types.js';
import { readTable } from '../io/read-table.js';
import { detectHeader } from './header.js';
import { kindDef } from './kinds/index.js';
import { mapRow, type SheetMapping } from './row-mapper.js';
import { cellText, dateToIso } from './cell-text.js';
import { inputError } from '../errors.js';
import { deleteImport, findImport, importWriter, insertImport, updateImportCounts } from '../store/imports.js';

export interface ImportSpec {
  path: string;          // file on disk
  file: string;          // name as stored and shown (relative to the input folder)
  kind: SourceKind;
  period: string;
  sheet?: string | number;
  headerRow?: number;
  columns?: Record<string, string>;
  referenceDate: string;
}

/** What one file's import did; the counts are the FileSummary the reports show. */
export interface ImportOutcome extends FileSummary {
  importId: number;
  status: 'imported' | 'replaced' | 'unchanged';
  kind: SourceKind;
  warnings: string[];
}

const HEADER_SCAN_ROWS = 30;

export async function sha256File(path: string): Promise<string> {
  const h = crypto.createHash('sha256');
  for await (const chunk of fs.createReadStream(path)) h.update(chunk as Buffer);
  return h.digest('hex');
}

function sheetSelected(spec: ImportSpec, name: string, index: number): boolean {
  if (spec.sheet === undefined) return true;
  if (typeof spec.sheet === 'number') return spec.sheet === index;
  return spec.sheet.trim() === name.trim();
}

interface SheetState {
  name: string;
  index: number;
  buffer: RawRow[];
  mapping: SheetMapping | null;
  selected: boolean;
  noHeader: boolean;
  /**
   * township/village text of rows that may be the top of a merged cell: only a row followed by one whose place
   * cell is empty is kept (the cells a merge covers are empty), so a sheet without merges keeps next to nothing.
   */
  places: Map<number, [string, string]>;
  /** The last row's place cells, kept in `places` once the next row turns out to have an empty one. */
  pending: { row: number; place: [string, string] } | null;
  /** This sheet's collected records in row order, for filling merged cells in memory too. */
  collected: PersonRecord[];
}

/**
 * Import inside a SAVEPOINT so that it nests in a caller's transaction (reconcile) or stands alone (import).
 * On any error the savepoint is rolled back: nothing half-imported.
 */
/**
 * `collect`, when given, receives every usable record as stored (merged township/village cells filled in), so that
 * reconcile need not read a million rows back from the database it has just written them to.
 */
export async function importFile(db: Db, spec: ImportSpec, onRows?: (n: number) => void, collect?: (r: PersonRecord) => void): Promise<ImportOutcome> {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(spec.path);
  } catch {
    throw inputError('FILE_NOT_FOUND', '文件不存在或无法读取。', { file: spec.file }, '检查文件是否被移动、删除，或是否有读取权限。');
  }
  if (!stat.isFile()) throw inputError('NOT_A_FILE', '这不是一个文件。', { file: spec.file });
  const sha256 = await sha256File(spec.path);
  const prev = findImport(db, spec.kind, spec.period, spec.file);
  const dataDate = dateToIso(new Date(stat.mtimeMs));
  const options = readingOptions(spec);
  // Unchanged only if the same bytes were read the same way: a corrected sheet/headerRow/columns takes effect.
  if (prev && prev.sha256 === sha256 && prev.options === options) {
    return { importId: prev.id, status: 'unchanged', kind: spec.kind, file: spec.file, sha256, sheets: prev.sheets,
      rowsRead: prev.rowsRead, rowsUsed: prev.rowsUsed, rowsRejected: prev.rowsRejected, dataDate: prev.dataDate, warnings: prev.warnings };
  }

  const kind = kindDef(spec.kind);
  const warnings: string[] = [];
  const sheets: string[] = [];
  let rowsUsed = 0;
  let rowsRejected = 0;
  let sheetsSeen = 0;
  let selectedSeen = 0;
  const noHeaderSheets: string[] = [];

  db.exec('SAVEPOINT import_file');
  try {
    if (prev) deleteImport(db, prev.id);
    const importId = insertImport(db, {
      kind: spec.kind, period: spec.period, file: spec.file, sha256, sheets: [], rowsRead: 0, rowsUsed: 0, rowsRejected: 0,
      dataDate, importedAt: new Date().toISOString(), options,
    });
    const w = importWriter(db, importId);
    let st: SheetState | null = null;

    const processRow = (s: SheetState, r: RawRow) => {
      const m = s.mapping!;
      const res = mapRow(m, r.row, r.cells);
      if (res.type === 'blank') return;
      if (res.type === 'record') {
        w.record(res.record);
        rowsUsed++;
        if (collect) { collect(res.record); s.collected.push(res.record); }
      }
      else { w.rejected(res.rejected); rowsRejected++; }
      if (m.fields.township !== undefined || m.fields.village !== undefined) {
        const place: [string, string] = [cellText(r.cells[m.fields.township ?? -1] ?? null), cellText(r.cells[m.fields.village ?? -1] ?? null)];
        const gap = (m.fields.township !== undefined && place[0] === '') || (m.fields.village !== undefined && place[1] === '');
        if (gap && s.pending) s.places.set(s.pending.row, s.pending.place);
        s.pending = { row: r.row, place };
      }
      if (onRows && (rowsUsed + rowsRejected) % 5000 === 0) onRows(rowsUsed + rowsRejected);
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
        headers: header.columns.headers.map((h) => h.replace(/\s+/g, "")), referenceDate: spec.referenceDate,
      };
      sheets.push(s.name);
      for (const a of header.ambiguous) warnings.push(ambiguousWarning(spec.file, s.name, header.headerRow, kind.fields.find((f) => f.name === a.field)?.title ?? a.field, a.headers));
      for (const r of s.buffer) if (r.row >= header.firstDataRow) processRow(s, r);
      s.buffer = [];
    };

    const endSheet = (s: SheetState, merges: MergeRange[]) => {
      if (!s.mapping && !s.noHeader) {
        // An empty sheet is not an error: it simply has zero rows.
        if (s.buffer.length === 0) return;
        startMapping(s);
      }
      if (!s.mapping) return;
      for (const field of ['township', 'village'] as const) {
        const col = s.mapping.fields[field];
        if (col === undefined) continue;
        for (const mg of merges) {
          if (mg.left > col + 1 || mg.right < col + 1 || mg.bottom <= mg.top) continue;
          const top = s.places.get(mg.top);
          const v = top ? top[field === 'township' ? 0 : 1] : '';
          if (v) {
            w.fillDown(field, v, s.name, mg.top + 1, mg.bottom);
            for (let i = firstAtOrAfter(s.collected, mg.top + 1); i < s.collected.length && s.collected[i].row <= mg.bottom; i++) {
              const r = s.collected[i];
              if (r[field] === null) r[field] = v;
            }
          }
        }
      }
    };

    for await (const ev of readTable(spec.path, { displayName: spec.file })) {
      if (ev.type === 'sheet') {
        sheetsSeen++;
        const selected = sheetSelected(spec, ev.sheet, ev.sheetIndex);
        if (selected) selectedSeen++;
        st = { name: ev.sheet, index: ev.sheetIndex, buffer: [], mapping: null, selected, noHeader: false, places: new Map(), pending: null, collected: [] };
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
      throw inputError('SHEET_NOT_FOUND', `找不到配置的工作表「${spec.sheet}」（共 ${sheetsSeen} 个工作表）。`, { file: spec.file },
        '检查配置中 sheet 的名称或序号（从 1 开始）。');
    }
    if (sheets.length === 0 && sheetsSeen > 0 && noHeaderSheets.length > 0) {
      throw inputError('HEADER_NOT_FOUND',
        `在工作表${noHeaderSheets.map((s) => `「${s}」`).join('、')}中找不到包含身份证号列的表头（已查看每个工作表的前 ${HEADER_SCAN_ROWS} 行）。`,
        { file: spec.file },
        `确认这是${kind.title}名册；若表头写法特殊，可在配置的 columns 中指定，例如 "columns": { "idNumber": "实际的身份证号列名" }，或用 headerRow 指定表头所在行。`);
    }
    if (noHeaderSheets.length > 0 && sheets.length > 0) {
      warnings.push(`${spec.file}：工作表${noHeaderSheets.map((s) => `「${s}」`).join('、')}没有可识别的表头，已跳过。`);
    }
    w.finish();
    const counts = { sheets, rowsRead: rowsUsed + rowsRejected, rowsUsed, rowsRejected };
    updateImportCounts(db, importId, { ...counts, warnings });
    db.exec('RELEASE import_file');
    return { importId, status: prev ? 'replaced' : 'imported', kind: spec.kind, file: spec.file, sha256, ...counts, dataDate, warnings };
  } catch (e) {
    db.exec('ROLLBACK TO import_file');
    db.exec('RELEASE import_file');
    throw e;
  }
}

/** Index of the first record at or after `row` (records are in row order). */
function firstAtOrAfter(recs: PersonRecord[], row: number): number {
  let lo = 0, hi = recs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (recs[mid].row < row) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** Everything besides the bytes that decides what an import holds, as canonical JSON. */
function readingOptions(spec: ImportSpec): string {
  const columns = spec.columns ? Object.fromEntries(Object.entries(spec.columns).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : null;
  return JSON.stringify({ kind: spec.kind, sheet: spec.sheet ?? null, headerRow: spec.headerRow ?? null, columns, referenceDate: spec.referenceDate });
}

/** Two columns could fill one field: the first is used; the clerk is told which, and how to choose the other. */
function ambiguousWarning(file: string, sheet: string, headerRow: number, title: string, headers: string[]): string {
  const shown = headers.map((h) => `「${h.replace(/\s+/g, '').replace(/\d{6,}/g, '…').slice(0, 30)}」`).join('、');
  return `${file}：工作表「${sheet}」第 ${headerRow} 行有 ${headers.length} 列都可作为「${title}」（${shown}），已使用第一列${shown.split('、')[0]}；` +
    `如应使用另一列，请在配置该数据源的 columns 中写明。`;
}

