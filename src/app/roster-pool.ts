// Reader worker threads for reconcile: files are parsed ahead in parallel, and their events replayed on the main
// thread in file order, so results do not depend on which worker finished first.
import fs from 'node:fs';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { RejectedRow } from '../model/types.js';
import { FupinError, type ErrorCode, type ErrorData, type Location } from '../errors.js';
import type { RosterSummary } from '../sources/read-roster.js';
import type { ImportSpec } from '../sources/import-spec.js';

export type WorkerMessage =
  | { t: 'chunk'; sheet: string; n: number; data: Uint8Array }
  | { t: 'rejected'; rows: RejectedRow[] }
  | { t: 'fill'; field: 'township' | 'village'; value: string; sheet: string; fromRow: number; toRow: number }
  | { t: 'progress'; rows: number }
  | { t: 'end'; summary: RosterSummary }
  | { t: 'error'; error: { fupin: true; code: ErrorCode; data: ErrorData[ErrorCode]; where: Location }
    | { fupin: false; message: string; stack?: string } };

/** Receives a worker's reading on the main thread (the database side of an import). */
export interface ChunkSink {
  chunk(sheet: string, n: number, data: Uint8Array): void;
  rejected(r: RejectedRow): void;
  fill(field: 'township' | 'village', value: string, sheet: string, fromRow: number, toRow: number): void;
  progress?(rows: number): void;
}

export interface RosterJob {
  /** Replays the reading into `sink` (what has arrived, then the rest as it comes); resolves with the summary. */
  drain(sink: ChunkSink): Promise<RosterSummary>;
}

interface JobState {
  id: number;
  spec: ImportSpec;
  queue: WorkerMessage[];
  wake: (() => void) | null;
}

const WORKER_URL = new URL('./roster-worker.js', import.meta.url);

/** Workers need the compiled module; under the test runner (TypeScript sources) reading stays inline. */
export function workersAvailable(): boolean {
  return import.meta.url.endsWith('.js') && fs.existsSync(WORKER_URL);
}

/** FUPIN_READERS=n sets the number of reader threads (0: read on the main thread); default: one per core, at most 2. */
export function defaultReaders(): number {
  const env = process.env.FUPIN_READERS;
  if (env !== undefined && /^\d+$/.test(env)) return Math.min(Number(env), 8);
  return Math.min(2, os.availableParallelism());
}

export class RosterPool {
  private idle: Worker[] = [];
  private all: Worker[] = [];
  private waiting: JobState[] = [];
  private jobs = new Map<number, JobState>();
  private nextId = 1;
  private failure: Error | null = null;
  private closing = false;

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      // A small young generation: a reader's objects live only until their chunk is posted, and the default
      // (tens of MB per thread) raised a county run's peak RSS by ~100 MiB at no gain in speed (npm run bench).
      const w = new Worker(WORKER_URL, { resourceLimits: { maxYoungGenerationSizeMb: 8 } });
      w.on('message', ({ id, m }: { id: number; m: WorkerMessage }) => this.receive(w, id, m));
      w.on('error', (e) => this.fail(e));
      w.on('exit', (code) => { if (code !== 0 && !this.closing) this.fail(new Error(`reader worker exited with code ${code}`)); });
      this.all.push(w);
      this.idle.push(w);
    }
  }

  /** Starts (or queues) reading one file now; drain the job later. */
  read(spec: ImportSpec): RosterJob {
    const job: JobState = { id: this.nextId++, spec, queue: [], wake: null };
    this.jobs.set(job.id, job);
    this.waiting.push(job);
    this.dispatch();
    return { drain: (sink) => this.drain(job, sink) };
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.waiting.length > 0) {
      const w = this.idle.shift()!;
      const job = this.waiting.shift()!;
      w.postMessage({ id: job.id, spec: job.spec });
    }
  }

  private receive(w: Worker, id: number, m: WorkerMessage): void {
    const job = this.jobs.get(id);
    if (m.t === 'end' || m.t === 'error') {
      // Free the worker even when its job was abandoned (the consumer failed): it can read the next file.
      this.idle.push(w);
      this.dispatch();
    }
    if (!job) return;
    job.queue.push(m);
    job.wake?.();
  }

  private fail(e: Error): void {
    this.failure ??= e;
    for (const job of this.jobs.values()) job.wake?.();
  }

  private async drain(job: JobState, sink: ChunkSink): Promise<RosterSummary> {
    try {
      for (;;) {
        while (job.queue.length > 0) {
          const m = job.queue.shift()!;
          switch (m.t) {
            case 'chunk': sink.chunk(m.sheet, m.n, m.data); break;
            case 'rejected': for (const r of m.rows) sink.rejected(r); break;
            case 'fill': sink.fill(m.field, m.value, m.sheet, m.fromRow, m.toRow); break;
            case 'progress': sink.progress?.(m.rows); break;
            case 'end': return m.summary;
            case 'error': {
              const e = m.error;
              if (e.fupin) throw new FupinError(e.code, e.data, e.where);
              throw Object.assign(new Error(e.message), { stack: e.stack });
            }
          }
        }
        if (this.failure) throw this.failure;
        await new Promise<void>((resolve) => { job.wake = resolve; });
        job.wake = null;
      }
    } finally {
      this.jobs.delete(job.id);
    }
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.all.map((w) => w.terminate()));
  }
}
