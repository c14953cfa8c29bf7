// 分乡镇/入户核查表-<period>-<乡镇>.xlsx (product-spec §9.5): one page per household with findings.
import type { ExportOptions } from './types.js';
import type { ExportFinding, RunReport } from '../model/report.js';
import { VISIT_COLUMNS, visitFormRows, visitHouseholds, type MemberLookup } from './visit-form-rows.js';
import { ruleTitles } from './rectification-summary.js';
import { writeXlsxStream } from './xlsx-stream.js';

export const VISIT_SHEET = '入户核查表';

export interface VisitFormInput {
  report: RunReport;
  township: string;
  /** This township's listed findings. */
  findings: readonly ExportFinding[];
  /** rule code -> the question for the visit. */
  questions: Readonly<Record<string, string>>;
  members?: MemberLookup;
}

/** Households with findings that need a visit (none: no form is written). */
export function visitFormHouseholds(input: Pick<VisitFormInput, 'findings' | 'report'>): ExportFinding[][] {
  return visitHouseholds(input.findings, input.report.rules.map((r) => r.code));
}

export async function writeVisitForm(path: string, input: VisitFormInput, opts: ExportOptions): Promise<void> {
  const { report } = input;
  const households = visitFormHouseholds(input);
  const rows = visitFormRows(households, {
    county: report.county, township: input.township, period: report.period, maskIdNumbers: opts.maskIdNumbers,
    ruleTitles: ruleTitles(report), questions: input.questions, members: input.members,
  });
  await writeXlsxStream(path, async (book) => {
    const sheet = await book.free(VISIT_SHEET, VISIT_COLUMNS, { landscape: false, titleRows: '1:1' });
    for (const r of rows) await sheet.add(r.cells, r.style, r);
    sheet.commit();
  });
}
