// Typed errors with exit codes (product-spec §1). Messages are Chinese and never contain ID numbers or names.

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

export class FupinError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly exitCode: ExitCodeValue = ExitCode.InputError,
    readonly where: Location = {},
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'FupinError';
  }
}

/** An input-data problem (exit 1). */
export function inputError(code: string, message: string, where: Location = {}, hint?: string): FupinError {
  return new FupinError(code, message, ExitCode.InputError, where, hint);
}

/** A usage or configuration problem (exit 2). */
export function usageError(code: string, message: string, hint?: string): FupinError {
  return new FupinError(code, message, ExitCode.UsageError, {}, hint);
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
  error: { code: string; message: string; file?: string; sheet?: string; row?: number; column?: string };
}

export function errorJson(code: string, message: string, where: Location = {}, hint?: string): ErrorJson {
  const e: ErrorJson['error'] = { code, message: hint ? `${message} 处理办法：${hint}` : message };
  if (where.file) e.file = where.file;
  if (where.sheet) e.sheet = where.sheet;
  if (where.row) e.row = where.row;
  if (where.column) e.column = where.column;
  return { error: e };
}
