// Writes every output of product-spec §6 into a staging folder; returns the relative paths written.
import fs from 'node:fs';
import path from 'node:path';
import type { Finding, RejectedRow, UnknownValue } from '../model/types.js';
import type { ExportFinding, IdTypoSuspect, RunReport } from '../export/types.js';
import {
  groupByTownship, reportFileName, townshipFileNames, writeHtmlReport, writeDataQualityWorkbook, writeFindingsCsv, writeFindingsJson, writeRectificationWorkbook,
} from '../export/index.js';

export interface OutputsInput {
  period: string;
  report: RunReport;
  listed: ExportFinding[];
  resolved: ExportFinding[];
  falsePositives: ExportFinding[];
  /** Taken off the lists by the 豁免清单: county workbook's 已豁免 sheet, findings.json/csv, the report. */
  exempted?: ExportFinding[];
  rejected: RejectedRow[];
  dataQualityFindings: Finding[];
  unknownValues: UnknownValue[];
  idTypos: IdTypoSuspect[];
  mask: boolean;
  splitByTownship: boolean;
  /** Month-by-month open / new / resolved for the HTML report, oldest first. */
  trend: { period: string; open: number; new: number; resolved: number; falsePositive: number }[];
}

export const TOWNSHIP_DIR = '分乡镇';

export async function writeOutputs(dir: string, o: OutputsInput): Promise<string[]> {
  const written: string[] = [];
  const opts = { maskIdNumbers: o.mask };
  const main = `整改清单-${o.period}.xlsx`;
  await writeRectificationWorkbook(path.join(dir, main),
    { findings: o.listed, resolved: o.resolved, falsePositives: o.falsePositives, exempted: o.exempted, report: o.report }, opts);
  written.push(main);
  if (o.splitByTownship) {
    const groups = groupByTownship([...o.listed, ...o.resolved, ...o.falsePositives]);
    const names = townshipFileNames([...groups.keys()], o.period);
    fs.mkdirSync(path.join(dir, TOWNSHIP_DIR), { recursive: true, mode: 0o700 });
    for (const [township, name] of names) {
      const rel = path.join(TOWNSHIP_DIR, name);
      await writeRectificationWorkbook(path.join(dir, rel),
        { findings: o.listed, resolved: o.resolved, falsePositives: o.falsePositives, report: o.report, township }, opts);
      written.push(rel);
    }
  }
  const dq = `数据质量-${o.period}.xlsx`;
  await writeDataQualityWorkbook(path.join(dir, dq), {
    rejected: o.rejected, findings: o.dataQualityFindings, unknownValues: o.unknownValues, idTypos: o.idTypos, report: o.report,
  }, opts);
  written.push(dq);
  const all = o.exempted?.length ? [...o.listed, ...o.exempted] : o.listed;
  await writeFindingsJson(path.join(dir, 'findings.json'), all);
  await writeFindingsCsv(path.join(dir, 'findings.csv'), all);
  written.push('findings.json', 'findings.csv');
  const html = reportFileName(o.period);
  await writeHtmlReport(path.join(dir, html), {
    report: o.report, listed: o.listed, resolved: o.resolved, falsePositives: o.falsePositives, exempted: o.exempted, trend: o.trend, mask: o.mask,
  });
  written.push(html);
  return written;
}
