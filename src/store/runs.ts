// Runs, findings and verifications.
import type { Db } from './db.js';
import type { ExportFinding, StoredFinding, StoredVerification } from '../model/report.js';

export function previousRunPeriod(db: Db, period: string): string | null {
  const r = db.prepare('SELECT period FROM runs WHERE period < ? ORDER BY period DESC LIMIT 1').get(period) as { period: string } | undefined;
  return r?.period ?? null;
}

export function loadFindings(db: Db, period: string): StoredFinding[] {
  return (db.prepare('SELECT fingerprint, rule, status, evidence_hash, first_period, data FROM findings WHERE period = ? ORDER BY rowid').all(period) as any[])
    .map((r) => ({ fingerprint: r.fingerprint, rule: r.rule, status: r.status, evidenceHash: r.evidence_hash, firstPeriod: r.first_period, finding: JSON.parse(r.data) }));
}

/** The latest verification of every fingerprint. */
export function loadVerifications(db: Db): Map<string, StoredVerification> {
  const rows = db.prepare('SELECT * FROM verifications ORDER BY period, verified_at').all() as any[];
  const m = new Map<string, StoredVerification>();
  for (const r of rows) {
    m.set(r.fingerprint, { fingerprint: r.fingerprint, period: r.period, result: r.result, note: r.note ?? '', measure: r.measure ?? '',
      deadline: r.deadline ?? '', responsible: r.responsible ?? '', evidenceHash: r.evidence_hash });
  }
  return m;
}

export function saveRun(db: Db, period: string, configHash: string, startedAt: string, summary: unknown, findings: ExportFinding[]): void {
  db.prepare('DELETE FROM findings WHERE period = ?').run(period);
  db.prepare('DELETE FROM runs WHERE period = ?').run(period);
  db.prepare('INSERT INTO runs (period, config_hash, started_at, finished_at, summary) VALUES (?, ?, ?, ?, ?)')
    .run(period, configHash, startedAt, new Date().toISOString(), JSON.stringify(summary));
  const ins = db.prepare(`INSERT OR REPLACE INTO findings (period, fingerprint, rule, status, township, village, evidence_hash, first_period, data)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  for (const f of findings) {
    const { status, firstPeriod, verification, ...plain } = f;
    void verification;
    ins.run(period, f.fingerprint, f.rule, status, f.township, f.village, f.evidenceHash, firstPeriod ?? period, JSON.stringify(plain));
  }
}

export interface RunRow { period: string; startedAt: string; finishedAt: string; summary: any }

export function listRuns(db: Db): RunRow[] {
  return (db.prepare('SELECT period, started_at, finished_at, summary FROM runs ORDER BY period').all() as any[])
    .map((r) => ({ period: r.period, startedAt: r.started_at, finishedAt: r.finished_at, summary: JSON.parse(r.summary) }));
}

export function saveVerification(db: Db, v: StoredVerification & { sourceFile: string }): void {
  db.prepare(`INSERT OR REPLACE INTO verifications (fingerprint, period, result, note, measure, deadline, responsible, evidence_hash, source_file, verified_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(v.fingerprint, v.period, v.result, v.note, v.measure, v.deadline, v.responsible, v.evidenceHash, v.sourceFile, new Date().toISOString());
}

/** Whether a run of `period` is stored. */
export function hasRun(db: Db, period: string): boolean {
  return db.prepare('SELECT 1 FROM runs WHERE period = ?').get(period) !== undefined;
}

export interface SentFinding { period: string; fingerprint: string; rule: string; status: string; township: string | null; village: string | null; evidenceHash: string; category: string }

/** A finding as listed in `period` (or, without a period, its latest listing); undefined when never listed. */
export function findListedFinding(db: Db, fingerprint: string, period: string | null): SentFinding | undefined {
  const r = (period === null
    ? db.prepare('SELECT period, fingerprint, rule, status, township, village, evidence_hash, data FROM findings WHERE fingerprint = ? ORDER BY period DESC LIMIT 1').get(fingerprint)
    : db.prepare('SELECT period, fingerprint, rule, status, township, village, evidence_hash, data FROM findings WHERE fingerprint = ? AND period = ?').get(fingerprint, period)) as any;
  return r ? toSent(r) : undefined;
}

/** Findings listed for the townships to verify in `period` (the category sheets: not the 核实不属实 ones). */
export function listedFindings(db: Db, period: string): SentFinding[] {
  return (db.prepare("SELECT period, fingerprint, rule, status, township, village, evidence_hash, data FROM findings WHERE period = ? AND status <> 'false_positive' ORDER BY rowid").all(period) as any[]).map(toSent);
}

function toSent(r: any): SentFinding {
  let category = '';
  try { category = String(JSON.parse(r.data).category ?? ''); } catch { /* old rows: no category */ }
  return { period: r.period, fingerprint: r.fingerprint, rule: r.rule, status: r.status, township: r.township, village: r.village, evidenceHash: r.evidence_hash, category };
}
