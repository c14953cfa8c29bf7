// fupin reconcile end to end on a generated county: every rule fires exactly on the planted cases; outputs per §6.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCounty, type SynthResult } from '../helpers/synth/truth.js';
import { runCli, tmpDir, expectNoStack, type CliResult } from '../helpers/cli.js';
import { compareWithTruth } from '../helpers/truth.js';

const ALL_RULES = ['MISSED', 'FOUR_CAT_STAFF', 'FOUR_CAT_BUSINESS', 'FOUR_CAT_PROPERTY', 'FOUR_CAT_VEHICLE', 'WRONG_EXIT', 'EDU_DROPOUT',
  'MED_UNINSURED', 'HOUSING_UNSAFE', 'DECEASED_LISTED', 'ZERO_EMPLOYMENT', 'ID_INVALID', 'ID_NAME_CONFLICT',
  // issue 7: roster lint and rules that need dates or assistance fields
  'HH_STRUCTURE', 'SEX_MISMATCH', 'DUPLICATE_PERSON', 'AGE_FIELD_MISMATCH', 'FLAG_CONTRADICTION', 'QUICK_EXIT',
  'NO_LABOR_ELIMINATED', 'NO_ASSISTANCE', 'WATER_UNSAFE', 'INCOME_BELOW_LINE',
  // issue 12: national numbered checks
  'TEKUN_ABLE_BODIED', 'RISK_MISMATCH', 'WORK_RECORD_IMPLAUSIBLE', 'MEASURE_MISMATCH', 'MONITOR_FIELD_MISSING', 'EDUCATION_RECORD_CONFLICT', 'LAND_AREA_IMPLAUSIBLE'];

describe('reconcile on a generated county', () => {
  let g: SynthResult;
  let run: CliResult;
  let out: string;
  beforeAll(async () => {
    const dir = tmpDir('fupin-county-');
    g = await generateCounty({ dir, seed: 7, scale: 'small' });
    run = await runCli(['reconcile', '--config', g.configPath, '--period', g.period, '--json']);
    out = path.join(dir, 'output', g.period);
  }, 180_000);

  it('exits 0 and prints only JSON on stdout, with the contract keys', () => {
    expect(run.code, run.stderr).toBe(0);
    const j = JSON.parse(run.stdout);
    for (const k of ['period', 'sources', 'rulesRun', 'rulesSkipped', 'counts', 'outputs']) expect(j).toHaveProperty(k);
    expect(j.period).toBe(g.period);
    for (const s of j.sources) {
      expect(s.rowsRead).toBe(s.rowsUsed + s.rowsRejected);
      for (const k of ['kind', 'files', 'rowsRead', 'rowsUsed', 'rowsRejected']) expect(s).toHaveProperty(k);
    }
    expect(j.rulesSkipped).toEqual([]);
    for (const r of ALL_RULES) expect(j.rulesRun).toContain(r);
    for (const o of j.outputs) expect(fs.existsSync(o)).toBe(true);
  });

  it('finds every planted problem and nothing else (recall 1, precision 1)', () => {
    const c = compareWithTruth(path.join(out, 'findings.json'), g.truthPath);
    expect(c.missing).toEqual([]);
    expect(c.extra).toEqual([]);
    for (const r of ALL_RULES) expect(c.rules.has(r), `truth plants ${r}`).toBe(true);
  });

  it('every finding carries evidence, a description and a stable fingerprint', () => {
    const f = JSON.parse(fs.readFileSync(path.join(out, 'findings.json'), 'utf8'));
    for (const x of f) {
      expect(x.evidence.length).toBeGreaterThan(0);
      for (const e of x.evidence) expect(e).toMatchObject({ kind: expect.any(String), file: expect.any(String), sheet: expect.any(String), row: expect.any(Number) });
      expect(x.description.length).toBeGreaterThan(5);
      expect(x.fingerprint).toMatch(/^[0-9a-f]{8,}$/);
      expect(x.status).toBe('new');
    }
    expect(new Set(f.map((x: any) => x.fingerprint)).size).toBe(f.length);
  });

  it('writes the outputs with mode 0600 and no temporary files', () => {
    for (const name of ['findings.json', 'findings.csv', `整改清单-${g.period}.xlsx`, `数据质量-${g.period}.xlsx`]) {
      expect(fs.statSync(path.join(out, name)).mode & 0o777).toBe(0o600);
    }
    const all = fs.readdirSync(out, { recursive: true }) as string[];
    expect(all.filter((n) => /tmp|staging/.test(n))).toEqual([]);
    expect(fs.readFileSync(path.join(out, 'findings.csv')).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('the rectification workbook reads back: sheets, headers, frozen row, rows = findings, IDs masked', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, `整改清单-${g.period}.xlsx`));
    const names = wb.worksheets.map((w) => w.name);
    expect(names[0]).toBe('汇总');
    expect(names[names.length - 1]).toBe('说明');
    const findings = JSON.parse(fs.readFileSync(path.join(out, 'findings.json'), 'utf8'));
    let rows = 0;
    const header = ['序号', '乡镇', '村', '户编号', '户主姓名', '户主身份证号', '问题人员姓名', '问题人员身份证号', '问题类型', '问题描述', '比对依据',
      '牵头单位', '状态', '核实结果', '核实说明', '整改措施', '整改时限', '责任人'];
    for (const ws of wb.worksheets.slice(1, -1)) {
      // Row 1 is the title (county, township, period); the last two rows are the signature block.
      expect(String(ws.getRow(1).getCell(1).value)).toContain(`（${g.period}）`);
      const h = (ws.getRow(2).values as unknown[]).slice(1);
      expect(h.slice(0, header.length)).toEqual(header);
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
      expect(ws.autoFilter).toBeTruthy();
      rows += ws.actualRowCount - 3;
      ws.eachRow((row, i) => {
        if (i <= 2) return;
        const text = (row.values as unknown[]).map((v) => String(v ?? '')).join(' ');
        expect(text).not.toMatch(/\d{17}[\dX]/); // masked by default
      });
    }
    expect(rows).toBe(findings.length);
  });

  it('writes one workbook per township', () => {
    const dir = path.join(out, '分乡镇');
    const files = fs.readdirSync(dir);
    expect(files.length).toBeGreaterThan(1);
    for (const f of files) expect(fs.statSync(path.join(dir, f)).mode & 0o777).toBe(0o600);
    // Findings without a township stay in the county workbook: no made-up township gets a file.
    expect(files.filter((f) => f.includes('未知乡镇'))).toEqual([]);
    const findings = JSON.parse(fs.readFileSync(path.join(out, 'findings.json'), 'utf8')) as { township: string | null; subject: string }[];
    const townships = [...new Set(findings.filter((f) => f.township && f.subject !== 'row').map((f) => f.township!))];
    // Each township with household findings gets its visit forms (入户核查表) next to its list.
    for (const t of townships) expect(files).toContain(`入户核查表-${g.period}-${t}.xlsx`);
  });

  it('writes each providing department its own data-quality list (分部门)', () => {
    const files = fs.readdirSync(path.join(out, '分部门'));
    expect(files.length).toBeGreaterThan(1);
    for (const f of files) {
      expect(f).toMatch(new RegExp(`^数据质量-${g.period}-.+\\.xlsx$`));
      expect(fs.statSync(path.join(out, '分部门', f)).mode & 0o777).toBe(0o600);
    }
  });

  it('prints no ID number or name on stderr', () => {
    expect(run.stderr).not.toMatch(/\d{17}[\dX]/);
    expect(expectNoStack(run.stderr)).toBe(true);
  });

  it('re-running the same period is idempotent', async () => {
    const again = await runCli(['reconcile', '--config', g.configPath, '--period', g.period, '--json']);
    expect(again.code).toBe(0);
    const a = JSON.parse(run.stdout).counts;
    const b = JSON.parse(again.stdout).counts;
    expect(b).toEqual(a);
  });
});
