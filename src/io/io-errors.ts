// Input errors raised by the table readers. Messages never quote cell contents; the file goes in `where`.
import { basename } from 'node:path';
import { FupinError, inputError } from '../errors.js';

const RESAVE = '请用 WPS 或 Excel 打开该文件，确认内容完整后“另存为” .xlsx 格式，再重新运行。';

export function displayNameOf(path: string, displayName?: string): string {
  return displayName ?? basename(path);
}

export function emptyFileError(file: string): FupinError {
  return inputError('EMPTY_FILE', '文件是空的（0 字节），没有任何内容可读。', { file },
    '请确认文件已完整下载或复制（部门发来的原件大小不应为 0）。');
}

export function corruptFileError(file: string, what = '文件已损坏或不完整，无法读取。'): FupinError {
  return inputError('CORRUPT_FILE', what, { file }, RESAVE);
}

export function notWorkbookError(file: string, ext: string): FupinError {
  const what = ext === '.csv' || ext === '.txt' ? '文本表格（CSV）' : 'Excel 工作簿';
  return inputError('NOT_A_WORKBOOK', `文件扩展名是 ${ext}，但内容不是${what}，无法读取。`, { file },
    '请确认发来的文件正确；如能用 WPS 或 Excel 打开，请“另存为” .xlsx 格式后再试。');
}

export function encryptedError(file: string): FupinError {
  return inputError('ENCRYPTED', '工作簿设置了打开密码（已加密），无法读取。', { file },
    '请用 WPS 或 Excel 输入密码打开，在“文件 → 信息/文档加密”中取消密码，再“另存为”无密码的 .xlsx 后重新运行。');
}

export function unsupportedFormatError(file: string, ext: string, formatName?: string): FupinError {
  const shown = !ext ? '没有扩展名的文件' : formatName ? `${formatName}（${ext}）格式` : `${ext} 格式`;
  return inputError('UNSUPPORTED_FORMAT', `不支持读取${shown}；只能读取 .xlsx、.xls 和 .csv 文件。`, { file },
    '请用 WPS 或 Excel 打开后“另存为” .xlsx（Excel 工作簿）格式，再重新运行。');
}

export function cannotOpenError(file: string, err: unknown): FupinError {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return inputError('FILE_NOT_FOUND', '找不到该文件。', { file }, '请检查文件名和所在文件夹。');
  if (code === 'EISDIR') return inputError('CANNOT_OPEN', '这是一个文件夹，不是文件。', { file });
  if (code === 'EACCES' || code === 'EPERM' || code === 'EBUSY') {
    return inputError('CANNOT_OPEN', '无法打开该文件（没有读取权限，或正被其他程序占用）。', { file },
      '请关闭正在使用该文件的 WPS/Excel 窗口，或检查文件权限后重试。');
  }
  return inputError('CANNOT_OPEN', '无法打开该文件。', { file }, RESAVE);
}

/** Any non-FupinError thrown while parsing becomes a "corrupt" input error (no stack, no cell text). */
export function asInputError(err: unknown, file: string): FupinError {
  if (err instanceof FupinError) return err;
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code) && code !== 'ERR_INVALID_ARG_TYPE') return cannotOpenError(file, err);
  // Zip damage found by a check (bad CRC) carries its own message, naming the damaged part.
  const what = (err as { what?: unknown } | null)?.what;
  const e = typeof what === 'string'
    ? inputError('CORRUPT_FILE', what, { file }, '请重新下载或向报送单位重新索取该文件；如 WPS 或 Excel 仍能打开，请“另存为” .xlsx 后再试。')
    : corruptFileError(file);
  Object.defineProperty(e, 'cause', { value: err, enumerable: false }); // for --debug; never printed to users
  return e;
}
