import { describe, expect, it } from 'vitest';
import { FupinError, formatError } from '../errors.js';
import { environmentError } from './env-errors.js';

const err = (code: string, extra: Record<string, unknown> = {}) => Object.assign(new Error(`${code}: boom`), { code, ...extra });

describe('environmentError', () => {
  it('a full disk names what was being written and keeps the promise only when asked', () => {
    const e = environmentError(err('ENOSPC', { path: '/srv/county/output/2026-10/.fupin-staging-x/a.xlsx' }),
      { target: '输出目录 output/2026-10', base: '/srv/county', nothingChanged: true });
    expect(e).toBeInstanceOf(FupinError);
    expect(e!.exitCode).toBe(1);
    expect(formatError(e!)).toContain('磁盘空间不足，无法写入输出目录 output/2026-10。数据库和已有的输出文件没有任何改动。');
    expect(formatError(environmentError(err('ENOSPC'))!)).not.toContain('没有任何改动');
  });

  it('SQLite errors name the database; fs errors without a target name their path', () => {
    expect(environmentError(err('SQLITE_FULL'), { database: 'fupin.db' })!.message).toContain('数据库 fupin.db');
    expect(environmentError(err('EACCES', { path: '/srv/county/fupin.db.lock' }), { base: '/srv/county' })!.message).toContain('「fupin.db.lock」');
    expect(environmentError(err('ENOTDIR', { path: '/srv/county/blocked/2026-10' }), { base: '/srv/county' })!.code).toBe('OUTPUT_PATH');
  });

  it('anything else is not an environment error', () => {
    expect(environmentError(new Error('bug'))).toBeNull();
    expect(environmentError(err('ERR_INVALID_ARG_TYPE'))).toBeNull();
    expect(environmentError(new FupinError('DB_NOT_FOUND', { db: 'x.db' }))).toBeNull();
    expect(environmentError(null)).toBeNull();
  });
});
