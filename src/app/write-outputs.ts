// Writes every output of product-spec §6 into a staging folder; returns the relative paths written.
import fs from 'node:fs';
import path from 'node:path';
import type { Finding, RejectedRow, UnknownValue } from '../model/types.js';
import type { ExportFinding, IdTypoSuspect, RunReport } from '../model/report.js';
import type { MemberLookup } from '../export/visit-form-rows.js';
import { writeVisitForm, visitFormHouseholds } from '../export/write-visit-form.js';
import { UNKNOWN_TOWNSHIP } from '../export/township-split.js';
import { RULES } from '../rules/index.js';
import { reportForDepartment, splitByDepartment } from '../export/department-split.js';
import {
  groupByTownship, reportFileName, townshipKey, townshipFileNames, writeHtmlReport, writeDataQualityWorkbook, writeFindingsCsv, writeFindingsJson, writeRectificationWorkbook,
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
  /** Members of a finding's household, for the visit forms. */
  members?: MemberLookup;
  /** Month-by-month open / new / resolved for the HTML report, oldest first. */
  trend: { period: string; open: number; new: number; resolved: number; falsePositive: number }[];
}

export const TOWNSHIP_DIR = '分乡镇';
export const DEPARTMENT_DIR = '分部门';

function townshipKeyOf(f: { township: string | null }): string {
  return townshipKey(f.township);
}

export async function writeOutputs(dir: string, o: OutputsInput): Promise<string[]> {
  const written: string[] = [];
  const opts = { maskIdNumbers: o.mask };
  const main = `整改清单-${o.period}.xlsx`;
  // Findings without a township stay in the county workbook: a made-up township's file reaches nobody.
  const noTownship = o.listed.filter((f) => townshipKeyOf(f) === UNKNOWN_TOWNSHIP).length;
  if (noTownship > 0 && o.splitByTownship) {
    o.report.warnings.push(`${noTownship} 条疑点没有乡镇（名册中乡镇为空或无法识别），只列在县级 ${main} 中，没有分发到乡镇，请县里直接核实或补全乡镇后重新比对。`);
  }
  await writeRectificationWorkbook(path.join(dir, main),
    { findings: o.listed, resolved: o.resolved, falsePositives: o.falsePositives, exempted: o.exempted, report: o.report }, opts);
  written.push(main);
  if (o.splitByTownship) {
    const groups = groupByTownship([...o.listed, ...o.resolved, ...o.falsePositives]);
    groups.delete(UNKNOWN_TOWNSHIP);
    const names = townshipFileNames([...groups.keys()], o.period);
    const visitNames = townshipFileNames([...groups.keys()], o.period, '入户核查表');
    const questions = Object.fromEntries(RULES.map((r) => [r.code, r.question]));
    fs.mkdirSync(path.join(dir, TOWNSHIP_DIR), { recursive: true, mode: 0o700 });
    for (const [township, name] of names) {
      const rel = path.join(TOWNSHIP_DIR, name);
      await writeRectificationWorkbook(path.join(dir, rel),
        { findings: o.listed, resolved: o.resolved, falsePositives: o.falsePositives, report: o.report, township }, opts);
      written.push(rel);
      const mine = o.listed.filter((f) => townshipKeyOf(f) === township);
      if (visitFormHouseholds({ findings: mine, report: o.report }).length > 0) {
        const visit = path.join(TOWNSHIP_DIR, visitNames.get(township)!);
        await writeVisitForm(path.join(dir, visit), { report: o.report, township, findings: mine, questions, members: o.members }, opts);
        written.push(visit);
      }
    }
  }
  const dq = `数据质量-${o.period}.xlsx`;
  await writeDataQualityWorkbook(path.join(dir, dq), {
    rejected: o.rejected, findings: o.dataQualityFindings, unknownValues: o.unknownValues, idTypos: o.idTypos, report: o.report,
  }, opts);
  written.push(dq);
  // Each providing department gets the problems in its own rows back (分部门).
  const departments = splitByDepartment({ rejected: o.rejected, findings: o.dataQualityFindings, unknownValues: o.unknownValues, idTypos: o.idTypos }, o.report);
  if (departments.size > 0) {
    fs.mkdirSync(path.join(dir, DEPARTMENT_DIR), { recursive: true, mode: 0o700 });
    const names = townshipFileNames([...departments.keys()], o.period, '数据质量');
    for (const [department, part] of departments) {
      const rel = path.join(DEPARTMENT_DIR, names.get(department)!);
      await writeDataQualityWorkbook(path.join(dir, rel), { ...part, report: reportForDepartment(o.report, department), department }, opts);
      written.push(rel);
    }
  }
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
