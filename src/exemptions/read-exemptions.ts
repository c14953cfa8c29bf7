// Reads 豁免清单 files (xlsx/xls/csv) with the roster machinery: the table readers, header aliases (mapColumns), cell
// text and ID normalisation. The whole file is read before anything is applied: a bad row stops the run (exit 1).
import type { Cell, SourceKind } from '../model/types.js';
import type { RawRow } from '../io/types.js';
import { readTable } from '../io/read-table.js';
import { mapColumns } from '../sources/header.js';
import type { KindDef } from '../model/kind-def.js';
import { cellText, parseTextDate } from '../sources/cell-text.js';
import { parseIdNumber, reasonText } from '../idcard/index.js';
import { fail } from '../errors.js';
import type { Exemption, ExemptionSubject } from './types.js';

/** Header aliases of an exemption list (same matching as every roster's). */
export const EXEMPTION_FIELDS: KindDef = {
  // Not a source kind: mapColumns reads only the fields.
  kind: 'monitor' as SourceKind, title: '豁免清单', department: '乡村振兴局',
  fields: [
    { name: 'idNumber', title: '身份证号', type: 'id', aliases: ['身份证号', '身份证号码', '公民身份号码', '证件号码', '成员身份证号', '人员身份证号', '问题人员身份证号'] },
    { name: 'headIdNumber', title: '户主身份证号', type: 'id', aliases: ['户主身份证号', '户主证件号码', '户主身份证号码'] },
    { name: 'householdId', title: '户编号', aliases: ['户编号', '家庭编号', '户号'] },
    { name: 'rule', title: '规则', aliases: ['规则', '规则代码', '豁免规则', '国家校验编号', '校验编号', '问题类型', '疑点类型'] },
    { name: 'reason', title: '原因', aliases: ['原因', '豁免原因', '豁免理由', '理由', '说明'] },
    { name: 'docNo', title: '批准文号', aliases: ['批准文号', '文号', '审批文号', '依据文号'] },
    { name: 'validUntil', title: '有效期至', type: 'date', aliases: ['有效期至', '有效期', '截止日期', '有效截止日期', '到期日期'] },
  ],
};

const HEADER_SCAN_ROWS = 30;
const NO_END = /^(长期|永久|长期有效|无)$/;

export interface ExemptionFile { path: string; file: string }

export async function readExemptionFiles(files: ExemptionFile[], referenceDate: string): Promise<Exemption[]> {
  const out: Exemption[] = [];
  for (const f of files) out.push(...await readExemptionFile(f, referenceDate));
  return out;
}

interface SheetState { name: string; rows: RawRow[]; map: Record<string, number> | null; headers: string[]; headerRow: number }

async function readExemptionFile(f: ExemptionFile, referenceDate: string): Promise<Exemption[]> {
  const out: Exemption[] = [];
  let sheet: SheetState | null = null;
  let sheetsWithHeader = 0;
  const finishScan = (s: SheetState) => {
    // The header: the first of the first rows naming a rule column and at least one more known column.
    for (const r of s.rows) {
      const texts = headerTexts(r.cells);
      const m = mapColumns(texts, EXEMPTION_FIELDS);
      if (m.fields.rule === undefined || Object.keys(m.fields).length < 2) continue;
      if (m.fields.idNumber === undefined && m.fields.headIdNumber === undefined && m.fields.householdId === undefined) {
        const at = { file: f.file, sheet: s.name, row: r.row };
        throw fail('EXEMPTION_NO_SUBJECT_COLUMN', at, at);
      }
      s.map = m.fields;
      s.headers = texts;
      s.headerRow = r.row;
      sheetsWithHeader++;
      return;
    }
  };
  const take = (s: SheetState, r: RawRow) => {
    const e = rowToExemption(f.file, s, r, referenceDate);
    if (e) out.push(e);
  };
  for await (const ev of readTable(f.path, { displayName: f.file })) {
    if (ev.type === 'sheet') { sheet = { name: ev.sheet, rows: [], map: null, headers: [], headerRow: 0 }; continue; }
    if (!sheet) continue;
    if (ev.type === 'row') {
      if (sheet.map) { take(sheet, ev.row); continue; }
      sheet.rows.push(ev.row);
      if (sheet.rows.length === HEADER_SCAN_ROWS) {
        finishScan(sheet);
        if (sheet.map) for (const r of sheet.rows) if (r.row > sheet.headerRow) take(sheet, r);
      }
      continue;
    }
    if (ev.type === 'sheetEnd' && !sheet.map && sheet.rows.length < HEADER_SCAN_ROWS) {
      finishScan(sheet);
      if (sheet.map) for (const r of sheet.rows) if (r.row > sheet.headerRow) take(sheet, r);
    }
  }
  if (sheetsWithHeader === 0) {
    throw fail('EXEMPTION_NO_HEADER', { file: f.file }, { file: f.file });
  }
  return out;
}

function headerTexts(cells: Cell[]): string[] {
  return cells.map((c) => cellText(c));
}

function rowToExemption(file: string, s: SheetState, r: RawRow, referenceDate: string): Exemption | null {
  const map = s.map!;
  const text = (field: string, type: 'text' | 'date' | 'id' = 'text') =>
    (map[field] === undefined ? '' : cellText(r.cells[map[field]] ?? null, type));
  const col = (field: string) => s.headers[map[field]] ?? field;
  const values = Object.keys(map).map((k) => text(k));
  if (values.every((v) => v === '')) return null; // blank row

  const ruleText = text('rule');
  let subject: ExemptionSubject | null = null;
  for (const by of ['idNumber', 'headIdNumber'] as const) {
    const raw = text(by, 'id');
    if (raw === '' || subject) continue;
    const info = parseIdNumber(raw, { referenceDate });
    if (!info.valid || !info.idNumber) {
      const at = { file, sheet: s.name, row: r.row, column: col(by) };
      throw fail('EXEMPTION_BAD_ID', { ...at, reason: info.reason ? reasonText(info.reason) : null }, at);
    }
    subject = { by, value: info.idNumber };
  }
  if (!subject && text('householdId') !== '') subject = { by: 'householdId', value: text('householdId') };
  if (!subject) {
    const at = { file, sheet: s.name, row: r.row };
    throw fail('EXEMPTION_NO_SUBJECT', at, at);
  }
  if (ruleText === '') {
    throw fail('EXEMPTION_NO_RULE', { file, sheet: s.name, row: r.row }, { file, sheet: s.name, row: r.row, column: col('rule') });
  }

  let validUntil: string | null = null;
  if (map.validUntil !== undefined) {
    const cell = r.cells[map.validUntil] ?? null;
    const raw = cellText(cell);
    if (raw !== '' && !NO_END.test(raw)) {
      validUntil = untilDate(cell, raw);
      if (!validUntil) {
        const at = { file, sheet: s.name, row: r.row, column: col('validUntil') };
        throw fail('EXEMPTION_BAD_DATE', at, at);
      }
    }
  }
  return { file, sheet: s.name, row: r.row, subject, ruleText, reason: text('reason'), docNo: text('docNo'), validUntil };
}

/** The last day an exemption holds; a month alone (2026-12, 202612) means its last day. */
function untilDate(cell: Cell, raw: string): string | null {
  const t = raw.replace(/\s+/g, '');
  if (/^\d{4}[-/.年]\d{1,2}月?$/.test(t) || /^\d{6}$/.test(t)) {
    const first = parseTextDate(t);
    if (!first) return null;
    const [y, m] = first.split('-').map(Number);
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return `${first.slice(0, 8)}${String(last).padStart(2, '0')}`;
  }
  const d = cellText(cell, 'date');
  return /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : null;
}
