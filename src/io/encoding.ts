// Text encoding detection for CSV/TXT (and HTML saved as .xls): BOM, else valid UTF-8, else GB18030.
import iconv from 'iconv-lite';

export type TextEncoding = 'utf8' | 'utf16le' | 'utf16be' | 'gb18030';

export interface Detected { encoding: TextEncoding; bomLength: number }

/** `sample` is the start of the file; `complete` says whether it is the whole file. */
export function detectEncoding(sample: Buffer, complete: boolean): Detected {
  if (sample.length >= 3 && sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return { encoding: 'utf8', bomLength: 3 };
  if (sample.length >= 2 && sample[0] === 0xff && sample[1] === 0xfe) return { encoding: 'utf16le', bomLength: 2 };
  if (sample.length >= 2 && sample[0] === 0xfe && sample[1] === 0xff) return { encoding: 'utf16be', bomLength: 2 };
  // UTF-16 without a BOM: ASCII text leaves every other byte zero.
  const n = Math.min(sample.length, 4096) & ~1;
  if (n >= 4) {
    let evenZero = 0;
    let oddZero = 0;
    for (let i = 0; i < n; i += 2) {
      if (sample[i] === 0) evenZero++;
      if (sample[i + 1] === 0) oddZero++;
    }
    if (oddZero > n / 2 * 0.3 && evenZero === 0) return { encoding: 'utf16le', bomLength: 0 };
    if (evenZero > n / 2 * 0.3 && oddZero === 0) return { encoding: 'utf16be', bomLength: 0 };
  }
  return { encoding: isUtf8(sample, complete) ? 'utf8' : 'gb18030', bomLength: 0 };
}

function isUtf8(buf: Buffer, complete: boolean): boolean {
  try {
    // stream: true tolerates a character cut off at the end of an incomplete sample.
    new TextDecoder('utf-8', { fatal: true }).decode(buf, { stream: !complete });
    return true;
  } catch {
    return false;
  }
}

/** Thrown when text that looked like UTF-8 turns out not to be, further into the file. */
export class EncodingError extends Error {}

/** A chunk decoder for the detected encoding; call with no argument at the end. */
export function makeDecoder(enc: TextEncoding): (chunk?: Buffer) => string {
  if (enc === 'utf8') {
    const d = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    return (chunk) => {
      try {
        return chunk ? d.decode(chunk, { stream: true }) : d.decode();
      } catch {
        throw new EncodingError('invalid utf-8');
      }
    };
  }
  const d = iconv.getDecoder(enc === 'utf16le' ? 'utf-16le' : enc === 'utf16be' ? 'utf-16be' : 'gb18030', { stripBOM: false });
  return (chunk) => (chunk ? d.write(chunk) : (d.end() ?? ''));
}

export function decodeAll(buf: Buffer): string {
  const { encoding, bomLength } = detectEncoding(buf, true);
  const dec = makeDecoder(encoding);
  return dec(buf.subarray(bomLength)) + dec();
}

/**
 * 1-based numbers of the lines that are valid UTF-8 with non-ASCII text, in a file that as a whole is not UTF-8:
 * a roster pasted together from a GBK export and a UTF-8 one. Real GBK Chinese almost never forms valid UTF-8.
 */
export function utf8LinesIn(buf: Buffer, max = 20): number[] {
  const out: number[] = [];
  const d = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  let line = 1;
  while (start < buf.length && out.length < max) {
    let end = buf.indexOf(0x0a, start);
    if (end < 0) end = buf.length;
    let high = false;
    for (let i = start; i < end; i++) if (buf[i] >= 0x80) { high = true; break; }
    if (high) {
      try { d.decode(buf.subarray(start, end)); out.push(line); } catch { /* not UTF-8: the file's own encoding */ }
    }
    start = end + 1;
    line++;
  }
  return out;
}
