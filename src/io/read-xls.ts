// .xls reader via SheetJS: Excel 97–2003 (BIFF8) and Excel 5/95 (BIFF5) inside an OLE container — also
// WPS .et files, which are the same — bare BIFF2–4 streams of older programs, and the HTML tables some
// department systems save as .xls. The whole file is parsed at once: BIFF8 is limited to 65,536 rows.
import type { Cell } from '../model/types.js';
import { trimCells } from './cells.js';
import { excelSerialToDate } from '../model/excel-date.js';
import { corruptFileError, encryptedError, emptyFileError } from './io-errors.js';
import { isDateFormatCode } from './ooxml.js';
import type { MergeRange, TableEvent } from './types.js';

type SheetJS = typeof import('@e965/xlsx');
let sheetjs: Promise<SheetJS> | undefined;

/** SheetJS is large; load it (with the code pages BIFF5 files need for GBK text) only when an .xls is read. */
function loadSheetJS(): Promise<SheetJS> {
  sheetjs ??= (async () => {
    const X = await import('@e965/xlsx');
    const cp = await import('@e965/xlsx/dist/cpexcel.full.mjs');
    X.set_cptable(cp);
    return X;
  })();
  return sheetjs;
}

const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

/** What an OLE compound file holds: an encrypted OOXML package, a BIFF workbook stream, or neither. */
export async function inspectCfb(data: Buffer): Promise<'encrypted' | 'workbook' | 'other'> {
  // The stream names, found as bytes even where the container itself is damaged.
  if (data.includes(ENCRYPTION_INFO) || data.includes(ENCRYPTED_PACKAGE)) return 'encrypted';
  const X = await loadSheetJS();
  let names: string[];
  try {
    names = X.CFB.read(data, { type: 'buffer' }).FileIndex.map((e: { name: string }) => e.name);
  } catch {
    return 'other';
  }
  if (names.some((n) => /^(?:EncryptionInfo|EncryptedPackage)$/i.test(n))) return 'encrypted';
  // Excel writes "Workbook" (BIFF8) or "Book" (BIFF5); other writers use any case ("BOOK", "WORKBOOK").
  return names.some((n) => /^(?:workbook|book)$/i.test(n)) ? 'workbook' : 'other';
}

// BIFF error codes -> the text Excel shows.
const BIFF_ERRORS: Record<number, string> = {
  0x00: '#NULL!', 0x07: '#DIV/0!', 0x0f: '#VALUE!', 0x17: '#REF!', 0x1d: '#NAME?', 0x24: '#NUM!', 0x2a: '#N/A', 0x2b: '#GETTING_DATA',
};

interface SjsCell { t: string; v?: unknown; w?: string; z?: unknown }

function toCell(c: SjsCell | undefined, date1904: boolean): Cell {
  if (!c) return null;
  switch (c.t) {
    case 's': return typeof c.v === 'string' && c.v !== '' ? c.v : null;
    case 'n': {
      const v = c.v as number;
      if (typeof v !== 'number' || Number.isNaN(v)) return null;
      if (typeof c.z === 'string' && isDateFormatCode(c.z)) return excelSerialToDate(v, date1904) ?? v;
      if (typeof c.z === 'number' && ((c.z >= 14 && c.z <= 22) || (c.z >= 27 && c.z <= 36) || (c.z >= 45 && c.z <= 58))) {
        return excelSerialToDate(v, date1904) ?? v;
      }
      return v;
    }
    case 'b': return Boolean(c.v);
    case 'e': return { error: (typeof c.v === 'number' ? BIFF_ERRORS[c.v] : undefined) ?? c.w ?? '#VALUE!' };
    case 'd': return c.v instanceof Date && !Number.isNaN(c.v.getTime()) ? c.v : null;
    default: return null; // 'z' stub cells
  }
}

/**
 * Parses an .xls (or an HTML/XML table saved with that extension).
 * `data` is the file content, or a decoded string for HTML whose encoding the caller detected.
 */
export async function* readXls(data: Buffer | string, file: string): AsyncGenerator<TableEvent> {
  if (data.length === 0) throw emptyFileError(file);
  const X = await loadSheetJS();
  let wb: ReturnType<SheetJS['read']>;
  try {
    wb = X.read(data, {
      type: typeof data === 'string' ? 'string' : 'buffer',
      dense: true, cellDates: false, cellNF: true, cellText: false, cellFormula: false, cellHTML: false,
      cellStyles: false, raw: true, // raw: text inputs (HTML) keep "110101…" as text, never as a rounded number
    });
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    if (/password|encrypt/i.test(msg)) throw encryptedError(file);
    throw corruptFileError(file);
  }
  const date1904 = Boolean((wb.Workbook?.WBProps as { date1904?: boolean } | undefined)?.date1904);
  for (let i = 0; i < wb.SheetNames.length; i++) {
    const name = wb.SheetNames[i];
    const ws = wb.Sheets[name] as Record<string, unknown> | undefined;
    yield { type: 'sheet', sheet: name, sheetIndex: i + 1 };
    const data2 = (ws?.['!data'] ?? []) as (SjsCell[] | undefined)[];
    for (let r = 0; r < data2.length; r++) {
      const src = data2[r];
      if (!src) continue;
      const cells: Cell[] = new Array(src.length);
      for (let c = 0; c < src.length; c++) cells[c] = toCell(src[c], date1904);
      if (trimCells(cells).length > 0) yield { type: 'row', row: { sheet: name, sheetIndex: i + 1, row: r + 1, cells } };
    }
    const merges: MergeRange[] = ((ws?.['!merges'] ?? []) as { s: { r: number; c: number }; e: { r: number; c: number } }[])
      .map((m) => ({ top: m.s.r + 1, left: m.s.c + 1, bottom: m.e.r + 1, right: m.e.c + 1 }));
    yield { type: 'sheetEnd', sheet: name, sheetIndex: i + 1, merges };
  }
}
