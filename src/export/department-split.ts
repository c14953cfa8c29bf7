// Per-department data-quality lists (product-spec §9.5): each providing department gets back the problems in
// its own rows — rejected rows, ID_INVALID, ID_NAME_CONFLICT, likely ID typos, unknown values. Pure.
import { KINDS } from '../model/kinds/index.js';
import type { SourceKind } from '../model/types.js';
import type { DataQualityInput } from './types.js';
import type { RunReport } from '../model/report.js';

/** The department that provided a roster kind (as the run's summary names it). */
export function departmentOf(kind: SourceKind, report: RunReport): string {
  return report.sources.find((s) => s.kind === kind)?.department || KINDS[kind]?.department || kind;
}

/** Department -> its part of the data-quality input; departments without problems are left out. Sorted by name. */
export function splitByDepartment(input: DataQualityInput, report: RunReport): Map<string, DataQualityInput> {
  const out = new Map<string, DataQualityInput>();
  const of = (d: string) => {
    let x = out.get(d);
    if (!x) out.set(d, (x = { rejected: [], findings: [], unknownValues: [], idTypos: [] }));
    return x;
  };
  for (const r of input.rejected) of(departmentOf(r.kind, report)).rejected.push(r);
  for (const f of input.findings) {
    // A name conflict involves every roster that wrote the number: each of those departments checks its own.
    for (const d of new Set(f.evidence.map((e) => departmentOf(e.kind, report)))) of(d).findings.push(f);
  }
  for (const s of input.idTypos) of(departmentOf(s.kind, report)).idTypos.push(s);
  for (const u of input.unknownValues) of(departmentOf(u.kind, report)).unknownValues.push(u);
  return new Map([...out.entries()].sort((a, b) => a[0].localeCompare(b[0], 'zh-CN')));
}

/** The run report narrowed to one department's sources (its 汇总 lists only its files). */
export function reportForDepartment(report: RunReport, department: string): RunReport {
  return { ...report, sources: report.sources.filter((s) => (s.department || KINDS[s.kind]?.department) === department) };
}
