// Pure month-to-month classification (product-spec §7): new / persisting / resolved / not_evaluated / false_positive.
import type { Finding } from '../model/types.js';
import type { ExportFinding, StoredFinding, StoredVerification } from '../model/report.js';

export type { StoredFinding, StoredVerification } from '../model/report.js';

export interface Classified {
  /** Findings to send to townships (new / persisting). */
  listed: ExportFinding[];
  /** Last period's findings that no longer fire although their rule ran (已销号). */
  resolved: ExportFinding[];
  /** Last period's findings whose rule did not run this period: carried, never counted resolved. */
  notEvaluated: ExportFinding[];
  /** Still firing, verified 不属实 with unchanged evidence: kept off the lists. */
  falsePositives: ExportFinding[];
}

export function classify(
  current: Finding[],
  previous: StoredFinding[],
  verifications: Map<string, StoredVerification>,
  rulesRun: Set<string>,
  period: string,
): Classified {
  const prev = new Map(previous.map((p) => [p.fingerprint, p]));
  const seen = new Set<string>();
  const out: Classified = { listed: [], resolved: [], notEvaluated: [], falsePositives: [] };
  for (const f of current) {
    if (seen.has(f.fingerprint)) continue; // one subject, one line
    seen.add(f.fingerprint);
    // A finding lifted last period that fires again is new again (and counts its months afresh).
    const before = prev.get(f.fingerprint);
    const p = before && before.status !== 'resolved' ? before : undefined;
    const v = verifications.get(f.fingerprint) ?? null;
    const firstPeriod = p?.firstPeriod ?? period;
    const base = { ...f, firstPeriod, verification: v };
    if (v && v.result === '不属实' && v.evidenceHash === f.evidenceHash) {
      out.falsePositives.push({ ...base, status: 'false_positive' });
    } else {
      // A 不属实 verdict whose evidence changed no longer holds: the finding comes back, without the old verdict.
      const verification = v && v.result === '不属实' ? null : v;
      out.listed.push({ ...base, verification, status: p ? 'persisting' : 'new' });
    }
  }
  for (const p of previous) {
    if (seen.has(p.fingerprint)) continue;
    // Resolved stays resolved; an exempted finding that stops firing was never on the lists, so it is not 已销号.
    if (p.status === 'resolved' || p.status === 'exempted') continue;
    const e: ExportFinding = { ...p.finding, firstPeriod: p.firstPeriod, verification: verifications.get(p.fingerprint) ?? null, status: 'resolved' };
    if (rulesRun.has(p.rule)) out.resolved.push(e);
    else out.notEvaluated.push({ ...e, status: 'not_evaluated' });
  }
  return out;
}

/** Whole months between two YYYY-MM periods. */
export function monthsBetween(from: string, to: string): number {
  const [y1, m1] = from.split('-').map(Number);
  const [y2, m2] = to.split('-').map(Number);
  return (y2 - y1) * 12 + (m2 - m1);
}
