// Test fixtures generated on the fly: small workbooks and CSVs with the mess real rosters have.
import { writeFile } from 'node:fs/promises';
import { deflateRawSync } from 'node:zlib';
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

// ---------------------------------------------------------------------------------------------
// Hand-made zips: for files no library writes (a zip that is not a workbook, an .xlsx with CJK
// built-in date formats, `t="d"` cells, inline strings, phonetic runs …).

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Writes a zip; entries are deflated unless `store` is set. */
export function zipBuffer(entries: { name: string; data: string | Buffer }[], store = false): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const raw = typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : e.data;
    const body = store ? raw : deflateRawSync(raw);
    const name = Buffer.from(e.name, 'utf8');
    const crc = crc32(raw);
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0); lh.writeUInt16LE(20, 4); lh.writeUInt16LE(0x800, 6); lh.writeUInt16LE(store ? 0 : 8, 8);
    lh.writeUInt32LE(crc, 14); lh.writeUInt32LE(body.length, 18); lh.writeUInt32LE(raw.length, 22); lh.writeUInt16LE(name.length, 26);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0); ch.writeUInt16LE(20, 4); ch.writeUInt16LE(20, 6); ch.writeUInt16LE(0x800, 8); ch.writeUInt16LE(store ? 0 : 8, 10);
    ch.writeUInt32LE(crc, 16); ch.writeUInt32LE(body.length, 20); ch.writeUInt32LE(raw.length, 24); ch.writeUInt16LE(name.length, 28);
    ch.writeUInt32LE(offset, 42);
    locals.push(lh, name, body);
    centrals.push(ch, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0); eocd.writeUInt16LE(entries.length, 8); eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cd.length, 12); eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, eocd]);
}

/** A minimal .xlsx from raw parts: one sheet whose <sheetData> (and anything after it) is given as XML, or the whole sheet XML. */
export function rawXlsx(opts: { sheetData: string; after?: string; sharedStrings?: string[] | string; styles?: string; sheetName?: string; store?: boolean; sheetXml?: string }): Buffer {
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const sst = opts.sharedStrings === undefined ? undefined : typeof opts.sharedStrings === 'string' ? opts.sharedStrings
    : `<?xml version="1.0" encoding="UTF-8"?><sst ${ns}>${opts.sharedStrings.map((s) => `<si><t xml:space="preserve">${s}</t></si>`).join('')}</sst>`;
  const entries = [
    { name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
    { name: '_rels/.rels', data: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
    { name: 'xl/workbook.xml', data: `<?xml version="1.0"?><workbook ${ns}><sheets><sheet name="${opts.sheetName ?? 'Sheet1'}" sheetId="1" r:id="rId1"/></sheets></workbook>` },
    { name: 'xl/_rels/workbook.xml.rels', data: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${rel}/styles" Target="styles.xml"/></Relationships>` },
    { name: 'xl/worksheets/sheet1.xml', data: opts.sheetXml ?? `<?xml version="1.0" encoding="UTF-8"?><worksheet ${ns}><sheetData>${opts.sheetData}</sheetData>${opts.after ?? ''}</worksheet>` },
  ];
  if (sst !== undefined) entries.push({ name: 'xl/sharedStrings.xml', data: sst });
  if (opts.styles !== undefined) entries.push({ name: 'xl/styles.xml', data: `<?xml version="1.0"?><styleSheet ${ns}>${opts.styles}</styleSheet>` });
  return zipBuffer(entries, opts.store);
}
