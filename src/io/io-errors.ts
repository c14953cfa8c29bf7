// Input errors raised by the table readers. Messages never quote cell contents; the file goes in `where`.
import { basename } from 'node:path';
import { FupinError, fail, type CorruptDetail } from '../errors.js';

export function displayNameOf(path: string, displayName?: string): string {
  return displayName ?? basename(path);
}

export function emptyFileError(file: string): FupinError {
  return fail('EMPTY_FILE', {}, { file });
}

export function corruptFileError(file: string, detail?: CorruptDetail): FupinError {
  return fail('CORRUPT_FILE', detail ? { detail } : {}, { file });
}

export function notWorkbookError(file: string, ext: string): FupinError {
  return fail('NOT_A_WORKBOOK', { ext }, { file });
}

export function encryptedError(file: string): FupinError {
  return fail('ENCRYPTED', {}, { file });
}

export function unsupportedFormatError(file: string, ext: string, formatName?: string): FupinError {
  return fail('UNSUPPORTED_FORMAT', formatName ? { ext, formatName } : { ext }, { file });
}

export function cannotOpenError(file: string, err: unknown): FupinError {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return fail('FILE_NOT_FOUND', {}, { file });
  if (code === 'EISDIR') return fail('NOT_A_FILE', { folder: true }, { file });
  return fail('CANNOT_OPEN', { locked: code === 'EACCES' || code === 'EPERM' || code === 'EBUSY' }, { file });
}

/** Any non-FupinError thrown while parsing becomes a "corrupt" input error (no stack, no cell text). */
export function asInputError(err: unknown, file: string): FupinError {
  if (err instanceof FupinError) return err;
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code) && code !== 'ERR_INVALID_ARG_TYPE') return cannotOpenError(file, err);
  // Zip damage found by a check (bad CRC, missing shared string) says what is damaged.
  const e = corruptFileError(file, (err as { damage?: CorruptDetail } | null)?.damage);
  Object.defineProperty(e, 'cause', { value: err, enumerable: false }); // for --debug; never printed to users
  return e;
}
