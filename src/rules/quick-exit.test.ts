import { describe, expect, it } from 'vitest';
import rule from './quick-exit.js';
import { dataset, history, idOfAge, monitorHousehold, runRule } from './test-helpers.js';
import { excelSerialToDate } from '../model/excel-date.js';

describe('QUICK_EXIT', () => {
  const head = idOfAge(50);
  const hh = (f: Record<string, string>, id = 'HH1') =>
    monitorHousehold(id, [{ id: head, name: '褚大' }], { f: { householdType: '一般户', monitorType: '边缘易致贫户', riskEliminated: '是', ...f } });

  it('fires when risk was eliminated fewer than minMonitorMonths whole months after identification', () => {
    const { findings } = runRule(rule, dataset(hh({ identifiedAt: '2024-03-01', eliminatedAt: '2024-08-01' })));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'QUICK_EXIT', category: '风险消除不实', householdId: 'HH1', subject: 'household' });
    expect(findings[0].message).toMatchObject({ id: 'QUICK_EXIT.dates', data: {
      identified: { year: 2024, month: 3 }, eliminated: { year: 2024, month: 8 }, months: 5, min: 6 } });
  });

  it('does not fire at exactly minMonitorMonths, ignoring days; honours the parameter', () => {
    expect(runRule(rule, dataset(hh({ identifiedAt: '2024-03-31', eliminatedAt: '2024-09-01' }))).findings).toEqual([]);
    expect(runRule(rule, dataset(hh({ identifiedAt: '2024-03-01', eliminatedAt: '2024-09-30' })), { minMonitorMonths: 7 }).findings).toHaveLength(1);
    expect(runRule(rule, dataset(hh({ identifiedAt: '2024-03-01', eliminatedAt: '2024-09-30' })), { minMonitorMonths: 6 }).findings).toEqual([]);
  });

  it('reads YYYYMM text and YYYY年M月, and flags an elimination before identification', () => {
    expect(runRule(rule, dataset(hh({ identifiedAt: '202401', eliminatedAt: '202403' }))).findings).toHaveLength(1);
    expect(runRule(rule, dataset(hh({ identifiedAt: '2024年1月', eliminatedAt: '2024年12月' }))).findings).toEqual([]);
    const before = runRule(rule, dataset(hh({ identifiedAt: '2024-05-01', eliminatedAt: '2023-05-01' }))).findings;
    expect(before[0].message).toMatchObject({ id: 'QUICK_EXIT.dates', data: { identified: { year: 2024, month: 5 }, eliminated: { year: 2023, month: 5 }, months: -12 } });
  });

  it('reads a YYYYMM number that the reader took for an Excel date serial', () => {
    // cellText(202301, 'date') gives this date (serial 202301).
    const serial = excelSerialToDate(202301)!.toISOString().slice(0, 10);
    const { findings } = runRule(rule, dataset(hh({ identifiedAt: serial, eliminatedAt: '2023-03-01' })));
    expect(findings[0].message).toMatchObject({ id: 'QUICK_EXIT.dates', data: { identified: { year: 2023, month: 1 } } });
  });

  it('does not fire while risk is not eliminated, and reports unreadable dates', () => {
    expect(runRule(rule, dataset(hh({ riskEliminated: '否', identifiedAt: '2024-03-01', eliminatedAt: '2024-04-01' }))).findings).toEqual([]);
    const { findings, unknowns } = runRule(rule, dataset(hh({ identifiedAt: '去年', eliminatedAt: '2024-04-01' })));
    expect(findings).toEqual([]);
    expect(unknowns).toMatchObject([{ field: 'identifiedAt', value: '去年' }]);
  });

  describe('monitor history, when the export lacks the dates', () => {
    const run = (entries: Parameters<typeof history>[0], over = {}) => {
      const map = new Map([
        ['HH1', history(entries)],
        ['OTHER', history([['2024-01', 'monitored'], ['2024-02', 'monitored']])],
      ]);
      return runRule(rule, dataset(hh({})), over, { monitorHistory: map }).findings;
    };

    it('fires for a household that entered and left within the window', () => {
      const f = run([['2024-03', 'exited'], ['2024-04', 'monitored'], ['2024-05', 'monitored'], ['2024-06', 'eliminated']]);
      expect(f).toHaveLength(1);
      expect(f[0].message).toEqual({ id: 'QUICK_EXIT.history', data: {
        start: { year: 2024, month: 4 }, end: { year: 2024, month: 6 }, endStatus: 'eliminated', months: 2, min: 6 } });
      expect(f[0].basis).toBe('防止返贫致贫监测名单（历次导入）');
    });

    it('does not fire for a run of minMonitorMonths, nor when monitored since history began, nor while monitored', () => {
      const six: Parameters<typeof history>[0] = [['2024-01', 'exited'],
        ...['2024-02', '2024-03', '2024-04', '2024-05', '2024-06', '2024-07'].map((p) => [p, 'monitored'] as [string, 'monitored']),
        ['2024-08', 'exited']];
      expect(run(six)).toEqual([]);
      expect(run(six, { minMonitorMonths: 7 })).toHaveLength(1);
      expect(run([['2024-01', 'monitored'], ['2024-02', 'eliminated']])).toEqual([]);
      expect(run([['2024-02', 'monitored'], ['2024-03', 'eliminated'], ['2024-04', 'monitored']])).toEqual([]);
    });

    it('a household first seen monitored after the history began was identified then', () => {
      expect(run([['2024-02', 'monitored'], ['2024-03', 'eliminated']])).toHaveLength(1);
    });

    it('prefers the export dates when both are there', () => {
      const map = new Map([['HH1', history([['2024-03', 'exited'], ['2024-04', 'monitored'], ['2024-05', 'eliminated']])], ['X', history([['2024-01', 'exited']])]]);
      const data = dataset(hh({ identifiedAt: '2023-01-01', eliminatedAt: '2024-05-01' }));
      expect(runRule(rule, data, {}, { monitorHistory: map }).findings).toEqual([]);
    });
  });
});
