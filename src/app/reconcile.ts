// Use-case behind `fupin reconcile`: import, match, run rules, compare with history, write outputs — all or nothing.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import type { ColumnSource, SheetColumns } from '../model/column-ref.js';
import { missingFields, missingFieldWarning, unrecognisedColumns, unrecognisedColumnWarning, type MissingField } from './field-coverage.js';
import type { Dataset, PersonRecord, RejectedRow, SourceKind, RuleParams } from '../model/types.js';
import { SOURCE_KINDS } from '../model/types.js';
import type { LoadedConfig } from '../config/load.js';
import { lastDayOfPeriod, substitute } from '../config/load.js';
import { openDb, type Db } from '../store/db.js';
import { deleteImport, listImports, loadRecords, loadRejected, makeInterner, type ImportRow } from '../store/imports.js';
import { loadFindings, loadVerifications, previousRunPeriod, saveRun } from '../store/runs.js';
import { latestPeriod } from '../store/query.js';
import { importFile, planImport, type ImportOutcome, type ImportPlan } from '../sources/import-file.js';
import { defaultReaders, RosterPool, workersAvailable, type RosterJob } from '../sources/roster-pool.js';
import { KINDS } from '../sources/kinds/index.js';
import { RULES } from '../rules/index.js';
import { runRules } from '../rules/engine.js';
import { findIdTypos } from '../rules/id-typo.js';
import { classify } from './history.js';
import { resolveSources, unusedInputFiles } from './resolve-sources.js';
import { acquireLock, alive } from './lock.js';
import { fail } from '../errors.js';
import type { ExportFinding, RunReport, SourceSummary } from '../export/types.js';
import { writeOutputs } from './write-outputs.js';
import { trendFromHistory } from '../export/index.js';
import { buildHistory } from './history-report.js';
import { onInterruptRemove } from './cleanup.js';
import { loadMonitorHistory } from './monitor-history.js';
import { environmentError } from './env-errors.js';
import { memberLookup } from './visit-members.js';
import { resolveExemptionFiles } from '../exemptions/resolve.js';
import { readExemptionFiles } from '../exemptions/read-exemptions.js';
import { applyExemptions } from '../exemptions/apply.js';

export interface ReconcileOptions {
  loaded: LoadedConfig;
  period: string;
  version: string;
  dbPath?: string;
  mask?: boolean;
  /** Reconcile a period older than the latest reconciled one (otherwise refused, exit 2). */
  force?: boolean;
  progress?: (msg: string) => void;
}

export interface ReconcileSummary {
  period: string;
  referenceDate: string;
  sources: {
    kind: SourceKind; files: string[]; rowsRead: number; rowsUsed: number; rowsRejected: number;
    /** field -> the column it came from (the first sheet that has it), product-spec §9.1 */
    columns: Record<string, ColumnSource>;
    /** the same per file and sheet, when a source has several */
    sheets: SheetColumns[];
  }[];
  /** Fields that rules which ran read but no column provides (their checks found nothing). */
  fieldsMissing: MissingField[];
  rulesRun: string[];
  rulesSkipped: { rule: string; reason: string }[];
  counts: Record<string, { total: number; new: number; persisting: number; resolved: number; notEvaluated: number; falsePositive: number; exempted: number }>;
  warnings: string[];
  outputs: string[];
  timings: Record<string, number>;
}

function hashText(s: string): string {
  return crypto.createHash('sha256').update(s).digest('hex');
}

export async function reconcile(o: ReconcileOptions): Promise<ReconcileSummary> {
  const { config, dir } = o.loaded;
  const t0 = Date.now();
  const timings: Record<string, number> = {};
  const lap = (k: string, since: number) => {
    timings[k] = Date.now() - since;
    // Memory at the end of each phase, in MB, for the benchmark (FUPIN_TIMINGS); heap = main thread's JS heap.
    const m = process.memoryUsage();
    timings[`${k}Rss`] = Math.round(m.rss / 1e6);
    timings[`${k}Heap`] = Math.round(m.heapUsed / 1e6);
    return Date.now();
  };
  const period = o.period;
  const referenceDate = config.rules.referenceDate ?? lastDayOfPeriod(period);
  const params: RuleParams = { ...config.rules, referenceDate };
  const inputDir = path.resolve(dir, substitute(config.input, period));
  const outputDir = path.resolve(dir, substitute(config.output, period));
  const dbPath = o.dbPath ?? path.resolve(dir, config.database);
  const mask = o.mask ?? config.export.maskIdNumbers;
  const progress = o.progress ?? (() => {});
  // rules.disabled was checked against the rule codes when the config was loaded (config/load.ts).
  if (!fs.existsSync(inputDir)) {
    throw fail('INPUT_DIR_MISSING', { dir: path.relative(dir, inputDir) || inputDir, period });
  }
  const { files, unmatched } = resolveSources(inputDir, config.sources);
  const warnings: string[] = [];
  const unused = unusedInputFiles(inputDir, files);
  if (unused.length) {
    warnings.push(`输入目录中有 ${unused.length} 个文件没有被任何来源读取：${unused.slice(0, 10).join('、')}${unused.length > 10 ? ' 等' : ''}。` +
      '如果是本月的名册，请检查配置 sources 中的 file 通配符（或文件名）。');
  }
  // The 豁免清单 is read whole before anything is imported: a bad file stops the run with nothing changed.
  const exemptionFiles = resolveExemptionFiles(dir, config.exemptions);
  for (const u of exemptionFiles.unmatched) warnings.push(`豁免清单没有匹配到文件：${u}（本期不豁免任何疑点）`);
  const exemptions = await readExemptionFiles(exemptionFiles.files, referenceDate);

  const outputLabel = path.relative(dir, outputDir) || outputDir;
  const lock = acquireLock(dbPath);
  let committed = false;
  let db: Db | null = null;
  let staging: string | null = null;
  let forgetStaging = () => {};
  let pool: RosterPool | null = null;
  try {
    db = openDb(dbPath);
    db.exec('BEGIN IMMEDIATE');
    // Lists already sent for a later month must not be contradicted by accident: an older month needs --force.
    // Even then only this month's records and outputs change; later months keep what they hold.
    const later = latestPeriod(db);
    if (later && later > period) {
      if (!o.force) {
        throw fail('OLDER_PERIOD', { period, later });
      }
      warnings.push(`已有更晚月份 ${later} 的比对结果：本次只更新 ${period} 的记录和输出文件，${later} 的记录和已发出的清单不变。`);
    }
    // ---- import ----
    let t = Date.now();
    const outcomes: ImportOutcome[] = [];
    // Records of files read this run stay in memory; only unchanged files are read back from the database.
    const collected = new Map<number, PersonRecord[]>();
    const intern = makeInterner();
    // Which files changed is known before reading; those are parsed in reader threads, ahead of the database writes.
    const plans: ImportPlan[] = [];
    for (const f of files) {
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
    if (readers > 0) pool = new RosterPool(readers);
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
    for (const plan of order) {
      progress(`读取 ${plan.spec.file}（${KINDS[plan.spec.kind].title}）…`);
      const bucket: PersonRecord[] = [];
      // Interned as they arrive: the reader's strings may share memory with whole XML chunks; a reader thread's
      // arrive as fresh copies, one per row.
      const keep = jobs.has(plan)
        ? (r: PersonRecord) => { internDecoded(r, intern); bucket.push(r); }
        : (r: PersonRecord) => { internRecord(r, intern); bucket.push(r); };
      const res = await importFile(db, plan.spec, { plan, collect: keep, job: jobs.get(plan) });
      jobs.delete(plan);
      if (!plan.unchanged) readAhead(++readDone);
      byPlan.set(plan, res);
      if (res.status !== 'unchanged') collected.set(res.importId, bucket);
    }
    // Outcomes and warnings in the order of the configuration, as the clerk listed the sources.
    for (const plan of plans) {
      const res = byPlan.get(plan)!;
      outcomes.push(res);
      warnings.push(...res.warnings);
    }
    await pool?.close();
    pool = null;
    // The period's state is exactly this run's input: forget files that are no longer there.
    const current = new Set(outcomes.map((x) => x.importId));
    const imports: ImportRow[] = [];
    for (const imp of listImports(db, period)) {
      if (current.has(imp.id)) imports.push(imp); else deleteImport(db, imp.id);
    }
    t = lap('read', t);

    // ---- data freshness warnings (same file as last month, row counts jumping) ----
    const prevPeriod = previousRunPeriod(db, period);
    if (prevPeriod) warnings.push(...freshnessWarnings(imports, listImports(db, prevPeriod), config.rules.rowCountChangeWarning));

    // ---- load dataset ----
    const dataset = loadDataset(db, period, imports, collected, intern);
    t = lap('load', t);

    // ---- rules ----
    progress('运行比对规则…');
    const result = runRules(dataset, params, RULES, { monitorHistory: loadMonitorHistory(db, period, dataset.records.get('monitor') ?? []) });
    const idTypos = findIdTypos(dataset);
    const columnsByKind = new Map<SourceKind, SheetColumns[]>();
    for (const imp of imports) columnsByKind.set(imp.kind, [...(columnsByKind.get(imp.kind) ?? []), ...imp.columns]);
    const fieldsMissing = missingFields(columnsByKind, result.rulesRun);
    warnings.push(...fieldsMissing.map(missingFieldWarning));
    warnings.push(...unrecognisedColumns(dataset, imports.flatMap((i) => i.columns)).map(unrecognisedColumnWarning));
    t = lap('rules', t);

    // ---- history ----
    const previous = prevPeriod ? loadFindings(db, prevPeriod) : [];
    const verifications = loadVerifications(db);
    const cls = classify(result.findings, previous, verifications, new Set(result.rulesRun), period);
    const ex = applyExemptions(cls.listed, exemptions, RULES, referenceDate);
    cls.listed = ex.listed;
    warnings.push(...ex.warnings);
    // The visit forms need the members of the listed households only; the index itself can go now.
    const members = memberLookup(result.index!, cls.listed);
    result.index = null;

    const counts: ReconcileSummary['counts'] = {};
    const bump = (rule: string, k: keyof ReconcileSummary['counts'][string]) => {
      counts[rule] ??= { total: 0, new: 0, persisting: 0, resolved: 0, notEvaluated: 0, falsePositive: 0, exempted: 0 };
      counts[rule][k]++;
    };
    for (const r of result.rulesRun) counts[r] ??= { total: 0, new: 0, persisting: 0, resolved: 0, notEvaluated: 0, falsePositive: 0, exempted: 0 };
    for (const f of cls.listed) { bump(f.rule, 'total'); bump(f.rule, f.status === 'new' ? 'new' : 'persisting'); }
    for (const f of cls.resolved) bump(f.rule, 'resolved');
    for (const f of cls.notEvaluated) bump(f.rule, 'notEvaluated');
    for (const f of cls.falsePositives) bump(f.rule, 'falsePositive');
    for (const f of ex.exempted) bump(f.rule, 'exempted');

    const sources = summarizeSources(imports, outcomes);
    const summarySources = SOURCE_KINDS.filter((k) => sources.some((s) => s.kind === k)).map((k) => {
      const s = sources.find((x) => x.kind === k)!;
      return { kind: k, files: s.files.map((f) => f.file), rowsRead: s.rowsRead, rowsUsed: s.rowsUsed, rowsRejected: s.rowsRejected,
        columns: s.columns ?? {}, sheets: s.files.flatMap((f) => f.columns ?? []) };
    });
    for (const u of unmatched) {
      if (!files.some((f) => f.source.kind === u.kind)) warnings.push(`来源 ${u.kind}（${KINDS[u.kind].title}）本期没有匹配到文件：${u.file}`);
    }

    const report: RunReport = {
      county: config.county, period, referenceDate, toolVersion: o.version, generatedAt: new Date().toISOString(), params,
      sources, rules: RULES.map((r) => ({ code: r.code, title: r.title, category: r.category, leadDept: r.leadDept, subject: r.subject, params: r.params as string[] })),
      rulesRun: result.rulesRun, rulesSkipped: result.rulesSkipped, warnings,
      counts: Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, { total: v.total, new: v.new, persisting: v.persisting, resolved: v.resolved }])),
    };

    // ---- outputs: written to a staging folder, moved into place only after the database commits ----
    progress('写出整改清单…');
    let written: string[];
    try {
      fs.mkdirSync(outputDir, { recursive: true, mode: 0o700 }); // new folders private; existing ones are left as they are
      removeStaleStaging(outputDir);
      staging = fs.mkdtempSync(path.join(outputDir, `${STAGING_PREFIX}${process.pid}-`));
      fs.chmodSync(staging, 0o700);
      forgetStaging = onInterruptRemove(staging);
      written = await writeOutputs(staging, {
        period, report, listed: cls.listed, resolved: cls.resolved, falsePositives: cls.falsePositives, exempted: ex.exempted,
        rejected: dataset.rejected, dataQualityFindings: result.findings.filter((f) => f.subject === 'row' || f.rule === 'ID_NAME_CONFLICT'),
        unknownValues: result.unknownValues, idTypos, mask, splitByTownship: config.export.splitBy === 'township',
        trend: trendFromHistory(buildHistory(db), period), members,
      });
      // Every folder the outputs go to exists before the commit, so the moves after it cannot fail on that.
      for (const w of written) fs.mkdirSync(path.dirname(path.join(outputDir, w)), { recursive: true, mode: 0o700 });
    } catch (e) {
      throw environmentError(e, { target: `输出目录 ${outputLabel}`, base: dir, nothingChanged: true }) ?? e;
    }
    t = lap('export', t);

    // Lifted findings are stored too (status resolved), so `fupin findings --status resolved` can list them.
    const stored: ExportFinding[] = [...cls.listed, ...cls.notEvaluated, ...cls.falsePositives, ...cls.resolved, ...ex.exempted];
    const summary: ReconcileSummary = {
      period, referenceDate, sources: summarySources, rulesRun: result.rulesRun, rulesSkipped: result.rulesSkipped, fieldsMissing, counts, warnings,
      outputs: written.map((w) => path.join(outputDir, w)), timings,
    };
    saveRun(db, period, hashText(o.loaded.text), new Date(t0).toISOString(), summary, stored);
    db.exec('COMMIT');
    committed = true;
    try {
      for (const w of written) fs.renameSync(path.join(staging, w), path.join(outputDir, w));
    } catch (e) {
      // Renames inside one folder practically never fail; if one does, say exactly what state things are in.
      throw fail('OUTPUT_MOVE', { output: outputLabel });
    }
    timings.total = Date.now() - t0;
    return summary;
  } catch (e) {
    try { if (db?.inTransaction) db.exec('ROLLBACK'); } catch { /* SQLite already rolled back (e.g. disk full) */ }
    throw environmentError(e, { base: dir, database: path.relative(dir, dbPath) || dbPath, nothingChanged: !committed }) ?? e;
  } finally {
    // Never let the clean-up hide the real error; a leftover is removed by the next run (removeStaleStaging).
    if (staging) try { fs.rmSync(staging, { recursive: true, force: true, maxRetries: 5, retryDelay: 20 }); } catch { /* see above */ }
    forgetStaging();
    await pool?.close();
    db?.close();
    lock.release();
  }
}

const STAGING_PREFIX = '.fupin-staging-';

/**
 * A run killed with SIGKILL (or by a power cut) cannot clean up: its staging folder, which holds unmasked
 * findings, would stay in the output folder for good. The next run removes it. Folders of a process that
 * is still alive are left alone (another database writing to the same folder).
 */
function removeStaleStaging(outputDir: string): void {
  let names: string[];
  try { names = fs.readdirSync(outputDir); } catch { return; }
  for (const n of names) {
    if (!n.startsWith(STAGING_PREFIX)) continue;
    const pid = Number(/^\.fupin-staging-(\d+)-/.exec(n)?.[1] ?? 0);
    if (pid && pid !== process.pid && alive(pid)) continue;
    try { fs.rmSync(path.join(outputDir, n), { recursive: true, force: true }); } catch { /* best effort */ }
  }
}

export function loadDataset(db: Db, period: string, imports: ImportRow[], inMemory = new Map<number, PersonRecord[]>(),
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

function summarizeSources(imports: ImportRow[], outcomes: ImportOutcome[]): SourceSummary[] {
  const byKind = new Map<SourceKind, SourceSummary>();
  for (const imp of imports) {
    const k = KINDS[imp.kind];
    let s = byKind.get(imp.kind);
    if (!s) byKind.set(imp.kind, (s = { kind: imp.kind, title: k.title, department: k.department, files: [], rowsRead: 0, rowsUsed: 0, rowsRejected: 0, columns: {} }));
    const o = outcomes.find((x) => x.importId === imp.id);
    s.files.push({ file: imp.file, sha256: imp.sha256, sheets: imp.sheets, rowsRead: imp.rowsRead, rowsUsed: imp.rowsUsed,
      rowsRejected: imp.rowsRejected, dataDate: o?.dataDate ?? imp.dataDate, columns: imp.columns });
    const cols = (s.columns ??= {});
    for (const sc of imp.columns) for (const [f, c] of Object.entries(sc.columns)) cols[f] ??= c;
    s.rowsRead += imp.rowsRead; s.rowsUsed += imp.rowsUsed; s.rowsRejected += imp.rowsRejected;
  }
  return SOURCE_KINDS.filter((k) => byKind.has(k)).map((k) => byKind.get(k)!);
}

/** Stale or truncated data is noticed before lists go out (product-spec §7). */
export function freshnessWarnings(now: ImportRow[], before: ImportRow[], share: number): string[] {
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
  r.sheet = intern(r.sheet);
  if (r.township !== null) r.township = intern(r.township);
  if (r.village !== null) r.village = intern(r.village);
  if (r.relation !== null) r.relation = intern(r.relation);
  if (r.householdId !== null) r.householdId = flat(r.householdId);
  if (r.headIdNumber !== null) r.headIdNumber = flat(r.headIdNumber);
  r.idNumber = flat(r.idNumber);
  r.name = flat(r.name);
  for (const k in r.f) r.f[k] = intern(r.f[k]);
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
