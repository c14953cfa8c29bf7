// The built CLI: help, usage errors, id / sources / rules listings, init, config errors.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectNoStack, runCli, tmpDir } from '../helpers/cli.js';

/** The catalogued code of a failed run with --json (product-spec §9.6). */
const codeOf = (stdout: string): string => JSON.parse(stdout).error.code;

describe('fupin CLI basics', () => {
  it('shows Chinese help with the exit codes', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('reconcile');
    expect(r.stdout).toContain('退出码');
  });

  it('answers an unknown option with exit 2 and a Chinese message', async () => {
    const r = await runCli(['rules', '--bogus']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('未知选项');
    expect(expectNoStack(r.stderr)).toBe(true);
  });

  it('fupin id --json explains valid and invalid numbers', async () => {
    const r = await runCli(['id', '11010519491231002X', '110105194912310021', '4.12722E+17', '--json', '--date', '2026-10-31']);
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(a).toHaveLength(3);
    expect(a[0]).toMatchObject({ valid: true, idNumber: '11010519491231002X', birthDate: '1949-12-31', sex: '女', age: 76, region: '110105' });
    expect(a[1]).toMatchObject({ valid: false, reason: 'CHECKSUM' });
    expect(a[2]).toMatchObject({ valid: false, reason: 'EXCEL_NUMBER' });
    for (const k of ['input', 'valid', 'idNumber', 'reason', 'region', 'birthDate', 'sex', 'age']) expect(a[0]).toHaveProperty(k);
  });

  it('fupin id prints a readable table', async () => {
    const r = await runCli(['id', '11010519491231002X']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('有效');
  });

  it('fupin sources --json lists every kind with fields and aliases', async () => {
    const r = await runCli(['sources', '--json']);
    const a = JSON.parse(r.stdout);
    expect(a.map((k: any) => k.kind)).toEqual(['monitor', 'dibao', 'tekun', 'lowincome', 'deceased', 'medical', 'illness', 'student', 'housing',
      'disability', 'employment', 'staff', 'business', 'property', 'vehicle']);
    const id = a[1].fields.find((f: any) => f.name === 'idNumber');
    expect(id).toMatchObject({ required: true });
    expect(id.aliases).toContain('公民身份号码');
    expect(a[0]).toHaveProperty('title');
    expect(a[0]).toHaveProperty('department');
  });

  it('fupin rules --json lists the catalogue with the contract keys', async () => {
    const r = await runCli(['rules', '--json']);
    const a = JSON.parse(r.stdout);
    const codes = a.map((x: any) => x.code);
    for (const c of ['MISSED', 'FOUR_CAT_STAFF', 'FOUR_CAT_BUSINESS', 'FOUR_CAT_PROPERTY', 'FOUR_CAT_VEHICLE', 'WRONG_EXIT', 'EDU_DROPOUT',
      'MED_UNINSURED', 'HOUSING_UNSAFE', 'DECEASED_LISTED', 'ZERO_EMPLOYMENT', 'ID_INVALID', 'ID_NAME_CONFLICT']) expect(codes).toContain(c);
    for (const k of ['code', 'title', 'category', 'leadDept', 'subject', 'requires', 'params', 'national']) expect(a[0]).toHaveProperty(k);
    expect(a.find((x: any) => x.code === 'QUICK_EXIT').national).toEqual(['2_11_002']);
  });

  it('fupin rules --national lists every national number with its rule or the reason it is not covered', async () => {
    const r = await runCli(['rules', '--national', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(a.find((x: any) => x.code === '5_15_018')).toMatchObject({ rules: ['TEKUN_ABLE_BODIED'], reason: null });
    for (const x of a) expect(x.rules.length > 0 || (typeof x.reason === 'string' && x.reason.length > 0), x.code).toBe(true);
    const t = await runCli(['rules', '--national']);
    expect(t.stdout).toContain('国家校验编号');
    expect(t.stdout).toContain('5_14_020');
    expect(t.stderr).toMatch(/共 \d+ 项国家校验，已覆盖 \d+ 项/);
  });

  it('init writes a starter config that validates, and reconcile says what is missing', async () => {
    const dir = tmpDir();
    const r = await runCli(['init', dir]);
    expect(r.code).toBe(0);
    expect(fs.existsSync(path.join(dir, 'fupin.config.json'))).toBe(true);
    expect(fs.existsSync(path.join(dir, 'fupin.schema.json'))).toBe(true);
    expect(fs.existsSync(path.join(dir, 'input'))).toBe(true);
    const again = await runCli(['init', dir]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('已存在，未做改动');
    const rec = await runCli(['reconcile', '--period', '2026-10', '--json'], { cwd: dir });
    expect(rec.code).toBe(1);
    expect(codeOf(rec.stdout)).toBe('INPUT_DIR_MISSING');
    expect(rec.stderr).toContain('输入目录不存在');
    expect(expectNoStack(rec.stderr)).toBe(true);
  });

  it('a bad config is exit 2 naming the key path', async () => {
    const dir = tmpDir();
    fs.writeFileSync(path.join(dir, 'fupin.config.json'), JSON.stringify({ sources: [{ kind: 'dibao', file: 'x.xlsx', sheeet: 1 }] }));
    const r = await runCli(['reconcile', '--period', '2026-10', '--json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(codeOf(r.stdout)).toBe('CONFIG_INVALID');
    expect(r.stderr).toContain('sources[0]');
    expect(r.stderr).toContain('sheeet');
    const bad = await runCli(['reconcile', '--period', '2026-13', '--json'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(codeOf(bad.stdout)).toBe('BAD_OPTION_VALUE');
  });

  it('a missing config is exit 2 with a hint', async () => {
    const r = await runCli(['reconcile', '--period', '2026-10', '--json'], { cwd: tmpDir() });
    expect(r.code).toBe(2);
    expect(codeOf(r.stdout)).toBe('CONFIG_NOT_FOUND');
    expect(r.stderr).toContain('fupin init');
  });
});
