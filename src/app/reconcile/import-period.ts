// Step 2 of a run: import the period's files (changed ones parsed in reader threads) and load the dataset the rules see.
import type { Dataset, PersonRecord, RejectedRow, SourceKind } from '../../model/types.js';
import type { Db } from '../../store/db.js';
import { deleteImport, listImports, loadRecords, loadRejected, type ImportRow } from '../../store/imports.js';
import { makeInterner } from '../../store/record-codec.js';
import { previousRunPeriod } from '../../store/runs.js';
import { KINDS } from '../../model/kinds/index.js';
import { importFile, planImport, type ImportOutcome, type ImportPlan } from '../import-file.js';
import { defaultReaders, RosterPool, workersAvailable, type RosterJob } from '../roster-pool.js';
import type { RunPlan } from './prepare.js';

export interface ImportedPeriod {
  /** One per configured file, in the order of the configuration. */
  outcomes: ImportOutcome[];
  /** The period's imports: exactly this run's files. */
  imports: ImportRow[];
  dataset: Dataset;
  /** The last reconciled period before this one, if any. */
  prevPeriod: string | null;
  warnings: string[];
}

/**
 * Imports every file of the plan inside the caller's transaction. `onPool` hands the reader pool to the caller so an
 * error anywhere can close it; `lap` marks the read and load phases for the benchmark.
 */
export async function importPeriod(db: Db, plan: RunPlan, progress: (msg: string) => void, lap: (phase: string) => void,
  onPool: (pool: RosterPool | null) => void): Promise<ImportedPeriod> {
  const { period, referenceDate } = plan;
  const warnings: string[] = [];
  // Records of files read this run stay in memory; only unchanged files are read back from the database.
  const collected = new Map<number, PersonRecord[]>();
  const intern = makeInterner();
  // Which files changed is known before reading; those are parsed in reader threads, ahead of the database writes.
  const plans: ImportPlan[] = [];
  for (const f of plan.files) {
    plans.push(await planImport(db, {
      path: f.path, file: f.file, kind: f.source.kind, period, sheet: f.source.sheet, headerRow: f.source.headerRow,
      columns: f.source.columns, referenceDate,
    }));
  }
  // Largest files first: the two reader threads finish together instead of one waiting on the biggest roster
  // at the end. Writes follow the same order whatever the number of threads, so the database is the same.
  const toRead = plans.filter((p) => !p.unchanged).sort((a, b) => b.size - a.size);
  const order = [...plans.filter((p) => p.unchanged), ...toRead];
  const readers = workersAvailable() ? Math.min(defaultReaders(), toRead.length) : 0;
  const pool = readers > 0 ? new RosterPool(readers) : null;
  onPool(pool);
  // At most readers + 1 files read ahead: each waiting file's chunks sit in memory until written.
  const jobs = new Map<ImportPlan, RosterJob>();
  let started = 0;
  const readAhead = (done: number) => {
    while (pool && started < toRead.length && started < done + readers + 1) {
      const p = toRead[started++];
      jobs.set(p, pool.read(p.spec));
    }
  };
  readAhead(0);
  let readDone = 0;
  const byPlan = new Map<ImportPlan, ImportOutcome>();
  for (const p of order) {
    progress(`读取 ${p.spec.file}（${KINDS[p.spec.kind].title}）…`);
    const bucket: PersonRecord[] = [];
    // Interned as they arrive: the reader's strings may share memory with whole XML chunks; a reader thread's
    // arrive as fresh copies, one per row.
    const keep = jobs.has(p)
      ? (r: PersonRecord) => { internDecoded(r, intern); bucket.push(r); }
      : (r: PersonRecord) => { internRecord(r, intern); bucket.push(r); };
    const res = await importFile(db, p.spec, { plan: p, collect: keep, job: jobs.get(p) });
    jobs.delete(p);
    if (!p.unchanged) readAhead(++readDone);
    byPlan.set(p, res);
    if (res.status !== 'unchanged') collected.set(res.importId, bucket);
  }
  // Outcomes and warnings in the order of the configuration, as the clerk listed the sources.
  const outcomes = plans.map((p) => byPlan.get(p)!);
  for (const res of outcomes) warnings.push(...res.warnings);
  await pool?.close();
  onPool(null);
  // The period's state is exactly this run's input: forget files that are no longer there.
  const current = new Set(outcomes.map((x) => x.importId));
  const imports: ImportRow[] = [];
  for (const imp of listImports(db, period)) {
    if (current.has(imp.id)) imports.push(imp); else deleteImport(db, imp.id);
  }
  lap('read');

  // Data freshness: the same file as last month, row counts jumping.
  const prevPeriod = previousRunPeriod(db, period);
  if (prevPeriod) warnings.push(...freshnessWarnings(imports, listImports(db, prevPeriod), plan.config.rules.rowCountChangeWarning));

  const dataset = loadDataset(db, period, imports, collected, intern);
  lap('load');
  return { outcomes, imports, dataset, prevPeriod, warnings };
}

function loadDataset(db: Db, period: string, imports: ImportRow[], inMemory = new Map<number, PersonRecord[]>(),
  intern = makeInterner()): Dataset {
  const records = new Map<SourceKind, PersonRecord[]>();
  const rejected: RejectedRow[] = [];
  const present = new Set<SourceKind>();
  for (const imp of imports) {
    present.add(imp.kind);
    let list = records.get(imp.kind);
    if (!list) records.set(imp.kind, (list = []));
    const mem = inMemory.get(imp.id);
    if (mem) {
      for (const r of mem) list.push(r);
      inMemory.delete(imp.id);
    } else {
      for (const r of loadRecords(db, imp, intern)) list.push(r);
    }
    rejected.push(...loadRejected(db, imp));
  }
  return { period, present, records, rejected };
}

/** Stale or truncated data is noticed before lists go out (product-spec §7). */
function freshnessWarnings(now: ImportRow[], before: ImportRow[], share: number): string[] {
  const out: string[] = [];
  const kinds = new Set(now.map((i) => i.kind));
  for (const kind of kinds) {
    const a = now.filter((i) => i.kind === kind);
    const b = before.filter((i) => i.kind === kind);
    if (!b.length) continue;
    const title = KINDS[kind].title;
    const oldHashes = new Set(b.map((i) => i.sha256));
    for (const i of a) if (oldHashes.has(i.sha256)) out.push(`${title}：文件 ${i.file} 与上期完全相同，可能是旧数据，请向提供部门确认。`);
    const ra = a.reduce((s, i) => s + i.rowsRead, 0);
    const rb = b.reduce((s, i) => s + i.rowsRead, 0);
    if (rb > 0 && Math.abs(ra - rb) / rb > share) {
      out.push(`${title}：行数由上期 ${rb} 行变为 ${ra} 行（变化超过 ${Math.round(share * 100)}%），请确认数据是否完整。`);
    }
  }
  return out;
}

/** Share one instance of each repeated short text; flatten IDs and names so they hold no reader buffers. */
function internRecord(r: PersonRecord, intern: (s: string) => string): void {
  internDecoded(r, intern);
  if (r.householdId !== null) r.householdId = flat(r.householdId);
  if (r.headIdNumber !== null) r.headIdNumber = flat(r.headIdNumber);
  r.idNumber = flat(r.idNumber);
  r.name = flat(r.name);
}

/** Deserialized strings are flat already: only the sharing of repeated texts is needed. */
function internDecoded(r: PersonRecord, intern: (s: string) => string): void {
  r.sheet = intern(r.sheet);
  if (r.township !== null) r.township = intern(r.township);
  if (r.village !== null) r.village = intern(r.village);
  if (r.relation !== null) r.relation = intern(r.relation);
  for (const k in r.f) r.f[k] = intern(r.f[k]);
}

/** A copy that does not keep a larger parent string alive (V8 slices share their parent). */
function flat(s: string): string {
  return s.length > 0 ? (' ' + s).slice(1) : s;
}
