// Thin layer over exceljs's streaming writer: atomic 0600 output, styled header, frozen pane,
// autofilter, column widths, print setup (A4, fit to width, repeated headers, page numbers, row heights
// for wrapped text), drop-downs, and every text cell neutralised. I/O only; rows come from pure modules.
import { createWriteStream } from 'node:fs';
import ExcelJS from 'exceljs';
import { atomicWrite } from './atomic.js';
import { neutralizeFormula } from './text-safety.js';
import type { ColumnSpec, OutCell } from './types.js';
import { colLetter } from '../model/column-ref.js';
import {
  BODY_PT, PAGE_FOOTER, PRINT_MARGINS, columnPixels, fitColumnsForPrint, lineCount, lineHeightPt, rowHeightPt, textWidthPx,
} from './print-layout.js';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const SECTION_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FFBFBFBF' } };
const HEADER_BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export interface PrintSpec {
  /** Columns 1..n are printed; later ones (e.g. the 编号 column) stay on screen only. Default: all. */
  columns?: number;
  /** Landscape; by default chosen from the width of the printed columns. */
  landscape?: boolean;
  /** Repeat the first column on every page too (汇总: the township names). */
  repeatFirstColumn?: boolean;
  /** Rows repeated at the top of every page of a free-form sheet, e.g. '1:1'. */
  titleRows?: string;
}

/** A 属实/不属实-style drop-down on one column of every data row. */
export interface DropDown {
  /** 1-based column. */
  column: number;
  values: readonly string[];
  prompt?: string;
}

export interface TableSheetSpec {
  name: string;
  columns: readonly ColumnSpec[];
  /** Landscape A4 (lists that townships print); same as print.landscape. */
  printLandscape?: boolean;
  /** A title row above the header (county, township, period): merged over the printed columns. */
  title?: string;
  print?: PrintSpec;
  dropDowns?: readonly DropDown[];
}

export type RowStyle = 'plain' | 'bold' | 'title' | 'section' | 'header' | 'headerVertical' | 'signature' | 'box' | 'boxBold';

/** Layout of one row beyond its style. */
export interface RowOptions {
  /** 1-based inclusive column ranges merged into one cell (their widths add up for the row height). */
  merges?: readonly (readonly [number, number])[];
  /** At least this many lines high (room to write by hand). */
  minLines?: number;
  /** Start a new printed page after this row. */
  pageBreakAfter?: boolean;
  /** Per-cell styles overriding the row's (undefined: the row's). */
  cellStyles?: readonly (RowStyle | undefined)[];
  /** Row height in points (instead of the computed one). */
  height?: number;
}

interface SheetLayout {
  widths: number[];
  wrap: boolean[];
  /** Printed columns (the title is merged over them). */
  printColumns: number;
  headerRow: number;
  dropDowns: readonly DropDown[];
}

/** An open sheet; rows are committed (flushed) as they are added. */
export class SheetWriter {
  private count = 0;
  private dataEnd = 0;

  /** `filterColumns`: put an autofilter over the header and all data rows of that many columns. */
  constructor(
    private readonly ws: ExcelJS.Worksheet,
    private readonly state: StreamState,
    private readonly filterColumns = 0,
    private readonly layout: SheetLayout = { widths: [], wrap: [], printColumns: 0, headerRow: 0, dropDowns: [] },
  ) {}

  /** Add one row; strings are neutralised against formula evaluation; wrapped text gets a row height that shows it all. */
  async add(values: readonly OutCell[], style: RowStyle = 'plain', opts: RowOptions = {}): Promise<void> {
    if (this.state.error) throw this.state.error; // stop producing rows once the file cannot be written
    const row = this.ws.addRow(values.map(safeCell));
    this.count++;
    for (const [a, b] of opts.merges ?? []) if (b > a) this.merge(a, b);
    if (style === 'title') {
      // A title spans the printed width, so neither the screen nor the page cuts it off.
      const span = Math.max(1, this.layout.printColumns || values.length);
      if (span > 1 && !opts.merges) this.merge(1, span);
      const width = this.layout.widths.slice(0, span).reduce((a, b) => a + b, 0) || 60;
      const text = typeof values[0] === 'string' ? values[0] : '';
      row.height = rowHeightPt(lineCount(text, width, TITLE_PT), TITLE_PT);
    } else if (style === 'signature') {
      row.height = 30; // room to sign and stamp
    } else if (opts.height !== undefined) {
      row.height = opts.height;
    } else {
      const pt = style === 'header' || style === 'bold' || style === 'boxBold' ? BODY_PT * 1.05 : BODY_PT;
      const lines = Math.max(opts.minLines ?? 1, this.linesOf(values, pt, opts.merges));
      if (lines > 1) row.height = rowHeightPt(lines, pt);
    }
    applyStyle(row, style, values.length, this.layout.wrap, opts.cellStyles);
    if (opts.pageBreakAfter) row.addPageBreak();
    row.commit();
    // Yield now and then so the zip stream can drain instead of buffering the whole sheet.
    if (this.count % 2000 === 0) await new Promise((r) => setImmediate(r));
  }

  async addAll(rows: Iterable<readonly OutCell[]>): Promise<void> {
    for (const r of rows) await this.add(r);
  }

  /**
   * Rows after the data (a signature block): not filtered, no drop-downs. Call once, after the last data row.
   */
  async addAfterData(rows: readonly (readonly OutCell[])[], style: RowStyle = 'signature'): Promise<void> {
    if (this.dataEnd === 0) this.dataEnd = this.count;
    for (const r of rows) await this.add(r, style);
  }

  commit(): void {
    const last = this.dataEnd || this.count;
    const h = this.layout.headerRow || 1;
    // The streaming writer emits <autoFilter> at commit, so the full range is known by now. A range
    // over the data (not just the header row) filters the same way in Excel, WPS and LibreOffice.
    if (this.filterColumns > 0) this.ws.autoFilter = `A${h}:${colLetter(this.filterColumns)}${Math.max(h, last)}`;
    if (last > h) {
      for (const d of this.layout.dropDowns) {
        const c = colLetter(d.column);
        // The streaming worksheet has dataValidations (written at commit) but exceljs's types omit it.
        (this.ws as unknown as { dataValidations: { add(a: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(`${c}${h + 1}:${c}${last}`, {
          type: 'list', allowBlank: true, formulae: [`"${d.values.join(',')}"`],
          showInputMessage: d.prompt !== undefined, prompt: d.prompt,
          showErrorMessage: true, errorStyle: 'stop', errorTitle: '请从下拉列表选择', error: `请填写：${d.values.join(' 或 ')}`,
        });
      }
    }
    if (this.layout.printColumns > 0 && this.count > 0) {
      // "A$1:R$9" becomes $A$1:$R$9: an absolute range (a relative one shifts in LibreOffice).
      this.ws.pageSetup.printArea = `A$1:${colLetter(this.layout.printColumns)}$${this.count}`;
    }
    this.ws.commit();
  }

  /**
   * Merge columns a..b of the current row. exceljs's mergeCells checks every earlier merge for overlap
   * (quadratic: seconds for a township's visit forms); ours are within one row and never overlap.
   */
  private merge(a: number, b: number): void {
    (this.ws as unknown as { _merges: string[] })._merges.push(`${colLetter(a)}${this.count}:${colLetter(b)}${this.count}`);
  }

  /** Lines the tallest wrapped cell needs; a merged cell has the width of its columns. */
  private linesOf(values: readonly OutCell[], pt: number, merges?: readonly (readonly [number, number])[]): number {
    let lines = 1;
    const { widths, wrap } = this.layout;
    for (let i = 0; i < values.length && i < widths.length; i++) {
      const v = values[i];
      if (typeof v !== 'string' || !wrap[i]) continue;
      let width = widths[i];
      const m = merges?.find(([a]) => a === i + 1);
      if (m) for (let k = m[0]; k < m[1] && k < widths.length; k++) width += widths[k];
      // Cheap bound first: most cells are short.
      if (v.length * 2.2 < width - 1 && !v.includes('\n')) continue;
      const n = lineCount(v, width, pt);
      if (n > lines) lines = n;
    }
    return lines;
  }
}

const TITLE_PT = 14;

export class StreamBook {
  constructor(
    private readonly wb: ExcelJS.stream.xlsx.WorkbookWriter,
    private readonly state: StreamState,
  ) {}

  /**
   * A table sheet: optional title row, styled header row, frozen below the header, autofilter over it; printed
   * on A4 fitted to the page width at a legible scale, header rows repeated, page numbers in the footer.
   */
  async table(spec: TableSheetSpec): Promise<SheetWriter> {
    const printCount = Math.min(spec.columns.length, spec.print?.columns ?? spec.columns.length);
    const fit = fitColumnsForPrint(spec.columns, printCount, spec.print?.landscape ?? (spec.printLandscape ? true : undefined), {
      // A summary's count columns hold short numbers: they may get narrower than text columns.
      keepFirst: spec.print?.repeatFirstColumn, min: spec.print?.repeatFirstColumn ? 5 : 6,
    });
    // Every column wraps: a narrow printed column must never cut text off.
    const columns = fit.columns.map((c) => ({ ...c, wrap: true }));
    const headerRow = spec.title !== undefined ? 2 : 1;
    const ws = this.wb.addWorksheet(spec.name, {
      views: [{ state: 'frozen', ySplit: headerRow, xSplit: 0, topLeftCell: `A${headerRow + 1}`, activeCell: `A${headerRow + 1}` }],
      pageSetup: pageSetup(fit.landscape, {
        printTitlesRow: `1:${headerRow}`,
        printTitlesColumn: spec.print?.repeatFirstColumn ? 'A:A' : undefined,
      }),
      headerFooter: { oddFooter: PAGE_FOOTER, evenFooter: PAGE_FOOTER },
    });
    ws.columns = columnDefs(columns);
    const layout: SheetLayout = {
      widths: columns.map((c) => c.width), wrap: columns.map(() => true), printColumns: printCount, headerRow, dropDowns: spec.dropDowns ?? [],
    };
    const sheet = new SheetWriter(ws, this.state, spec.columns.length, layout);
    if (spec.title !== undefined) await sheet.add([spec.title], 'title');
    if (columns.some((c) => c.verticalHeader)) {
      await sheet.add(spec.columns.map((c) => c.header), 'header', {
        cellStyles: columns.map((c) => (c.verticalHeader ? 'headerVertical' : undefined)), height: verticalHeaderHeight(columns),
      });
    } else {
      await sheet.add(spec.columns.map((c) => c.header), 'header');
    }
    return sheet;
  }

  /** A free-form sheet (说明): widths only, styles per row; printed portrait (unless wide) fitted to the page width. */
  async free(name: string, columns: readonly ColumnSpec[], print: PrintSpec = {}): Promise<SheetWriter> {
    const printCount = Math.min(columns.length, print.columns ?? columns.length);
    const fit = fitColumnsForPrint(columns, printCount, print.landscape);
    const ws = this.wb.addWorksheet(name, {
      pageSetup: pageSetup(fit.landscape, { printTitlesRow: print.titleRows }),
      headerFooter: { oddFooter: PAGE_FOOTER, evenFooter: PAGE_FOOTER },
    });
    ws.columns = columnDefs(fit.columns);
    const layout: SheetLayout = {
      widths: fit.columns.map((c) => c.width), wrap: fit.columns.map((c) => c.wrap === true), printColumns: printCount, headerRow: 0, dropDowns: [],
    };
    return new SheetWriter(ws, this.state, 0, layout);
  }
}

function pageSetup(landscape: boolean, extra: { printTitlesRow?: string; printTitlesColumn?: string }): Partial<ExcelJS.PageSetup> {
  return {
    paperSize: 9, // A4
    orientation: landscape ? 'landscape' : 'portrait',
    fitToPage: true, fitToWidth: 1, fitToHeight: 0,
    margins: { ...PRINT_MARGINS },
    horizontalCentered: true,
    ...(extra.printTitlesRow ? { printTitlesRow: extra.printTitlesRow } : {}),
    ...(extra.printTitlesColumn ? { printTitlesColumn: extra.printTitlesColumn } : {}),
  };
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
    style: SHARED_STYLES.plain[c.wrap === true ? 1 : 0],
  }));
}

// One shared style object per (row style, wrap): exceljs caches a style's id by object identity, so shared
// objects skip rendering each cell's style to XML to find its id — the main cost of writing a styled cell.
const TOP = (wrap: boolean): Partial<ExcelJS.Alignment> => ({ vertical: 'top', wrapText: wrap });
const SHARED_STYLES: Record<RowStyle, [Partial<ExcelJS.Style>, Partial<ExcelJS.Style>]> = (() => {
  const both = (f: (wrap: boolean) => Partial<ExcelJS.Style>): [Partial<ExcelJS.Style>, Partial<ExcelJS.Style>] => [f(false), f(true)];
  const header: Partial<ExcelJS.Style> = {
    font: { bold: true }, fill: HEADER_FILL, border: HEADER_BORDER, alignment: { vertical: 'middle', horizontal: 'center', wrapText: true },
  };
  const headerVertical: Partial<ExcelJS.Style> = { ...header, alignment: { vertical: 'bottom', horizontal: 'center', wrapText: true, textRotation: 90 } };
  const title: Partial<ExcelJS.Style> = { font: { bold: true, size: TITLE_PT }, alignment: { vertical: 'middle', horizontal: 'center', wrapText: true } };
  const box: Partial<ExcelJS.Style> = { border: HEADER_BORDER, alignment: TOP(true) };
  const boxBold: Partial<ExcelJS.Style> = { font: { bold: true }, border: HEADER_BORDER, alignment: TOP(true) };
  const signature: Partial<ExcelJS.Style> = { font: { bold: true }, alignment: { vertical: 'bottom', wrapText: false } };
  return {
    plain: both((w) => ({ alignment: TOP(w) })),
    bold: both((w) => ({ font: { bold: true }, alignment: TOP(w) })),
    section: both((w) => ({ font: { bold: true }, fill: SECTION_FILL, alignment: TOP(w) })),
    header: [header, header],
    headerVertical: [headerVertical, headerVertical],
    title: [title, title],
    box: [box, box],
    boxBold: [boxBold, boxBold],
    signature: [signature, signature],
  };
})();

/** Give cells 1..n the shared style of `style` (cells of a title after the first keep their column's look). */
function applyStyle(row: ExcelJS.Row, style: RowStyle, n: number, wrap: readonly boolean[], cellStyles?: readonly (RowStyle | undefined)[]): void {
  for (let i = 1; i <= n; i++) {
    const w = wrap[i - 1] === true ? 1 : 0;
    const own = cellStyles?.[i - 1] ?? style;
    row.getCell(i).style = (own === 'title' && i > 1 ? SHARED_STYLES.plain : SHARED_STYLES[own])[w] as ExcelJS.Style;
  }
}

/** Height of a header row whose turned headers wrap into as many lines as their column is wide. */
function verticalHeaderHeight(columns: readonly ColumnSpec[]): number {
  const pt = BODY_PT * 1.05;
  let h = rowHeightPt(1, pt);
  for (const c of columns) {
    if (c.verticalHeader) {
      const linePx = (lineHeightPt(pt) * 96) / 72;
      const lines = Math.max(1, Math.floor((columnPixels(c.width) - 6) / linePx));
      // Turned text runs along the row's height; leave room for uneven breaks.
      h = Math.max(h, Math.ceil(((textWidthPx(c.header, pt) / lines) * 72) / 96 * 1.15) + 8);
    } else {
      h = Math.max(h, rowHeightPt(lineCount(c.header, c.width, pt), pt));
    }
  }
  return Math.min(409, h);
}

