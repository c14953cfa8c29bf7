// Writes generated rosters to disk: streaming .xlsx (exceljs), .xls (SheetJS BIFF8), CSV in GBK or UTF-8 with BOM.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { CellValue } from './model.js';
import { BOM } from '../model/text.js';
import type { Emit, FileOut, SheetOut } from './rosters/common.js';

/** Called for every data row written: sheet name as a reader sees it, 1-based row number. */
export type RowSink = (file: FileOut, sheet: SheetOut, sheetName: string, row: number, e: Emit) => void;

const FIXED_DATE = new Date(Date.UTC(2026, 0, 1));

export async function writeRosterFile(inputDir: string, file: FileOut, sink: RowSink): Promise<number> {
  const abs = path.join(inputDir, ...file.path.split('/'));
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  switch (file.format) {
    case 'xlsx': return writeXlsx(abs, file, sink);
    case 'xls': return writeXls(abs, file, sink);
    case 'csv-gbk': return writeCsv(abs, file, sink, 'gbk');
    case 'csv-bom': return writeCsv(abs, file, sink, 'bom');
  }
}

function headerRowIndex(s: SheetOut): number {
  return 1 + (s.title ? 1 : 0) + (s.subtitle ? 1 : 0);
}

async function writeXlsx(abs: string, file: FileOut, sink: RowSink): Promise<number> {
  const styled = !file.plain;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: abs, useSharedStrings: true, useStyles: styled });
  wb.creator = 'fupin synth';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  let count = 0;
  for (const s of file.sheets) {
    const ws = wb.addWorksheet(s.name, { views: [{ state: 'frozen', ySplit: headerRowIndex(s) }] });
    if (s.cols.length > 0) {
      ws.columns = s.cols.map((c) => {
        const width = c.width ?? Math.max(8, c.h.replace(/\n.*/, '').length * 2 + 2);
        return styled && c.date ? { width, style: { numFmt: 'yyyy-mm-dd' } } : { width };
      });
    }
    const n = s.cols.length;
    if (s.title) {
      const r = ws.addRow([s.title]);
      r.font = { bold: true, size: 14 };
      r.alignment = { horizontal: 'center' };
      r.height = 24;
      ws.mergeCells(r.number, 1, r.number, n);
      r.commit();
    }
    if (s.subtitle) {
      const r = ws.addRow([s.subtitle]);
      ws.mergeCells(r.number, 1, r.number, n);
      r.commit();
    }
    if (n > 0) {
      const hr = ws.addRow(s.cols.map((c) => c.h));
      hr.font = { bold: true };
      hr.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
      if (s.cols.some((c) => c.h.includes('\n'))) hr.height = 30;
      hr.commit();
    }
    let rowNo = headerRowIndex(s) - (n > 0 ? 0 : 1);
    for (const e of s.rows()) {
      const r = ws.addRow(e.cells.map(xlsxValue));
      rowNo = r.number;
      r.commit();
      sink(file, s, s.name, rowNo, e);
      if (!e.nonData) count++;
    }
    for (const t of s.notes ?? []) ws.addRow([t]).commit();
    ws.commit();
  }
  await wb.commit();
  return count;
}

function xlsxValue(v: CellValue): ExcelJS.CellValue {
  return v === '' ? null : v;
}

async function writeXls(abs: string, file: FileOut, sink: RowSink): Promise<number> {
  const X = await import('@e965/xlsx');
  const wb = X.utils.book_new();
  let count = 0;
  for (const s of file.sheets) {
    const aoa: (CellValue)[][] = [];
    const merges: { s: { r: number; c: number }; e: { r: number; c: number } }[] = [];
    if (s.title) { merges.push({ s: { r: aoa.length, c: 0 }, e: { r: aoa.length, c: s.cols.length - 1 } }); aoa.push([s.title]); }
    if (s.subtitle) { merges.push({ s: { r: aoa.length, c: 0 }, e: { r: aoa.length, c: s.cols.length - 1 } }); aoa.push([s.subtitle]); }
    aoa.push(s.cols.map((c) => c.h));
    for (const e of s.rows()) {
      aoa.push(e.cells.map((v) => (v === '' ? null : v)));
      sink(file, s, s.name, aoa.length, e);
      if (!e.nonData) count++;
    }
    const ws = X.utils.aoa_to_sheet(aoa, { cellDates: true });
    ws['!merges'] = merges;
    ws['!cols'] = s.cols.map((c) => ({ wch: c.width ?? 12 }));
    X.utils.book_append_sheet(wb, ws, s.name);
  }
  const buf = X.write(wb, { type: 'buffer', bookType: 'biff8' }) as Buffer;
  fs.writeFileSync(abs, buf);
  return count;
}

function csvField(v: CellValue): string {
  if (v === null) return '';
  const s = v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

async function writeCsv(abs: string, file: FileOut, sink: RowSink, enc: 'gbk' | 'bom'): Promise<number> {
  const out = fs.createWriteStream(abs);
  const put = async (text: string) => {
    const buf = enc === 'gbk' ? iconv.encode(text, 'gbk') : Buffer.from(text, 'utf8');
    // iconv-lite writes '?' for characters GBK lacks: fail loudly instead of writing a different ID or name.
    if (enc === 'gbk' && iconv.decode(buf, 'gbk') !== text) throw new Error(`synth: text not encodable in GBK in ${file.path}`);
    if (!out.write(buf)) await new Promise<void>((res) => out.once('drain', () => res()));
  };
  if (enc === 'bom') await put(BOM);
  const sheetName = path.basename(abs, path.extname(abs));
  let count = 0;
  let line = 0;
  let chunk: string[] = [];
  for (const s of file.sheets) {
    const width = s.cols.length;
    if (s.title) { chunk.push([csvField(s.title), ...Array(width - 1).fill('')].join(',')); line++; }
    const header = s.cols.map((c) => csvField(c.h)).join(',');
    chunk.push(header);
    line += 1 + (header.match(/\n/g)?.length ?? 0);
    for (const e of s.rows()) {
      chunk.push(e.cells.map(csvField).join(','));
      line++;
      sink(file, s, sheetName, line, e);
      if (!e.nonData) count++;
      if (chunk.length >= 4000) { await put(chunk.join('\r\n') + '\r\n'); chunk = []; }
    }
  }
  if (chunk.length > 0) await put(chunk.join('\r\n') + '\r\n');
  await new Promise<void>((res, rej) => out.end((err?: Error | null) => (err ? rej(err) : res())));
  return count;
}
