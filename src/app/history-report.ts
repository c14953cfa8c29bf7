// Builds `fupin history`: per period and rule, counts, how long findings stay open, false-positive share.
import type { Db } from '../store/db.js';
import { listRuns } from '../store/runs.js';
import { monthsBetween } from './history.js';

export interface HistoryRule {
  rule: string; total: number; new: number; persisting: number; resolved: number; notEvaluated: number; falsePositive: number;
  /** Taken off the lists by the 豁免清单 (not in total). */
  exempted: number;
  maxOpenMonths: number;
  verified: number; verifiedFalse: number; falsePositiveShare: number | null;
  unverifiedAfter1Month: number; unverifiedAfter2Months: number;
}
export interface HistoryPeriod { period: string; finishedAt: string; rules: HistoryRule[] }

export function buildHistory(db: Db): HistoryPeriod[] {
  const runs = listRuns(db);
  const verif = db.prepare('SELECT fingerprint, result FROM verifications').all() as { fingerprint: string; result: string | null }[];
  const verdict = new Map<string, string | null>();
  for (const v of verif) verdict.set(v.fingerprint, v.result);
  const rowsOf = db.prepare('SELECT fingerprint, rule, status, first_period FROM findings WHERE period = ?');
  return runs.map((run) => {
    const counts = (run.summary?.counts ?? {}) as Record<string, any>;
    const rows = rowsOf.all(run.period) as { fingerprint: string; rule: string; status: string; first_period: string }[];
    const rules = Object.keys(counts).map((rule) => {
      const c = counts[rule];
      // Lifted findings (stored for `findings --status resolved`) are counted from the run's summary, not here.
      const mine = rows.filter((r) => r.rule === rule && r.status !== 'resolved');
      const listed = mine.filter((r) => r.status === 'new' || r.status === 'persisting');
      const verified = mine.filter((r) => verdict.get(r.fingerprint) === '属实' || verdict.get(r.fingerprint) === '不属实');
      const verifiedFalse = verified.filter((r) => verdict.get(r.fingerprint) === '不属实').length;
      const unverified = listed.filter((r) => !verdict.get(r.fingerprint));
      return {
        rule, total: c.total ?? 0, new: c.new ?? 0, persisting: c.persisting ?? 0, resolved: c.resolved ?? 0,
        notEvaluated: c.notEvaluated ?? 0, falsePositive: c.falsePositive ?? 0, exempted: c.exempted ?? 0,
        maxOpenMonths: listed.reduce((m, r) => Math.max(m, monthsBetween(r.first_period, run.period)), 0),
        verified: verified.length, verifiedFalse, falsePositiveShare: verified.length ? verifiedFalse / verified.length : null,
        unverifiedAfter1Month: unverified.filter((r) => monthsBetween(r.first_period, run.period) >= 1).length,
        unverifiedAfter2Months: unverified.filter((r) => monthsBetween(r.first_period, run.period) >= 2).length,
      };
    });
    return { period: run.period, finishedAt: run.finishedAt, rules };
  });
}
