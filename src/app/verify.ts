// Use-case behind `fupin verify` (product-spec §7, §9.5): read township-returned lists back, matched by the
// 编号 column (not by position), and report per file and sheet every row or sheet that could not be used.
// Each file is recorded completely or not at all (a savepoint per file); other files are still recorded.
import path from 'node:path';
import { assertDbExists, openDb, type Db } from '../store/db.js';
import { acquireLock } from './lock.js';
import { readingDbPath, type DbLocation } from './stored.js';
import { readTable } from '../io/read-table.js';
import { cellText } from '../sources/cell-text.js';
import { findListedFinding, hasRun, listedFindings, saveVerification, type SentFinding } from '../store/runs.js';
import { FupinError, fail, formatError, type ErrorCode } from '../errors.js';
import { findPeriod, matchListHeader, parseVerdict, type ListColumn, type ListHeader, type Verdict } from './verify-parse.js';

export { parseVerdict } from './verify-parse.js';

export type VerifyProblemCode =
  | 'NO_HEADER' | 'NO_FINGERPRINT_COLUMN' | 'NO_RESULT_COLUMN' | 'UNKNOWN_VERDICT' | 'UNMATCHED' | 'NO_FINGERPRINT' | 'CONFLICT' | 'NOT_RETURNED';

export interface VerifyProblem {
  code: VerifyProblemCode;
  /** error: something returned was not recorded; warning: nothing returned was lost. */
  severity: 'error' | 'warning';
  sheet: string | null;
  row: number | null;
  fingerprint?: string;
  message: string;
}

export interface VerifyCounts {
  rowsRead: number;     // rows with a 编号
  matched: number;      // of which the 编号 is a finding of this database
  recorded: number;     // of which the answer was recorded
  verifiedTrue: number;
  verifiedFalse: number;
  blank: number;        // matched, nothing filled in
}

export interface VerifySheetReport extends VerifyCounts {
  sheet: string;
  headerRow: number;
  problems: VerifyProblem[];
}

export interface VerifyFileReport extends VerifyCounts {
  file: string;
  /** Everything returned in this file was recorded. */
  ok: boolean;
  /** The file could not be used at all; nothing of it was recorded. */
  error: { code: ErrorCode; message: string } | null;
  /** Period of the list (from its title row), or of the findings it matched. */
  period: string | null;
  sheets: VerifySheetReport[];
  /** Sheets without a list header (汇总, 说明 …). */
  otherSheets: string[];
  /** File-level problems: findings sent to the townships of this file but returned in no file. */
  problems: VerifyProblem[];
}

/** Old name of the per-file result. */
export type VerifyOutcome = VerifyFileReport;

interface SheetRows { name: string; rows: { row: number; cells: string[] }[] }

const HEADER_SCAN_ROWS = 30;
/** Our 编号: the first 16 hex digits of a SHA-1 (match/hash.ts). */
const FINGERPRINT = /^[0-9a-f]{16}$/;

/**
 * `fupin verify`: record the returned lists in the existing database (never created here), under its lock, in one
 * transaction; each file is recorded completely or not at all, a bad file does not stop the others.
 */
export async function recordReturnedLists(loc: DbLocation, files: readonly string[]): Promise<VerifyFileReport[]> {
  const { file: dbPath, shown } = readingDbPath(loc);
  assertDbExists(dbPath, shown);
  const lock = acquireLock(dbPath);
  const db = openDb(dbPath);
  try {
    db.exec('BEGIN IMMEDIATE');
    const results = await verifyFiles(db, files);
    db.exec('COMMIT');
    return results;
  } catch (e) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw e;
  } finally {
    db.close();
    lock.release();
  }
}

/** Verify every file; a file that cannot be used is reported and skipped. Runs inside the caller's transaction. */
export async function verifyFiles(db: Db, files: readonly string[]): Promise<VerifyFileReport[]> {
  const reports: VerifyFileReport[] = [];
  const returned = new Set<string>();
  // (period, township) groups this invocation's files answered for, and the first file of each.
  const groups = new Map<string, { period: string; township: string | null; report: VerifyFileReport }>();
  for (const file of files) {
    const name = path.basename(file);
    db.exec('SAVEPOINT verify_file');
    let report: VerifyFileReport;
    const seen: SentFinding[] = [];
    try {
      report = await verifyOne(db, file, name, returned, seen);
    } catch (e) {
      db.exec('ROLLBACK TO verify_file');
      db.exec('RELEASE verify_file');
      if (!(e instanceof FupinError)) throw e;
      reports.push(failed(name, e.code, formatError(e).replace(/^错误：/, '')));
      continue;
    }
    if (report.error) db.exec('ROLLBACK TO verify_file');
    db.exec('RELEASE verify_file');
    reports.push(report);
    if (report.error) continue;
    for (const f of seen) {
      const k = `${f.period}\u0000${f.township ?? ''}`;
      if (!groups.has(k)) groups.set(k, { period: f.period, township: f.township, report });
    }
  }
  // Deleted rows and sheets: what was sent to these townships but came back in no file.
  const byPeriod = new Map<string, SentFinding[]>();
  for (const g of groups.values()) {
    let sent = byPeriod.get(g.period);
    if (!sent) byPeriod.set(g.period, (sent = listedFindings(db, g.period)));
    // A sheet that lost its 编号 column is already reported as a whole; its rows are not listed again.
    const lostSheets = new Set(g.report.sheets.filter((s) => s.problems.some((p) => p.code === 'NO_FINGERPRINT_COLUMN' || p.code === 'NO_HEADER')).map((s) => s.sheet));
    for (const f of sent) {
      if ((f.township ?? '') !== (g.township ?? '') || returned.has(f.fingerprint) || lostSheets.has(f.category)) continue;
      const where = [f.category && `工作表「${f.category}」`, f.village && `村「${f.village}」`].filter(Boolean).join('，');
      g.report.problems.push({
        code: 'NOT_RETURNED', severity: 'warning', sheet: f.category || null, row: null, fingerprint: f.fingerprint,
        message: `编号 ${f.fingerprint}（${where ? where + '，' : ''}规则 ${f.rule}）已下发，返回的清单中没有这一行（被删除，或所在工作表缺少编号列）。`,
      });
    }
  }
  for (const r of reports) r.ok = r.error === null && ![...r.problems, ...r.sheets.flatMap((s) => s.problems)].some((p) => p.severity === 'error');
  return reports;
}

function counts(): VerifyCounts {
  return { rowsRead: 0, matched: 0, recorded: 0, verifiedTrue: 0, verifiedFalse: 0, blank: 0 };
}

function failed(file: string, code: ErrorCode, message: string): VerifyFileReport {
  return { file, ok: false, error: { code, message }, period: null, ...counts(), sheets: [], otherSheets: [], problems: [] };
}

/** A file that cannot be used at all: its catalogued code and message. */
function fileError(e: FupinError): { code: ErrorCode; message: string } {
  return { code: e.code, message: e.message };
}

async function readSheets(file: string, name: string): Promise<SheetRows[]> {
  const sheets: SheetRows[] = [];
  let cur: SheetRows | null = null;
  for await (const ev of readTable(file, { displayName: name })) {
    if (ev.type === 'sheet') { sheets.push((cur = { name: ev.sheet, rows: [] })); continue; }
    if (ev.type !== 'row' || !cur) continue;
    // Exported text may carry a leading apostrophe (formula neutralisation): not part of the value.
    cur.rows.push({ row: ev.row.row, cells: ev.row.cells.map((c) => cellText(c).replace(/^'/, '')) });
  }
  return sheets;
}

async function verifyOne(db: Db, file: string, name: string, returned: Set<string>, seen: SentFinding[]): Promise<VerifyFileReport> {
  const sheets = await readSheets(file, name);
  const report: VerifyFileReport = { file: name, ok: true, error: null, period: null, ...counts(), sheets: [], otherSheets: [], problems: [] };

  const { lists, headerless, titlePeriod } = locateLists(sheets, report, returned);
  if (lists.length === 0 && headerless.length === 0) {
    report.error = fileError(fail('NOT_A_LIST', { file: name }));
    return report;
  }
  if (titlePeriod && !hasRun(db, titlePeriod)) {
    report.error = fileError(fail('OTHER_PERIOD', { file: name, period: titlePeriod }));
    return report;
  }

  report.sheets.push(...headerless);
  const scope: FileScope = { db, name, titlePeriod, returned, seen, answered: new Map() };
  for (const list of lists) recordSheet(list, report, scope);
  for (const s of report.sheets) for (const k of Object.keys(counts()) as (keyof VerifyCounts)[]) report[k] += s[k];
  report.period = titlePeriod ?? mostCommon(seen.map((f) => f.period));

  const anyProblem = report.sheets.some((s) => s.problems.length > 0);
  if (report.rowsRead > 0 && report.matched === 0) {
    report.error = fileError(fail('NOT_OURS', { file: name, rows: report.rowsRead }));
  } else if (report.rowsRead === 0 && !anyProblem) {
    report.error = fileError(fail('NO_ROWS', { file: name }));
  }
  return report;
}

/** Each sheet's header row (the rows above it, title rows, name the period); sheets without one are reported. */
function locateLists(sheets: SheetRows[], report: VerifyFileReport, returned: Set<string>): { lists: ListSheet[]; headerless: VerifySheetReport[]; titlePeriod: string | null } {
  const lists: ListSheet[] = [];
  const headerless: VerifySheetReport[] = [];
  let titlePeriod: string | null = null;
  for (const s of sheets) {
    const at = s.rows.slice(0, HEADER_SCAN_ROWS).findIndex((r) => matchListHeader(r.cells) !== null);
    if (at < 0) {
      // A sheet whose header row was deleted but whose rows still carry our 编号: answers would be lost silently.
      const orphaned = s.rows.filter((r) => r.cells.some((c) => FINGERPRINT.test(c.trim()))).length;
      if (orphaned > 0) {
        for (const r of s.rows) for (const c of r.cells) if (FINGERPRINT.test(c.trim())) returned.add(c.trim());
        headerless.push({
          sheet: s.name, headerRow: 0, ...counts(),
          problems: [{ code: 'NO_HEADER', severity: 'error', sheet: s.name, row: null,
            message: `工作表「${s.name}」找不到表头行（应有「编号(请勿修改)」和「核实结果」等列），本表 ${orphaned} 行带编号的内容无法记录。请把下发清单的表头行复制回来后重新读回。` }],
        });
        continue;
      }
      report.otherSheets.push(s.name);
      titlePeriod ??= firstPeriod(s.rows.slice(0, 3));
      continue;
    }
    lists.push({ sheet: s, header: matchListHeader(s.rows[at].cells)!, at });
    titlePeriod ??= firstPeriod(s.rows.slice(0, at));
  }
  return { lists, headerless, titlePeriod };
}

interface ListSheet { sheet: SheetRows; header: ListHeader; at: number }

/** What the sheets of one returned file share while their rows are recorded. */
interface FileScope {
  db: Db;
  name: string;
  titlePeriod: string | null;
  /** Every 编号 that came back, in any file of this invocation. */
  returned: Set<string>;
  /** The findings this file answered for. */
  seen: SentFinding[];
  /** First answer per 编号 in this file (a copied row must agree with it). */
  answered: Map<string, { verdict: Verdict | null; sheet: string; row: number }>;
}

/** The rows of one list sheet: matched by 编号, checked, and recorded. */
function recordSheet({ sheet, header, at }: ListSheet, report: VerifyFileReport, { db, name, titlePeriod, returned, seen, answered }: FileScope): void {
  const sr: VerifySheetReport = { sheet: sheet.name, headerRow: sheet.rows[at].row, ...counts(), problems: [] };
  report.sheets.push(sr);
  const col = header.columns;
  const get = (cells: string[], k: ListColumn) => (col[k] === undefined ? '' : (cells[col[k]!] ?? '').trim());
  const dataRows = sheet.rows.slice(at + 1);
  if (header.missing.length) {
    // Without 编号 or 核实结果 no row of this sheet can be recorded; say how many carried an answer.
    const filled = dataRows.filter((r) => (['result', 'note', 'measure', 'deadline', 'responsible'] as const).some((k) => get(r.cells, k) !== '')).length;
    for (const fp of dataRows.map((r) => get(r.cells, 'fingerprint')).filter(Boolean)) returned.add(fp);
    const lacking = header.missing.includes('fingerprint') ? '「编号(请勿修改)」列' : '「核实结果」列';
    sr.problems.push({
      code: header.missing.includes('fingerprint') ? 'NO_FINGERPRINT_COLUMN' : 'NO_RESULT_COLUMN', severity: 'error', sheet: sheet.name, row: sr.headerRow,
      message: `工作表「${sheet.name}」没有${lacking}，本表${filled ? ` ${filled} 行已填写的核实内容` : '的行'}无法记录。请把下发清单中的这一列复制回来（不要改表头和编号）后重新读回。`,
    });
    return;
  }
  for (const r of dataRows) {
    const fp = get(r.cells, 'fingerprint');
    const verdictText = get(r.cells, 'result');
    const rest = { note: get(r.cells, 'note'), measure: get(r.cells, 'measure'), deadline: get(r.cells, 'deadline'), responsible: get(r.cells, 'responsible') };
    const hasAnswer = verdictText !== '' || rest.note !== '' || rest.measure !== '' || rest.deadline !== '' || rest.responsible !== '';
    const at = `工作表「${sheet.name}」第 ${r.row} 行`;
    if (!fp) {
      // Blank rows, signature lines and rows a township added for itself carry no 编号; only answers matter.
      if (verdictText !== '' && parseVerdict(verdictText) !== undefined && parseVerdict(verdictText) !== null) {
        sr.problems.push({ code: 'NO_FINGERPRINT', severity: 'error', sheet: sheet.name, row: r.row,
          message: `${at}：填了核实结果，但「编号(请勿修改)」为空，无法对应到疑点，未记录。` });
      }
      continue;
    }
    returned.add(fp);
    sr.rowsRead++;
    const hit = findListedFinding(db, fp, titlePeriod);
    if (!hit) {
      sr.problems.push({ code: 'UNMATCHED', severity: hasAnswer ? 'error' : 'warning', sheet: sheet.name, row: r.row, fingerprint: fp,
        message: `${at}：编号在数据库中找不到（编号被改动，或不是本县${titlePeriod ? ` ${titlePeriod} ` : ''}下发的清单）${hasAnswer ? '，核实内容未记录' : ''}。` });
      continue;
    }
    sr.matched++;
    seen.push(hit);
    const verdict = parseVerdict(verdictText);
    if (verdict === undefined) {
      sr.problems.push({ code: 'UNKNOWN_VERDICT', severity: 'error', sheet: sheet.name, row: r.row, fingerprint: fp,
        message: `${at}：核实结果无法识别（应填“属实”或“不属实”，可从下拉列表选择），本行未记录。` });
      continue;
    }
    const before = answered.get(fp);
    if (before && before.verdict !== verdict && before.verdict !== null && verdict !== null) {
      sr.problems.push({ code: 'CONFLICT', severity: 'error', sheet: sheet.name, row: r.row, fingerprint: fp,
        message: `${at}：与工作表「${before.sheet}」第 ${before.row} 行编号相同，但核实结果不同；已按先读到的一行记录，本行未记录。` });
      continue;
    }
    if (verdict === null && !rest.note && !rest.measure && !rest.deadline && !rest.responsible) { sr.blank++; continue; }
    if (before && (verdict === null || before.verdict === verdict)) { sr.recorded++; continue; } // a copied row: already recorded
    answered.set(fp, { verdict, sheet: sheet.name, row: r.row });
    if (verdict === '属实') sr.verifiedTrue++;
    if (verdict === '不属实') sr.verifiedFalse++;
    sr.recorded++;
    saveVerification(db, { fingerprint: fp, period: hit.period, result: verdict, ...rest, evidenceHash: hit.evidenceHash, sourceFile: name });
  }
}

function firstPeriod(rows: { cells: string[] }[]): string | null {
  for (const r of rows) for (const c of r.cells) {
    // Only a title ("…整改清单（2026-10）") names the period; a date typed elsewhere does not.
    const p = c && /清单|核查|核实/.test(c) ? findPeriod(c) : null;
    if (p) return p;
  }
  return null;
}

function mostCommon(xs: string[]): string | null {
  const n = new Map<string, number>();
  for (const x of xs) n.set(x, (n.get(x) ?? 0) + 1);
  let best: string | null = null;
  for (const [x, c] of n) if (best === null || c > n.get(best)!) best = x;
  return best;
}
