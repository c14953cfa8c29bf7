// Failures of the machine rather than of the data or the program: a full disk, a folder that cannot be
// written, a database file on a read-only mount. They become clear Chinese input errors (exit 1) that
// name the place, instead of "internal error" (exit 3).
import path from 'node:path';
import { FupinError, inputError } from '../errors.js';

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
  const tail = opts.nothingChanged ? '数据库和已有的输出文件没有任何改动。' : '';
  if (DISK_FULL.has(code) || code.startsWith('SQLITE_FULL')) {
    return inputError('DISK_FULL', `磁盘空间不足，无法写入${at}。${tail}`, {}, '请清理磁盘空间，或在配置中把 output / database 指到有空间的位置，然后重新运行。');
  }
  if (NO_PERMISSION.has(code) || code.startsWith('SQLITE_READONLY')) {
    return inputError('NO_WRITE_PERMISSION', `没有写入权限，无法写入${at}。${tail}`, {}, '请检查该文件夹或文件的权限（以及磁盘是否只读），或在配置中换一个位置，然后重新运行。');
  }
  if (NOT_A_FOLDER.has(code)) {
    return inputError('OUTPUT_PATH', `无法写入${at}：路径中有同名的文件，或该处不是文件夹。${tail}`, {}, '请检查配置的 output 路径，删除或改名占用该路径的文件后重新运行。');
  }
  if (code === 'ENAMETOOLONG') {
    return inputError('PATH_TOO_LONG', `文件名或路径太长，无法写入${at}。${tail}`, {}, '请换一个较短的文件名或路径（如 --db、配置中的 output / database）。');
  }
  if (code === 'SQLITE_IOERR' || code.startsWith('SQLITE_IOERR_') || code === 'EIO') {
    return inputError('IO_ERROR', `读写磁盘出错，无法写入${at}。${tail}`, {}, '请检查磁盘或网络盘是否正常，然后重新运行。');
  }
  return null;
}
