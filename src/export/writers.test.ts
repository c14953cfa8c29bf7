// Writers end to end: build findings in memory, write every output, read it back.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Finding, RejectedRow, UnknownValue } from '../model/types.js';
import { DEFAULT_RULE_PARAMS } from '../model/types.js';
import type { ExportFinding, IdTypoSuspect, RunReport } from '../model/report.js';
import { writeRectificationWorkbook } from './write-rectification.js';
import { writeDataQualityWorkbook } from './write-data-quality.js';
import { writeFindingsCsv, writeFindingsJson } from './write-findings.js';
import { PURPOSE_TEXT } from './notes-rows.js';
import { writeVisitForm } from './write-visit-form.js';
import { visitHouseholds } from './visit-form-rows.js';
import { reportForDepartment, splitByDepartment } from './department-split.js';

const ID_A = '11010519491231002X'; // GB 11643 sample
const ID_B = '440524188001010014';
const ID_C = '340524198001010013';
const ID_D = '370101190102039973';
const ID_15 = '110105491231002';
const EVIL_NAME = '=HYPERLINK("http://x","点击")';

const RULES = [
  { code: 'MISSED', title: '疑似漏评', category: '漏评', leadDept: '乡村振兴局', subject: 'household', params: [] },
  { code: 'FOUR_CAT_STAFF', title: '家庭成员为财政供养人员', category: '四类人员', leadDept: '乡村振兴局 / 财政局', subject: 'household', params: [] },
  { code: 'FOUR_CAT_VEHICLE', title: '家庭成员名下有小汽车', category: '四类人员', leadDept: '公安局', subject: 'household', params: ['vehicleTypes'] },
  { code: 'WRONG_EXIT', title: '疑似错退', category: '错退 / 风险消除不实', leadDept: '乡村振兴局', subject: 'household', params: ['incomeThreshold'] },
  { code: 'EDU_DROPOUT', title: '义务教育阶段疑似失学辍学', category: '义务教育保障', leadDept: '教育局', subject: 'person', params: ['compulsoryEducationAge', 'referenceDate'] },
  { code: 'HOUSING_UNSAFE', title: '住房安全未保障', category: '住房安全保障', leadDept: '住建局', subject: 'household', params: [] },
  { code: 'ID_INVALID', title: '身份证号无效', category: '数据质量', leadDept: '各数据提供部门', subject: 'row', params: [] },
];

function report(): RunReport {
  return {
    county: '示例县', period: '2024-05', referenceDate: '2024-05-31', toolVersion: '0.1.0',
    generatedAt: '2024-06-01T08:00:00.000Z',
    params: { referenceDate: '2024-05-31', ...DEFAULT_RULE_PARAMS },
    sources: [
      { kind: 'monitor', title: '防返贫监测对象', department: '乡村振兴局', rowsRead: 100, rowsUsed: 98, rowsRejected: 2,
        files: [{ file: '监测对象.xlsx', sha256: 'x', sheets: ['Sheet1'], rowsRead: 100, rowsUsed: 98, rowsRejected: 2, dataDate: '2024-05-20' }] },
      { kind: 'vehicle', title: '机动车登记', department: '公安交管', rowsRead: 10, rowsUsed: 10, rowsRejected: 0,
        files: [{ file: '车辆.xlsx', sha256: 'y', sheets: ['车辆'], rowsRead: 10, rowsUsed: 10, rowsRejected: 0, dataDate: null }] },
      { kind: 'housing', title: '农村危房', department: '住建局', rowsRead: 0, rowsUsed: 0, rowsRejected: 0, files: [] },
    ],
    rules: RULES as RunReport['rules'],
    rulesRun: ['MISSED', 'FOUR_CAT_STAFF', 'FOUR_CAT_VEHICLE', 'WRONG_EXIT', 'EDU_DROPOUT', 'ID_INVALID'],
    rulesSkipped: [{ rule: 'HOUSING_UNSAFE', reason: '缺少数据：农村危房' }],
    warnings: ['车辆.xlsx 与上期文件完全相同（SHA-256 一致），请确认是否为最新数据'],
    counts: {},
  };
}

let seq = 0;
function finding(p: Partial<ExportFinding> & { rule: string }): ExportFinding {
  const meta = RULES.find((r) => r.code === p.rule)!;
  seq++;
  return {
    category: meta.category, subject: meta.subject as ExportFinding['subject'],
    householdId: `HH${seq}`, headIdNumber: ID_A, headName: '张三', idNumber: null, name: null,
    township: '甲镇', village: '一村', members: [ID_B], memberNames: ['李四'],
    description: `成员李四(身份证号${ID_B})名下有小型轿车 贵F·12345(公安交管机动车登记, 车辆.xlsx 第17行)`,
    basis: '监测对象 × 机动车登记', leadDept: meta.leadDept,
    evidence: [{ kind: 'vehicle', file: '车辆.xlsx', sheet: '车辆', row: 17 }],
    fingerprint: `fp-${seq}`, evidenceHash: `eh-${seq}`, status: 'new',
    ...p,
  };
}

function fixtures() {
  seq = 0;
  const findings: ExportFinding[] = [
    finding({ rule: 'FOUR_CAT_VEHICLE' }),
    finding({ rule: 'FOUR_CAT_STAFF', township: '乙乡', village: '二村', status: 'persisting', firstPeriod: '2024-04' }),
    finding({ rule: 'MISSED', township: '乙乡', headName: '+1+1', description: `户主+1+1(${ID_C})在低保名册，旧号${ID_15}` }),
    finding({ rule: 'EDU_DROPOUT', idNumber: ID_D, name: EVIL_NAME, members: [ID_D], memberNames: [EVIL_NAME],
      description: `${EVIL_NAME}(${ID_D})适龄未在学籍名册` }),
    finding({ rule: 'WRONG_EXIT', township: null, village: null }),
    finding({ rule: 'HOUSING_UNSAFE', status: 'not_evaluated' }),
    finding({ rule: 'EDU_DROPOUT', township: '乙乡', idNumber: ID_C, name: '王五', status: 'persisting',
      verification: { result: '属实', note: '已核实', measure: '劝返复学', deadline: '2024-06-30', responsible: '赵六' } }),
  ];
  const resolved = [finding({ rule: 'FOUR_CAT_VEHICLE', status: 'persisting', township: '乙乡' })];
  const falsePositives = [finding({ rule: 'MISSED', status: 'new',
    verification: { result: '不属实', note: '已分户', measure: '', deadline: '', responsible: '钱七' } })];
  return { findings, resolved, falsePositives, report: report() };
}

const HEADERS = ['序号', '乡镇', '村', '户编号', '户主姓名', '户主身份证号', '问题人员姓名', '问题人员身份证号', '问题类型',
  '问题描述', '比对依据', '牵头单位', '状态', '核实结果', '核实说明', '整改措施', '整改时限', '责任人', '编号(请勿修改)'];

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fupin-export-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The workbook as the row-level tests see it: title rows above the header and signature blocks removed. */
async function read(p: string): Promise<ExcelJS.Workbook> {
  const wb = await readRaw(p);
  for (const ws of wb.worksheets) {
    if (ws.name === '说明') continue;
    // The signature block (a blank row and the labels) ends the sheet; exceljs's spliceRows keeps trailing rows.
    for (let r = ws.rowCount; r >= 1; r--) {
      if ((ws.getRow(r).values as unknown[]).includes('填报单位（盖章）：')) (ws as unknown as { _rows: unknown[] })._rows.length = r - 2;
    }
    if (isTitleRow(ws)) ws.spliceRows(1, 1);
  }
  return wb;
}
async function readRaw(p: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(p);
  return wb;
}
function isTitleRow(ws: ExcelJS.Worksheet): boolean {
  const v = (ws.getRow(1).values as unknown[]).filter((x) => x !== null && x !== undefined && x !== '');
  return v.length >= 1 && new Set(v.map(String)).size === 1 && String(v[0]).includes('（');
}
function rowValues(ws: ExcelJS.Worksheet, r: number): unknown[] {
  const v = ws.getRow(r).values as unknown[];
  return v.slice(1);
}
function allCells(wb: ExcelJS.Workbook): ExcelJS.Cell[] {
  const cells: ExcelJS.Cell[] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => cells.push(c))));
  return cells;
}
const mode = (p: string) => statSync(p).mode & 0o777;
const noTemp = () => expect(readdirSync(dir).filter((n) => n.includes('.tmp-'))).toEqual([]);


function dataRows(ws: ExcelJS.Worksheet): number {
  return ws.actualRowCount - 1;
}

describe('writeRectificationWorkbook', () => {
  it('writes sheets in order: title row, exact headers, frozen header, autofilter over the data, drop-down, signature', async () => {
    const p = join(dir, '整改清单-2024-05.xlsx');
    const fx = fixtures();
    await writeRectificationWorkbook(p, fx, { maskIdNumbers: true });
    const wb = await readRaw(p);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '汇总', '漏评', '四类人员', '错退 ／ 风险消除不实', '义务教育保障', '住房安全保障', '已销号', '核实不属实', '说明',
    ]);
    for (const ws of wb.worksheets.filter((w) => w.name !== '汇总' && w.name !== '说明')) {
      expect(ws.getRow(1).getCell(1).value).toBe(`示例县 全县 防返贫动态监测疑点整改清单（2024-05）— ${ws.name}`);
      expect(rowValues(ws, 2)).toEqual(HEADERS);
      expect(ws.views[0].state).toBe('frozen');
      expect((ws.views[0] as { ySplit?: number }).ySplit).toBe(2);
      const last = ws.rowCount - 2; // the signature block: a blank row and the labels
      expect(rowValues(ws, ws.rowCount)).toContain('填报单位（盖章）：');
      expect(rowValues(ws, ws.rowCount)).toContain('审核人：');
      expect(ws.autoFilter).toBe(`A2:S${last}`);
      expect(ws.pageSetup.orientation).toBe('landscape');
      expect(ws.pageSetup.paperSize).toBe(9);
      expect(ws.pageSetup.printTitlesRow).toBe('1:2');
      expect(ws.pageSetup.printArea).toBe(`A1:R${ws.rowCount}`); // the 编号 column is not printed
      expect(ws.headerFooter.oddFooter).toContain('第 &P 页 共 &N 页');
      expect(ws.getRow(2).getCell(1).font?.bold).toBe(true);
      expect(ws.getRow(3).getCell(10).alignment?.wrapText).toBe(true);
      expect(ws.getCell(`N3`).dataValidation).toMatchObject({ type: 'list', formulae: ['"属实,不属实"'] });
      expect(ws.getCell(`N${last}`).dataValidation?.type).toBe('list');
    }
    const summary = wb.getWorksheet('汇总')!;
    expect(summary.views[0].state).toBe('frozen');
    expect(summary.autoFilter).toBeTruthy();
    expect(summary.pageSetup.printTitlesColumn).toBe('A:A');
    // "CODE 标题" headers over the count columns are turned 90° so codes print whole; 合计… stay level.
    expect(summary.getRow(2).getCell(2).alignment?.textRotation).toBe(90);
    expect(summary.getRow(2).getCell(1).alignment?.textRotation).toBeUndefined();
    expect(summary.getRow(2).getCell(summary.columnCount).alignment?.textRotation).toBeUndefined();
    expect(summary.getRow(2).height).toBeGreaterThan(60);
    expect(mode(p)).toBe(0o600);
    noTemp();
  });

  it('sets up every sheet for A4 printing in the XML itself (fit to width, footer, print titles, row heights)', async () => {
    const p = join(dir, 'x.xlsx');
    await writeRectificationWorkbook(p, fixtures(), { maskIdNumbers: true });
    const { execSync } = await import('node:child_process');
    const book = execSync(`unzip -p "${p}" xl/workbook.xml`, { encoding: 'utf8' });
    const names = [...book.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    names.forEach((name, i) => {
      const xml = execSync(`unzip -p "${p}" xl/worksheets/sheet${i + 1}.xml`, { encoding: 'utf8' });
      expect(xml, name).toContain('<pageSetUpPr fitToPage="1"/>');
      expect(xml, name).toMatch(/<pageSetup [^>]*paperSize="9"/);
      expect(xml, name).toMatch(/<pageSetup [^>]*fitToWidth="1"/);
      expect(xml, name).toMatch(/<pageSetup [^>]*fitToHeight="0"/);
      expect(xml, name).toMatch(/<oddFooter>[^<]*第 &amp;P 页 共 &amp;N 页<\/oddFooter>/);
      if (name !== '说明') {
        expect(book, name).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">`);
        expect(book).toMatch(new RegExp(`<definedName name="_xlnm.Print_Area" localSheetId="${i}">&apos;${name}&apos;!\\$A\\$1:\\$[A-Z]+\\$\\d+<`));
      }
      // Long descriptions wrap in rows tall enough to show them.
      if (name === '四类人员') expect(xml).toMatch(/<row r="3" ht="\d+" customHeight="1"/);
    });
  });

  it('lists every finding once, with 序号 per sheet, status labels and verification columns', async () => {
    const p = join(dir, 'a.xlsx');
    const fx = fixtures();
    await writeRectificationWorkbook(p, fx, { maskIdNumbers: true });
    const wb = await read(p);
    const categories = ['漏评', '四类人员', '错退 ／ 风险消除不实', '义务教育保障', '住房安全保障'];
    const total = categories.reduce((n, c) => n + dataRows(wb.getWorksheet(c)!), 0);
    expect(total).toBe(fx.findings.length);
    expect(dataRows(wb.getWorksheet('已销号')!)).toBe(fx.resolved.length);
    expect(dataRows(wb.getWorksheet('核实不属实')!)).toBe(fx.falsePositives.length);

    const four = wb.getWorksheet('四类人员')!;
    expect(four.getColumn(1).values.slice(2)).toEqual([1, 2]);
    // 甲镇 sorts before 乙乡 (pinyin jia < yi)
    expect(four.getColumn(2).values.slice(2)).toEqual(['甲镇', '乙乡']);
    expect(four.getColumn(13).values.slice(2)).toEqual(['新增', '持续']);
    expect(four.getColumn(19).values.slice(2)).toEqual(['fp-1', 'fp-2']);

    const edu = wb.getWorksheet('义务教育保障')!;
    const verified = rowValues(edu, 3);
    expect(verified.slice(12, 18)).toEqual(['持续', '属实', '已核实', '劝返复学', '2024-06-30', '赵六']);
    // no verification → empty cells, not empty strings
    expect(edu.getRow(2).getCell(14).value).toBeNull();

    expect(wb.getWorksheet('住房安全保障')!.getRow(2).getCell(13).value).toBe('未评估');
    expect(wb.getWorksheet('已销号')!.getRow(2).getCell(13).value).toBe('已销号');
    const fp = wb.getWorksheet('核实不属实')!;
    expect(fp.getRow(2).getCell(13).value).toBe('核实不属实');
    expect(fp.getRow(2).getCell(14).value).toBe('不属实');
  });

  it('summarises per township with a 合计 row', async () => {
    const p = join(dir, 'a.xlsx');
    await writeRectificationWorkbook(p, fixtures(), { maskIdNumbers: true });
    const ws = (await read(p)).getWorksheet('汇总')!;
    const header = rowValues(ws, 1);
    expect(header[0]).toBe('乡镇');
    expect(header).toContain('家庭成员名下有小汽车');
    expect(header).toContain('住房安全未保障'); // skipped, but has a not_evaluated finding
    expect(header.slice(-6)).toEqual(['合计', '新增', '持续', '未评估', '已销号', '核实不属实']);
    expect(header.filter((h) => /^[A-Z_]{4,}/.test(String(h)))).toEqual([]); // titles, not codes
    expect(ws.getColumn(1).values.slice(2)).toEqual(['甲镇', '乙乡', '未知乡镇', '合计']);
    const last = rowValues(ws, ws.actualRowCount);
    expect(last.slice(-6)).toEqual([7, 4, 2, 1, 1, 1]);
    expect(ws.getRow(ws.actualRowCount).getCell(1).font?.bold).toBe(true);
  });

  it('masks IDs in ID columns and inside descriptions', async () => {
    const p = join(dir, 'a.xlsx');
    await writeRectificationWorkbook(p, fixtures(), { maskIdNumbers: true });
    const wb = await read(p);
    const text = allCells(wb).map((c) => String(c.value ?? '')).join('\n');
    for (const id of [ID_A, ID_B, ID_C, ID_D, ID_15]) expect(text).not.toContain(id);
    expect(text).not.toMatch(/\d{15,}/);
    const four = wb.getWorksheet('四类人员')!;
    expect(four.getRow(2).getCell(6).value).toBe('110105********002X');
    expect(String(four.getRow(2).getCell(10).value)).toContain('440524********0014');
    const edu = wb.getWorksheet('义务教育保障')!;
    expect(edu.getRow(2).getCell(8).value).toBe('370101********9973');
  });

  it('keeps full IDs when masking is off', async () => {
    const p = join(dir, 'a.xlsx');
    await writeRectificationWorkbook(p, fixtures(), { maskIdNumbers: false });
    const wb = await read(p);
    const four = wb.getWorksheet('四类人员')!;
    expect(four.getRow(2).getCell(6).value).toBe(ID_A);
    expect(String(four.getRow(2).getCell(10).value)).toContain(ID_B);
    expect(allCells(wb).some((c) => String(c.value).includes('完整号码'))).toBe(true);
  });

  it('writes formula-like text as neutralised string cells, never formulas', async () => {
    const p = join(dir, 'a.xlsx');
    await writeRectificationWorkbook(p, fixtures(), { maskIdNumbers: true });
    const wb = await read(p);
    expect(allCells(wb).filter((c) => c.type === ExcelJS.ValueType.Formula)).toEqual([]);
    const edu = wb.getWorksheet('义务教育保障')!;
    const cell = edu.getRow(2).getCell(7);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe(`'${EVIL_NAME}`);
    const missed = wb.getWorksheet('漏评')!;
    expect(missed.getRow(2).getCell(5).value).toBe("'+1+1");
    // and in the raw XML no <f> element exists at all
    const { execSync } = await import('node:child_process');
    const xml = execSync(`unzip -p "${p}" 'xl/worksheets/*.xml'`, { encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(xml).not.toMatch(/<f[ >]/);
  });

  it('writes one township only, with its summary row and 说明', async () => {
    const p = join(dir, 'b.xlsx');
    const fx = fixtures();
    await writeRectificationWorkbook(p, { ...fx, township: '乙乡' }, { maskIdNumbers: true });
    const wb = await read(p);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '漏评', '四类人员', '义务教育保障', '已销号', '说明']);
    const summary = wb.getWorksheet('汇总')!;
    expect(summary.getColumn(1).values.slice(2)).toEqual(['乙乡', '合计']);
    const listed = wb.worksheets
      .filter((w) => !['汇总', '说明'].includes(w.name))
      .flatMap((w) => w.getColumn(2).values.slice(2));
    expect(new Set(listed)).toEqual(new Set(['乙乡']));
    const notes = allCells(wb).map((c) => String(c.value ?? ''));
    expect(notes).toContain(PURPOSE_TEXT);
  });

  it('writes the 说明 sheet last with period, sources, params, rules and warnings', async () => {
    const p = join(dir, 'a.xlsx');
    await writeRectificationWorkbook(p, fixtures(), { maskIdNumbers: true });
    const ws = (await read(p)).getWorksheet('说明')!;
    const lines = (ws.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1).map((v) => v ?? '').join('|'));
    expect(lines).toContain(`用途|${PURPOSE_TEXT}`);
    expect(lines).toContain('比对期间|2024-05');
    expect(lines).toContain('基准日期|2024-05-31');
    expect(lines).toContain('防返贫监测对象|乡村振兴局|监测对象.xlsx|100|98|2|2024-05-20');
    expect(lines).toContain('收入监测线（元/人·年）|6700|WRONG_EXIT');
    expect(lines).toContain('HOUSING_UNSAFE|住房安全未保障|住房安全保障|住建局|未运行|缺少数据：农村危房');
    expect(lines.some((l) => l.startsWith('车辆.xlsx 与上期文件完全相同'))).toBe(true);
    expect(lines).toContain('工具版本|fupin 0.1.0');
  });

  it('writes a workbook with no findings (汇总 and 说明 only)', async () => {
    const p = join(dir, 'empty.xlsx');
    await writeRectificationWorkbook(p, { findings: [], resolved: [], falsePositives: [], report: report() }, { maskIdNumbers: true });
    const wb = await read(p);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '说明']);
  });

  it('leaves no file behind when the target folder is missing', async () => {
    const p = join(dir, 'missing', 'a.xlsx');
    await expect(writeRectificationWorkbook(p, fixtures(), { maskIdNumbers: true })).rejects.toThrow(/ENOENT/);
    expect(existsSync(join(dir, 'missing'))).toBe(false);
    noTemp();
  });

  it('keeps the previous file intact when a write fails half way', async () => {
    const p = join(dir, 'a.xlsx');
    writeFileSync(p, 'old');
    const fx = fixtures();
    // A getter that throws while the category sheets are being written.
    const bad = { ...fx.findings[0] } as ExportFinding;
    Object.defineProperty(bad, 'description', { get: () => { throw new Error('boom'); } });
    await expect(
      writeRectificationWorkbook(p, { ...fx, findings: [...fx.findings, bad] }, { maskIdNumbers: true }),
    ).rejects.toThrow('boom');
    expect(readFileSync(p, 'utf8')).toBe('old');
    noTemp();
  });
});

describe('writeFindingsJson / writeFindingsCsv', () => {
  it('writes an unmasked JSON array with the contract fields, mode 0600', async () => {
    const p = join(dir, 'findings.json');
    const fx = fixtures();
    await writeFindingsJson(p, fx.findings);
    const data = JSON.parse(readFileSync(p, 'utf8')) as Record<string, unknown>[];
    expect(data).toHaveLength(fx.findings.length);
    for (const k of ['rule', 'category', 'subject', 'householdId', 'headIdNumber', 'headName', 'idNumber', 'name',
      'township', 'village', 'members', 'description', 'evidence', 'status', 'fingerprint']) {
      expect(data[0]).toHaveProperty(k);
    }
    expect(data[0].headIdNumber).toBe(ID_A);
    expect(data[0].members).toEqual([ID_B]);
    expect(data[0].evidence).toEqual([{ kind: 'vehicle', file: '车辆.xlsx', sheet: '车辆', row: 17 }]);
    expect(mode(p)).toBe(0o600);
    noTemp();
  });

  it('writes [] for no findings', async () => {
    const p = join(dir, 'findings.json');
    await writeFindingsJson(p, []);
    expect(JSON.parse(readFileSync(p, 'utf8'))).toEqual([]);
  });

  it('writes CSV with BOM, CRLF, quoting and neutralised formula-like cells', async () => {
    const p = join(dir, 'findings.csv');
    const fx = fixtures();
    await writeFindingsCsv(p, fx.findings);
    const buf = readFileSync(p);
    expect([...buf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = buf.toString('utf8');
    expect(text.split('\r\n')).toHaveLength(fx.findings.length + 2); // header + rows + trailing ''
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const rows = parseCsv(text, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(fx.findings.length);
    expect(rows[0].headIdNumber).toBe(ID_A);
    expect(rows[0].evidence).toBe('vehicle:车辆.xlsx:车辆:17');
    const edu = rows.find((r) => r.rule === 'EDU_DROPOUT')!;
    expect(edu.name).toBe(`'${EVIL_NAME}`);
    expect(edu.memberNames).toBe(`'${EVIL_NAME}`);
    expect(rows.find((r) => r.rule === 'MISSED')!.headName).toBe("'+1+1");
    for (const r of rows) for (const v of Object.values(r)) expect(v).not.toMatch(/^[=+\-@\t\r]/);
    expect(mode(p)).toBe(0o600);
    noTemp();
  });
});

describe('writeDataQualityWorkbook', () => {
  const rejected: RejectedRow[] = [
    { kind: 'monitor', file: '监测对象.xlsx', sheet: 'Sheet1', row: 5, column: '身份证号', reason: 'CHECKSUM',
      reasonText: '身份证号校验位错误', raw: { 姓名: '孙八', 身份证号: '110105194912310021', 乡镇: '甲镇', 备注: '' },
      name: '孙八', township: '甲镇', village: '一村' },
    { kind: 'vehicle', file: '车辆.xlsx', sheet: '车辆', row: 9, column: '身份证号', reason: 'EXCEL_NUMBER',
      reasonText: '身份证号以数字保存，后几位已丢失', raw: { 所有人: '=1+2', 身份证号: '1.10105E+17', 备注: `曾用${ID_B}` },
      name: '=1+2', township: null, village: null },
  ];
  const findings: Finding[] = [
    { ...fixtures().findings[0], rule: 'ID_INVALID', category: '数据质量', subject: 'row', idNumber: '110105194912310021',
      name: '孙八', description: '身份证号110105194912310021校验位错误' },
  ];
  const unknownValues: UnknownValue[] = [
    { kind: 'vehicle', field: 'vehicleStatus', value: '待定', count: 3, example: { kind: 'vehicle', file: '车辆.xlsx', sheet: '车辆', row: 4 } },
  ];
  const idTypos: IdTypoSuspect[] = [
    { kind: 'dibao', file: '低保.xlsx', sheet: '低保', row: 12, name: '周九', township: '乙乡', village: '二村',
      badIdNumber: '11010519491213002X', suggestedIdNumber: ID_A, matchedKind: 'monitor', matchedFile: '监测对象.xlsx', matchedRow: 30 },
  ];
  const input = () => ({ rejected, findings, unknownValues, idTypos, report: report() });

  it('splits the problems by providing department; a name conflict goes to every department involved', () => {
    const conflict: Finding = { ...findings[0], rule: 'ID_NAME_CONFLICT', fingerprint: 'fp-c',
      evidence: [{ kind: 'monitor', file: '监测对象.xlsx', sheet: 'Sheet1', row: 7 }, { kind: 'vehicle', file: '车辆.xlsx', sheet: '车辆', row: 3 }] };
    const parts = splitByDepartment({ rejected, findings: [...findings, conflict], unknownValues, idTypos }, report());
    expect([...parts.keys()].sort()).toEqual(['乡村振兴局', '公安交管', '民政'].sort());
    expect(parts.get('公安交管')!.rejected.map((r) => r.file)).toEqual(['车辆.xlsx']);
    expect(parts.get('公安交管')!.findings.map((f) => f.rule)).toEqual(['ID_INVALID', 'ID_NAME_CONFLICT']);
    expect(parts.get('公安交管')!.unknownValues).toHaveLength(1);
    expect(parts.get('乡村振兴局')!.findings.map((f) => f.rule)).toEqual(['ID_NAME_CONFLICT']);
    expect(parts.get('民政')!.idTypos).toHaveLength(1);
    expect(reportForDepartment(report(), '公安交管').sources.map((x) => x.kind)).toEqual(['vehicle']);
  });

  it('writes a department list with the department in every title', async () => {
    const p = join(dir, '数据质量-2024-05-公安交管.xlsx');
    const part = splitByDepartment({ rejected, findings, unknownValues, idTypos }, report()).get('公安交管')!;
    await writeDataQualityWorkbook(p, { ...part, report: reportForDepartment(report(), '公安交管'), department: '公安交管' }, { maskIdNumbers: true });
    const raw = await readRaw(p);
    expect(String(raw.getWorksheet('不可用行')!.getRow(1).getCell(1).value)).toBe('示例县 公安交管 部门名册数据质量清单（2024-05）— 不可用行');
    const wb = await read(p);
    expect(dataRows(wb.getWorksheet('不可用行')!)).toBe(1);
    expect(rowValues(wb.getWorksheet('汇总')!, 2).slice(0, 3)).toEqual(['机动车登记', '公安交管', '车辆.xlsx']);
    expect(mode(p)).toBe(0o600);
  });

  it('writes the five sheets with headers and masked values', async () => {
    const p = join(dir, '数据质量-2024-05.xlsx');
    await writeDataQualityWorkbook(p, input(), { maskIdNumbers: true });
    const wb = await read(p);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['不可用行', '身份证号问题', '疑似号码录入错误', '未识别取值', '汇总']);
    const rej = wb.getWorksheet('不可用行')!;
    expect(rowValues(rej, 1).slice(0, 8)).toEqual(['来源', '文件', '工作表', '行号', '列', '原因', '原因说明', '原始数据']);
    expect(dataRows(rej)).toBe(2);
    expect(rej.views[0].state).toBe('frozen');
    expect(rej.autoFilter).toBeTruthy();
    expect(rowValues(rej, 2).slice(0, 7)).toEqual(['防返贫监测对象', '监测对象.xlsx', 'Sheet1', 5, '身份证号', '校验位错误', '身份证号校验位错误']);
    expect(rej.getRow(2).getCell(8).value).toBe('姓名=孙八; 身份证号=110105********0021; 乡镇=甲镇');
    expect(rej.getRow(3).getCell(8).value).toBe(`所有人==1+2; 身份证号=1.1******17; 备注=曾用440524********0014`);
    expect(rej.getRow(3).getCell(9).value).toBe("'=1+2");

    expect(rowValues(wb.getWorksheet('未识别取值')!, 1)).toEqual(['来源', '字段', '取值', '次数', '示例文件', '示例工作表', '示例行']);
    expect(rowValues(wb.getWorksheet('未识别取值')!, 2)).toEqual(['机动车登记', '机动车状态', '待定', 3, '车辆.xlsx', '车辆', 4]);

    const ids = wb.getWorksheet('身份证号问题')!;
    expect(dataRows(ids)).toBe(1);
    expect(ids.getRow(2).getCell(4).value).toBe('110105********0021');
    expect(String(ids.getRow(2).getCell(7).value)).toBe('身份证号110105********0021校验位错误');

    const typos = wb.getWorksheet('疑似号码录入错误')!;
    const t = rowValues(typos, 2);
    expect(t.slice(7, 10)).toEqual(['110105********002X', '110105********002X', '第13位 1→3；第14位 3→1']);

    const sum = wb.getWorksheet('汇总')!;
    expect(rowValues(sum, 2).slice(0, 7)).toEqual(['防返贫监测对象', '乡村振兴局', '监测对象.xlsx', '2024-05-20', 100, 98, 2]);
    expect(rowValues(sum, sum.actualRowCount).slice(4, 7)).toEqual([110, 108, 2]);

    const text = allCells(wb).map((c) => String(c.value ?? '')).join('\n');
    expect(text).not.toMatch(/\d{15,}/);
    expect(mode(p)).toBe(0o600);
    noTemp();
  });

  it('keeps raw values unmasked when masking is off', async () => {
    const p = join(dir, 'dq.xlsx');
    await writeDataQualityWorkbook(p, input(), { maskIdNumbers: false });
    const rej = (await read(p)).getWorksheet('不可用行')!;
    expect(rej.getRow(2).getCell(8).value).toBe('姓名=孙八; 身份证号=110105194912310021; 乡镇=甲镇');
  });
});

describe('writeVisitForm (入户核查表)', () => {
  const questions = { FOUR_CAT_VEHICLE: '车辆是否仍由本户使用？', EDU_DROPOUT: '该儿童是否在校？', MISSED: '是否应纳入监测？' };

  it('groups findings by household, skips department row problems', () => {
    const fx = fixtures();
    const jia = fx.findings.filter((f) => f.township === '甲镇');
    const extra = { ...jia[0], rule: 'ID_INVALID', subject: 'row' as const, fingerprint: 'fp-x', householdId: null };
    const hh = visitHouseholds([...jia, extra]);
    expect(hh.flat().map((f) => f.rule)).not.toContain('ID_INVALID');
    expect(hh.flat()).toHaveLength(jia.length);
    for (const g of hh) expect(new Set(g.map((f) => f.householdId)).size).toBe(1);
  });

  it('writes one page per household: members, each finding with its question, blanks and signature lines', async () => {
    const p = join(dir, '入户核查表-2024-05-甲镇.xlsx');
    const fx = fixtures();
    const jia = fx.findings.filter((f) => f.township === '甲镇');
    const members = () => [{ name: '张三', idNumber: ID_A, relation: '户主' }, { name: '李四', idNumber: ID_B, relation: '之子' }];
    await writeVisitForm(p, { report: fx.report, township: '甲镇', findings: jia, questions, members }, { maskIdNumbers: true });
    expect(mode(p)).toBe(0o600);
    const wb = await readRaw(p);
    const ws = wb.getWorksheet('入户核查表')!;
    const text = allCells(wb).map((c) => String(c.value ?? '')).join('\n');
    expect(String(ws.getRow(1).getCell(1).value)).toBe('示例县 甲镇 防返贫动态监测疑点入户核查表（2024-05）');
    expect(text).toContain('张三（户主，110105********002X）、李四（之子，440524********0014）');
    expect(text).toContain('车辆是否仍由本户使用？');
    expect(text).toContain('□ 属实');
    expect(text).toContain('核查人（签字）：');
    expect(text).toContain('户主（签字或按手印）：');
    for (const id of [ID_A, ID_B, ID_D]) expect(text).not.toContain(id);
    const households = visitHouseholds(jia).length;
    let signatures = 0;
    ws.eachRow((row) => { if (row.getCell(1).value === '核查人（签字）：') signatures++; });
    expect(signatures).toBe(households);
    expect(ws.pageSetup.orientation).toBe('portrait');
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.printTitlesRow).toBe('1:1');
    const { execSync } = await import('node:child_process');
    const xml = execSync(`unzip -p "${p}" xl/worksheets/sheet1.xml`, { encoding: 'utf8' });
    expect((xml.match(/<brk /g) ?? []).length).toBe(households - 1); // a page break between households
    expect(xml).toMatch(/<oddFooter>[^<]*第 &amp;P 页 共 &amp;N 页/);
  });
});
