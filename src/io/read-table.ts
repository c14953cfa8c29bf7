// Entry point for reading a roster file: picks the reader from the extension, then checks the
// first bytes, because department files are often misnamed (.xls that is HTML or text, .xlsx that
// is an old .xls, or an encrypted workbook, which is an OLE file whatever its name).
import { open, readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { decodeAll } from './encoding.js';
import {
  cannotOpenError, corruptFileError, displayNameOf, emptyFileError, encryptedError, notWorkbookError,
  unsupportedFormatError,
} from './io-errors.js';
import { readCsv } from './read-csv.js';
import { inspectCfb, readXls } from './read-xls.js';
import { readXlsx } from './read-xlsx.js';
import type { ReadOptions, TableEvent } from './types.js';

export const SUPPORTED_EXTENSIONS = ['.xlsx', '.xlsm', '.xls', '.csv', '.txt'] as const;
/** WPS 表格 files: read when they are a BIFF workbook inside OLE (as WPS usually saves them), else refused by name. */
const WPS_EXTENSIONS = ['.et', '.ett'];

const FORMAT_NAMES: Record<string, string> = {
  '.et': 'WPS 表格', '.ett': 'WPS 表格模板', '.wps': 'WPS 文字', '.numbers': 'Apple Numbers', '.ods': 'OpenDocument 表格',
  '.dbf': 'dBase 数据库', '.xlsb': 'Excel 二进制工作簿', '.doc': 'Word 文档', '.docx': 'Word 文档', '.pdf': 'PDF',
};

type Magic = 'zip' | 'cfb' | 'biff' | 'markup' | 'text' | 'binary';

const CFB_SIG = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

function classify(head: Buffer): Magic {
  if (head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && (head[2] === 3 || head[2] === 5 || head[2] === 7)) return 'zip';
  if (head.length >= 8 && head.subarray(0, 8).equals(CFB_SIG)) return 'cfb';
  // A bare BIFF2–5 stream (Excel 2.x–4.x and some old exporters, no OLE container): starts with a BOF record
  // 0x0009 / 0x0209 / 0x0409 / 0x0809 whose length is small.
  if (head.length >= 8 && head[0] === 0x09 && (head[1] === 0 || head[1] === 2 || head[1] === 4 || head[1] === 8)
      && head[3] === 0 && head[2] >= 4 && head[2] <= 20) return 'biff';
  // Markup: first non-blank character '<' (after a BOM; NUL bytes skipped for UTF-16).
  const bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff) ? 2 : 0;
  let i = bom;
  while (i < head.length && (head[i] === 0 || head[i] === 0x20 || head[i] === 9 || head[i] === 10 || head[i] === 13)) i++;
  if (head[i] === 0x3c) return 'markup';
  if (bom > 0) return 'text'; // UTF-8 or UTF-16 text
  // Otherwise text if there are no control characters other than tab/CR/LF.
  let ctrl = 0;
  for (let k = 0; k < Math.min(head.length, 4096); k++) {
    const b = head[k];
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 0) ctrl++;
  }
  const zeros = head.subarray(0, 4096).filter((b) => b === 0).length;
  if (ctrl === 0 && (zeros === 0 || zeros > head.subarray(0, 4096).length * 0.2)) return 'text';
  return 'binary';
}

/** Reads the first bytes and the size; maps open errors to input errors. */
async function sniff(path: string, file: string): Promise<{ size: number; head: Buffer }> {
  try {
    const fh = await open(path, 'r');
    try {
      const st = await fh.stat();
      if (st.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
      const head = Buffer.alloc(Math.min(st.size, 8192));
      const { bytesRead } = await fh.read(head, 0, head.length, 0);
      return { size: st.size, head: head.subarray(0, bytesRead) };
    } finally {
      await fh.close();
    }
  } catch (err) {
    throw cannotOpenError(file, err);
  }
}

/** An OLE compound file: an encrypted OOXML workbook, or a real .xls (possibly misnamed, or a WPS .et). */
async function* readCfb(path: string, file: string, ext: string): AsyncGenerator<TableEvent> {
  const data = await readWhole(path, file);
  const kind = await inspectCfb(data);
  if (kind === 'encrypted') throw encryptedError(file);
  if (kind === 'other') {
    if (WPS_EXTENSIONS.includes(ext)) throw unsupportedFormatError(file, ext, FORMAT_NAMES[ext]);
    // An OLE file named .xlsx without a workbook stream is how Office stores a password-protected workbook.
    if (ext !== '.xls') throw encryptedError(file);
    throw corruptFileError(file);
  }
  yield* readXls(data, file);
}

async function readWhole(path: string, file: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (err) {
    throw cannotOpenError(file, err);
  }
}

async function* dispatch(path: string, opts: ReadOptions): AsyncGenerator<TableEvent> {
  const file = displayNameOf(path, opts.displayName);
  const ext = extname(path).toLowerCase();
  const wps = WPS_EXTENSIONS.includes(ext);
  if (!wps && !(SUPPORTED_EXTENSIONS as readonly string[]).includes(ext)) {
    throw unsupportedFormatError(file, ext, FORMAT_NAMES[ext]);
  }
  const { size, head } = await sniff(path, file);
  if (size === 0) throw emptyFileError(file);
  const magic = classify(head);
  if (wps) {
    if (magic === 'cfb') return yield* readCfb(path, file, ext);
    throw unsupportedFormatError(file, ext, FORMAT_NAMES[ext]);
  }

  if (magic === 'zip') return yield* readXlsx(path, file, ext);
  if (magic === 'cfb') return yield* readCfb(path, file, ext);
  if (magic === 'biff' && ext !== '.csv' && ext !== '.txt') return yield* readXls(await readWhole(path, file), file);
  if (ext === '.xlsx' || ext === '.xlsm') throw notWorkbookError(file, ext);
  if (ext === '.xls' && magic === 'markup') {
    // HTML/XML tables saved as .xls: decode with the detected encoding (often GBK) before SheetJS sees them.
    return yield* readXls(decodeAll(await readWhole(path, file)), file);
  }
  if (magic === 'text' || (magic === 'markup' && ext !== '.xls')) return yield* readCsv(path, file);
  throw notWorkbookError(file, ext);
}

/**
 * Reads a roster file as a stream of sheet/row/sheetEnd events.
 * .xlsx/.xlsm are streamed; .xls is parsed whole (≤ 65,536 rows); .csv/.txt are streamed as one sheet.
 * Every failure is a FupinError with exit code 1 naming the file; no partial results are kept by this layer.
 */
export function readTable(path: string, opts: ReadOptions = {}): AsyncIterable<TableEvent> {
  return { [Symbol.asyncIterator]: () => dispatch(path, opts) };
}

/** Convenience for tests and small files: all events in memory. */
export async function readAllEvents(path: string, opts: ReadOptions = {}): Promise<TableEvent[]> {
  const out: TableEvent[] = [];
  for await (const ev of readTable(path, opts)) out.push(ev);
  return out;
}
