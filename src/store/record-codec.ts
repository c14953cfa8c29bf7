// The stored form of records: chunks of one sheet's rows in the V8 serialization format (pure; no database).
import v8 from 'node:v8';
import type { PersonRecord, SourceKind } from '../model/types.js';

/** Records per stored chunk: large enough that SQLite's per-statement cost vanishes, small enough to stream. */
const CHUNK = 1000;

/** Groups records, in file order, into chunks of one sheet and at most CHUNK rows (the writer's and a reader thread's). */
export function recordBatcher(emit: (sheet: string, recs: PersonRecord[]) => void) {
  let sheet = '';
  let buf: PersonRecord[] = [];
  const flush = () => {
    if (buf.length === 0) return;
    emit(sheet, buf);
    buf = [];
  };
  return {
    add(r: PersonRecord): void {
      if (r.sheet !== sheet || buf.length >= CHUNK) { flush(); sheet = r.sheet; }
      buf.push(r);
    },
    flush,
  };
}

/**
 * A stored chunk is one sheet's records in the V8 serialization format (node:v8, which Node documents as
 * backward-compatible, safe to store): [[row, id_number, name, household_id, head_id_number, relation, township,
 * village, {fields}], …]. It is also what a reader thread posts to the main thread: deserializing it costs a third of
 * JSON.parse, and the same bytes go to SQLite. Chunks that migration 4 made from older databases are that array as
 * JSON text.
 */
type StoredRecord = [number, string, string, string | null, string | null, string | null, string | null, string | null, Record<string, string>];

export function encodeChunk(recs: PersonRecord[]): Buffer {
  return v8.serialize(recs.map((r): StoredRecord =>
    [r.row, r.idNumber, r.name, r.householdId, r.headIdNumber, r.relation, r.township, r.village, r.f]));
}

/** The records of a stored chunk; `intern` shares repeated short texts (see makeInterner). */
export function decodeChunk(data: Uint8Array | string, kind: SourceKind, file: string, sheet: string,
  intern?: (s: string) => string): PersonRecord[] {
  const rows = (typeof data === 'string' ? JSON.parse(data)
    : data[0] === 0xff ? v8.deserialize(data)
      // A JSON chunk that SQLite hands back as bytes.
      : JSON.parse(Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8'))) as StoredRecord[];
  const opt = (s: string | null) => (s === null || !intern ? s : intern(s));
  const out = new Array<PersonRecord>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    const f = r[8];
    if (intern) for (const k in f) f[k] = intern(f[k]);
    out[i] = {
      kind, file, sheet, row: r[0], idNumber: r[1], name: r[2], householdId: r[3], headIdNumber: r[4],
      relation: opt(r[5]), township: opt(r[6]), village: opt(r[7]), f,
    };
  }
  return out;
}

/** Returns one shared instance per distinct short string. */
export function makeInterner(maxLength = 32): (s: string) => string {
  const pool = new Map<string, string>();
  return (s) => {
    if (s.length > maxLength) return s;
    const hit = pool.get(s);
    if (hit !== undefined) return hit;
    pool.set(s, s);
    return s;
  };
}
