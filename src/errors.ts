// Typed errors with exit codes (product-spec §1). Messages are Chinese and never contain ID numbers or names.
import { CATALOGUE, renderError, type ErrorCode, type ErrorData } from './error-codes.js';

export * from './error-codes.js';

export const ExitCode = {
  Ok: 0,
  InputError: 1,  // unreadable file, missing required column, corrupt workbook: nothing half written
  UsageError: 2,  // bad arguments or configuration
  Internal: 3,    // a bug
} as const;
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/** Where in the user's input a problem is. Row is the 1-based Excel row. */
export interface Location {
  file?: string;
  sheet?: string;
  row?: number;
  column?: string;
}

/**
 * A user-facing failure: a catalogued code and its data (src/error-codes.ts), plus where in the input it is.
 * The message, hint and exit code come from the catalogue, so the same code always reads the same way.
 */
export class FupinError<C extends ErrorCode = ErrorCode> extends Error {
  readonly exitCode: ExitCodeValue;
  readonly hint?: string;
  constructor(readonly code: C, readonly data: ErrorData[C], readonly where: Location = {}) {
    const { message, hint } = renderError(code, data);
    super(message);
    this.name = 'FupinError';
    this.exitCode = CATALOGUE[code].exit;
    if (hint !== undefined) this.hint = hint;
  }
}

/** The error for `code` with its data (throw it). */
export function fail<C extends ErrorCode>(code: C, data: ErrorData[C], where: Location = {}): FupinError<C> {
  return new FupinError(code, data, where);
}

/** "文件 a.xlsx，工作表「低保」，第 5 行，列「身份证号」" */
export function describeLocation(w: Location): string {
  const parts: string[] = [];
  if (w.file) parts.push(`文件 ${w.file}`);
  if (w.sheet) parts.push(`工作表「${w.sheet}」`);
  if (w.row) parts.push(`第 ${w.row} 行`);
  if (w.column) parts.push(`列「${w.column}」`);
  return parts.join('，');
}

export function formatError(e: FupinError): string {
  const where = describeLocation(e.where);
  const lines = [`错误：${where ? where + '：' : ''}${e.message}`];
  if (e.hint) lines.push(`处理办法：${e.hint}`);
  return lines.join('\n');
}

/** The --json form of a failed run (product-spec §9.6): one object on stdout, so a cron job's file is never empty. */
export interface ErrorJson {
  error: { code: ErrorCode; message: string; file?: string; sheet?: string; row?: number; column?: string };
}

export function errorJson(e: FupinError): ErrorJson {
  const o: ErrorJson['error'] = { code: e.code, message: e.hint ? `${e.message} 处理办法：${e.hint}` : e.message };
  if (e.where.file) o.file = e.where.file;
  if (e.where.sheet) o.sheet = e.where.sheet;
  if (e.where.row) o.row = e.where.row;
  if (e.where.column) o.column = e.where.column;
  return { error: o };
}
