// Step 3 of a run: the rules over the dataset, then the month-to-month status of each finding and the exemptions.
import type { SheetColumns } from '../../model/column-ref.js';
import type { Finding, SourceKind, UnknownValue } from '../../model/types.js';
import type { ExportFinding, IdTypoSuspect } from '../../model/report.js';
import type { Db } from '../../store/db.js';
import { loadFindings, loadVerifications } from '../../store/runs.js';
import { RULES } from '../../rules/index.js';
import { runRules } from '../../rules/engine.js';
import { findIdTypos } from '../../rules/id-typo.js';
import { applyExemptions } from '../../exemptions/apply.js';
import { missingFields, missingFieldWarning, unrecognisedColumns, unrecognisedColumnWarning, type MissingField } from '../field-coverage.js';
import { classify, type Classified } from '../history.js';
import { loadMonitorHistory } from '../monitor-history.js';
import { memberLookup } from '../visit-members.js';
import type { MemberLookup } from '../../export/visit-form-rows.js';
import type { ImportedPeriod } from './import-period.js';
import type { RunPlan } from './prepare.js';

export interface Evaluation {
  rulesRun: string[];
  rulesSkipped: { rule: string; reason: string }[];
  /** Every finding of this period as the rules produced it (the data-quality lists take the row-level ones). */
  findings: Finding[];
  unknownValues: UnknownValue[];
  idTypos: IdTypoSuspect[];
  fieldsMissing: MissingField[];
  /** Status against last period: listed (new / persisting), resolved, not evaluated, false positives. */
  cls: Classified;
  exempted: ExportFinding[];
  /** Members of the listed households, for the visit forms. */
  members: MemberLookup;
  warnings: string[];
}

export function evaluatePeriod(db: Db, plan: RunPlan, imported: ImportedPeriod, lap: (phase: string) => void): Evaluation {
  const { dataset, imports, prevPeriod } = imported;
  const warnings: string[] = [];
  const result = runRules(dataset, plan.params, RULES, { monitorHistory: loadMonitorHistory(db, plan.period, dataset.records.get('monitor') ?? []) });
  const idTypos = findIdTypos(dataset);
  const columnsByKind = new Map<SourceKind, SheetColumns[]>();
  for (const imp of imports) columnsByKind.set(imp.kind, [...(columnsByKind.get(imp.kind) ?? []), ...imp.columns]);
  const fieldsMissing = missingFields(columnsByKind, result.rulesRun);
  warnings.push(...fieldsMissing.map(missingFieldWarning));
  warnings.push(...unrecognisedColumns(dataset, imports.flatMap((i) => i.columns)).map(unrecognisedColumnWarning));
  lap('rules');

  const previous = prevPeriod ? loadFindings(db, prevPeriod) : [];
  const cls = classify(result.findings, previous, loadVerifications(db), new Set(result.rulesRun), plan.period);
  const ex = applyExemptions(cls.listed, plan.exemptions, RULES, plan.referenceDate);
  cls.listed = ex.listed;
  warnings.push(...ex.warnings);
  // The visit forms need the members of the listed households only; the index itself can go now.
  const members = memberLookup(result.index!, cls.listed);
  result.index = null;
  return {
    rulesRun: result.rulesRun, rulesSkipped: result.rulesSkipped, findings: result.findings, unknownValues: result.unknownValues,
    idTypos, fieldsMissing, cls, exempted: ex.exempted, members, warnings,
  };
}
