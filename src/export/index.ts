// Public API of the output writers (product-spec §6, §8).
export { atomicWrite, atomicWriteFile } from './atomic.js';
export { writeRectificationWorkbook, type RectificationInput } from './write-rectification.js';
export { writeDataQualityWorkbook } from './write-data-quality.js';
export { writeFindingsCsv, writeFindingsJson } from './write-findings.js';
export {
  RECTIFICATION_COLUMNS, FINGERPRINT_HEADER, STATUS_LABELS, toRectificationRows, rectificationRowValues,
  sortFindingsForList, type RectificationRow,
} from './rectification-rows.js';
export { UNKNOWN_TOWNSHIP, groupByTownship, safeFileName, townshipFileNames, townshipKey } from './township-split.js';
export { neutralizeFormula, maskIdsInText } from './text-safety.js';
export { PURPOSE_TEXT } from './notes-rows.js';
export type * from './types.js';
export { writeHtmlReport, reportFileName, trendFromHistory, type ReportInput } from './write-report.js';
