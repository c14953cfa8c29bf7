// Use-case behind `fupin reconcile`: the monthly run, all or nothing. Each step is its own module (app/reconcile/):
// plan → (lock, transaction) → import the period → run the rules → build the report → stage outputs → commit → publish.
import crypto from 'node:crypto';
import path from 'node:path';
import { openDb, type Db } from '../store/db.js';
import { latestPeriod } from '../store/query.js';
import { saveRun } from '../store/runs.js';
import { trendFromHistory } from '../export/index.js';
import type { ExportFinding } from '../model/report.js';
import { fail } from '../errors.js';
import { acquireLock } from './lock.js';
import { environmentError } from './env-errors.js';
import { buildHistory } from './history-report.js';
import type { MissingField } from './field-coverage.js';
import type { RosterPool } from './roster-pool.js';
import { prepareRun } from './reconcile/prepare.js';
import { importPeriod } from './reconcile/import-period.js';
import { evaluatePeriod } from './reconcile/evaluate.js';
import { buildRunReport, countByRule, summarizeSources, summarySources, unmatchedWarnings, type RuleCounts, type SummarySource } from './reconcile/report.js';
import { stageOutputs, type Staged } from './reconcile/outputs.js';


export interface ReconcileOptions {
  /** Path of fupin.config.json. */
  configFile: string;
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
  sources: SummarySource[];
  /** Fields that rules which ran read but no column provides (their checks found nothing). */
  fieldsMissing: MissingField[];
  rulesRun: string[];
  rulesSkipped: { rule: string; reason: string }[];
  counts: RuleCounts;
  warnings: string[];
  outputs: string[];
  timings: Record<string, number>;
}

export async function reconcile(o: ReconcileOptions): Promise<ReconcileSummary> {
  const t0 = Date.now();
  const progress = o.progress ?? (() => {});
  const plan = await prepareRun(o);
  const lock = acquireLock(plan.dbPath);
  let db: Db | null = null;
  let pool: RosterPool | null = null;
  let staged: Staged | null = null;
  let committed = false;
  try {
    db = openDb(plan.dbPath);
    db.exec('BEGIN IMMEDIATE');
    const warnings = [...plan.warnings, ...periodOrderWarnings(db, plan.period, o.force)];
    const { timings, lap } = phaseTimer();
    const imported = await importPeriod(db, plan, progress, lap, (p) => { pool = p; });
    progress('运行比对规则…');
    const ev = evaluatePeriod(db, plan, imported, lap);
    warnings.push(...imported.warnings, ...ev.warnings, ...unmatchedWarnings(plan));
    const sources = summarizeSources(imported.imports, imported.outcomes);
    const counts = countByRule(ev);
    const report = buildRunReport(plan, o.version, sources, ev, counts, warnings);

    progress('写出整改清单…');
    staged = await stageOutputs(plan.outputDir, plan.dir, {
      period: plan.period, report, listed: ev.cls.listed, resolved: ev.cls.resolved, falsePositives: ev.cls.falsePositives, exempted: ev.exempted,
      rejected: imported.dataset.rejected, dataQualityFindings: ev.findings.filter((f) => f.subject === 'row' || f.rule === 'ID_NAME_CONFLICT'),
      unknownValues: ev.unknownValues, idTypos: ev.idTypos, mask: plan.mask, splitByTownship: plan.config.export.splitBy === 'township',
      trend: trendFromHistory(buildHistory(db), plan.period), members: ev.members,
    });
    lap('export');

    const summary: ReconcileSummary = {
      period: plan.period, referenceDate: plan.referenceDate, sources: summarySources(sources), rulesRun: ev.rulesRun, rulesSkipped: ev.rulesSkipped,
      fieldsMissing: ev.fieldsMissing, counts, warnings, outputs: staged.written.map((w) => path.join(plan.outputDir, w)), timings,
    };
    // Lifted findings are stored too (status resolved), so `fupin findings --status resolved` can list them.
    const stored: ExportFinding[] = [...ev.cls.listed, ...ev.cls.notEvaluated, ...ev.cls.falsePositives, ...ev.cls.resolved, ...ev.exempted];
    saveRun(db, plan.period, hashText(plan.configText), new Date(t0).toISOString(), summary, stored);
    db.exec('COMMIT');
    committed = true;
    staged.publish();
    timings.total = Date.now() - t0;
    return summary;
  } catch (e) {
    try { if (db?.inTransaction) db.exec('ROLLBACK'); } catch { /* SQLite already rolled back (e.g. disk full) */ }
    throw environmentError(e, { base: plan.dir, database: path.relative(plan.dir, plan.dbPath) || plan.dbPath, nothingChanged: !committed }) ?? e;
  } finally {
    (staged as Staged | null)?.discard();
    await (pool as RosterPool | null)?.close();
    db?.close();
    lock.release();
  }
}

/** Lists already sent for a later month must not be contradicted by accident: an older month needs --force. */
function periodOrderWarnings(db: Db, period: string, force = false): string[] {
  const later = latestPeriod(db);
  if (!later || later <= period) return [];
  if (!force) {
    throw fail('OLDER_PERIOD', { period, later });
  }
  // Even then only this month's records and outputs change; later months keep what they hold.
  return [`已有更晚月份 ${later} 的比对结果：本次只更新 ${period} 的记录和输出文件，${later} 的记录和已发出的清单不变。`];
}

/** Phase durations and memory at the end of each phase (MB), for the benchmark (FUPIN_TIMINGS). */
function phaseTimer(): { timings: Record<string, number>; lap: (phase: string) => void } {
  const timings: Record<string, number> = {};
  let since = Date.now();
  return {
    timings,
    lap(k) {
      timings[k] = Date.now() - since;
      // heap = the main thread's JS heap.
      const m = process.memoryUsage();
      timings[`${k}Rss`] = Math.round(m.rss / 1e6);
      timings[`${k}Heap`] = Math.round(m.heapUsed / 1e6);
      since = Date.now();
    },
  };
}

function hashText(s: string): string {
  return crypto.createHash('sha256').update(s).digest('hex');
}
