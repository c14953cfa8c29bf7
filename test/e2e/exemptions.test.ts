// 豁免清单 end to end (product-spec §9.4): exempted findings leave the township lists, appear in 已豁免 with reason and
// document number, carry status `exempted`; expired ones come back noted; unknown rules and rows matching nothing warn.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCounty, type SynthResult } from '../helpers/synth/truth.js';
import { runCli, tmpDir, type CliResult } from '../helpers/cli.js';

describe('exemptions', () => {
  let g: SynthResult;
  let dir: string;
  let out: string;
  let first: any[];
  let second: any[];
  let run: CliResult;
  let picked: { byId: any; byNational: any; expired: any };

  beforeAll(async () => {
    dir = tmpDir('fupin-exempt-');
    g = await generateCounty({ dir, seed: 11, scale: 'small' });
    out = path.join(dir, 'output', g.period);
    const r1 = await runCli(['reconcile', '--config', g.configPath, '--period', g.period, '--json']);
    expect(r1.code, r1.stderr).toBe(0);
    first = JSON.parse(fs.readFileSync(path.join(out, 'findings.json'), 'utf8'));
    const byId = first.find((f) => f.subject === 'person' && f.idNumber && f.township && f.national.length === 0);
    const byNational = first.find((f) => f.national.length > 0 && f.householdId && f.township && f !== byId);
    const expired = first.find((f) => f.rule === 'FOUR_CAT_VEHICLE' && f.householdId && f !== byNational);
    picked = { byId, byNational, expired };
    const rows = [
      ['XX县疑点豁免清单'],
      ['身份证号', '户编号', '规则', '原因', '批准文号', '有效期至'],
      [byId.idNumber, '', byId.rule, '长期外出就学已核实', '某振发〔2026〕11号', '长期'],
      ['', byNational.householdId, byNational.national[0], '县级审批', '某振发〔2026〕12号', '2099-12-31'],
      ['', expired.householdId, 'FOUR_CAT_VEHICLE', '营运车辆', '某振发〔2025〕3号', '2020-01-31'],
      ['', 'HH-NOT-THERE', 'WRONG_EXIT', '无', '无', ''],
      ['', expired.householdId, 'NOT_A_RULE', '无', '无', ''],
    ];
    fs.writeFileSync(path.join(dir, '豁免清单.csv'), '\ufeff' + rows.map((r) => r.join(',')).join('\r\n') + '\r\n');
    const cfg = JSON.parse(fs.readFileSync(g.configPath, 'utf8'));
    cfg.exemptions = '豁免*.csv';
    fs.writeFileSync(g.configPath, JSON.stringify(cfg, null, 2));
    run = await runCli(['reconcile', '--config', g.configPath, '--period', g.period, '--json']);
    second = JSON.parse(fs.readFileSync(path.join(out, 'findings.json'), 'utf8'));
  }, 240_000);

  it('marks the exempted findings `exempted` with their exemption; the rest are unchanged', () => {
    expect(run.code, run.stderr).toBe(0);
    const byFp = new Map(second.map((f) => [f.fingerprint, f]));
    expect(byFp.get(picked.byId.fingerprint)).toMatchObject({ status: 'exempted', exemption: { reason: '长期外出就学已核实', docNo: '某振发〔2026〕11号', validUntil: null } });
    expect(byFp.get(picked.byNational.fingerprint)).toMatchObject({ status: 'exempted', exemption: { validUntil: '2099-12-31' } });
    const back = byFp.get(picked.expired.fingerprint);
    expect(back.status).not.toBe('exempted');
    expect(back.description).toContain('原豁免已于2020-01-31到期，批准文号某振发〔2025〕3号');
    expect(second).toHaveLength(first.length);
    expect(second.filter((f) => f.status === 'exempted')).toHaveLength(2);
  });

  it('warns about the expired row, the row matching nothing and the unknown rule, by file and row', () => {
    const j = JSON.parse(run.stdout);
    const w = j.warnings.join('\n');
    expect(w).toContain('豁免清单.csv 工作表');
    expect(w).toMatch(/第 5 行的豁免已于 2020-01-31 到期/);
    expect(w).toMatch(/第 6 行的豁免没有对应本期任何疑点/);
    expect(w).toMatch(/第 7 行的规则“NOT_A_RULE”/);
    expect(j.counts[picked.byId.rule].exempted).toBeGreaterThanOrEqual(1);
  });

  it('puts them in the county workbook 已豁免 sheet and keeps them off the township lists', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, `整改清单-${g.period}.xlsx`));
    const sheet = wb.getWorksheet('已豁免')!;
    expect(sheet).toBeTruthy();
    const text = JSON.stringify(sheet.getSheetValues());
    expect(text).toContain('长期外出就学已核实');
    expect(text).toContain('某振发〔2026〕12号');
    expect(text).toContain('已豁免');
    const listed = wb.worksheets.filter((w) => !['汇总', '已豁免', '说明', '已销号', '核实不属实'].includes(w.name)).map((w) => JSON.stringify(w.getSheetValues())).join('');
    expect(listed).not.toContain(picked.byId.fingerprint);
    const townDir = path.join(out, '分乡镇');
    for (const f of fs.readdirSync(townDir)) {
      const t = new ExcelJS.Workbook();
      await t.xlsx.readFile(path.join(townDir, f));
      expect(t.getWorksheet('已豁免')).toBeUndefined();
      const all = t.worksheets.map((w) => JSON.stringify(w.getSheetValues())).join('');
      expect(all).not.toContain(picked.byId.fingerprint);
      expect(all).not.toContain(picked.byNational.fingerprint);
    }
  });

  it('history counts exempted findings separately and the report shows them', async () => {
    const h = await runCli(['history', '--json', '--db', path.join(dir, 'fupin.db')], { cwd: dir });
    expect(h.code, h.stderr).toBe(0);
    const periods = JSON.parse(h.stdout);
    const last = periods[periods.length - 1];
    expect(last.rules.reduce((n: number, r: any) => n + r.exempted, 0)).toBe(2);
    const html = fs.readFileSync(path.join(out, fs.readdirSync(out).find((n) => n.endsWith('.html'))!), 'utf8');
    expect(html).toContain('已豁免');
  });
});
