// Small, tolerant parsers for the workbook-level parts of an .xlsx (everything except the sheet data).
// Regex-based on purpose: these parts are flat lists, and this avoids exceljs's known gaps
// (CJK built-in date formats, phonetic runs in shared strings, `_x000D_` escapes).

const ENTITY: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeXml(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(cp) && cp >= 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return ENTITY[e] ?? m;
  });
}

/** XML line-end normalisation: a literal CR LF or lone CR in the text is a LF. */
export function eol(s: string): string {
  return s.indexOf('\r') < 0 ? s : s.replace(/\r\n?/g, '\n');
}

/**
 * Cell text after all decoding: CR LF becomes LF. Writers on Windows store a line break typed as CR LF
 * (openpyxl and xlsxwriter as `_x000D_` + LF, others as `&#13;` + LF); the line break is what the cell
 * shows, and SheetJS reads it the same way. A lone CR stays.
 */
export function crlf(s: string): string {
  return s.indexOf('\r\n') < 0 ? s : s.replace(/\r\n/g, '\n');
}

/** OOXML ST_Xstring escapes: `_x000D_` is a carriage return, `_x005F_` an underscore. */
export function decodeXstring(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

export function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([A-Za-z_][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(tag))) out[m[1]] = decodeXml(m[2] ?? m[3] ?? '');
  return out;
}

/** Attribute by local name, ignoring any namespace prefix (r:id, x:name …). */
function attrLocal(a: Record<string, string>, local: string): string | undefined {
  if (a[local] !== undefined) return a[local];
  for (const k of Object.keys(a)) if (k.endsWith(':' + local)) return a[k];
  return undefined;
}

export interface Rel { id: string; type: string; target: string; external: boolean }

export function parseRels(xml: string): Rel[] {
  const out: Rel[] = [];
  const re = /<(?:\w+:)?Relationship\b([^>]*)>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) {
    const a = attrs(m[1]);
    out.push({ id: a.Id ?? '', type: a.Type ?? '', target: a.Target ?? '', external: a.TargetMode === 'External' });
  }
  return out;
}

/** Resolves a relationship target against the folder of the part that owns the rels (e.g. 'xl/'). */
export function resolvePart(baseDir: string, target: string): string {
  const raw = target.replace(/\\/g, '/');
  const parts = (raw.startsWith('/') ? raw.slice(1) : baseDir + raw).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

export interface SheetInfo { name: string; rid: string; state: string }

export function parseWorkbook(xml: string): { sheets: SheetInfo[]; date1904: boolean } {
  const sheets: SheetInfo[] = [];
  const re = /<(?:\w+:)?sheet\b([^>]*)>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) {
    const a = attrs(m[1]);
    sheets.push({ name: decodeXstring(a.name ?? ''), rid: attrLocal(a, 'id') ?? '', state: a.state ?? 'visible' });
  }
  const pr = /<(?:\w+:)?workbookPr\b([^>]*)>/.exec(xml);
  const d = pr ? attrs(pr[1]).date1904 : undefined;
  return { sheets, date1904: d === '1' || d === 'true' };
}

// Built-in number formats that display dates or times. 27–36 and 50–58 are the CJK locale formats
// (yyyy"年"m"月"d"日" …) that Chinese Excel and WPS store without a format code.
const BUILTIN_DATE = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36,
  45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81]);

export function isDateFormatCode(code: string): boolean {
  const s = code
    .replace(/"[^"]*"/g, '')      // literal text
    .replace(/\\./g, '')          // escaped characters
    .replace(/_.|\*./g, '')       // padding
    .replace(/\[(?:h+|m+|s+)\]/gi, 'h') // elapsed time [h]
    .replace(/\[[^\]]*\]/g, '');  // colours, locales, conditions
  if (/^general$/i.test(s.trim()) || s.trim() === '@') return false;
  return /[ymdhse]/i.test(s.replace(/General/gi, '').replace(/[eE][+-]/g, ''));
}

/** For each cell style index (cellXfs order): does it display a date? */
export function parseDateStyles(xml: string): boolean[] {
  const custom = new Map<number, string>();
  // Only the <numFmts> list: <dxf> entries (conditional formats) carry their own numFmt elements, often
  // reusing ids such as 14, and must not change what a cell style displays.
  const fmts = /<(?:\w+:)?numFmts\b[^>]*>([\s\S]*?)<\/(?:\w+:)?numFmts>/.exec(xml)?.[1] ?? '';
  const reFmt = /<(?:\w+:)?numFmt\b([^>]*)>/g;
  let m: RegExpExecArray | null;
  while ((m = reFmt.exec(fmts))) {
    const a = attrs(m[1]);
    custom.set(Number(a.numFmtId), a.formatCode ?? '');
  }
  const xfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml);
  const out: boolean[] = [];
  if (!xfs) return out;
  const reXf = /<(?:\w+:)?xf\b([^>]*)>/g;
  while ((m = reXf.exec(xfs[1]))) {
    const id = Number(attrs(m[1]).numFmtId ?? 0);
    const code = custom.get(id);
    out.push(code !== undefined ? isDateFormatCode(code) : BUILTIN_DATE.has(id));
  }
  return out;
}

/**
 * Incremental parser for xl/sharedStrings.xml: feed text chunks, get plain strings
 * (rich-text runs joined, phonetic guides dropped).
 * Unprefixed parts (what Excel, WPS and most libraries write) go through a hand-written scanner, which
 * was about 3x faster than the regexes on a 780,000-string table; prefixed ones (<x:si>) use the regexes.
 */
export class SharedStringsParser {
  readonly strings: string[] = [];
  private buf = '';
  private prefixed: boolean | undefined; // undefined until the root element is seen

  push(text: string): void {
    // An element can only have completed if its closing '>' is in the new text; skipping otherwise
    // keeps a 10 MB string from being re-scanned (and re-flattened) for every chunk.
    if (text.indexOf('>') < 0) {
      this.buf += text;
      return;
    }
    this.buf += text;
    if (this.prefixed === undefined) {
      const m = /<([\w:]*)sst\b/.exec(this.buf);
      if (!m) return;
      // Prefixed parts (<x:si>) and Excel 2007 beta's <sstItem> take the regex path.
      this.prefixed = m[1] !== '' || this.buf.indexOf('<sstItem') >= 0;
    }
    const last = this.prefixed ? this.pushRegex() : this.pushScan();
    if (last > 0) this.buf = this.buf.slice(last);
  }

  private pushRegex(): number {
    const re = /<(?:\w+:)?(si|sstItem)\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?\1>)/g;
    let m: RegExpExecArray | null;
    let last = 0;
    while ((m = re.exec(this.buf))) {
      this.strings.push(m[2] === undefined ? '' : siText(m[2]));
      last = re.lastIndex;
    }
    return last;
  }

  private pushScan(): number {
    const s = this.buf;
    let p = 0;
    for (;;) {
      const a = s.indexOf('<si', p);
      if (a < 0) break;
      const c = s.charCodeAt(a + 3);
      if (c !== 62 && c !== 47 && c !== 32 && c !== 9 && c !== 10 && c !== 13) {
        if (Number.isNaN(c)) break; // cut after '<si': wait for more
        p = a + 3; // e.g. <sig…>: not a string item
        continue;
      }
      const gt = s.indexOf('>', a);
      if (gt < 0) break;
      if (s.charCodeAt(gt - 1) === 47) { // <si/>
        this.strings.push('');
        p = gt + 1;
        continue;
      }
      const e = s.indexOf('</si>', gt);
      if (e < 0) break;
      this.strings.push(siTextAt(s, gt + 1, e));
      p = e + 5;
    }
    return p;
  }
}

function siText(inner: string): string {
  const body = inner.indexOf('rPh') >= 0 ? inner.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '') : inner;
  const re = /<(?:\w+:)?t(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g;
  let m: RegExpExecArray | null;
  let out = '';
  while ((m = re.exec(body))) if (m[1]) out += m[1];
  return crlf(decodeXstring(decodeXml(eol(out))));
}

/**
 * The raw (undecoded) text of the unprefixed rich-text content s[a, b) of an <si> or <is>: every <t> of every run,
 * phonetic runs (<rPh>) left out. Shared by the shared-strings table and the sheet scanner's inline strings.
 */
export function runsText(s: string, a: number, b: number): string {
  let out = '';
  let q = a;
  for (;;) {
    const lt = s.indexOf('<', q);
    if (lt < 0 || lt >= b) break;
    const ch = s.charCodeAt(lt + 1);
    const ge = s.indexOf('>', lt);
    if (ge < 0 || ge >= b) break;
    if (ch === 116 /* t */ && isNameEnd(s.charCodeAt(lt + 2))) {
      if (s.charCodeAt(ge - 1) === 47) { q = ge + 1; continue; } // <t/>
      const te = s.indexOf('</t>', ge + 1);
      if (te < 0 || te > b) break;
      out += s.slice(ge + 1, te);
      q = te + 4;
    } else if (ch === 114 /* r */ && s.startsWith('rPh', lt + 1) && isNameEnd(s.charCodeAt(lt + 4))) {
      if (s.charCodeAt(ge - 1) === 47) { q = ge + 1; continue; } // <rPh/>
      const pe = s.indexOf('</rPh>', ge + 1);
      if (pe < 0 || pe > b) break;
      q = pe + 6;
    } else q = ge + 1;
  }
  return out;
}

/** Tag-name end: whitespace, '>' or '/'. */
export function isNameEnd(c: number): boolean {
  return c === 62 || c === 47 || c === 32 || c === 9 || c === 10 || c === 13;
}

/** siText for the unprefixed content s[a, b) of an <si>, by scanning. */
function siTextAt(s: string, a: number, b: number): string {
  const out = crlf(decodeXstring(decodeXml(eol(runsText(s, a, b)))));
  // A copy, so that the table does not keep every chunk of the part alive (V8 substrings are views).
  return out.length < 13 ? out : (' ' + out).slice(1);
}
