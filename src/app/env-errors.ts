// Failures of the machine rather than of the data or the program: a full disk, a folder that cannot be
// written, a database file on a read-only mount. They become clear Chinese input errors (exit 1) that
// name the place, instead of "internal error" (exit 3).
import path from 'node:path';
import { FupinError, fail } from '../errors.js';

const DISK_FULL = new Set(['ENOSPC', 'EDQUOT', 'SQLITE_FULL']);
const NO_PERMISSION = new Set(['EACCES', 'EPERM', 'EROFS', 'SQLITE_READONLY', 'SQLITE_READONLY_DIRECTORY', 'SQLITE_READONLY_DBMOVED',
  'SQLITE_CANTOPEN', 'SQLITE_PERM']);
const NOT_A_FOLDER = new Set(['ENOTDIR', 'EEXIST', 'EISDIR']);

function codeOf(e: unknown): string {
  const c = (e as { code?: unknown } | null)?.code;
  return typeof c === 'string' ? c : '';
}

/** Where it happened, for the message: what the caller says it was writing, else the error's own path. */
function placeOf(e: unknown, target: string | undefined, base: string): string {
  if (target) return target;
  const p = (e as { path?: unknown } | null)?.path;
  if (typeof p !== 'string' || !p) return '';
  const rel = path.relative(base, p);
  return `「${rel && !rel.startsWith('..') ? rel : p}」`;
}

/**
 * The input error for a failure of the environment, or null when `e` is something else.
 * `target` names what was being written (e.g. the output folder); `nothingChanged` adds the
 * promise that the database and earlier outputs are untouched (true when the caller rolls back).
 */
export function environmentError(e: unknown, opts: { target?: string; database?: string; base?: string; nothingChanged?: boolean } = {}): FupinError | null {
  if (e instanceof FupinError) return null;
  const code = codeOf(e);
  const base = opts.base ?? process.cwd();
  const at = placeOf(e, code.startsWith('SQLITE') && opts.database ? `数据库 ${opts.database}` : opts.target, base);
  const d = { at, nothingChanged: opts.nothingChanged ?? false };
  if (DISK_FULL.has(code) || code.startsWith('SQLITE_FULL')) return fail('DISK_FULL', d);
  if (NO_PERMISSION.has(code) || code.startsWith('SQLITE_READONLY')) return fail('NO_WRITE_PERMISSION', d);
  if (NOT_A_FOLDER.has(code)) return fail('OUTPUT_PATH', d);
  if (code === 'ENAMETOOLONG') return fail('PATH_TOO_LONG', d);
  if (code === 'SQLITE_IOERR' || code.startsWith('SQLITE_IOERR_') || code === 'EIO') return fail('IO_ERROR', d);
  return null;
}
