// Minimal random-access ZIP reader (central directory + one inflate stream per entry).
// Why not exceljs's own zip walk: it reads entries in file order (spooling sheets to temp files when
// sharedStrings.xml comes later, as Excel writes it) and decodes each chunk on its own, which garbles
// Chinese characters that straddle a chunk boundary. Reading the directory first also lets a truncated
// or foreign file fail fast with a clear message instead of mid-stream.
import { createReadStream } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import * as zlib from 'node:zlib';
import { createInflateRaw, inflateRawSync } from 'node:zlib';
import type { CorruptDetail } from '../errors.js';

export interface ZipEntry {
  name: string;            // as stored (forward slashes)
  method: number;          // 0 stored, 8 deflate
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
  crc32: number;           // from the central directory
}

export interface ZipDir {
  entries: ZipEntry[];
  /** Lookup by lower-cased name with '/' separators and no leading slash. */
  get(name: string): ZipEntry | undefined;
}

/** Thrown for structural damage; the reader turns it into an input error (saying what is damaged when known). */
export class ZipError extends Error {
  constructor(message: string, readonly damage?: CorruptDetail) {
    super(message);
  }
}

// CRC-32 of the inflated data, checked for every entry read to its end: a damaged entry whose sizes still
// match would otherwise pass as a sheet with wrong values. zlib.crc32 is native (Node >= 20.15); the table
// is the fallback for older Node 20 releases.
type Crc = (data: Uint8Array, value: number) => number;
let CRC_TABLE: Int32Array | undefined;
const jsCrc32: Crc = (data, value) => {
  if (!CRC_TABLE) {
    CRC_TABLE = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      CRC_TABLE[n] = c;
    }
  }
  let c = ~value;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
};
const crc32: Crc = typeof (zlib as { crc32?: Crc }).crc32 === 'function' ? (zlib as unknown as { crc32: Crc }).crc32 : jsCrc32;

function checkCrc(en: ZipEntry, crc: number): void {
  // A zero CRC in the directory with data present is read as "not recorded" rather than as damage.
  if (crc !== en.crc32 && en.crc32 !== 0) {
    throw new ZipError('crc mismatch', { part: 'crc', entry: en.name });
  }
}

const EOCD_SIG = 0x06054b50;
const EOCD64_LOC_SIG = 0x07064b50;
const EOCD64_SIG = 0x06064b50;
const CEN_SIG = 0x02014b50;
const LOC_SIG = 0x04034b50;

export function keyOf(name: string): string {
  return name.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase();
}

async function readAt(fh: FileHandle, pos: number, len: number): Promise<Buffer> {
  const buf = Buffer.alloc(len);
  const { bytesRead } = await fh.read(buf, 0, len, pos);
  if (bytesRead < len) throw new ZipError('short read');
  return buf;
}

/** Reads the central directory. Returns null when there is no end-of-central-directory record (not a zip, or truncated). */
export async function readZipDir(fh: FileHandle, size: number): Promise<ZipDir | null> {
  if (size < 22) return null;
  const tailLen = Math.min(size, 22 + 0xffff + 20);
  const tailPos = size - tailLen;
  const tail = await readAt(fh, tailPos, tailLen);
  let e = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD_SIG && i + 22 + tail.readUInt16LE(i + 20) <= tail.length) { e = i; break; }
  }
  if (e < 0) return null;
  let count = tail.readUInt16LE(e + 10);
  let cdSize = tail.readUInt32LE(e + 12);
  let cdOffset = tail.readUInt32LE(e + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const l = e - 20;
    if (l < 0 || tail.readUInt32LE(l) !== EOCD64_LOC_SIG) throw new ZipError('zip64 locator missing');
    const z64pos = Number(tail.readBigUInt64LE(l + 8));
    const z = await readAt(fh, z64pos, 56);
    if (z.readUInt32LE(0) !== EOCD64_SIG) throw new ZipError('zip64 record missing');
    count = Number(z.readBigUInt64LE(32));
    cdSize = Number(z.readBigUInt64LE(40));
    cdOffset = Number(z.readBigUInt64LE(48));
  }
  if (cdOffset + cdSize > size || cdSize > 256 * 1024 * 1024) throw new ZipError('central directory out of range');
  const cd = await readAt(fh, cdOffset, cdSize);
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== CEN_SIG) throw new ZipError('bad central directory');
    const flags = cd.readUInt16LE(p + 8);
    const method = cd.readUInt16LE(p + 10);
    let compressedSize = cd.readUInt32LE(p + 20);
    let uncompressedSize = cd.readUInt32LE(p + 24);
    const nameLen = cd.readUInt16LE(p + 28);
    const extraLen = cd.readUInt16LE(p + 30);
    const commentLen = cd.readUInt16LE(p + 32);
    let localOffset = cd.readUInt32LE(p + 42);
    const crc = cd.readUInt32LE(p + 16);
    const nameBuf = cd.subarray(p + 46, p + 46 + nameLen);
    const name = (flags & 0x800 ? nameBuf.toString('utf8') : nameBuf.toString('latin1')).replace(/\\/g, '/');
    // ZIP64 extended sizes: present only for the fields that overflowed, in this order.
    let x = p + 46 + nameLen;
    const xEnd = x + extraLen;
    while (x + 4 <= xEnd) {
      const id = cd.readUInt16LE(x);
      const len = cd.readUInt16LE(x + 2);
      if (id === 0x0001) {
        let q = x + 4;
        if (uncompressedSize === 0xffffffff && q + 8 <= x + 4 + len) { uncompressedSize = Number(cd.readBigUInt64LE(q)); q += 8; }
        if (compressedSize === 0xffffffff && q + 8 <= x + 4 + len) { compressedSize = Number(cd.readBigUInt64LE(q)); q += 8; }
        if (localOffset === 0xffffffff && q + 8 <= x + 4 + len) { localOffset = Number(cd.readBigUInt64LE(q)); }
      }
      x += 4 + len;
    }
    entries.push({ name, method, flags, compressedSize, uncompressedSize, localOffset, crc32: crc });
    p += 46 + nameLen + extraLen + commentLen;
  }
  const byKey = new Map<string, ZipEntry>();
  for (const en of entries) if (!byKey.has(keyOf(en.name))) byKey.set(keyOf(en.name), en);
  return { entries, get: (name) => byKey.get(keyOf(name)) };
}

async function dataRange(fh: FileHandle, size: number, en: ZipEntry): Promise<{ start: number; end: number }> {
  if (en.flags & 0x1) throw new ZipError('zip entry encrypted');
  if (en.method !== 0 && en.method !== 8) throw new ZipError(`unsupported compression ${en.method}`);
  const loc = await readAt(fh, en.localOffset, 30);
  if (loc.readUInt32LE(0) !== LOC_SIG) throw new ZipError('bad local header');
  const start = en.localOffset + 30 + loc.readUInt16LE(26) + loc.readUInt16LE(28);
  const end = start + en.compressedSize; // exclusive
  if (end > size) throw new ZipError('entry past end of file');
  return { start, end };
}

/** Whole entry in memory; for the small parts (workbook, rels, styles). */
export async function readEntry(fh: FileHandle, size: number, en: ZipEntry, maxBytes = 256 * 1024 * 1024): Promise<Buffer> {
  if (en.uncompressedSize > maxBytes) throw new ZipError('entry too large');
  const { start, end } = await dataRange(fh, size, en);
  const raw = end > start ? await readAt(fh, start, end - start) : Buffer.alloc(0);
  const out = en.method === 8 ? inflateRawSync(raw, { maxOutputLength: maxBytes }) : raw;
  if (out.length !== en.uncompressedSize) throw new ZipError('size mismatch');
  checkCrc(en, crc32(out, 0));
  return out;
}

/**
 * Streams one entry's uncompressed bytes. Streams are destroyed when the consumer stops early.
 * `chunkSize`: size of the inflated chunks (default 16 KB, see below).
 */
export async function* streamEntry(path: string, fh: FileHandle, size: number, en: ZipEntry, chunkSize = 16 * 1024): AsyncGenerator<Buffer> {
  const { start, end } = await dataRange(fh, size, en);
  if (end === start) {
    if (en.uncompressedSize !== 0) throw new ZipError('size mismatch');
    return;
  }
  const src = createReadStream(path, { start, end: end - 1, highWaterMark: en.method === 8 ? 64 * 1024 : chunkSize });
  // The sheet scanner asks for 64 KB output chunks (fewer thread-pool round trips); above ~128 KB each
  // decoded string lands in V8's large-object space and decoding gets many times slower.
  const out = en.method === 8 ? createInflateRaw({ chunkSize }) : null;
  if (out) {
    src.on('error', (err) => out.destroy(err));
    src.pipe(out);
  }
  let total = 0;
  let crc = 0;
  try {
    for await (const chunk of (out ?? src) as AsyncIterable<Buffer>) {
      total += chunk.length;
      crc = crc32(chunk, crc);
      yield chunk;
    }
  } finally {
    src.destroy();
    out?.destroy();
  }
  if (total !== en.uncompressedSize) throw new ZipError('size mismatch');
  checkCrc(en, crc);
}
