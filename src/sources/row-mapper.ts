// Pure: one data row + the sheet's column map -> a usable record, a rejected row, or nothing (blank row).
import type { Cell, PersonRecord, RejectedRow, SourceKind } from '../model/types.js';
import { isCellError } from '../model/types.js';
import type { KindDef } from '../model/kind-def.js';
import { cellText, isBlank, rawText } from './cell-text.js';
import { parseIdNumber } from '../idcard/index.js';
import { normalizeName } from '../model/text.js';
import { normalizeHeader } from './header-text.js';
import { CELL_ERRORS, CELL_ERROR_SEP } from '../model/cell-errors.js';

export interface SheetMapping {
  kind: KindDef;
  file: string;
  sheet: string;
  /** canonical field -> 0-based column index */
  fields: Record<string, number>;
  /** header text per column (for raw values and messages) */
  headers: string[];
  referenceDate: string;
}

export type MappedRow =
  | { type: 'record'; record: PersonRecord }
  | { type: 'rejected'; rejected: RejectedRow }
  | { type: 'blank' };

const FOOTER = /^(合计|总计|小计|共计|制表|审核|填表|填报|负责人|单位负责人|备注|说明|注[:：]|签字|盖章|统计)/;

function get(cells: Cell[], i: number | undefined): Cell {
  return i === undefined ? null : cells[i] ?? null;
}

function rawRecord(m: SheetMapping, cells: Cell[]): Record<string, string> {
  const raw: Record<string, string> = {};
  const n = Math.max(cells.length, m.headers.length);
  for (let i = 0; i < n; i++) {
    const v = rawText(cells[i] ?? null);
    if (v === '') continue;
    const h = m.headers[i] || `第${i + 1}列`;
    raw[raw[h] === undefined ? h : `${h}(${i + 1})`] = v;
  }
  return raw;
}

export function mapRow(m: SheetMapping, rowNumber: number, cells: Cell[]): MappedRow {
  let nonBlank = 0;
  for (const c of cells) if (!isBlank(c)) nonBlank++;
  if (nonBlank === 0) return { type: 'blank' };

  const idCol = m.fields.idNumber;
  const idCell = get(cells, idCol);
  const nameCol = m.fields.name;
  const name = normalizeName(cellText(get(cells, nameCol)));
  const township = cellText(get(cells, m.fields.township)) || null;
  const village = cellText(get(cells, m.fields.village)) || null;
  const kind: SourceKind = m.kind.kind;

  const reject = (reason: string, reasonText: string, column: string | null): MappedRow => ({
    type: 'rejected',
    rejected: {
      kind, file: m.file, sheet: m.sheet, row: rowNumber, column, reason, reasonText,
      raw: rawRecord(m, cells), name: name || null, township, village,
    },
  });
  const idHeader = idCol === undefined ? null : m.headers[idCol] ?? null;

  // A repeated header (printed page headers) or a footer (合计, 制表人) is not data: reported, not an ID problem.
  // Most ID cells start with a digit; only text that could be a header is normalised (a hot path at a million rows).
  if (typeof idCell === 'string' && idHeader && !/^\s*\d/.test(idCell) && normalizeHeader(idCell) === normalizeHeader(idHeader)) {
    return reject('NOT_DATA', '非数据行（重复的表头）', idHeader);
  }
  if (isBlank(idCell)) {
    const first = cells.find((c) => !isBlank(c));
    const firstText = first === undefined ? '' : cellText(first);
    if (FOOTER.test(firstText.replace(/\s+/g, '')) || (!name && nonBlank < 2)) {
      return reject('NOT_DATA', '非数据行（合计、签章、说明或空行）', null);
    }
  }
  if (isCellError(idCell)) {
    return reject('FORMULA_ERROR', `身份证号单元格是公式错误值（${idCell.error}）`, idHeader);
  }
  const idRaw = typeof idCell === 'number' ? idCell : cellText(idCell, 'id');
  const info = parseIdNumber(idRaw, { referenceDate: m.referenceDate });
  if (!info.valid || !info.idNumber) {
    return reject(info.reason ?? 'FORMAT', info.reasonText ?? '身份证号无效', idHeader);
  }

  let headIdNumber: string | null = null;
  const headCell = get(cells, m.fields.headIdNumber);
  if (!isBlank(headCell)) {
    const h = parseIdNumber(typeof headCell === 'number' ? headCell : cellText(headCell, 'id'), { referenceDate: m.referenceDate });
    headIdNumber = h.valid ? h.idNumber : null;
  }

  const f: Record<string, string> = {};
  for (const fd of m.kind.fields) {
    if (fd.name in COMMON) continue;
    const col = m.fields[fd.name];
    if (col === undefined) continue;
    const v = cellText(get(cells, col), fd.type ?? 'text');
    if (v !== '') f[fd.name] = v;
  }
  if (info.upgradedFrom15) f._upgradedFrom15 = '1';
  // A formula error (#REF!, #N/A …) in another mapped column: the row is used and the cell counts as empty, but the
  // error is kept so that it is listed with the unknown values of the data-quality workbook, not lost silently.
  let errors = '';
  for (const field in m.fields) {
    if (field === 'idNumber') continue;
    const c = cells[m.fields[field]];
    if (isCellError(c)) errors += `${errors ? CELL_ERROR_SEP : ''}${field}=${c.error}`;
  }
  if (errors) f[CELL_ERRORS] = errors;

  return {
    type: 'record',
    record: {
      kind, file: m.file, sheet: m.sheet, row: rowNumber,
      idNumber: info.idNumber, name,
      householdId: cellText(get(cells, m.fields.householdId)) || null,
      headIdNumber,
      relation: cellText(get(cells, m.fields.relation)) || null,
      township, village, f,
    },
  };
}

const COMMON: Record<string, true> = {
  idNumber: true, name: true, householdId: true, headIdNumber: true, relation: true, township: true, village: true,
};
