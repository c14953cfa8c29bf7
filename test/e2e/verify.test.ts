// The verification loop: a township re-sorts its list, inserts a column, deletes rows, fills 核实结果;
// `fupin verify` still matches every remaining row, and 不属实 findings leave the list while evidence is unchanged.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCounty, type SynthResult } from '../../src/synth/index.js';
import { runCli, tmpDir } from '../helpers/cli.js';

describe('fupin verify', () => {
  let g: SynthResult;
  let out: string;
  let returned: string;
  let kept: { fp: string; verdict: string }[] = [];
  beforeAll(async () => {
    const dir = tmpDir('fupin-verify-');
    g = await generateCounty({ dir, seed: 3, scale: 'small' });
    const r = await runCli(['reconcile', '--config', g.configPath, '--period', g.period, '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    out = path.join(dir, 'output', g.period);

    // Simulate a township editing the list in WPS/Excel.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, `整改清单-${g.period}.xlsx`));
    const ws = wb.worksheets.find((w) => w.name === '四类人员')!;
    const header = (ws.getRow(1).values as unknown[]).slice(1).map(String);
    const fpCol = header.indexOf('编号(请勿修改)');
    const resCol = header.indexOf('核实结果');
    const noteCol = header.indexOf('核实说明');
    const rows: unknown[][] = [];
    ws.eachRow((row, i) => { if (i > 1) rows.push((row.values as unknown[]).slice(1)); });
    expect(rows.length).toBeGreaterThanOrEqual(4);
    rows.reverse();                 // re-sorted
    rows.splice(1, 1);              // a row deleted
    const nb = new ExcelJS.Workbook();
    const ns = nb.addWorksheet('核实后');
    ns.addRow(['县里下发的清单，请核实']);                      // a title row added above
    ns.addRow(['备注列', ...header]);                          // a column inserted at the left
    rows.forEach((r, i) => {
      const verdict = i === 0 ? '不属实' : i === 1 ? '属实' : i === 2 ? '待查' : '';
      r[resCol] = verdict;
      r[noteCol] = verdict ? '入户核实' : '';
      ns.addRow([`乡镇备注${i}`, ...r]);
      kept.push({ fp: String(r[fpCol]), verdict });
    });
    ns.addRow(['', ...header.map(() => '')]);
    returned = path.join(dir, '返回-四类人员.xlsx');
    await nb.xlsx.writeFile(returned);
  }, 180_000);

  it('matches every remaining row by fingerprint and reports the unrecognised verdict', async () => {
    // No --db: the database is found through fupin.config.json in the working directory.
    const r = await runCli(['verify', returned], { cwd: path.dirname(g.configPath) });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`读取 ${kept.length} 行，对上 ${kept.length} 条`);
    expect(r.stderr).toContain('属实 1，不属实 1');
    expect(r.stderr).toContain('无法识别');
    expect(r.stderr).not.toMatch(/\d{17}[\dX]/);
  });

  it('a 不属实 finding with unchanged evidence moves to the 核实不属实 sheet on the next run', async () => {
    const r = await runCli(['reconcile', '--config', g.configPath, '--period', g.period, '--json', '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    const findings = JSON.parse(fs.readFileSync(path.join(out, 'findings.json'), 'utf8'));
    const falseFp = kept.find((k) => k.verdict === '不属实')!.fp;
    const trueFp = kept.find((k) => k.verdict === '属实')!.fp;
    expect(findings.map((f: any) => f.fingerprint)).not.toContain(falseFp);
    expect(findings.map((f: any) => f.fingerprint)).toContain(trueFp);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, `整改清单-${g.period}.xlsx`));
    const fpSheet = wb.worksheets.find((w) => w.name === '核实不属实');
    expect(fpSheet).toBeTruthy();
    const texts: string[] = [];
    fpSheet!.eachRow((row) => texts.push((row.values as unknown[]).map(String).join('|')));
    expect(texts.join('\n')).toContain(falseFp);
  });

  it('a file that is not a returned list is an input error and records nothing', async () => {
    const r = await runCli(['verify', path.join(out, `数据质量-${g.period}.xlsx`), '--db', path.join(path.dirname(g.configPath), 'fupin.db')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('编号');
  });
});
