// The verification loop: a township re-sorts its list, inserts a column, deletes rows, fills 核实结果;
// `fupin verify` still matches every remaining row, and 不属实 findings leave the list while evidence is unchanged.
// Whatever comes back and cannot be recorded is reported per file and sheet, with exit 1 (product-spec §9.5).
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCounty, type SynthResult } from '../helpers/synth/truth.js';
import { ROOT, runCli, tmpDir, expectNoStack } from '../helpers/cli.js';
import { libreOfficeConvert, hasLibreOffice } from '../helpers/libreoffice.js';

/** Row number of a list sheet's header (our lists carry a title row above it). */
export function headerRowOf(ws: ExcelJS.Worksheet): number {
  for (let i = 1; i <= 10; i++) if (ws.getRow(i).getCell(1).value === '序号') return i;
  throw new Error(`no header in ${ws.name}`);
}

function headerOf(ws: ExcelJS.Worksheet): string[] {
  return (ws.getRow(headerRowOf(ws)).values as unknown[]).slice(1).map(String);
}

function dataRows(ws: ExcelJS.Worksheet): unknown[][] {
  const h = headerRowOf(ws);
  const rows: unknown[][] = [];
  ws.eachRow((row, i) => {
    const v = (row.values as unknown[]).slice(1);
    // Data rows have a 序号; the signature block below the list does not.
    if (i > h && typeof v[0] === 'number') rows.push(v);
  });
  return rows;
}

function verifications(db: string): Map<string, string | null> {
  const d = new Database(db, { readonly: true });
  try {
    return new Map((d.prepare('SELECT fingerprint, result FROM verifications').all() as { fingerprint: string; result: string | null }[]).map((r) => [r.fingerprint, r.result]));
  } finally {
    d.close();
  }
}

describe('fupin verify', () => {
  let g: SynthResult;
  let dir: string;
  let out: string;
  let dbPath: string;
  let returned: string;
  const kept: { fp: string; verdict: string }[] = [];
  beforeAll(async () => {
    dir = tmpDir('fupin-verify-');
    g = await generateCounty({ dir, seed: 3, scale: 'small' });
    const r = await runCli(['reconcile', '--config', g.configPath, '--period', g.period, '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    out = path.join(dir, 'output', g.period);
    dbPath = path.join(path.dirname(g.configPath), 'fupin.db');

    // Simulate a township editing the list in WPS/Excel.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, `整改清单-${g.period}.xlsx`));
    const ws = wb.worksheets.find((w) => w.name === '四类人员')!;
    const header = headerOf(ws);
    const fpCol = header.indexOf('编号(请勿修改)');
    const resCol = header.indexOf('核实结果');
    const noteCol = header.indexOf('核实说明');
    const rows = dataRows(ws);
    expect(rows.length).toBeGreaterThanOrEqual(4);
    rows.reverse();                 // re-sorted
    rows.splice(1, 1);              // a row deleted
    const nb = new ExcelJS.Workbook();
    const ns = nb.addWorksheet('核实后');
    ns.addRow(['县里下发的清单，请核实']);                      // a title row added above
    ns.addRow(['备注列', ...header]);                          // a column inserted at the left
    rows.forEach((r, i) => {
      const verdict = i === 0 ? '不属实' : i === 1 ? '属实' : '';
      r[resCol] = verdict;
      r[noteCol] = verdict ? '入户核实' : '';
      ns.addRow([`乡镇备注${i}`, ...r]);
      kept.push({ fp: String(r[fpCol]), verdict });
    });
    ns.addRow(['', ...header.map(() => '')]);
    returned = path.join(dir, '返回-四类人员.xlsx');
    await nb.xlsx.writeFile(returned);
  }, 180_000);

  it('matches every remaining row by fingerprint, whatever the order and added columns', async () => {
    // No --db: the database is found through fupin.config.json in the working directory.
    const r = await runCli(['verify', returned], { cwd: path.dirname(g.configPath) });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`读取 ${kept.length} 行，对上 ${kept.length} 条，记录 2 条（属实 1，不属实 1）`);
    expect(r.stderr).not.toMatch(/\d{17}[\dX]/);
    const v = verifications(dbPath);
    expect(v.get(kept[0].fp)).toBe('不属实');
    expect(v.get(kept[1].fp)).toBe('属实');
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
    const before = verifications(dbPath);
    const r = await runCli(['verify', path.join(out, `数据质量-${g.period}.xlsx`), '--db', dbPath]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('编号');
    expect(r.stderr).toContain('不是 fupin 下发的整改清单');
    expect(expectNoStack(r.stderr)).toBe(true);
    expect(verifications(dbPath)).toEqual(before);
  });
});

describe('fupin verify never loses an answer', () => {
  let g: SynthResult;
  let dir: string;
  let dbPath: string;
  let list: string;
  let fourFps: string[];
  beforeAll(async () => {
    dir = tmpDir('fupin-verify2-');
    g = await generateCounty({ dir, seed: 3, scale: 'small' });
    const r = await runCli(['reconcile', '--config', g.configPath, '--period', g.period, '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    dbPath = path.join(path.dirname(g.configPath), 'fupin.db');
    list = path.join(dir, 'output', g.period, `整改清单-${g.period}.xlsx`);
    const findings = JSON.parse(fs.readFileSync(path.join(dir, 'output', g.period, 'findings.json'), 'utf8')) as any[];
    fourFps = findings.filter((f) => f.category === '四类人员').map((f) => f.fingerprint);
  }, 180_000);

  /** The county list with `edit` applied to the workbook, saved under `name`. */
  async function edited(name: string, edit: (wb: ExcelJS.Workbook) => void): Promise<string> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(list);
    edit(wb);
    const file = path.join(dir, name);
    await wb.xlsx.writeFile(file);
    return file;
  }

  function setVerdicts(ws: ExcelJS.Worksheet, verdicts: string[]): string[] {
    const h = headerRowOf(ws);
    const header = headerOf(ws);
    const res = header.findIndex((x) => x.startsWith('核实结果')) + 1;
    const fp = header.indexOf('编号(请勿修改)') + 1;
    const fps: string[] = [];
    verdicts.forEach((v, i) => {
      const row = ws.getRow(h + 1 + i);
      row.getCell(res).value = v;
      fps.push(String(row.getCell(fp).value));
    });
    return fps;
  }

  it('reports a sheet without 编号, accepts a renamed 核实结果 and "属实。", lists deleted rows, exits 1 after recording the rest', async () => {
    let recorded: string[] = [];
    let deleted = '';
    const file = await edited('返回-甲.xlsx', (wb) => {
      const four = wb.getWorksheet('四类人员')!;
      const h = headerRowOf(four);
      four.getRow(h).getCell(headerOf(four).indexOf('核实结果') + 1).value = '核实结果（属实/不属实）';
      recorded = setVerdicts(four, ['属实。', ' 不属实 ', '属实']);
      // The township deletes the fourth row.
      deleted = String(four.getRow(h + 4).getCell(headerOf(four).indexOf('编号(请勿修改)') + 1).value);
      four.spliceRows(h + 4, 1);
      // Another sheet loses its 编号 column but carries an answer.
      const other = wb.worksheets.find((w) => w.name !== '四类人员' && w.name !== '汇总' && w.name !== '说明' && w.name !== '已销号')!;
      setVerdicts(other, ['不属实']);
      other.spliceColumns(headerOf(other).indexOf('编号(请勿修改)') + 1, 1);
    });
    const r = await runCli(['verify', file, '--db', dbPath, '--json']);
    expect(r.code, r.stderr).toBe(1);
    const [rep] = JSON.parse(r.stdout);
    expect(rep.file).toBe('返回-甲.xlsx');
    expect(rep.ok).toBe(false);
    expect(rep.period).toBe(g.period);
    const four = rep.sheets.find((s: any) => s.sheet === '四类人员');
    expect(four).toMatchObject({ recorded: 3, verifiedTrue: 2, verifiedFalse: 1, problems: [] });
    const lost = rep.sheets.flatMap((s: any) => s.problems).filter((p: any) => p.code === 'NO_FINGERPRINT_COLUMN');
    expect(lost).toHaveLength(1);
    expect(lost[0].message).toContain('1 行已填写的核实内容');
    expect(rep.problems.map((p: any) => p.fingerprint)).toContain(deleted);
    expect(rep.problems.every((p: any) => p.code === 'NOT_RETURNED' && p.severity === 'warning')).toBe(true);
    expect(r.stderr).toContain('没有「编号(请勿修改)」列');
    expect(r.stderr).toContain('返回的清单中没有这一行');
    const v = verifications(dbPath);
    expect(recorded.map((fp) => v.get(fp))).toEqual(['属实', '不属实', '属实']);
  });

  it('an unknown verdict and a changed 编号 are reported row by row, the other rows recorded', async () => {
    let fps: string[] = [];
    const file = await edited('返回-乙.xlsx', (wb) => {
      const four = wb.getWorksheet('四类人员')!;
      fps = setVerdicts(four, ['待查', '不属实', '属实']);
      const fpCol = headerOf(four).indexOf('编号(请勿修改)') + 1;
      four.getRow(headerRowOf(four) + 3).getCell(fpCol).value = 'ZZZZZZZZ';
    });
    const r = await runCli(['verify', file, '--db', dbPath, '--json']);
    expect(r.code, r.stderr).toBe(1);
    const [rep] = JSON.parse(r.stdout);
    const codes = rep.sheets.flatMap((s: any) => s.problems).map((p: any) => `${p.code}:${p.row}`);
    const h = rep.sheets.find((s: any) => s.sheet === '四类人员').headerRow;
    expect(codes).toEqual([`UNKNOWN_VERDICT:${h + 1}`, `UNMATCHED:${h + 3}`]);
    expect(rep.recorded).toBe(1);
    expect(r.stderr).toContain('核实结果无法识别');
    expect(r.stderr).not.toContain('待查'); // the cell text is the township's, not echoed
    expect(verifications(dbPath).get(fps[1])).toBe('不属实');
  });

  it('a sheet whose header row was deleted is reported, not skipped silently', async () => {
    const file = await edited('返回-无表头.xlsx', (wb) => {
      const four = wb.getWorksheet('四类人员')!;
      setVerdicts(four, ['属实']);
      four.spliceRows(1, headerRowOf(four)); // title and header rows gone
    });
    const r = await runCli(['verify', file, '--db', dbPath, '--json']);
    expect(r.code, r.stderr).toBe(1);
    const [rep] = JSON.parse(r.stdout);
    const p = rep.sheets.find((s: any) => s.sheet === '四类人员').problems;
    expect(p.map((x: any) => x.code)).toEqual(['NO_HEADER']);
    expect(r.stderr).toContain('找不到表头行');
  });

  it('bad files get a message each and record nothing; the good file is still recorded', async () => {
    const other = path.join(dir, '其他月份.xlsx');
    {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('四类人员');
      ws.addRow(['某县 整改清单（2020-01）']);
      ws.addRow(['序号', '乡镇', '问题描述', '核实结果', '编号(请勿修改)']);
      ws.addRow([1, '甲镇', 'x', '属实', fourFps[0]]);
      await wb.xlsx.writeFile(other);
    }
    const garbled = path.join(dir, '编号被改.xlsx');
    {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('四类人员');
      ws.addRow(['序号', '乡镇', '问题描述', '核实结果', '编号(请勿修改)']);
      ws.addRow([1, '甲镇', 'x', '属实', 'AAAA1111']);
      ws.addRow([2, '甲镇', 'x', '不属实', 'BBBB2222']);
      await wb.xlsx.writeFile(garbled);
    }
    const broken = path.join(dir, '损坏.xlsx');
    fs.writeFileSync(broken, fs.readFileSync(list).subarray(0, 2000));
    let fps: string[] = [];
    const good = await edited('返回-丙.xlsx', (wb) => { fps = setVerdicts(wb.getWorksheet('四类人员')!, ['属实', '属实', '属实', '不属实']); });
    const r = await runCli(['verify', other, garbled, broken, good, '--db', dbPath, '--json']);
    expect(r.code, r.stderr).toBe(1);
    expect(expectNoStack(r.stderr)).toBe(true);
    const reps = JSON.parse(r.stdout);
    expect(reps.map((x: any) => x.error?.code ?? 'ok')).toEqual(['OTHER_PERIOD', 'NOT_OURS', expect.any(String), 'ok']);
    expect(r.stderr).toContain('这是 2020-01 的清单');
    expect(r.stderr).toContain('编号都在数据库中找不到');
    expect(r.stderr).toContain('损坏.xlsx');
    expect(reps[3].ok).toBe(true);
    const v = verifications(dbPath);
    expect(fps.map((fp) => v.get(fp))).toEqual(['属实', '属实', '属实', '不属实']);
  });

  it('reads lists saved by LibreOffice (.xlsx and .xls)', async () => {
    // A small returned list saved by LibreOffice: regenerated when soffice is installed, else the committed copy.
    const fixtures = path.join(path.dirname(list), '..', '..', 'lo');
    fs.mkdirSync(fixtures, { recursive: true });
    let files: string[];
    if (hasLibreOffice()) {
      const src = path.join(fixtures, 'src', '返回-LibreOffice.xlsx');
      await writeSmallReturn(src, g.period, fourFps.slice(0, 3));
      files = [libreOfficeConvert(src, 'xlsx', fixtures), libreOfficeConvert(src, 'xls', fixtures)];
      // FUPIN_UPDATE_FIXTURES=1 refreshes the committed copies that CI (without LibreOffice) reads.
      if (process.env.FUPIN_UPDATE_FIXTURES) {
        const dest = path.join(ROOT, 'test', 'fixtures', 'verify');
        fs.mkdirSync(dest, { recursive: true });
        for (const f of files) fs.copyFileSync(f, path.join(dest, path.basename(f)));
      }
    } else {
      files = ['返回-LibreOffice.xlsx', '返回-LibreOffice.xls'].map((f) => path.join(ROOT, 'test', 'fixtures', 'verify', f));
    }
    for (const f of files) {
      const r = await runCli(['verify', f, '--db', dbPath, '--json']);
      expect(r.code, r.stderr).toBe(0);
      const [rep] = JSON.parse(r.stdout);
      expect(rep).toMatchObject({ period: g.period, rowsRead: 3, matched: 3, recorded: 2, verifiedTrue: 1, verifiedFalse: 1, blank: 1 });
    }
  });
});

/** Three rows of a returned list as a township would type them: verdict variants and a renamed header. */
export async function writeSmallReturn(file: string, period: string, fps: string[]): Promise<void> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('四类人员');
  ws.addRow([`示例县 防返贫监测整改清单（${period}）`]);
  ws.addRow(['序号', '乡镇', '问题描述', '核实结果（属实/不属实）', '核实说明', '编号(请勿修改)']);
  ws.addRow([1, '甲镇', '疑点', '属实。', '已入户', fps[0]]);
  ws.addRow([2, '甲镇', '疑点', ' 不属实 ', '已外出', fps[1]]);
  ws.addRow([3, '甲镇', '疑点', '', '', fps[2]]);
  await wb.xlsx.writeFile(file);
}
