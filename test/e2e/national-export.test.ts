// The monitoring export as counties really download it (domain.md §1.5), bundled in fixtures/: every field read from
// the right column without configuration, the rules that depend on the view's names and codes fire exactly where
// they should, a hand-written mapping gives the same findings, and a repeated header can be picked by group or letter.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tmpDir, expectNoStack, type CliResult } from '../helpers/cli.js';
import { makeXlsx } from '../helpers/workbooks.js';
// @ts-expect-error plain ES module of the fixture generator (no type declarations)
import { nationalExport, columnOf, letterOf } from '../../scripts/national-export.mjs';

const FIXTURE = path.resolve('fixtures/（自定义）监测对象信息-示例.xlsx');
const ex = nationalExport();
const PERIOD = '2026-10';

/** A county folder with the bundled export and the 民政 rosters of the generator; `columns` for the monitor source. */
async function county(columns?: Record<string, unknown>): Promise<{ dir: string; config: string }> {
  const dir = tmpDir('fupin-national-');
  const input = path.join(dir, 'input', PERIOD);
  fs.mkdirSync(path.join(input, '民政'), { recursive: true });
  fs.copyFileSync(FIXTURE, path.join(input, '（自定义）监测对象信息.xlsx'));
  await makeXlsx(path.join(input, '民政', '低保名单.xlsx'), [{ name: '低保', rows: ex.dibao, merges: ['A1:F1'] }]);
  await makeXlsx(path.join(input, '民政', '特困名单.xlsx'), [{ name: '特困', rows: ex.tekun, merges: ['A1:F1'] }]);
  const config = path.join(dir, 'fupin.config.json');
  fs.writeFileSync(config, JSON.stringify({
    county: '大方县', database: 'fupin.db', input: 'input/{period}', output: 'output/{period}',
    sources: [
      { kind: 'monitor', file: '*监测对象信息*.xlsx', ...(columns ? { columns } : {}) },
      { kind: 'dibao', file: '民政/*低保*.xlsx' },
      { kind: 'tekun', file: '民政/*特困*.xlsx' },
    ],
  }));
  return { dir, config };
}

const key = (f: { rule: string; householdId: string }) => `${f.rule} ${f.householdId}`;
const RULES = ['WRONG_EXIT', 'INCOME_BELOW_LINE', 'QUICK_EXIT', 'NO_ASSISTANCE', 'FLAG_CONTRADICTION', 'WATER_UNSAFE', 'NO_LABOR_ELIMINATED'];

describe('the national export in its real layout, without configuration', () => {
  let run: CliResult;
  let dir: string;
  let summary: any;
  let findings: any[];
  beforeAll(async () => {
    const c = await county();
    dir = c.dir;
    run = await runCli(['reconcile', '--config', c.config, '--period', PERIOD, '--json']);
    summary = JSON.parse(run.stdout);
    findings = JSON.parse(fs.readFileSync(path.join(dir, 'output', PERIOD, 'findings.json'), 'utf8'));
  }, 120_000);

  it('reads every row, finds the header on row 3 and says which column each field came from', () => {
    expect(run.code, run.stderr).toBe(0);
    const m = summary.sources.find((s: any) => s.kind === 'monitor');
    expect(m.rowsRead).toBe(ex.rows.length - 3);
    expect(m.rowsRejected).toBe(0);
    const at = (name: string, group?: string) => letterOf(columnOf(name, group));
    const expected: Record<string, [string, string]> = {
      idNumber: ['证件号码', '基本信息'], name: ['姓名', '基本信息'], householdId: ['户编号', '基本信息'],
      township: ['乡', '基本信息'], village: ['村', '基本信息'], householdType: ['户类型', '基本信息'],
      monitorType: ['监测对象类别', '识别监测信息'], identifiedAt: ['识别监测时间', '识别监测信息'],
      riskEliminated: ['风险是否已消除', '识别监测信息'], eliminatedAt: ['消除监测时间', '识别监测信息'],
      enjoysDibao: ['享受低保政策情况', '家庭成员情况'], enjoysTekun: ['享受特困供养政策情况', '家庭成员情况'],
      perCapitaIncome: ['人均纯收入（元）', '收入情况'], assistanceStatus: ['实施开发式帮扶措施情况', '帮扶措施'],
      comprehensiveAid: ['综合保障', '帮扶措施'], waterSafe: ['是否解决安全饮用水', '户基本情况'], unsafeHouse: ['是否危房户', '户基本情况'],
      laborSkill: ['劳动技能', '家庭成员情况'], docType: ['证件类型', '基本信息'], risk1: ['致贫/返贫风险1', '识别监测信息'],
      monitorContactPhone: ['监测联系人电话', '识别监测信息'], householdPhone: ['户联系电话', '户基本情况'],
      farmland: ['耕地面积（亩）', '户基本情况'], compliantSelfPay: ['合规自付支出', '收入情况'], wageIncome: ['工资性收入', '收入情况'],
      workMonthlyIncome: ['务工月收入', '家庭成员情况'],
    };
    for (const [field, [header, group]] of Object.entries(expected)) {
      expect(m.columns[field], field).toMatchObject({ letter: at(header, group), header, group });
    }
    expect(m.sheets).toHaveLength(1);
    expect(m.sheets[0]).toMatchObject({ sheet: ex.sheetName, headerRow: 3 });
    expect(summary.fieldsMissing.filter((f: any) => f.kind === 'monitor')).toEqual([]);
  });

  it('gives exactly the planted findings: QUICK_EXIT from 消除监测时间, FLAG_CONTRADICTION from 享受…政策情况, 普通农户 income', () => {
    const got = findings.filter((f) => RULES.includes(f.rule)).map(key).sort();
    expect(got).toEqual(ex.truth.map(key).sort());
    for (const r of ['WRONG_EXIT', 'INCOME_BELOW_LINE', 'QUICK_EXIT', 'FLAG_CONTRADICTION']) {
      expect(summary.rulesRun).toContain(r);
      expect(got.some((k: string) => k.startsWith(r + ' ')), r).toBe(true);
    }
    const quick = findings.find((f) => f.rule === 'QUICK_EXIT');
    expect(quick.description).toContain('2024年3月');
    expect(quick.description).toContain('2024年6月');
  });

  it('does not list a value of the view as unrecognised, and notes the repeated headers once, naming both columns', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'output', PERIOD, `数据质量-${PERIOD}.xlsx`));
    const sheet = wb.getWorksheet('未识别取值');
    const values: string[] = [];
    sheet?.eachRow((r, i) => { if (i > 1) values.push(String(r.values)); });
    for (const v of ['农村低保', '城市低保', '未享受', '不享受', '农村特困', '普通农户', '尚未实施', '弱劳动力或半劳动力', '202406']) {
      expect(values.some((x) => x.includes(v)), v).toBe(false);
    }
    const notes = summary.warnings.filter((w: string) => w.includes('重复出现'));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain(`「风险是否消除」${at2('风险是否已消除', '识别监测信息')}（识别监测信息）/${at2('风险是否已消除', '风险消除后')}（风险消除后）`);
  });

  it('names every field in the 说明 sheet with its column and group', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'output', PERIOD, `整改清单-${PERIOD}.xlsx`));
    const notes = wb.getWorksheet('说明')!;
    const rows: string[][] = [];
    notes.eachRow((r) => rows.push((r.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
    const row = rows.find((r) => r[1] === '风险消除时间（eliminatedAt）');
    expect(row).toBeDefined();
    expect(row!.slice(2, 5)).toEqual([at2('消除监测时间', '识别监测信息'), '消除监测时间', '识别监测信息']);
  });
});

function at2(name: string, group: string): string {
  return letterOf(columnOf(name, group));
}

describe('the same export with a hand-written mapping, and picking the other copy of a repeated header', () => {
  it('a mapping of every field by letter gives the same findings as no mapping', async () => {
    const auto = await county();
    const a = await runCli(['reconcile', '--config', auto.config, '--period', PERIOD, '--json']);
    expect(a.code, a.stderr).toBe(0);
    const m = JSON.parse(a.stdout).sources.find((s: any) => s.kind === 'monitor');
    const columns = Object.fromEntries(Object.entries(m.columns).map(([f, c]: [string, any]) => [f, { column: c.letter }]));
    const hand = await county(columns);
    const b = await runCli(['reconcile', '--config', hand.config, '--period', PERIOD, '--json']);
    expect(b.code, b.stderr).toBe(0);
    const read = (d: string) => JSON.parse(fs.readFileSync(path.join(d, 'output', PERIOD, 'findings.json'), 'utf8')).map((f: any) => f.fingerprint).sort();
    expect(read(hand.dir)).toEqual(read(auto.dir));
  }, 120_000);

  it('{ header, group } and { column } pick the 风险消除后 copy; the findings change accordingly', async () => {
    for (const ref of [{ header: '人均纯收入（元）', group: '风险消除后' }, { column: at2('人均纯收入（元）', '风险消除后') }]) {
      const c = await county({ perCapitaIncome: ref });
      const r = await runCli(['reconcile', '--config', c.config, '--period', PERIOD, '--json']);
      expect(r.code, r.stderr).toBe(0);
      const m = JSON.parse(r.stdout).sources.find((s: any) => s.kind === 'monitor');
      expect(m.columns.perCapitaIncome).toMatchObject({ letter: at2('人均纯收入（元）', '风险消除后'), group: '风险消除后' });
      const f = JSON.parse(fs.readFileSync(path.join(c.dir, 'output', PERIOD, 'findings.json'), 'utf8'));
      const wrongExit = f.filter((x: any) => x.rule === 'WRONG_EXIT').map((x: any) => x.householdId);
      // The later copy has the first household above the line and the second below it.
      expect(wrongExit).toEqual(['5224220101001002']);
    }
  }, 120_000);

  it('a group that the header is not under is exit 1 naming the groups it is under; nothing written', async () => {
    const c = await county({ perCapitaIncome: { header: '人均纯收入（元）', group: '风险消除前' } });
    const r = await runCli(['reconcile', '--config', c.config, '--period', PERIOD]);
    expect(r.code).toBe(1);
    expect(expectNoStack(r.stderr)).toBe(true);
    expect(r.stderr).toContain('风险消除前');
    expect(r.stderr).toContain('收入情况');
    expect(r.stderr).toContain('风险消除后');
    expect(fs.existsSync(path.join(c.dir, 'output', PERIOD, 'findings.json'))).toBe(false);
  }, 60_000);
});

describe('fupin inspect', () => {
  it('on the real layout: header row 3 under groups, every field with its column, code values counted, no personal data', async () => {
    const r = await runCli(['inspect', FIXTURE, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j).toMatchObject({ kind: 'monitor', kindGuessed: true, ok: true });
    const s = j.sheets[0];
    expect(s).toMatchObject({ name: ex.sheetName, headerRow: 3, groupRow: 2, rowsUsed: ex.rows.length - 3, rowsRejected: 0 });
    const f = (field: string) => s.fields.find((x: any) => x.field === field);
    expect(f('eliminatedAt')).toMatchObject({ letter: at2('消除监测时间', '识别监测信息'), header: '消除监测时间', group: '识别监测信息' });
    expect(f('enjoysDibao')).toMatchObject({ header: '享受低保政策情况', group: '家庭成员情况' });
    expect(s.values.enjoysDibao.top).toEqual(expect.arrayContaining([{ value: '农村低保', count: 2 }, { value: '城市低保', count: 2 }]));
    expect(s.values.householdType.top).toEqual(expect.arrayContaining([{ value: '普通农户', count: 8 }]));
    expect(s.values.idNumber).toBeUndefined();
    expect(s.values.name).toBeUndefined();
    expect(s.unused.some((u: any) => u.letter === at2('人均纯收入（元）', '风险消除后') && u.group === '风险消除后')).toBe(true);
    const human = await runCli(['inspect', FIXTURE]);
    expect(human.code).toBe(0);
    expect(human.stdout).toContain('表头在第 3 行');
    expect(human.stdout).toContain('「消除监测时间」  分组「识别监测信息」');
    for (const row of ex.rows.slice(3)) {
      const id = row[columnOf('证件号码')];
      const name = row[columnOf('姓名')];
      const phone = row[columnOf('家庭成员联系电话')];
      for (const out of [r.stdout, human.stdout, human.stderr]) {
        expect(out).not.toContain(id);
        expect(out).not.toContain(name);
        expect(out).not.toContain(phone);
      }
    }
  }, 60_000);

  it('names a missing column with the rules it silences and the snippet that fixes it; no header at all is exit 1', async () => {
    const dir = tmpDir('fupin-inspect-');
    const file = path.join(dir, '监测.xlsx');
    await makeXlsx(file, [{ name: 'S', rows: [
      ['姓名', '证件号码', '户类型', '风险是否已消除', '识别监测时间', '消除日期（年月）'],
      ['张三', '522422196501011013', '脱贫户', '是', '202401', '202403'],
    ] }]);
    const r = await runCli(['inspect', file, '--kind', 'monitor', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout);
    const miss = j.sheets[0].missing.find((m: any) => m.field === 'eliminatedAt');
    expect(miss).toMatchObject({ required: false, rules: ['QUICK_EXIT'], suggestion: '消除日期（年月）' });
    expect(j.snippet).toMatchObject({ kind: 'monitor', file: '监测.xlsx', columns: { eliminatedAt: '消除日期（年月）' } });
    const none = path.join(dir, '无表头.xlsx');
    await makeXlsx(none, [{ name: 'S', rows: [['序号', '备注'], [1, '无']] }]);
    const n = await runCli(['inspect', none]);
    expect(n.code).toBe(1);
    expect(n.stdout).toContain('找不到包含身份证号列的表头');
    const bad = await runCli(['inspect', path.join(dir, '没有这个文件.xlsx')]);
    expect(bad.code).toBe(1);
    expect(expectNoStack(bad.stderr)).toBe(true);
    expect((await runCli(['inspect', file, '--kind', 'car'])).code).toBe(2);
  }, 60_000);
});

describe('the same export re-saved by LibreOffice (.xlsx, .xls, .csv; scripts/make-libreoffice-fixtures.sh)', () => {
  it('every copy gives the same header row, columns and groups, and the same findings', async () => {
    const base = JSON.parse((await runCli(['inspect', FIXTURE, '--json'])).stdout).sheets[0];
    const shape = (s: any) => ({ headerRow: s.headerRow, groupRow: s.groupRow, rowsUsed: s.rowsUsed, fields: s.fields.map((f: any) => `${f.field} ${f.letter} ${f.group ?? ''}`) });
    for (const ext of ['xlsx', 'xls', 'csv']) {
      const r = await runCli(['inspect', path.resolve(`test/fixtures/national-export/libreoffice.${ext}`), '--kind', 'monitor', '--json']);
      expect(r.code, r.stderr).toBe(0);
      expect(shape(JSON.parse(r.stdout).sheets[0]), ext).toEqual(shape(base));
    }
    const c = await county();
    const input = path.join(c.dir, 'input', PERIOD);
    fs.rmSync(path.join(input, '（自定义）监测对象信息.xlsx'));
    fs.copyFileSync(path.resolve('test/fixtures/national-export/libreoffice.xls'), path.join(input, '（自定义）监测对象信息.xls'));
    fs.writeFileSync(c.config, fs.readFileSync(c.config, 'utf8').replace('*监测对象信息*.xlsx', '*监测对象信息*.xls'));
    const run = await runCli(['reconcile', '--config', c.config, '--period', PERIOD, '--json']);
    expect(run.code, run.stderr).toBe(0);
    const got = JSON.parse(fs.readFileSync(path.join(c.dir, 'output', PERIOD, 'findings.json'), 'utf8'))
      .filter((f: any) => RULES.includes(f.rule)).map(key).sort();
    expect(got).toEqual(ex.truth.map(key).sort());
  }, 120_000);
});
