// Test fixtures generated on the fly: small workbooks and CSVs with the mess real rosters have.
import { writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import iconv from 'iconv-lite';

export interface SheetSpec {
  name: string;
  /** rows[0] is Excel row 1; an empty array is a blank row. Values may be exceljs cell values (richText, formula …). */
  rows: unknown[][];
  /** e.g. ['A1:F1'] */
  merges?: string[];
}

/** Writes an .xlsx with exceljs (non-streaming writer). Dates get a yyyy-mm-dd format. */
export async function makeXlsx(path: string, sheets: SheetSpec[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((row, r) => {
      row.forEach((v, c) => {
        if (v === null || v === undefined) return;
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = v as ExcelJS.CellValue;
        if (v instanceof Date) cell.numFmt = 'yyyy-mm-dd';
      });
    });
    for (const m of s.merges ?? []) ws.mergeCells(m);
  }
  await wb.xlsx.writeFile(path);
}

export interface CsvOptions {
  encoding?: 'utf8' | 'utf8bom' | 'gbk' | 'utf16le';
  delimiter?: string;
  eol?: string;
}

function csvField(v: unknown, delimiter: string): string {
  if (v === null || v === undefined) return '';
  const s = v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
  return /["\r\n]/.test(s) || s.includes(delimiter) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Writes a CSV in the given encoding (utf16le is written with its BOM, as Excel's "Unicode text" does). */
export async function makeCsv(path: string, rows: unknown[][], opts: CsvOptions = {}): Promise<void> {
  const d = opts.delimiter ?? ',';
  const text = rows.map((r) => r.map((v) => csvField(v, d)).join(d)).join(opts.eol ?? '\r\n') + (opts.eol ?? '\r\n');
  let buf: Buffer;
  switch (opts.encoding ?? 'utf8') {
    case 'utf8': buf = Buffer.from(text, 'utf8'); break;
    case 'utf8bom': buf = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]); break;
    case 'gbk': buf = iconv.encode(text, 'gbk'); break;
    case 'utf16le': buf = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]); break;
  }
  await writeFile(path, buf);
}

/** Excel serial day for a UTC date (what Excel stores for a date cell). */
export function excelSerial(d: Date): number {
  return d.getTime() / 86_400_000 + 25569;
}

/** Writes an Excel 97–2003 .xls (BIFF8) with SheetJS. Dates are stored as serials with a date format. */
export async function makeXls(path: string, sheets: SheetSpec[]): Promise<void> {
  const wb = XLSX.utils.book_new();
  for (const s of sheets) {
    const ws = XLSX.utils.aoa_to_sheet(s.rows.map((r) => r.map((v) => (v instanceof Date ? 0 : v))));
    s.rows.forEach((r, ri) => r.forEach((v, ci) => {
      if (v instanceof Date) ws[XLSX.utils.encode_cell({ r: ri, c: ci })] = { t: 'n', v: excelSerial(v), z: 'yyyy-mm-dd' };
    }));
    ws['!merges'] = (s.merges ?? []).map((m) => XLSX.utils.decode_range(m));
    XLSX.utils.book_append_sheet(wb, ws, s.name);
  }
  await writeFile(path, XLSX.write(wb, { type: 'buffer', bookType: 'biff8' }) as Buffer);
}
