// 数据质量-<period>.xlsx (product-spec §6): every rejected row, ID problems, likely typos, unknown
// vocabulary values and per-file counts. All five sheets are always present (an empty sheet is a result).
import {
  DQ_SHEETS, DQ_SUMMARY_COLUMNS, ID_PROBLEM_COLUMNS, ID_TYPO_COLUMNS, REJECTED_COLUMNS, UNKNOWN_VALUE_COLUMNS,
  dqSummaryRows, idProblemValues, idTypoValues, rejectedRowValues, unknownValueValues,
} from './data-quality-rows.js';
import { SOURCE_KINDS } from '../model/types.js';
import type { DataQualityInput, ExportOptions } from './types.js';
import type { RunReport } from '../model/report.js';
import { writeXlsxStream } from './xlsx-stream.js';

export async function writeDataQualityWorkbook(
  path: string,
  input: DataQualityInput & { report: RunReport; /** One providing department's own list (分部门). */ department?: string },
  opts: ExportOptions,
): Promise<void> {
  const { report } = input;
  const mask = opts.maskIdNumbers;
  const who = input.department ? ` ${input.department}` : '';
  const title = (sheet: string) => `${report.county}${who} 部门名册数据质量清单（${report.period}）— ${sheet}`;
  await writeXlsxStream(path, async (book) => {
    const rejected = await book.table({ name: DQ_SHEETS.rejected, title: title(DQ_SHEETS.rejected), columns: REJECTED_COLUMNS });
    for (const r of input.rejected) await rejected.add(rejectedRowValues(r, mask, report));
    rejected.commit();

    const ids = await book.table({ name: DQ_SHEETS.idProblems, title: title(DQ_SHEETS.idProblems), columns: ID_PROBLEM_COLUMNS });
    let seq = 0;
    for (const f of input.findings) await ids.add(idProblemValues(f, ++seq, mask, report));
    ids.commit();

    const typos = await book.table({ name: DQ_SHEETS.idTypos, title: title(DQ_SHEETS.idTypos), columns: ID_TYPO_COLUMNS });
    for (const s of input.idTypos) await typos.add(idTypoValues(s, mask, report));
    typos.commit();

    const unknown = await book.table({ name: DQ_SHEETS.unknownValues, title: title(DQ_SHEETS.unknownValues), columns: UNKNOWN_VALUE_COLUMNS });
    // Kinds in catalogue order, then field, then the most frequent values first.
    const kindRank = (k: string) => (SOURCE_KINDS as readonly string[]).indexOf(k);
    const sorted = [...input.unknownValues].sort(
      (a, b) => kindRank(a.kind) - kindRank(b.kind) || a.field.localeCompare(b.field) || b.count - a.count,
    );
    for (const u of sorted) await unknown.add(unknownValueValues(u, mask, report));
    unknown.commit();

    const summary = await book.table({ name: DQ_SHEETS.summary, title: title(DQ_SHEETS.summary), columns: DQ_SUMMARY_COLUMNS });
    const { rows, total } = dqSummaryRows(report);
    await summary.addAll(rows);
    await summary.add(total, 'bold');
    summary.commit();
  });
}
