import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { householdStatus, loadMonitorHistory } from './monitor-history.js';
import { MIGRATIONS } from '../store/schema.js';

describe('monitor household status', () => {
  it('reads eliminated, monitored and exited from the export fields', () => {
    expect(householdStatus({ riskEliminated: '是', monitorType: '边缘易致贫户' })).toBe('eliminated');
    expect(householdStatus({ riskEliminated: '否', monitorType: '边缘易致贫户' })).toBe('monitored');
    expect(householdStatus({ householdType: '脱贫户' })).toBe('exited');
    expect(householdStatus({ householdType: '一般户' })).toBeNull();
  });

  it('builds a month-by-month path per household from stored imports', () => {
    const db = new Database(':memory:');
    // Stored in the version-3 layout (one row per record); migration 4 below moves them into chunks.
    for (const m of MIGRATIONS.slice(0, 3)) db.exec(m);
    const imp = db.prepare(`INSERT INTO imports (kind, period, file, sha256, sheets, rows_read, rows_used, rows_rejected, imported_at)
      VALUES ('monitor', ?, 'm.xlsx', ?, '[]', 1, 1, 0, 'x')`);
    const rec = db.prepare(`INSERT INTO records (import_id, sheet, row, id_number, name, household_id, data) VALUES (?, 'S', 2, 'id', 'n', 'HH1', ?)`);
    const months: [string, Record<string, string>][] = [
      ['2026-08', { monitorType: '突发严重困难户', riskEliminated: '否' }],
      ['2026-09', { monitorType: '突发严重困难户', riskEliminated: '是' }],
      ['2026-10', { monitorType: '突发严重困难户', riskEliminated: '是' }],
    ];
    for (const [p, f] of months) rec.run(Number(imp.run(p, p).lastInsertRowid), JSON.stringify(f));
    for (const m of MIGRATIONS.slice(3)) db.exec(m);
    expect(loadMonitorHistory(db, '2026-09').get('HH1')).toEqual([
      { period: '2026-08', status: 'monitored' }, { period: '2026-09', status: 'eliminated' },
    ]);
    expect(loadMonitorHistory(db, '2026-10').get('HH1')).toHaveLength(3);
  });
});
