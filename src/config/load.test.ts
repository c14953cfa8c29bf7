import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseConfig, stripJsonComments, loadConfig, lineColumn } from './load.js';
import { lastDayOfPeriod, checkPeriod } from '../model/period.js';
import { FupinError } from '../errors.js';
import { STARTER_CONFIG } from '../app/init.js';

function errorOf(fn: () => unknown): FupinError {
  try { fn(); } catch (e) { return e as FupinError; }
  throw new Error('expected an error');
}

describe('config', () => {
  it('applies the defaults of product-spec §2', () => {
    const c = parseConfig({ sources: [{ kind: 'monitor', file: 'a.xlsx' }] }, 'x.json');
    expect(c.rules.incomeThreshold).toBe(6700);
    expect(c.rules.compulsoryEducationAge).toEqual([6, 15]);
    expect(c.rules.laborAge).toEqual([16, 60]);
    expect(c.rules.illnessSelfPayThreshold).toBe(10000);
    expect(c.rules.vehicleTypes).toContain('K33');
    expect(c.rules.referenceDate).toBeNull();
    expect(c.export.maskIdNumbers).toBe(true);
    expect(c.input).toBe('input/{period}');
  });

  it('rejects unknown keys with their path (a typo is never ignored)', () => {
    const e = errorOf(() => parseConfig({ sources: [{ kind: 'monitor', file: 'a.xlsx' }], rules: { incomeThreshhold: 1 } }, 'x.json'));
    expect(e.exitCode).toBe(2);
    expect(e.message).toContain('rules');
    expect(e.message).toContain('incomeThreshhold');
    expect(e.message).toContain('不认识的配置项');
  });

  it('names the key path of a wrong type and an unknown kind', () => {
    const e = errorOf(() => parseConfig({ sources: [{ kind: 'monitor', file: 'a.xlsx', headerRow: '3' }, { kind: 'cars', file: 'b' }] }, 'x.json'));
    expect(e.message).toContain('sources[0].headerRow');
    expect(e.message).toContain('sources[1].kind');
  });

  it('rejects a columns key that is not a field of the kind', () => {
    const e = errorOf(() => parseConfig({ sources: [{ kind: 'dibao', file: 'a.xlsx', columns: { idnumber: '身份证' } }] }, 'x.json'));
    expect(e.exitCode).toBe(2);
    expect(e.message).toContain('sources[0].columns.idnumber');
  });

  it('requires at least one source', () => {
    const e = errorOf(() => parseConfig({ sources: [] }, 'x.json'));
    expect(e.message).toContain('sources');
  });

  it('reads the commented starter config', () => {
    const c = parseConfig(JSON.parse(stripJsonComments(STARTER_CONFIG)), 'fupin.config.json');
    expect(c.sources.length).toBeGreaterThan(10);
    expect(c.export.splitBy).toBe('township');
  });

  it('keeps // inside strings', () => {
    expect(JSON.parse(stripJsonComments('{"a": "http://x" // c\n}'))).toEqual({ a: 'http://x' });
  });

  it('computes the last day of a period and validates periods', () => {
    expect(lastDayOfPeriod('2024-02')).toBe('2024-02-29');
    expect(lastDayOfPeriod('2026-10')).toBe('2026-10-31');
    expect(checkPeriod('2026-10')).toBe('2026-10');
    expect(errorOf(() => checkPeriod('2026-13')).exitCode).toBe(2);
    expect(errorOf(() => checkPeriod('202610')).exitCode).toBe(2);
  });

  it('says a value is wrong, and which value, rather than missing', () => {
    const e = errorOf(() => parseConfig({ sources: [{ kind: 'monitor', file: 'a.xlsx' }], rules: { incomeThreshold: '6700元' } }, 'x.json'));
    expect([e.code, e.exitCode]).toEqual(['CONFIG_INVALID', 2]);
    expect(e.data).toEqual({ file: 'x.json', issues: [expect.stringMatching(/^rules\.incomeThreshold：取值 "6700元" 不对，/)] });
    expect(e.message).toContain('rules.incomeThreshold');
    expect(e.message).toContain('"6700元"');
    expect(e.message).toContain('应为数字');
    expect(e.message).not.toContain('缺少此项');
    const m = errorOf(() => parseConfig({}, 'x.json'));
    expect(m.message).toContain('sources：缺少此项');
    const v = errorOf(() => parseConfig({ sources: [{ kind: 'cars', file: 'a.xlsx' }] }, 'x.json'));
    expect(v.message).toContain('"cars"');
    const n = errorOf(() => parseConfig({ sources: [{ kind: 'monitor', file: 'a.xlsx' }], rules: { incomeThreshold: -5 } }, 'x.json'));
    expect(n.message).toContain('-5');
  });

  it('rejects a reference date that is not a real day', () => {
    const e = errorOf(() => parseConfig({ sources: [{ kind: 'monitor', file: 'a.xlsx' }], rules: { referenceDate: '2026-02-30' } }, 'x.json'));
    expect(e.exitCode).toBe(2);
    expect(e.message).toContain('rules.referenceDate');
    expect(e.message).toContain('这一天不存在');
    expect(parseConfig({ sources: [{ kind: 'monitor', file: 'a.xlsx' }], rules: { referenceDate: '2024-02-29' } }, 'x.json').rules.referenceDate).toBe('2024-02-29');
  });

  it('accepts exactly the engine codes in rules.disabled (as the engine compares them) and lists them otherwise', () => {
    const c = parseConfig({ sources: [{ kind: 'monitor', file: 'a.xlsx' }], rules: { disabled: [' zero_employment ', 'MISSED'] } }, 'x.json');
    expect(c.rules.disabled).toEqual(['ZERO_EMPLOYMENT', 'MISSED']);
    const e = errorOf(() => parseConfig({ sources: [{ kind: 'monitor', file: 'a.xlsx' }], rules: { disabled: ['ZERO_EMPLOYMNT'] } }, 'x.json'));
    expect(e.exitCode).toBe(2);
    expect(e.code).toBe('CONFIG_UNKNOWN_RULE');
    expect(e.data).toMatchObject({ file: 'x.json', codes: ['ZERO_EMPLOYMNT'], available: expect.arrayContaining(['ZERO_EMPLOYMENT', 'INCOME_BELOW_LINE']) });
    expect(e.message).toContain('rules.disabled：不认识的规则代码 "ZERO_EMPLOYMNT"（可用：'); // rendering
  });

  it('names a columns key the kind does not have (CONFIG_UNKNOWN_FIELD)', () => {
    const e = errorOf(() => parseConfig({ sources: [{ kind: 'monitor', file: 'a.xlsx' }, { kind: 'dibao', file: 'b.xlsx', columns: { idNo: '证件号' } }] }, 'x.json'));
    expect([e.code, e.exitCode]).toEqual(['CONFIG_UNKNOWN_FIELD', 2]);
    expect(e.data).toMatchObject({ file: 'x.json', fields: [{ source: 1, kind: 'dibao', field: 'idNo', available: expect.arrayContaining(['idNumber']) }] });
    expect(e.message).toContain('sources[1].columns.idNo：dibao 没有字段 "idNo"'); // rendering
  });

  it('gives the line and column of a JSON syntax error, counting comments', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fupin-cfg-'));
    const f = path.join(dir, 'fupin.config.json');
    fs.writeFileSync(f, '// 注释\n{\n  "county": "示例县", /* 块注释 */\n  "sources": [ { "kind": "monitor" "file": "a.xlsx" } ]\n}\n');
    const e = errorOf(() => loadConfig(f));
    expect(e.exitCode).toBe(2);
    expect(e.code).toBe('CONFIG_SYNTAX');
    expect(e.data).toMatchObject({ file: 'fupin.config.json', line: 4, column: 36 }); // the "file" that needs a comma before it
    expect(e.message).toContain('第 4 行第 36 列');
    expect(e.message).not.toContain('position');
    fs.writeFileSync(f, '{\n  "sources": [\n');
    expect(errorOf(() => loadConfig(f)).message).toMatch(/第 2 行第 \d+ 列/);
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
