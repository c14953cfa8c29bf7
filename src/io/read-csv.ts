// CSV/TXT reader: streams the file through csv-parse after detecting encoding and delimiter.
// Every cell stays text (an ID must never become a number); a CSV is one sheet named after the file.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { Readable, pipeline } from 'node:stream';
import { parse, CsvError } from 'csv-parse';
import type { Cell } from '../model/types.js';
import { fail } from '../errors.js';
import { detectEncoding, EncodingError, makeDecoder, utf8LinesIn, type TextEncoding } from './encoding.js';
import { cannotOpenError, emptyFileError } from './io-errors.js';
import type { TableEvent } from './types.js';

const SAMPLE_BYTES = 4 * 1024 * 1024;
const DELIMITERS = [',', '\t', ';'] as const;

/** Picks the delimiter whose count is the same, and non-zero, on most of the first lines (quotes respected). */
export function detectDelimiter(text: string): string {
  const lines = text.split(/\r\n|\n|\r/).slice(0, 30).filter((l) => l.trim() !== '');
  let best: string = ',';
  let bestScore = [0, 0];
  for (const d of DELIMITERS) {
    const counts = lines.map((l) => countOutsideQuotes(l, d)).filter((n) => n > 0);
    if (counts.length === 0) continue;
    const freq = new Map<number, number>();
    for (const n of counts) freq.set(n, (freq.get(n) ?? 0) + 1);
    let mode = 0;
    let modeLines = 0;
    for (const [n, k] of freq) if (k > modeLines || (k === modeLines && n > mode)) { mode = n; modeLines = k; }
    const score = [modeLines, mode];
    if (score[0] > bestScore[0] || (score[0] === bestScore[0] && score[1] > bestScore[1])) { best = d; bestScore = score; }
  }
  return best;
}

function countOutsideQuotes(line: string, d: string): number {
  let n = 0;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === d && !quoted) n++;
  }
  return n;
}

export async function* readCsv(path: string, file: string): AsyncGenerator<TableEvent> {
  let sample: Buffer;
  let size: number;
  try {
    const fh = await open(path, 'r');
    try {
      size = (await fh.stat()).size;
      const buf = Buffer.alloc(Math.min(size, SAMPLE_BYTES));
      const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
      sample = buf.subarray(0, bytesRead);
    } finally {
      await fh.close();
    }
  } catch (err) {
    throw cannotOpenError(file, err);
  }
  if (size === 0) throw emptyFileError(file);

  const { encoding, bomLength } = detectEncoding(sample, sample.length >= size);
  if (encoding === 'gb18030') {
    const utf8 = utf8LinesIn(sample);
    if (utf8.length > 0) {
      throw fail('CSV_ENCODING', { mixed: true, utf8Rows: utf8 }, { file, row: utf8[0] });
    }
  }
  const head = makeDecoder(encoding)(sample.subarray(bomLength, Math.min(sample.length, bomLength + 64 * 1024)));
  let delimiter = detectDelimiter(head);
  // Excel's "sep=;" hint line: use it, and do not count it as a row (Excel hides it too).
  const sep = /^sep=(.)\r?\n/i.exec(head);
  if (sep) delimiter = sep[1];

  const sheet = basename(file, extname(file));
  yield { type: 'sheet', sheet, sheetIndex: 1 };

  const parser = parse({
    delimiter, relax_quotes: true, relax_column_count: true, skip_empty_lines: false, info: true,
    from_line: sep ? 2 : 1,
  });
  const source = Readable.from(decodedText(path, encoding, bomLength), { objectMode: false });
  pipeline(source, parser, () => undefined); // errors surface through the iterator below
  let n = 0;
  try {
    for await (const rec of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      n++;
      const cells: Cell[] = rec.record.map((v) => (v === '' ? null : v));
      let last = cells.length;
      while (last > 0 && cells[last - 1] === null) last--;
      if (last === 0) continue;
      cells.length = last;
      yield { type: 'row', row: { sheet, sheetIndex: 1, row: n, cells } };
    }
  } catch (err) {
    throw csvError(err, file, sheet, n + 1);
  } finally {
    source.destroy();
    parser.destroy();
  }
  yield { type: 'sheetEnd', sheet, sheetIndex: 1, merges: [] };
}

async function* decodedText(path: string, encoding: TextEncoding, bomLength: number): AsyncGenerator<string> {
  const decode = makeDecoder(encoding);
  const stream = createReadStream(path, { start: bomLength, highWaterMark: 256 * 1024 });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const s = decode(chunk);
      if (s) yield s;
    }
    const rest = decode();
    if (rest) yield rest;
  } finally {
    stream.destroy();
  }
}

function csvError(err: unknown, file: string, sheet: string, row: number) {
  if (err instanceof EncodingError) {
    return fail('CSV_ENCODING', { mixed: false, row }, { file, sheet, row });
  }
  if (err instanceof CsvError) {
    const r = typeof (err as { records?: number }).records === 'number' ? (err as unknown as { records: number }).records + 1 : row;
    return fail('CSV_PARSE', { row: r, unclosedQuote: err.code === 'CSV_QUOTE_NOT_CLOSED' }, { file, sheet, row: r });
  }
  if (/^E[A-Z]+$/.test(String((err as NodeJS.ErrnoException | null)?.code ?? ''))) return cannotOpenError(file, err);
  return fail('CSV_PARSE', {}, { file, sheet });
}
