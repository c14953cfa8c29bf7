// Print layout of the workbooks (product-spec §9.5): A4, the scale a "fit to page width" gives, CJK-aware text
// widths and row heights. Pure: the writer asks these questions, LibreOffice/Excel/WPS do the printing.
import type { ColumnSpec } from './types.js';

/** Body font of every sheet (exceljs's default: Calibri 11; CJK falls back to the system's CJK font). */
export const BODY_PT = 11;
/** Smallest printed body text we accept. */
export const MIN_PRINT_PT = 8;
/** What the layout aims at: LibreOffice rounds its fit-to-width scale down and measures columns a little wider. */
const PLAN_PT = 8.5;

/** Narrow margins in inches: what a county office would pick for a wide list. */
export const PRINT_MARGINS = { left: 0.3, right: 0.3, top: 0.55, bottom: 0.55, header: 0.25, footer: 0.25 } as const;

const A4_IN = { short: 8.27, long: 11.69 };
const DPI = 96;
/** Maximum digit width of Calibri 11 in pixels: Excel's unit of column width. */
const DIGIT_PX = 7;
/** Cell padding (pixels) Excel adds to a column and keeps free inside a cell. */
const PAD_PX = 5;

/** Pixels of a column `w` characters wide (Excel's conversion). */
export function columnPixels(w: number): number {
  return Math.trunc(w * DIGIT_PX + PAD_PX);
}

export function printableWidthPx(landscape: boolean): number {
  const paper = landscape ? A4_IN.long : A4_IN.short;
  return (paper - PRINT_MARGINS.left - PRINT_MARGINS.right) * DPI;
}

/** The scale "fit to 1 page wide" prints at (1 when the columns already fit). */
export function printScale(widths: readonly number[], landscape: boolean): number {
  const total = widths.reduce((s, w) => s + columnPixels(w), 0);
  return Math.min(1, printableWidthPx(landscape) / Math.max(1, total));
}

/** Body text size on paper, in points. */
export function printedBodyPt(widths: readonly number[], landscape: boolean): number {
  return BODY_PT * printScale(widths, landscape);
}

/**
 * Widths that print at ≥ MIN_PRINT_PT when fitted to the page width: the printed columns shrink, widest first
 * (they wrap, rows grow), never below `min` characters. Portrait when that is wide enough, else landscape.
 */
export function fitColumnsForPrint(
  columns: readonly ColumnSpec[],
  printCount = columns.length,
  landscape?: boolean,
  opts: { min?: number; keepFirst?: boolean } = {},
): { columns: ColumnSpec[]; landscape: boolean } {
  const min = opts.min ?? 6;
  const widths = columns.slice(0, printCount).map((c) => c.width);
  const maxPx = (l: boolean) => printableWidthPx(l) * (BODY_PT / PLAN_PT);
  const totalPx = (ws: number[]) => ws.reduce((s, w) => s + columnPixels(w), 0);
  const land = landscape ?? totalPx(widths) > printableWidthPx(false) * 1.15;
  const limit = maxPx(land);
  const out = [...widths];
  // Shave the widest column one character at a time: keeps narrow columns (序号, 状态) readable.
  while (totalPx(out) > limit) {
    let i = -1;
    for (let k = opts.keepFirst ? 1 : 0; k < out.length; k++) if (out[k] > min && (i < 0 || out[k] > out[i])) i = k;
    if (i < 0) break;
    out[i] = Math.max(min, out[i] - 1);
  }
  return {
    columns: columns.map((c, i) => (i < printCount && out[i] !== c.width ? { ...c, width: out[i], wrap: true } : { ...c })),
    landscape: land,
  };
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) || (code >= 0xd800 && code <= 0xdbff) // a surrogate pair: CJK extensions, emoji
  );
}

/** Rendered width of a line of text in pixels at `pt` (CJK one em, Latin about half, spaces a third). */
export function textWidthPx(s: string, pt = BODY_PT): number {
  const em = (pt * DPI) / 72;
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) continue; // low surrogate: counted with its pair
    if (isWide(c)) w += em;
    else if (c === 0x20) w += em * 0.3;
    else if ((c >= 0x41 && c <= 0x5a) || c === 0x2a) w += em * 0.62; // capitals and the masking asterisks
    else w += em * 0.55;
  }
  return w;
}

/** Lines a wrapped cell of `widthChars` needs for `s`. */
export function lineCount(s: string, widthChars: number, pt = BODY_PT): number {
  const inner = Math.max(1, columnPixels(widthChars) - PAD_PX - 2);
  const em = (pt * DPI) / 72;
  let lines = 0;
  for (const para of s.split('\n')) {
    // Fast path: short text fits whatever it is made of.
    if (para.length * em <= inner) { lines++; continue; }
    const w = textWidthPx(para, pt);
    // Latin text wraps at word boundaries: leave room for the ragged edge.
    const ragged = /[A-Za-z0-9] [A-Za-z0-9]/.test(para) ? 1.12 : 1.04;
    lines += Math.max(1, Math.ceil((w * ragged) / inner));
  }
  return Math.max(1, lines);
}

/** Line height of `pt` text with the CJK fonts LibreOffice, WPS and Excel use (taller than Latin-only). */
export function lineHeightPt(pt = BODY_PT): number {
  return pt * 1.45;
}

/** Row height in points for `lines` lines; Excel's maximum is 409. */
export function rowHeightPt(lines: number, pt = BODY_PT): number {
  return Math.min(409, Math.ceil(lines * lineHeightPt(pt) + 3));
}

/** Footer of every printed page. */
export const PAGE_FOOTER = '&L&A&C第 &P 页 共 &N 页';
