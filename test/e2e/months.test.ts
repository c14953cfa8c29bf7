// Three consecutive generated months: statuses new / persisting / resolved, the 已销号 sheet, a 不属实 verdict that holds
// while evidence is unchanged and lapses when it changes, and `history --json`.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCounty } from '../helpers/synth/truth.js';
import { runCli, tmpDir } from '../helpers/cli.js';
import { compareWithTruth, truthKey, type FindingJson } from '../helpers/truth.js';

const PERIODS = ['2026-10', '2026-11', '2026-12'];

describe('month to month', () => {
  let dir: string;
  let config: string;
  const summaries: Record<string, any> = {};
  const findings = (p: string): FindingJson[] => JSON.parse(fs.readFileSync(path.join(dir, 'output', p, 'findings.json'), 'utf8'));
  const reconcile = async (p: string) => {
    const r = await runCli(['reconcile', '--config', config, '--period', p, '--json', '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    summaries[p] = JSON.parse(r.stdout);
  };
  let A: FindingJson;
  let B: FindingJson;

  beforeAll(async () => {
    dir = tmpDir('fupin-months-');
    for (const month of [0, 1, 2]) await generateCounty({ dir, seed: 1, scale: 'small', month });
    config = path.join(dir, 'fupin.config.json');
    await reconcile(PERIODS[0]);
    await reconcile(PERIODS[1]); // a first look at November, to pick findings that persist

    const oct = findings(PERIODS[0]);
    const nov = new Set(findings(PERIODS[1]).map((f) => f.fingerprint));
    const persisting = oct.filter((f) => f.rule === 'FOUR_CAT_VEHICLE' && nov.has(f.fingerprint));
    expect(persisting.length).toBeGreaterThanOrEqual(2);
    [A, B] = persisting;

    // The township marks A and B 不属实 on the October list and returns it.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'output', PERIODS[0], `整改清单-${PERIODS[0]}.xlsx`));
    const ws = wb.getWorksheet('四类人员')!;
    const header = (ws.getRow(2).values as unknown[]).map(String); // row 1: the title
    const fpCol = header.indexOf('编号(请勿修改)');
    const resCol = header.indexOf('核实结果');
    ws.eachRow((row, i) => {
      if (i > 2 && [A.fingerprint, B.fingerprint].includes(String(row.getCell(fpCol).value))) row.getCell(resCol).value = '不属实';
    });
    const returned = path.join(dir, '返回.xlsx');
    await wb.xlsx.writeFile(returned);
    const v = await runCli(['verify', returned, '--db', path.join(dir, 'fupin.db')]);
    expect(v.code, v.stderr).toBe(0);
    expect(v.stderr).toContain('不属实 2');

    // B's evidence changes in November: the vehicle roster now shows another plate for the same car owner.
    const ev = findings(PERIODS[1]).find((f) => f.fingerprint === B.fingerprint)!.evidence.find((e) => e.kind === 'vehicle')!;
    const file = path.join(dir, 'input', PERIODS[1], ev.file);
    const vw = new ExcelJS.Workbook();
    await vw.xlsx.readFile(file);
    const sheet = vw.getWorksheet(ev.sheet)!;
    let plateCol = 0;
    sheet.eachRow((row) => { row.eachCell((c, col) => { if (!plateCol && String(c.value).includes('号牌号码')) plateCol = col; }); });
    expect(plateCol).toBeGreaterThan(0);
    sheet.getRow(ev.row).getCell(plateCol).value = '贵F·Z9999';
    await vw.xlsx.writeFile(file);

    await reconcile(PERIODS[1]); // re-run replaces November (idempotent)
    await reconcile(PERIODS[2]);
  }, 300_000);

  it('each month finds exactly its planted problems (listed or kept off as 不属实)', () => {
    for (const p of PERIODS) {
      const c = compareWithTruth(path.join(dir, 'output', p, 'findings.json'), path.join(dir, `truth-${p}.json`));
      // Kept off the list as 不属实: A from November on; B only in December, when its evidence is back to what was verified.
      const off = p === PERIODS[0] ? [] : p === PERIODS[1] ? [`FOUR_CAT_VEHICLE|${truthKey(A)}`]
        : [`FOUR_CAT_VEHICLE|${truthKey(A)}`, `FOUR_CAT_VEHICLE|${truthKey(B)}`];
      expect(c.missing.filter((k) => !off.includes(k)), p).toEqual([]);
      expect(c.extra, p).toEqual([]);
    }
  });

  it('marks new and persisting, and counts last month\'s findings that stopped firing as resolved', () => {
    const oct = new Set(findings(PERIODS[0]).map((f) => f.fingerprint));
    for (const f of findings(PERIODS[1])) expect(f.status).toBe(oct.has(f.fingerprint) ? 'persisting' : 'new');
    const novPrev = findings(PERIODS[0]);
    const novNow = new Set([...findings(PERIODS[1]).map((f) => f.fingerprint), A.fingerprint]);
    const resolved = novPrev.filter((f) => !novNow.has(f.fingerprint)).length;
    const counted = Object.values(summaries[PERIODS[1]].counts).reduce((s: number, c: any) => s + c.resolved, 0);
    expect(resolved).toBeGreaterThan(0);
    expect(counted).toBe(resolved);
  });

  it('lists resolved findings on the 已销号 sheet', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'output', PERIODS[1], `整改清单-${PERIODS[1]}.xlsx`));
    const ws = wb.getWorksheet('已销号')!;
    const counted = Object.values(summaries[PERIODS[1]].counts).reduce((s: number, c: any) => s + c.resolved, 0);
    expect(ws.actualRowCount - 3).toBe(counted); // title, header and the signature line
  });

  it('a 不属实 verdict holds while evidence is unchanged and lapses when it changes', async () => {
    const nov = findings(PERIODS[1]);
    expect(nov.map((f) => f.fingerprint)).not.toContain(A.fingerprint);
    const b = nov.find((f) => f.fingerprint === B.fingerprint)!;
    expect(b.status).toBe('persisting');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'output', PERIODS[1], `整改清单-${PERIODS[1]}.xlsx`));
    const texts: string[] = [];
    wb.getWorksheet('核实不属实')!.eachRow((row) => texts.push((row.values as unknown[]).map(String).join('|')));
    expect(texts.join('\n')).toContain(A.fingerprint);
    expect(texts.join('\n')).not.toContain(B.fingerprint);
    expect(summaries[PERIODS[1]].counts.FOUR_CAT_VEHICLE.falsePositive).toBe(1);
  });

  it('history --json reports every period with per-rule counts and the false-positive share', async () => {
    const r = await runCli(['history', '--json', '--db', path.join(dir, 'fupin.db')]);
    expect(r.code, r.stderr).toBe(0);
    const h = JSON.parse(r.stdout);
    expect(h.map((x: any) => x.period)).toEqual(PERIODS);
    const dec = h[2].rules.find((x: any) => x.rule === 'FOUR_CAT_VEHICLE');
    expect(dec).toMatchObject({ verified: expect.any(Number), verifiedFalse: expect.any(Number) });
    expect(dec.maxOpenMonths).toBeGreaterThanOrEqual(2);
    const nov = h[1].rules.find((x: any) => x.rule === 'FOUR_CAT_VEHICLE');
    expect(nov.falsePositiveShare).toBe(1);
    for (const p of h) for (const x of p.rules) expect(x.total).toBe(x.new + x.persisting);
  });

  it('fupin findings filters by period, rule and status', async () => {
    const r = await runCli(['findings', '--period', PERIODS[2], '--rule', 'FOUR_CAT_VEHICLE', '--format', 'json', '--db', path.join(dir, 'fupin.db')]);
    expect(r.code, r.stderr).toBe(0);
    const rows = JSON.parse(r.stdout);
    expect(rows.length).toBeGreaterThan(0);
    for (const x of rows) expect(x.rule).toBe('FOUR_CAT_VEHICLE');
    const csv = await runCli(['findings', '--period', PERIODS[2], '--format', 'csv', '--db', path.join(dir, 'fupin.db')]);
    expect(csv.stdout.startsWith('\ufeff')).toBe(true);
    expect(csv.stdout).not.toMatch(/\d{17}[\dX]/); // masked unless --no-mask
  });
});
