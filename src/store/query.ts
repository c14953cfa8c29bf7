// Read-side queries for `fupin findings` and `fupin history`.
import type { Db } from './db.js';

export interface FindingRow {
  period: string; rule: string; status: string; fingerprint: string; firstPeriod: string;
  township: string | null; village: string | null; householdId: string | null; headIdNumber: string | null; headName: string | null;
  idNumber: string | null; name: string | null; members: string[]; description: string; evidence: unknown[];
}

export function latestPeriod(db: Db): string | null {
  const r = db.prepare('SELECT period FROM runs ORDER BY period DESC LIMIT 1').get() as { period: string } | undefined;
  return r?.period ?? null;
}

export function queryFindings(db: Db, q: { period?: string; rule?: string; township?: string; status?: string }): FindingRow[] {
  const period = q.period ?? latestPeriod(db);
  if (!period) return [];
  const where = ['period = ?'];
  const args: unknown[] = [period];
  if (q.rule) { where.push('rule = ?'); args.push(q.rule); }
  if (q.township) { where.push('township = ?'); args.push(q.township); }
  // Lifted findings (已销号) are kept for --status resolved; the default list is what is still open.
  if (q.status) { where.push('status = ?'); args.push(q.status); } else where.push("status <> 'resolved'");
  return (db.prepare(`SELECT period, rule, status, fingerprint, first_period, data FROM findings WHERE ${where.join(' AND ')} ORDER BY rowid`).all(...args) as any[])
    .map((r) => {
      const f = JSON.parse(r.data);
      return { period: r.period, rule: r.rule, status: r.status, fingerprint: r.fingerprint, firstPeriod: r.first_period,
        township: f.township, village: f.village, householdId: f.householdId, headIdNumber: f.headIdNumber, headName: f.headName,
        idNumber: f.idNumber, name: f.name, members: f.members, description: f.description, evidence: f.evidence };
    });
}

/** Periods with a run, oldest first. */
export function runPeriods(db: Db): string[] {
  return (db.prepare('SELECT period FROM runs ORDER BY period').all() as { period: string }[]).map((r) => r.period);
}

/** Townships that findings were recorded for, in any period. */
export function townshipsInDb(db: Db): string[] {
  return (db.prepare('SELECT DISTINCT township FROM findings WHERE township IS NOT NULL AND township <> \'\' ORDER BY township').all() as { township: string }[])
    .map((r) => r.township);
}
