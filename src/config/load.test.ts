import { describe, expect, it } from 'vitest';
import { parseConfig, stripJsonComments, lastDayOfPeriod, checkPeriod } from './load.js';
import { FupinError } from '../errors.js';
import { STARTER_CONFIG } from '../cli/commands/init.js';

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
});
