import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ExitCode, FupinError, formatError } from '../errors.js';
import { makeCsv, makeXls, makeXlsx, type SheetSpec } from '../../test/helpers/workbooks.js';
import { readTable } from '../io/read-table.js';
import type { RawRow } from '../io/types.js';
import { carriedGroups, detectHeader, mapColumns, missingColumnError, refineGroups, type HeaderOptions, type HeaderResult } from './header.js';
import { KINDS } from '../model/kinds/index.js';
import type { KindDef } from '../model/kind-def.js';

const dir = mkdtempSync(join(tmpdir(), 'fupin-header-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ID1 = '110101199003077890';
const ID2 = '11010119900307789X';
const ID3 = '110101195001010012';
const WHERE = { file: '名单.xlsx', sheet: 'S' };

/** The first `n` rows of sheet `index`, as the importer buffers them. */
async function sheetRows(path: string, index = 1, n = 30): Promise<RawRow[]> {
  const out: RawRow[] = [];
  for await (const ev of readTable(path)) {
    if (ev.type === 'row' && ev.row.sheetIndex === index && out.length < n) out.push(ev.row);
  }
  return out;
}

let seq = 0;
async function detectXlsx(sheet: Omit<SheetSpec, 'name'>, kind: KindDef = KINDS.dibao, opts: HeaderOptions = {}): Promise<HeaderResult | null> {
  const p = join(dir, `h${++seq}.xlsx`);
  await makeXlsx(p, [{ name: 'S', ...sheet }]);
  return detectHeader(await sheetRows(p), kind, opts, WHERE);
}

/** field -> header text, to keep expectations readable. */
function byHeader(h: HeaderResult): Record<string, string> {
  return Object.fromEntries(Object.entries(h.columns.fields).map(([f, i]) => [f, h.columns.headers[i]]));
}

function catchError(fn: () => unknown): FupinError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(FupinError);
    return e as FupinError;
  }
  throw new Error('expected an error');
}

describe('detectHeader on messy workbooks', () => {
  it('1. title row merged across the table', async () => {
    const h = await detectXlsx({
      rows: [['XX县2026年10月农村低保名单'], ['序号', '乡镇', '村', '姓名', '身份证号', '月保障金额'], [1, '城关镇', '东村', '张三', ID1, 520]],
      merges: ['A1:F1'],
    });
    expect(h).toMatchObject({ headerRow: 2, firstDataRow: 3 });
    expect(h!.columns.fields).toEqual({ idNumber: 4, name: 3, township: 1, village: 2, amount: 5 });
    expect(h!.unmapped).toEqual(['序号']);
    expect(h!.ambiguous).toEqual([]);
  });

  it('2. a 统计单位/统计时间 row between title and header', async () => {
    const h = await detectXlsx({
      rows: [
        ['XX县特困供养人员花名册'],
        ['统计单位：XX县民政局', null, null, '统计时间：2026年10月'],
        ['序号', '姓名', '公民身份号码', '供养方式', '所属乡镇'],
        [1, '张三', ID1, '分散', '城关镇'],
      ],
      merges: ['A1:E1', 'A2:C2', 'D2:E2'],
    }, KINDS.tekun);
    expect(h!.headerRow).toBe(3);
    expect(byHeader(h!)).toEqual({ idNumber: '公民身份号码', name: '姓名', township: '所属乡镇', supportType: '供养方式' });
  });

  it('3. blank rows before the header', async () => {
    const h = await detectXlsx({ rows: [[], [], [], ['姓名', '身份证号码', '死亡日期'], ['张三', ID1, new Date(Date.UTC(2026, 8, 1))]] }, KINDS.deceased);
    expect(h).toMatchObject({ headerRow: 4, firstDataRow: 5 });
    expect(byHeader(h!)).toEqual({ idNumber: '身份证号码', name: '姓名', deathDate: '死亡日期' });
  });

  it('4. 序号 column and headers with spaces, line breaks, full-width brackets and markers', async () => {
    const h = await detectXlsx({
      rows: [
        ['序 号', '乡（镇）', '村（社区）', '姓\n名', '公民身份\r\n号码 *', '与户主\n关系', '月保障\u3000金额（元）'],
        [1, '城关镇', '东村', '张三', ID1, '户主', 300],
      ],
    });
    expect(h!.headerRow).toBe(1);
    expect(h!.columns.fields).toEqual({ township: 1, village: 2, name: 3, idNumber: 4, relation: 5, amount: 6 });
    // Messages show the header as the clerk typed it.
    expect(h!.columns.headers[1]).toBe('乡（镇）');
  });

  it('5. two-row header with a group title over some columns (基本信息), others merged vertically', async () => {
    const h = await detectXlsx({
      rows: [
        ['序号', '乡镇', '基本信息', null, null, '保障信息'],
        [null, null, '姓名', '身份证号', '性别', '月保障金额'],
        [1, '城关镇', '张三', ID1, '男', 300],
      ],
      merges: ['A1:A2', 'B1:B2', 'C1:E1'],
    });
    expect(h).toMatchObject({ headerRow: 2, firstDataRow: 3 });
    expect(byHeader(h!)).toEqual({ township: '乡镇', name: '姓名', idNumber: '身份证号', amount: '月保障金额' });
  });

  it('6. two-row header 户主 | 家庭成员 over 姓名|身份证号: member ID is the ID, head ID is headIdNumber', async () => {
    const h = await detectXlsx({
      rows: [
        ['XX县农村低保家庭成员名册'],
        ['序号', '户主', null, '家庭成员', null, null],
        [null, '姓名', '身份证号', '姓名', '身份证号', '与户主关系'],
        [1, '张三', ID1, '张小三', ID2, '子'],
      ],
      merges: ['A1:F1', 'A2:A3', 'B2:C2', 'D2:F2'],
    });
    expect(h).toMatchObject({ headerRow: 3, firstDataRow: 4 });
    expect(h!.columns.fields).toEqual({ idNumber: 4, name: 3, headIdNumber: 2, relation: 5 });
    expect(h!.columns.headers[2]).toBe('户主身份证号');
    expect(h!.ambiguous).toEqual([]);
  });

  it('6b. two-row header with only a 户主 group: the head\'s ID is the row\'s ID, 户主姓名 the name', async () => {
    const h = await detectXlsx({
      rows: [['户主', null, '家庭人口', '乡镇'], ['姓名', '身份证号', null, null], ['张三', ID1, 3, '城关镇']],
      merges: ['A1:B1', 'C1:C2', 'D1:D2'],
    });
    expect(h!.headerRow).toBe(2);
    expect(h!.columns.fields).toMatchObject({ idNumber: 1, headIdNumber: 1, name: 0, township: 3 });
  });

  it('7. 户主姓名 is the name only when there is no other name column', async () => {
    const only = await detectXlsx({ rows: [['户主姓名', '身份证号', '行政村'], ['张三', ID1, '东村']] });
    expect(byHeader(only!)).toEqual({ name: '户主姓名', idNumber: '身份证号', village: '行政村' });
    const both = await detectXlsx({ rows: [['户主姓名', '户主身份证号', '成员姓名', '身份证号'], ['张三', ID1, '张小三', ID2]] });
    expect(byHeader(both!)).toEqual({ name: '成员姓名', idNumber: '身份证号', headIdNumber: '户主身份证号' });
  });

  it('8. header at row 7 after a long preamble', async () => {
    const h = await detectXlsx({
      rows: [
        ['XX县2026年第三季度城乡居民医保参保名单'], [], ['填报单位（盖章）：', null, '填报日期：2026-10-08'],
        ['说明：1. 本表由医保局提供；2. 请勿修改表头。'], ['单位：人'], [],
        ['个人编号', '姓名', '身份证号', '性别', '参保状态', '参保年度'],
        ['P001', '张三', ID1, '男', '正常参保', '2026'],
      ],
      merges: ['A1:F1', 'A4:F4'],
    }, KINDS.medical);
    expect(h).toMatchObject({ headerRow: 7, firstDataRow: 8 });
    expect(byHeader(h!)).toEqual({ idNumber: '身份证号', name: '姓名', insuredStatus: '参保状态', year: '参保年度' });
  });

  it('9. AAC002/AAC003 coded headers (any case)', async () => {
    const h = await detectXlsx({ rows: [['aac001', 'aac003', 'AAC002', 'aac008', 'AKC021'], ['P1', '张三', ID1, '1', '11']] }, KINDS.medical);
    expect(byHeader(h!)).toEqual({ name: 'aac003', idNumber: 'AAC002', insuredStatus: 'aac008' });
  });

  it('9b. a code row above the Chinese header: the lower row is the header', async () => {
    const h = await detectXlsx({ rows: [['AAC003', 'AAC002', 'AAC008'], ['姓名', '公民身份号码', '人员状态'], ['张三', ID1, '参保缴费']] }, KINDS.medical);
    expect(h).toMatchObject({ headerRow: 2, firstDataRow: 3 });
    expect(byHeader(h!)).toEqual({ name: '姓名', idNumber: '公民身份号码', insuredStatus: '人员状态' });
  });

  it('10. vehicle roster: 身份证明号码 / 机动车所有人', async () => {
    const h = await detectXlsx({
      rows: [
        ['号牌种类', '号牌号码', '中文品牌', '车辆类型', '身份证明名称', '身份证明号码', '机动车所有人', '初次登记日期', '机动车状态'],
        ['02', '某A12345', '五菱', 'K33', '居民身份证', ID1, '张三', new Date(Date.UTC(2020, 0, 2)), 'A'],
      ],
    }, KINDS.vehicle);
    expect(byHeader(h!)).toEqual({ plate: '号牌号码', vehicleType: '车辆类型', idNumber: '身份证明号码', name: '机动车所有人', vehicleStatus: '机动车状态' });
    expect(h!.unmapped).toEqual(['号牌种类', '中文品牌', '身份证明名称', '初次登记日期']);
  });

  it('11. a sheet with no recognisable header gives null', async () => {
    expect(await detectXlsx({ rows: [['乡镇', '户数', '人数'], ['城关镇', 10, 30]] })).toBeNull();
    expect(await detectXlsx({ rows: [['本表为汇总说明'], ['请见第二个工作表']] })).toBeNull();
    expect(detectHeader([], KINDS.dibao, {}, WHERE)).toBeNull();
  });

  it('12. a row of column numbers under the header is skipped', async () => {
    const h = await detectXlsx({ rows: [['序号', '姓名', '身份证号', '乡镇'], [1, 2, 3, 4], [1, '张三', ID1, '城关镇']] });
    expect(h).toMatchObject({ headerRow: 1, firstDataRow: 3 });
  });

  it('13. the same header detection works on .xls and .csv', async () => {
    const rowsIn = [['XX县残疾人名册'], ['姓名', '残疾人证号', '残疾类别', '残疾等级'], ['张三', ID1 + '42', '肢体', '二级']];
    const x = join(dir, 'disab.xls');
    await makeXls(x, [{ name: 'S', rows: rowsIn }]);
    const c = join(dir, 'disab.csv');
    await makeCsv(c, rowsIn, { encoding: 'gbk' });
    for (const p of [x, c]) {
      const h = detectHeader(await sheetRows(p), KINDS.disability, {}, WHERE);
      expect(byHeader(h!)).toEqual({ name: '姓名', idNumber: '残疾人证号', disabilityType: '残疾类别', disabilityLevel: '残疾等级' });
    }
  });
});

describe('column mapping rules', () => {
  it('a real ID column beats 残疾人证号', () => {
    const m = mapColumns(['残疾人证号', '姓名', '身份证号'], KINDS.disability);
    expect(m.fields.idNumber).toBe(2);
    expect(m.ambiguous).toEqual([]);
  });

  it('two ID columns: first taken, reported ambiguous; duplicate headers likewise', () => {
    const m = mapColumns(['姓名', '身份证号', '公民身份号码'], KINDS.dibao);
    expect(m.fields.idNumber).toBe(1);
    expect(m.ambiguous).toEqual([{ field: 'idNumber', headers: ['身份证号', '公民身份号码'], columns: [1, 2] }]);
    const d = mapColumns(['姓名', '身份证号', '姓名'], KINDS.dibao);
    expect(d.fields.name).toBe(0);
    expect(d.ambiguous).toEqual([{ field: 'name', headers: ['姓名', '姓名'], columns: [0, 2] }]);
  });

  it('户主身份证号 is never the member ID', () => {
    const m = mapColumns(['户主姓名', '户主身份证号', '乡镇'], KINDS.dibao);
    expect(m.fields.idNumber).toBeUndefined();
    expect(m.fields.headIdNumber).toBe(1);
    expect(m.missingRequired).toEqual(['idNumber']);
  });

  it('a bracketed note after a known header is accepted, unless it names the head', () => {
    expect(mapColumns(['姓名', '身份证号(18位)'], KINDS.dibao).fields.idNumber).toBe(1);
    expect(mapColumns(['姓名', '证件号码（户主）'], KINDS.dibao).fields.idNumber).toBeUndefined();
  });

  it('unknown field in columns is a configuration error (exit 2)', () => {
    const e = catchError(() => mapColumns(['姓名', '身份证号'], KINDS.dibao, { idNmber: '身份证号' }));
    expect(e.code).toBe('UNKNOWN_FIELD');
    expect(e.exitCode).toBe(ExitCode.UsageError);
  });
});

describe('overrides and errors', () => {
  const rows = (cells: unknown[][]): RawRow[] => cells.map((c, i) => ({ sheet: 'S', sheetIndex: 1, row: i + 1, cells: c as RawRow['cells'] }));
  const oddHeader = rows([['XX县低保名单'], ['序号', '姓名', '公民身份证件号码', '乡镇'], [1, '张三', ID1, '城关镇'], [2, '李四', ID3, '石门乡']]);

  it('a missing ID column: MISSING_COLUMN lists the headers and the columns key to add, never cell values', () => {
    const e = catchError(() => detectHeader(oddHeader, KINDS.dibao, {}, WHERE));
    expect(e.code).toBe('MISSING_COLUMN');
    expect(e.exitCode).toBe(1);
    expect(e.where).toEqual({ file: '名单.xlsx', sheet: 'S', row: 2 });
    const text = formatError(e);
    expect(text).toContain('名单.xlsx');
    expect(text).toContain('工作表「S」');
    expect(text).toContain('「序号」、「姓名」、「公民身份证件号码」、「乡镇」');
    expect(text).toContain('"columns": { "idNumber": "公民身份证件号码" }');
    expect(text).toContain('公民身份号码');
    expect(text).not.toMatch(/张三|李四|城关镇|110101/);
  });

  it('the columns override fixes it (matched after normalisation)', () => {
    const h = detectHeader(oddHeader, KINDS.dibao, { columns: { idNumber: '公民身份证件 号码' } }, WHERE);
    expect(h).toMatchObject({ headerRow: 2, firstDataRow: 3 });
    expect(h!.columns.fields).toEqual({ idNumber: 2, name: 1, township: 3 });
  });

  it('an override can also re-point a field that has an alias', () => {
    const r = rows([['姓名', '身份证号', '开户人身份证'], ['张三', ID1, ID3]]);
    const h = detectHeader(r, KINDS.dibao, { columns: { idNumber: '开户人身份证' } }, WHERE);
    expect(h!.columns.fields.idNumber).toBe(2);
  });

  it('an override naming a header that is not there: COLUMN_NOT_FOUND listing what was found', () => {
    const r = rows([['姓名', '身份证号', '乡镇'], ['张三', ID1, '城关镇']]);
    const e = catchError(() => detectHeader(r, KINDS.dibao, { columns: { township: '所在乡镇街道' } }, WHERE));
    expect(e.code).toBe('COLUMN_NOT_FOUND');
    const text = formatError(e);
    expect(text).toContain('所在乡镇街道');
    expect(text).toContain('「姓名」、「身份证号」、「乡镇」');
    expect(text).not.toMatch(/张三|110101/);
  });

  it('a missing name column is MISSING_COLUMN for name', () => {
    const r = rows([['身份证号', '乡镇', '村'], [ID1, '城关镇', '东村']]);
    const e = catchError(() => detectHeader(r, KINDS.dibao, {}, WHERE));
    expect(e.code).toBe('MISSING_COLUMN');
    expect((e as FupinError<'MISSING_COLUMN'>).data.missing).toEqual([{ field: 'name', title: '姓名' }]);
  });

  it('headerRow forces the row (here: a summary table above the roster also names fields)', () => {
    const r = rows([
      ['姓名', '身份证号', '乡镇', '村', '月保障金额'], ['合计', null, null, null, 820],
      [], ['序号', '姓名', '身份证号', '乡镇'], [1, '张三', ID1, '城关镇'],
    ].filter((x) => x.length > 0));
    expect(detectHeader(r, KINDS.dibao, {}, WHERE)!.headerRow).toBe(1);
    const forced = rows([
      ['姓名', '身份证号', '乡镇', '村', '月保障金额'], ['合计', null, null, null, 820], ['说明'],
      ['序号', '姓名', '身份证号', '乡镇'], [1, '张三', ID1, '城关镇'],
    ]);
    expect(detectHeader(forced, KINDS.dibao, { headerRow: 4 }, WHERE)).toMatchObject({ headerRow: 4, firstDataRow: 5 });
  });

  it('headerRow pointing at a data row gives null (and never echoes its cells)', () => {
    expect(detectHeader(oddHeader, KINDS.dibao, { headerRow: 3 }, WHERE)).toBeNull();
  });

  it('missingColumnError keeps ID-like texts out of the header list', () => {
    const e = missingColumnError(KINDS.dibao, ['idNumber'], ['姓名', ID1, '乡镇'], { ...WHERE, row: 1 });
    expect(formatError(e)).not.toContain(ID1);
    expect(formatError(e)).toContain('"columns": { "idNumber": "<实际表头>" }');
  });
});

describe('vocabulary of the real national export and department rosters (domain.md §1.5)', () => {
  const monitor = KINDS.monitor;
  it('maps the names of the 自定义监测对象信息 view without configuration', () => {
    const headers = ['县', '乡', '村', '户编号', '人编号', '姓名', '证件类型', '证件号码', '户类型', '监测对象类别', '识别监测时间',
      '风险是否已消除', '消除监测时间', '享受低保政策情况', '享受特困供养政策情况', '实施开发式帮扶措施情况', '综合保障',
      '致贫/返贫风险1', '致贫/返贫风险5', '监测联系人', '监测联系人电话', '户联系电话', '耕地面积（亩）', '牧草地面积',
      '务工所在地', '务工月收入', '务工企业名称', '合规自付支出', '工资性收入', '人均纯收入（元）', '是否参加大病保险'];
    const m = mapColumns(headers, monitor);
    const at = (f: string) => headers[m.fields[f]];
    expect(m.missingRequired).toEqual([]);
    expect(at('township')).toBe('乡');
    expect(at('village')).toBe('村');
    expect(at('eliminatedAt')).toBe('消除监测时间');
    expect(at('identifiedAt')).toBe('识别监测时间');
    expect(at('enjoysDibao')).toBe('享受低保政策情况');
    expect(at('enjoysTekun')).toBe('享受特困供养政策情况');
    expect(at('docType')).toBe('证件类型');
    expect(at('risk1')).toBe('致贫/返贫风险1');
    expect(at('risk5')).toBe('致贫/返贫风险5');
    expect(at('monitorContactPhone')).toBe('监测联系人电话');
    expect(at('householdPhone')).toBe('户联系电话');
    expect(at('farmland')).toBe('耕地面积（亩）');
    expect(at('pasture')).toBe('牧草地面积');
    expect(at('workMonthlyIncome')).toBe('务工月收入');
    expect(at('compliantSelfPay')).toBe('合规自付支出');
    expect(at('wageIncome')).toBe('工资性收入');
    expect(at('perCapitaIncome')).toBe('人均纯收入（元）');
    expect(at('seriousIllnessInsured')).toBe('是否参加大病保险');
    expect(at('comprehensiveAid')).toBe('综合保障');
  });
  it('maps the place names of the other views and of department rosters', () => {
    for (const [t, v] of [['乡(镇)', '行政村'], ['乡镇名称', '村名称'], ['所属乡镇（街道）', '村(居)委会'], ['乡（镇）', '村（社区）']]) {
      const m = mapColumns(['县(市、区、旗)', t, v, '姓名', '身份证号'], KINDS.dibao);
      expect([m.fields.township, m.fields.village]).toEqual([1, 2]);
    }
  });
});

describe('repeated headers under groups, and columns given by group or letter (product-spec §9.1)', () => {
  const rows = (cells: unknown[][]): RawRow[] => cells.map((c, i) => ({ sheet: 'S', sheetIndex: 1, row: i + 1, cells: c as RawRow['cells'] }));
  const ID = '522422196501011013';
  // Title, merged groups (text in the first cell only), names, one data row.
  const sheet = rows([
    ['某县监测对象信息'],
    ['基本信息', null, null, '识别监测信息', null, '风险消除后', null],
    ['姓名', '证件号码', '户类型', '风险是否已消除', '人均纯收入（元）', '风险是否已消除', '人均纯收入（元）'],
    ['张三', ID, '脱贫户', '否', 9000, '是', 5000],
  ]);

  it('finds the header under the groups, takes the first copy and reports both columns with their groups', () => {
    const h = detectHeader(sheet, KINDS.monitor, {}, WHERE)!;
    expect(h.headerRow).toBe(3);
    expect(h.groupRow).toBe(2);
    expect(h.columns.fields.riskEliminated).toBe(3);
    expect(h.columns.fields.perCapitaIncome).toBe(4);
    expect(h.groups.slice(0, 7)).toEqual(['基本信息', '基本信息', '基本信息', '识别监测信息', '识别监测信息', '风险消除后', '风险消除后']);
    expect(h.ambiguous).toContainEqual({ field: 'riskEliminated', headers: ['风险是否已消除', '风险是否已消除'], columns: [3, 5] });
  });

  it('{ header, group } picks the copy under that group; { column } picks by letter', () => {
    expect(detectHeader(sheet, KINDS.monitor, { columns: { riskEliminated: { header: '风险是否已消除', group: '风险消除后' } } }, WHERE)!.columns.fields.riskEliminated).toBe(5);
    expect(detectHeader(sheet, KINDS.monitor, { columns: { perCapitaIncome: { column: 'g' } } }, WHERE)!.columns.fields.perCapitaIncome).toBe(6);
    // A letter maps on every row, but the header is still the row of names, not the title.
    const all = detectHeader(sheet, KINDS.monitor, { columns: { name: { column: 'A' }, idNumber: { column: 'B' }, householdType: { column: 'C' } } }, WHERE)!;
    expect(all.headerRow).toBe(3);
    // Without a group it is the first copy, as with no mapping.
    expect(detectHeader(sheet, KINDS.monitor, { columns: { riskEliminated: { header: '风险是否已消除' } } }, WHERE)!.columns.fields.riskEliminated).toBe(3);
  });

  it('a group the header is not under names the groups it is under; a group with two copies is ambiguous', () => {
    const e = (() => { try { detectHeader(sheet, KINDS.monitor, { columns: { riskEliminated: { header: '风险是否已消除', group: '其他' } } }, WHERE); } catch (x) { return x as FupinError; } return null; })();
    expect(e?.code).toBe('COLUMN_NOT_FOUND');
    expect(e?.message).toContain('「识别监测信息」、「风险消除后」');
    const twice = rows([
      ['基本信息', null, '风险消除后', null, null],
      ['姓名', '证件号码', '风险是否已消除', '人均纯收入（元）', '风险是否已消除'],
      ['张三', ID, '是', 5000, '否'],
    ]);
    const a = (() => { try { detectHeader(twice, KINDS.monitor, { columns: { riskEliminated: { header: '风险是否已消除', group: '风险消除后' } } }, WHERE); } catch (x) { return x as FupinError; } return null; })();
    expect(a?.code).toBe('AMBIGUOUS_COLUMN');
    expect(a?.exitCode).toBe(ExitCode.InputError);
    expect(a?.message).toContain('C 列「风险是否已消除」（分组「风险消除后」）');
    expect(a?.message).toContain('E 列「风险是否已消除」（分组「风险消除后」）');
    expect(a?.message).not.toContain(ID);
  });

  it('a headerRow on a data row, with columns by letter: the row is marked as data and no group is taken from it', () => {
    const h = detectHeader(sheet, KINDS.monitor, { headerRow: 4, columns: { name: { column: 'A' }, idNumber: { column: 'B' } } }, WHERE)!;
    expect(h.dataLike).toBe(true);
    expect(h.groups).toEqual([]);
    expect(h.groupRow).toBeNull();
  });

  it('a title above the header is not a group; merged cells refine the carried groups', () => {
    const titled = rows([['某县低保名单'], ['姓名', '身份证号', '乡镇'], ['张三', ID, '城关镇']]);
    const h = detectHeader(titled, KINDS.dibao, {}, WHERE)!;
    expect(h.groups).toEqual([]);
    expect(h.groupRow).toBeNull();
    expect(carriedGroups(['序号', '基本信息', null, '帮扶措施', null], 5)).toEqual(['序号', '基本信息', '基本信息', '帮扶措施', '帮扶措施']);
    // 序号 merged down over two rows is no group; 基本信息 covers B:C only, so D (lone, empty) has none.
    const merges = [{ top: 2, left: 1, bottom: 3, right: 1 }, { top: 2, left: 2, bottom: 2, right: 3 }, { top: 2, left: 5, bottom: 2, right: 6 }];
    expect(refineGroups(['序号', '基本信息', '基本信息', '基本信息', '帮扶措施', '帮扶措施'], ['序号', '基本信息', '', '', '帮扶措施', ''], 2, merges))
      .toEqual(['', '基本信息', '基本信息', '', '帮扶措施', '帮扶措施']);
  });
});
