// Hand-written scanner for a worksheet's <sheetData>: the fast path of the .xlsx reader.
//
// It reads the decoded sheet XML (as produced by `decodeAndTap`) with indexOf/charCodeAt, keeps an
// incomplete element as carry-over for the next chunk, and builds only the Cell values and row arrays.
// It follows the file format where exceljs 4.4.0 (the former fallback reader) is wrong:
//   - inline rich text: all runs are joined (exceljs keeps the last run); phonetic runs are dropped,
//     and `_xHHHH_` escapes are decoded in inline strings and text formula results (t="str");
//   - a formula whose cached result is 0 stays 0 (exceljs: empty), `t="b"` formulas give booleans;
//   - entities are decoded once (exceljs decodes inline and formula strings twice: `&amp;lt;` -> '<');
//   - the date test uses the cell's own style, including s="0" (exceljs ignores s="0" and lets a
//     row-level style leak into the cells of that row);
//   - whitespace between tags (pretty-printed XML) is not part of a value; CDATA text is kept.
// Rows and cells may omit their r attribute (the standard allows it; POI, PhpSpreadsheet and others
// write such files): like Excel, a row without r is the one after the previous row, and a cell without
// r is in the column after the previous cell of its row.
import type { Cell } from '../model/types.js';
import { isoToDate, trimCells } from './cells.js';
import { excelSerialToDate } from '../model/excel-date.js';
import { crlf, decodeXml, decodeXstring, isNameEnd, runsText } from './ooxml.js';
import type { ParsedRow, SheetContext, SheetRowParser } from './types.js';
import type { CorruptDetail } from '../errors.js';

const enum T { N, S, STR, INLINE, B, E, D }

const NO_ROWS: ParsedRow[] = [];

/** parseInt(s.slice(a, b), 10) without the slice for the plain-digits case. */
function intAt(s: string, a: number, b: number): number {
  if (b > a && b - a <= 9) {
    let n = 0;
    for (let i = a; i < b; i++) {
      const d = s.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return parseInt(s.slice(a, b), 10);
      n = n * 10 + d;
    }
    return n;
  }
  return parseInt(s.slice(a, b), 10);
}

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * parseFloat(s.slice(a, b)) without the slice for plain decimals ("-123.45"): with at most 15 digits
 * the mantissa and the power of ten are exact doubles, so one division is correctly rounded, i.e.
 * gives exactly what parseFloat gives. Anything else (exponents, spaces, long numbers) uses parseFloat.
 */
function numAt(s: string, a: number, b: number): number {
  if (b > a && b - a <= 16) {
    let i = a;
    const neg = s.charCodeAt(i) === 45;
    if (neg) i++;
    let n = 0;
    let digits = 0;
    let frac = -1;
    for (; i < b; i++) {
      const d = s.charCodeAt(i) - 48;
      if (d >= 0 && d <= 9) { n = n * 10 + d; digits++; }
      else if (d === -2 /* . */ && frac < 0) frac = i;
      else break;
    }
    if (i === b && digits > 0 && digits <= 15) {
      const v = frac < 0 ? n : n / POW10[b - frac - 1];
      return neg ? -v : v;
    }
  }
  return parseFloat(s.slice(a, b));
}

/** Text content of an element as saxes reports it: CDATA kept, line ends normalised, entities decoded. */
function textOf(raw: string): string {
  let s = raw;
  if (s.indexOf('<') >= 0) s = stripMarkup(s);
  if (s.indexOf('\r') >= 0) s = s.replace(/\r\n?/g, '\n');
  return s.indexOf('&') >= 0 ? crlf(decodeXml(s)) : s;
}

/** Keeps CDATA sections (entities inside them escaped so decodeXml leaves them alone), drops comments. */
function stripMarkup(s: string): string {
  return s.replace(/<!\[CDATA\[([\s\S]*?)\]\]>|<!--[\s\S]*?-->|<[^>]*>/g, (_m, cdata: string | undefined) =>
    (cdata === undefined ? '' : cdata.replace(/&/g, '&amp;')));
}

/**
 * A copy of a text value that does not keep the 64 KB chunk alive: V8 makes substrings of 13 or more
 * characters views into their parent, so one ID number kept by a caller would pin the whole chunk.
 */
function own(v: string): string {
  return v.length < 13 ? v : (' ' + v).slice(1);
}

function badRef(): Error {
  return new Error('sheet cell without a usable reference');
}

function missingString(i: number, n: number, row: number): Error {
  const damage: CorruptDetail = { part: 'sharedString', row, index: i + 1, count: n };
  return Object.assign(new Error('shared string index out of range'), { damage });
}

function malformed(): Error {
  return new Error('malformed sheet XML');
}

/**
 * Start of the closing tag of a <v> or <f> whose text starts at `from` (name: its char code):
 * the next markup must be that closing tag (or CDATA / a comment). -1 when it has not arrived yet.
 */
function closeOf(s: string, from: number, name: number): number {
  const lt = s.indexOf('<', from);
  if (lt < 0 || lt + 4 > s.length) return -1;
  if (s.charCodeAt(lt + 1) === 47 && s.charCodeAt(lt + 2) === name && isNameEnd(s.charCodeAt(lt + 3))) return lt;
  if (s.charCodeAt(lt + 1) === 33 /* ! */) return s.indexOf(name === 118 ? '</v' : '</f', lt);
  throw malformed();
}

/**
 * Incremental sheet scanner. `push` takes the next chunk of XML text and returns the rows completed by it.
 * Exported for benchmarks; `fastRowParser` is the async wrapper the reader uses.
 */
export class SheetScanner {
  private buf = '';
  /** True while `buf` holds an element cut by the chunk boundary: only a chunk with '>' can complete it. */
  private waiting = false;
  private state = 0; // 0 before <sheetData>, 1 inside, 2 after
  private cells: Cell[] | null = null; // open row
  private rowR = 0; // its number: the r attribute, or the one after the previous row
  private nextCol = 1; // column of a cell without r: the one after the previous cell
  private prev = 0;
  private out: ParsedRow[] = [];
  // Cell under construction (set by cellAt; fields instead of an object to avoid per-cell garbage).
  private vA = 0;
  private vB = 0;
  private inline: string | null = null;

  constructor(private readonly ctx: SheetContext) {}

  push(chunk: string): ParsedRow[] {
    if (this.state === 2) return NO_ROWS;
    if (this.waiting) {
      this.buf += chunk;
      // A huge text cell arrives in many chunks: do not rescan (and re-flatten) it for each of them.
      if (chunk.indexOf('>') < 0) return NO_ROWS;
    } else {
      this.buf = this.buf.length > 0 ? this.buf + chunk : chunk;
    }
    this.scan();
    return this.take();
  }

  /** End of input: whatever is left is an incomplete element, which is dropped (as a SAX parser would). */
  end(): ParsedRow[] {
    if (this.state === 1 && this.buf.length > 0) this.scan(true);
    this.buf = '';
    return this.take();
  }

  private take(): ParsedRow[] {
    if (this.out.length === 0) return NO_ROWS;
    const rows = this.out;
    this.out = [];
    return rows;
  }

  private scan(final = false): void {
    const s = this.buf;
    const n = s.length;
    let p = 0;
    for (;;) {
      const lt = s.indexOf('<', p);
      if (lt < 0) { p = n; break; }
      if (lt + 11 > n && !final) { p = lt; break; } // too short to tell the tag: wait for more
      const c1 = s.charCodeAt(lt + 1);
      let next = -1;
      if (this.state === 1) {
        if (c1 === 99 /* c */ && isNameEnd(s.charCodeAt(lt + 2))) next = this.cellAt(s, lt);
        else if (c1 === 114 /* r */ && s.startsWith('row', lt + 1) && isNameEnd(s.charCodeAt(lt + 4))) next = this.rowOpen(s, lt);
        else if (c1 === 47 /* / */ && s.startsWith('row', lt + 2) && isNameEnd(s.charCodeAt(lt + 5))) {
          next = s.indexOf('>', lt);
          if (next >= 0) {
            if (!this.cells) throw malformed();
            next++;
            this.rowClose();
          }
        } else if (c1 === 47 && s.startsWith('sheetData', lt + 2) && isNameEnd(s.charCodeAt(lt + 11))) {
          if (this.cells) throw malformed(); // </sheetData> inside a row
          this.state = 2;
          this.buf = '';
          this.waiting = false;
          return;
        } else next = this.skip(s, lt);
      } else if (c1 === 115 /* s */ && s.startsWith('sheetData', lt + 1) && isNameEnd(s.charCodeAt(lt + 10))) {
        const gt = s.indexOf('>', lt);
        if (gt >= 0) {
          next = gt + 1;
          this.state = s.charCodeAt(gt - 1) === 47 ? 2 : 1; // <sheetData/>: no rows
          if (this.state === 2) { this.buf = ''; this.waiting = false; return; }
        }
      } else next = this.skip(s, lt);
      if (next < 0) { p = lt; break; }
      p = next;
    }
    this.waiting = p < n && s.charCodeAt(p) === 60;
    this.buf = p >= n ? '' : p === 0 ? s : s.slice(p);
  }

  /** Any other markup: comments, processing instructions, elements we do not read. */
  private skip(s: string, lt: number): number {
    if (s.startsWith('<!--', lt)) {
      const e = s.indexOf('-->', lt + 4);
      return e < 0 ? -1 : e + 3;
    }
    const gt = s.indexOf('>', lt);
    return gt < 0 ? -1 : gt + 1;
  }

  private rowOpen(s: string, lt: number): number {
    const gt = s.indexOf('>', lt);
    if (gt < 0) return -1;
    if (this.cells) throw malformed(); // <row> inside a row
    let r = NaN;
    // Attributes: only r matters (usually the first one).
    let i = lt + 4;
    const end = s.charCodeAt(gt - 1) === 47 ? gt - 1 : gt;
    while (i < end) {
      const c = s.charCodeAt(i);
      if (c <= 32) { i++; continue; }
      const ns = i;
      let k = c;
      while (k !== 61 /* = */ && k > 32 && ++i < end) k = s.charCodeAt(i);
      const nameLen = i - ns;
      while (k !== 34 && k !== 39 && ++i < end) k = s.charCodeAt(i);
      const vs = ++i;
      while (i < end && s.charCodeAt(i) !== k) i++;
      if (i >= end) break;
      if (nameLen === 1 && c === 114 /* r */) { r = intAt(s, vs, i); break; }
      i++;
    }
    this.rowR = Number.isFinite(r) && r > 0 ? r : this.prev + 1;
    this.nextCol = 1;
    this.cells = [];
    if (end !== gt) this.rowClose(); // <row/>
    return gt + 1;
  }

  private rowClose(): void {
    const cells = this.cells;
    if (!cells) return;
    this.cells = null;
    const num = this.rowR;
    this.prev = num;
    if (trimCells(cells).length > 0) this.out.push({ row: num, cells });
  }

  /** Parses one <c …>…</c> or <c …/>; returns the index after it, or -1 when it is not complete yet. */
  private cellAt(s: string, lt: number): number {
    const gt = s.indexOf('>', lt + 2);
    if (gt < 0) return -1;
    const selfClosing = s.charCodeAt(gt - 1) === 47;
    const end = selfClosing ? gt - 1 : gt;
    // Attributes r, s, t.
    let refA = -1;
    let refB = -1;
    let style = 0;
    let t = T.N;
    let i = lt + 2;
    while (i < end) {
      // name = "value" (or 'value'); charCodeAt loops beat indexOf calls on these few characters
      const c = s.charCodeAt(i);
      if (c <= 32) { i++; continue; }
      const ns = i;
      let k = c;
      while (k !== 61 /* = */ && k > 32 && ++i < end) k = s.charCodeAt(i);
      const nameLen = i - ns;
      while (k !== 34 && k !== 39 && ++i < end) k = s.charCodeAt(i);
      const vs = ++i;
      while (i < end && s.charCodeAt(i) !== k) i++;
      if (i >= end) break; // unterminated value
      const ve = i++;
      if (nameLen === 1) {
        if (c === 114 /* r */) { refA = vs; refB = ve; }
        else if (c === 115 /* s */) style = intAt(s, vs, ve);
        else if (c === 116 /* t */) t = typeOf(s, vs, ve);
      }
    }

    // Children: <f>, <v>, <is>; anything else is skipped.
    let hasF = false;
    let hasV = false;
    this.inline = null;
    let next: number;
    if (selfClosing) next = gt + 1;
    else if (s.charCodeAt(gt + 1) === 60 && s.charCodeAt(gt + 2) === 118 && s.charCodeAt(gt + 3) === 62
      && (next = vThenEnd(s, gt + 4)) > 0) {
      hasV = true; // the common <c …><v>…</v></c>
      this.vA = gt + 4;
      this.vB = next - 8;
    } else {
      let q = gt + 1;
      let depth = 0; // inside elements we do not read (extLst …)
      for (;;) {
        const a = s.indexOf('<', q);
        if (a < 0 || a + 4 > s.length) return -1;
        const ch = s.charCodeAt(a + 1);
        if (ch === 47 /* / */) {
          const ge = s.charCodeAt(a + 3) === 62 ? a + 3 : s.indexOf('>', a);
          if (ge < 0) return -1;
          q = ge + 1;
          if (depth > 0) { depth--; continue; }
          if (s.charCodeAt(a + 2) === 99 && isNameEnd(s.charCodeAt(a + 3))) break; // </c>
          throw malformed();
        }
        if (ch === 33 /* ! */ || ch === 63 /* ? */) { // comment or processing instruction
          q = this.skip(s, a);
          if (q < 0) return -1;
          continue;
        }
        const ge = s.indexOf('>', a);
        if (ge < 0) return -1;
        const empty = s.charCodeAt(ge - 1) === 47;
        const c2 = s.charCodeAt(a + 2);
        if (depth === 0 && (ch === 118 /* v */ || ch === 102 /* f */) && isNameEnd(c2)) {
          let ce = ge + 1;
          if (empty) q = ge + 1;
          else {
            ce = closeOf(s, ge + 1, ch);
            if (ce < 0) return -1;
            q = s.charCodeAt(ce + 3) === 62 ? ce + 4 : s.indexOf('>', ce) + 1;
            if (q === 0) return -1;
          }
          if (ch === 118) { hasV = true; this.vA = ge + 1; this.vB = ce; } else hasF = true;
        } else if (depth === 0 && ch === 105 /* i */ && c2 === 115 /* s */ && isNameEnd(s.charCodeAt(a + 3))) {
          if (empty) { this.inline = ''; q = ge + 1; }
          else {
            const ie = s.indexOf('</is>', ge + 1);
            if (ie < 0) return -1;
            this.inline = inlineText(s, ge + 1, ie);
            q = ie + 5;
          }
        } else {
          if (!empty) depth++;
          q = ge + 1;
        }
      }
      next = q;
    }

    const cells = this.cells;
    if (!cells) return next; // a cell outside a row: no row to put it in (Excel drops it too)
    // No r (or one without column letters): the column after the previous cell, as Excel counts.
    let col = refA < 0 ? 0 : colOf(s, refA, refB);
    if (col === 0) col = this.nextCol;
    if (col > 16384) throw badRef();
    this.nextCol = col + 1;
    if (!hasV && !hasF && this.inline === null) return next; // no value: leave the slot empty
    cells[col - 1] = this.value(s, t, style, hasV);
    return next;
  }

  private value(s: string, t: T, style: number, hasV: boolean): Cell {
    const ctx = this.ctx;
    const inline = this.inline;
    const hasText = hasV || inline !== null;
    if (t === T.E || t === T.D) {
      if (!hasText) return null;
      const text = inline !== null ? inline : textOf(s.slice(this.vA, this.vB));
      return t === T.E ? { error: text || '#N/A' } : (isoToDate(text) ?? (text === '' ? null : own(text)));
    }
    if (!hasText) return null; // a formula without a cached value
    switch (t) {
      case T.S: {
        const i = hasV ? intAt(s, this.vA, this.vB) : parseInt(inline!, 10);
        const v = ctx.sharedStrings[i];
        // An index past the table is damage (a missing or cut sharedStrings.xml): refusing beats reading
        // the roster with those cells silently empty.
        if (v === undefined && i >= 0) throw missingString(i, ctx.sharedStrings.length, this.rowR);
        return v === undefined || v === '' ? null : v;
      }
      case T.STR:
      case T.INLINE: {
        if (inline !== null) return inline === '' ? null : own(inline);
        let v = textOf(s.slice(this.vA, this.vB));
        if (v.indexOf('_x') >= 0) v = crlf(decodeXstring(v));
        return v === '' ? null : own(v);
      }
      case T.B:
        return (hasV ? intAt(s, this.vA, this.vB) : parseInt(inline!, 10)) !== 0;
      default: {
        const v = hasV ? numAt(s, this.vA, this.vB) : parseFloat(inline!);
        if (Number.isNaN(v)) return null;
        if (ctx.dateStyles[style] === true) return excelSerialToDate(v, ctx.date1904) ?? v;
        return v;
      }
    }
  }
}

function typeOf(s: string, a: number, b: number): T {
  const len = b - a;
  const c = s.charCodeAt(a);
  if (len === 1) {
    switch (c) {
      case 115: return T.S;
      case 98: return T.B;
      case 101: return T.E;
      case 100: return T.D;
      default: return T.N;
    }
  }
  if (len === 3 && c === 115 && s.startsWith('str', a)) return T.STR;
  if (len === 9 && c === 105 && s.startsWith('inlineStr', a)) return T.INLINE;
  return T.N;
}

/** For text starting at `from` right after <v>: the index after "</v></c>" when that follows the text, else -1. */
function vThenEnd(s: string, from: number): number {
  const lt = s.indexOf('<', from);
  if (lt < 0 || lt + 8 > s.length) return -1;
  return s.charCodeAt(lt + 1) === 47 && s.charCodeAt(lt + 2) === 118 && s.charCodeAt(lt + 3) === 62
    && s.charCodeAt(lt + 4) === 60 && s.charCodeAt(lt + 5) === 47 && s.charCodeAt(lt + 6) === 99
    && s.charCodeAt(lt + 7) === 62 ? lt + 8 : -1;
}

/** Column number of a reference ("AB12", "$AB$12", lower case too); 0 when it has no column letters. */
function colOf(s: string, a: number, b: number): number {
  let col = 0;
  let hasCol = false;
  let hasRow = false;
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i);
    if (!hasRow && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) {
      hasCol = true;
      col = col * 26 + (c & 0xdf) - 64;
    } else if (c >= 48 && c <= 57) hasRow = true;
    else if (hasRow && hasCol && c !== 36) break;
  }
  return hasCol ? col : 0;
}

/** Text of an <is> element: every <t> of every run, phonetic runs (<rPh>) left out. */
function inlineText(s: string, a: number, b: number): string {
  const out = textOf(runsText(s, a, b));
  return out.indexOf('_x') >= 0 ? crlf(decodeXstring(out)) : out;
}

async function* parseSheet(xml: AsyncIterable<string>, ctx: SheetContext): AsyncGenerator<ParsedRow[]> {
  const scanner = new SheetScanner(ctx);
  for await (const chunk of xml) {
    const rows = scanner.push(chunk);
    if (rows.length > 0) yield rows;
  }
  const rows = scanner.end();
  if (rows.length > 0) yield rows;
}

/** 64 KB chunks: fewer zlib thread-pool round trips; the scanner allocates nothing per chunk but the rows. */
export const fastRowParser: SheetRowParser = Object.assign(parseSheet, { chunkSize: 64 * 1024 });
