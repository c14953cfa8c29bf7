// Thin layer over exceljs's streaming writer: atomic 0600 output, styled header, frozen pane,
// autofilter, column widths, and every text cell neutralised. I/O only; rows come from pure modules.
import { createWriteStream } from 'node:fs';
import ExcelJS from 'exceljs';
import { atomicWrite } from './atomic.js';
import { neutralizeFormula } from './text-safety.js';
import type { ColumnSpec, OutCell } from './types.js';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const SECTION_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FFBFBFBF' } };
const HEADER_BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export interface TableSheetSpec {
  name: string;
  columns: readonly ColumnSpec[];
  /** Landscape A4, fit to one page wide (lists that townships print). */
  printLandscape?: boolean;
}

export type RowStyle = 'plain' | 'bold' | 'title' | 'section' | 'header';

/** An open sheet; rows are committed (flushed) as they are added. */
export class SheetWriter {
  private count = 0;

  /** `filterColumns`: put an autofilter over the header and all data rows of that many columns. */
  constructor(
    private readonly ws: ExcelJS.Worksheet,
    private readonly state: StreamState,
    private readonly filterColumns = 0,
  ) {}

  /** Add one row; strings are neutralised against formula evaluation. */
  async add(values: readonly OutCell[], style: RowStyle = 'plain'): Promise<void> {
    if (this.state.error) throw this.state.error; // stop producing rows once the file cannot be written
    const row = this.ws.addRow(values.map(safeCell));
    applyStyle(row, style, values.length);
    row.commit();
    // Yield now and then so the zip stream can drain instead of buffering the whole sheet.
    if (++this.count % 2000 === 0) await new Promise((r) => setImmediate(r));
  }

  async addAll(rows: Iterable<readonly OutCell[]>): Promise<void> {
    for (const r of rows) await this.add(r);
  }

  commit(): void {
    // The streaming writer emits <autoFilter> at commit, so the full range is known by now. A range
    // over the data (not just the header row) filters the same way in Excel, WPS and LibreOffice.
    if (this.filterColumns > 0) this.ws.autoFilter = `A1:${colLetter(this.filterColumns)}${Math.max(1, this.count)}`;
    this.ws.commit();
  }
}

export class StreamBook {
  constructor(
    private readonly wb: ExcelJS.stream.xlsx.WorkbookWriter,
    private readonly state: StreamState,
  ) {}

  /** A table sheet: styled header row, frozen below the header, autofilter over it. */
  async table(spec: TableSheetSpec): Promise<SheetWriter> {
    const ws = this.wb.addWorksheet(spec.name, {
      views: [{ state: 'frozen', ySplit: 1, xSplit: 0, topLeftCell: 'A2', activeCell: 'A2' }],
      pageSetup: spec.printLandscape
        ? { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' }
        : undefined,
    });
    ws.columns = columnDefs(spec.columns);
    const sheet = new SheetWriter(ws, this.state, spec.columns.length);
    await sheet.add(spec.columns.map((c) => c.header), 'header');
    return sheet;
  }

  /** A free-form sheet (说明): widths only, styles per row. */
  async free(name: string, columns: readonly ColumnSpec[]): Promise<SheetWriter> {
    const ws = this.wb.addWorksheet(name);
    ws.columns = columnDefs(columns);
    return new SheetWriter(ws, this.state);
  }
}

/**
 * Write an .xlsx with exceljs's streaming writer into a temp file, then rename it to `path`
 * (mode 0600 by default). A failure in `build` leaves nothing behind.
 */
export async function writeXlsxStream(
  path: string,
  build: (book: StreamBook) => Promise<void>,
  mode = 0o600,
): Promise<void> {
  await atomicWrite(
    path,
    async (tmp) => {
      // flags 'w' reuses the temp file atomicWrite created with the right mode.
      const out = createWriteStream(tmp, { flags: 'w' });
      const state: StreamState = { error: null };
      const closed = new Promise<void>((resolve) => out.on('close', () => resolve()));
      // A write error (disk full…) must fail the job, not leave commit() waiting for 'finish'.
      const failed = new Promise<never>((_, reject) =>
        out.on('error', (e) => {
          state.error ??= e;
          reject(e);
        }),
      );
      failed.catch(() => undefined);
      try {
        const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: true });
        wb.creator = 'fupin';
        const work = (async () => {
          await build(new StreamBook(wb, state));
          await wb.commit();
        })();
        work.catch(() => undefined);
        await Promise.race([work, failed]);
        await closed;
        if (state.error) throw state.error;
      } catch (e) {
        if (!out.closed) out.destroy();
        await closed;
        throw state.error ?? e;
      }
    },
    mode,
  );
}

interface StreamState {
  error: Error | null;
}

function safeCell(v: OutCell): OutCell {
  if (typeof v !== 'string') return v;
  return v === '' ? null : neutralizeFormula(v);
}

function columnDefs(columns: readonly ColumnSpec[]): Partial<ExcelJS.Column>[] {
  return columns.map((c) => ({
    width: c.width,
    style: { alignment: { vertical: 'top', wrapText: c.wrap === true } },
  }));
}

function applyStyle(row: ExcelJS.Row, style: RowStyle, n: number): void {
  if (style === 'plain') return;
  for (let i = 1; i <= n; i++) {
    const cell = row.getCell(i);
    switch (style) {
      case 'header':
        cell.font = { bold: true };
        cell.fill = HEADER_FILL;
        cell.border = HEADER_BORDER;
        cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
        break;
      case 'title':
        cell.font = { bold: true, size: 14 };
        break;
      case 'section':
        cell.font = { bold: true };
        cell.fill = SECTION_FILL;
        break;
      case 'bold':
        cell.font = { bold: true };
        break;
    }
  }
}

/** 1 -> A, 27 -> AA. */
export function colLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}
