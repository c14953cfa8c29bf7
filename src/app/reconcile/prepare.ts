// Step 1 of a run: the configuration turned into a plan (paths, parameters, files, exemptions). Reads no roster,
// touches no database: a mistake found here changes nothing.
import fs from 'node:fs';
import path from 'node:path';
import type { RuleParams } from '../../model/types.js';
import { lastDayOfPeriod } from '../../model/period.js';
import { loadConfig, substitute } from '../../config/load.js';
import type { Config, SourceConfig } from '../../config/schema.js';
import { fail } from '../../errors.js';
import { resolveSources, unusedInputFiles, type ResolvedFile } from '../resolve-sources.js';
import { resolveExemptionFiles } from '../../exemptions/resolve.js';
import { readExemptionFiles } from '../../exemptions/read-exemptions.js';
import type { Exemption } from '../../exemptions/types.js';

export interface RunPlan {
  config: Config;
  /** The configuration file's folder: relative paths and messages are based there. */
  dir: string;
  /** The configuration text, hashed into the run record. */
  configText: string;
  period: string;
  referenceDate: string;
  params: RuleParams;
  inputDir: string;
  outputDir: string;
  dbPath: string;
  mask: boolean;
  files: ResolvedFile[];
  unmatched: SourceConfig[];
  exemptions: Exemption[];
  /** Warnings found while planning; the later steps add theirs. */
  warnings: string[];
}

export interface PlanOptions {
  /** Path of fupin.config.json. */
  configFile: string;
  period: string;
  dbPath?: string;
  mask?: boolean;
}

export async function prepareRun(o: PlanOptions): Promise<RunPlan> {
  const loaded = loadConfig(o.configFile);
  const { config, dir } = loaded;
  const period = o.period;
  const referenceDate = config.rules.referenceDate ?? lastDayOfPeriod(period);
  const inputDir = path.resolve(dir, substitute(config.input, period));
  // rules.disabled was checked against the rule codes when the config was loaded (config/load.ts).
  if (!fs.existsSync(inputDir)) {
    throw fail('INPUT_DIR_MISSING', { dir: path.relative(dir, inputDir) || inputDir, period });
  }
  const { files, unmatched } = resolveSources(inputDir, config.sources);
  const warnings: string[] = [];
  const unused = unusedInputFiles(inputDir, files);
  if (unused.length) {
    warnings.push(`输入目录中有 ${unused.length} 个文件没有被任何来源读取：${unused.slice(0, 10).join('、')}${unused.length > 10 ? ' 等' : ''}。` +
      '如果是本月的名册，请检查配置 sources 中的 file 通配符（或文件名）。');
  }
  // The 豁免清单 is read whole before anything is imported: a bad file stops the run with nothing changed.
  const exemptionFiles = resolveExemptionFiles(dir, config.exemptions);
  for (const u of exemptionFiles.unmatched) warnings.push(`豁免清单没有匹配到文件：${u}（本期不豁免任何疑点）`);
  const exemptions = await readExemptionFiles(exemptionFiles.files, referenceDate);
  return {
    config, dir, configText: loaded.text, period, referenceDate, params: { ...config.rules, referenceDate },
    inputDir, outputDir: path.resolve(dir, substitute(config.output, period)),
    dbPath: o.dbPath ?? path.resolve(dir, config.database), mask: o.mask ?? config.export.maskIdNumbers,
    files, unmatched, exemptions, warnings,
  };
}
