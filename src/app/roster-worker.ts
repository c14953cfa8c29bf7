// Worker-thread entry: reads roster files (parse + map, the CPU-heavy half of an import) while the main thread
// writes the previous file to SQLite. Records travel as encoded chunks (bytes, transferred without copying).
import { parentPort } from 'node:worker_threads';
import type { RejectedRow } from '../model/types.js';
import { FupinError } from '../errors.js';
import { encodeChunk, recordBatcher } from '../store/record-codec.js';
import { readRoster } from '../sources/read-roster.js';
import type { ImportSpec } from '../sources/import-spec.js';
import type { WorkerMessage } from './roster-pool.js';

const REJECTED_BATCH = 1000;

const port = parentPort;
if (!port) throw new Error('roster-worker must run in a worker thread');

port.on('message', async (job: { id: number; spec: ImportSpec }) => {
  const post = (m: WorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage({ id: job.id, m }, transfer);
  const records = recordBatcher((sheet, recs) => {
    // The same bytes go to SQLite and to v8.deserialize on the main thread.
    const data = encodeChunk(recs);
    // A Buffer may share a pooled ArrayBuffer: copy small ones, transfer the rest.
    const own = data.byteOffset === 0 && data.byteLength === data.buffer.byteLength ? data : Uint8Array.prototype.slice.call(data);
    post({ t: 'chunk', sheet, n: recs.length, data: own }, [own.buffer as ArrayBuffer]);
  });
  let rejected: RejectedRow[] = [];
  // Order matters to the receiver: a fill concerns rows already delivered, so pending rows go out first.
  const flush = () => {
    records.flush();
    if (rejected.length > 0) { post({ t: 'rejected', rows: rejected }); rejected = []; }
  };
  try {
    const summary = await readRoster(job.spec, {
      record: records.add,
      rejected(r) {
        rejected.push(r);
        if (rejected.length >= REJECTED_BATCH) flush();
      },
      fill(field, value, sheetName, fromRow, toRow) {
        flush();
        post({ t: 'fill', field, value, sheet: sheetName, fromRow, toRow });
      },
      progress(rows) { post({ t: 'progress', rows }); },
    });
    flush();
    post({ t: 'end', summary });
  } catch (e) {
    const err = e instanceof FupinError
      ? { fupin: true as const, code: e.code, data: e.data, where: e.where }
      : { fupin: false as const, message: (e as Error)?.message ?? String(e), stack: (e as Error)?.stack };
    post({ t: 'error', error: err });
  }
});
