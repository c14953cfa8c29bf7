import { describe, expect, it } from 'vitest';
import { CATALOGUE, ERROR_CODES, errorTableMarkdown, renderError, type ErrorCode, type ErrorData } from './error-codes.js';
import { FupinError, errorJson, fail, formatError } from './errors.js';

const ENV = { at: '输出目录 output/2026-10', nothingChanged: true };
const CMD = { command: 'fupin rules' };

/** Sample data for every code (typed: a code missing here, or data of the wrong shape, fails the typecheck). */
const SAMPLES: { [C in ErrorCode]: ErrorData[C][] } = {
  FILE_NOT_FOUND: [{}, { checked: 'typed' }, { checked: 'listed' }],
  NOT_A_FILE: [{ folder: true }, { folder: false }],
  CANNOT_OPEN: [{ locked: true }, { locked: false }],
  EMPTY_FILE: [{}],
  CORRUPT_FILE: [{}, { detail: { part: 'sheetData', sheet: '低保' } }, { detail: { part: 'zipStructure' } },
    { detail: { part: 'crc', entry: 'xl/worksheets/sheet1.xml' } }, { detail: { part: 'sharedString', row: 7, index: 12, count: 3 } }],
  NOT_A_WORKBOOK: [{ ext: '.xlsx' }, { ext: '.csv' }],
  ENCRYPTED: [{}],
  UNSUPPORTED_FORMAT: [{ ext: '.et', formatName: 'WPS 表格' }, { ext: '.ods' }, { ext: '' }],
  CSV_ENCODING: [{ mixed: true, utf8Rows: [4, 9] }, { mixed: true, utf8Rows: Array.from({ length: 12 }, (_, i) => i + 2) }, { mixed: false, row: 88 }],
  CSV_PARSE: [{ row: 3, unclosedQuote: true }, { row: 5, unclosedQuote: false }, {}],
  SHEET_NOT_FOUND: [{ sheet: '低保', configured: true, sheetCount: 3 }, { sheet: '2', configured: false }],
  HEADER_NOT_FOUND: [{ sheets: ['Sheet1', '说明'], scannedRows: 30, kindTitle: '农村低保' }],
  MISSING_COLUMN: [
    { missing: [{ field: 'idNumber', title: '身份证号' }], headers: { list: ['姓名', '乡镇'], more: false }, headerRow: true,
      example: [{ field: 'idNumber', header: '<实际表头>' }] },
    { missing: [{ field: 'idNumber', title: '身份证号' }], headers: null, headerRow: true, example: [{ field: 'idNumber', header: '<实际表头>' }] },
  ],
  COLUMN_NOT_FOUND: [{ refs: [{ field: 'idNumber', title: '身份证号', ref: '「证件号」', groups: ['户主'] }], headers: { list: [], more: false } }],
  AMBIGUOUS_COLUMN: [{ refs: [{ field: 'name', title: '姓名', ref: '「姓名」', columns: ['B 列「姓名」', 'F 列「姓名」'] }], example: { field: 'name', column: 'B' } }],
  EXEMPTION_NO_HEADER: [{ file: '豁免清单.xlsx' }],
  EXEMPTION_NO_SUBJECT_COLUMN: [{ file: '豁免清单.csv', sheet: '豁免清单', row: 1 }],
  EXEMPTION_NO_SUBJECT: [{ file: '豁免清单.csv', sheet: '豁免清单', row: 4 }],
  EXEMPTION_NO_RULE: [{ file: '豁免清单.csv', sheet: '豁免清单', row: 4 }],
  EXEMPTION_BAD_ID: [{ file: '豁免清单.csv', sheet: '豁免清单', row: 4, column: '身份证号', reason: '校验位错误' },
    { file: '豁免清单.csv', sheet: '豁免清单', row: 4, column: '身份证号', reason: null }],
  EXEMPTION_BAD_DATE: [{ file: '豁免清单.csv', sheet: '豁免清单', row: 2, column: '有效期至' }],
  INPUT_DIR_MISSING: [{ dir: 'input/2026-10', period: '2026-10' }],
  DB_OPEN: [{ detail: 'file is not a database' }],
  DB_LOCKED: [{ db: 'fupin.db', pid: 4242, lockFile: 'fupin.db.lock' }, { db: 'fupin.db' }],
  OUTPUT_MOVE: [{ output: 'output/2026-10' }],
  DISK_FULL: [ENV, { at: '', nothingChanged: false }],
  NO_WRITE_PERMISSION: [ENV],
  OUTPUT_PATH: [ENV],
  PATH_TOO_LONG: [ENV],
  IO_ERROR: [ENV],
  NOT_A_LIST: [{ file: '返回.xlsx' }],
  OTHER_PERIOD: [{ file: '返回.xlsx', period: '2026-09' }],
  NOT_OURS: [{ file: '返回.xlsx', rows: 12 }],
  NO_ROWS: [{ file: '返回.xlsx' }],
  CONFIG_NOT_FOUND: [{ file: 'fupin.config.json' }],
  CONFIG_SYNTAX: [{ file: 'fupin.config.json', line: 4, column: 36, near: '"kind": "monitor" "file": "a.xlsx"' }, { file: 'x.json', line: 2, column: 1, near: '' }],
  CONFIG_INVALID: [{ file: 'fupin.config.json', issues: ['rules.incomeThreshold：取值 "6700元" 不对，应为数字'] }],
  CONFIG_UNKNOWN_FIELD: [{ file: 'fupin.config.json', fields: [{ source: 1, kind: 'dibao', field: 'idNo', available: ['idNumber', 'name'] }] }],
  CONFIG_UNKNOWN_RULE: [{ file: 'fupin.config.json', codes: ['ZERO_EMPLOYMNT'], available: ['ZERO_EMPLOYMENT', 'MISSED'] }],
  UNKNOWN_FIELD: [{ field: 'idNo', kind: 'dibao', available: [{ field: 'idNumber', title: '身份证号' }] }],
  CONFIG_EXISTS: [{ file: 'fupin.config.json' }],
  BAD_PERIOD: [{ value: '2026-13' }],
  BAD_OPTION_VALUE: [
    { flag: '--status', value: 'x', problem: { kind: 'choice', choices: ['new（新增）', 'open（持续）'] } },
    { flag: '--period', value: '2026-13', problem: { kind: 'month' } }, { flag: '--date', value: 'x', problem: { kind: 'date' } },
    { flag: '--date', value: '2026-02-30', problem: { kind: 'noSuchDay' } }, { flag: '--header-row', value: '0', problem: { kind: 'positiveInt' } },
    { flag: '--period', value: '2026-01', problem: { kind: 'periodNotRun', periods: ['2026-10'] } },
    { flag: '--period', value: '2026-01', problem: { kind: 'periodNotRun', periods: [] } },
    { flag: '--township', value: '黄泥', problem: { kind: 'unknownTownship', townships: ['黄泥塘镇'] } },
    { flag: '--township', value: '黄泥', problem: { kind: 'unknownTownship', townships: [] } },
    { command: 'fupin findings', values: ['--status', 'x'] },
  ],
  OLDER_PERIOD: [{ period: '2026-10', later: '2026-11' }],
  DB_NOT_FOUND: [{ db: 'fupin.db' }],
  DEMO_DIR_NOT_EMPTY: [{ dir: './示例县' }],
  LOG_FILE: [{ file: 'no/such/dir/x.log' }],
  UNKNOWN_OPTION: [{ ...CMD, option: '--jsn', suggestion: '--json' }, { ...CMD, option: '--x' }], UNKNOWN_COMMAND: [{ name: 'reconsile' }],
  MISSING_ARGUMENT: [{ ...CMD, argument: 'file' }], MISSING_OPTION: [{ ...CMD, option: '--kind' }], MISSING_OPTION_VALUE: [{ ...CMD, option: '--status' }],
  TOO_MANY_ARGUMENTS: [CMD], CONFLICTING_OPTIONS: [{ ...CMD, options: ['--json', '--format'] }], BAD_USAGE: [CMD],
  INTERRUPTED: [{ signal: 'SIGINT' }],
  INTERNAL: [{ version: '0.1.0', debug: false }, { version: '0.1.0', debug: true }],
};

describe('error catalogue', () => {
  it('has an entry for every code, exit 1 or 2 (INTERNAL 3), and a summary for README', () => {
    expect(new Set(ERROR_CODES)).toEqual(new Set(Object.keys(SAMPLES)));
    for (const c of ERROR_CODES) {
      expect(c).toMatch(/^[A-Z][A-Z_]+$/);
      if (c === 'INTERNAL') expect(CATALOGUE[c].exit).toBe(3);
      else expect([1, 2], c).toContain(CATALOGUE[c].exit);
      expect(CATALOGUE[c].summary, c).toMatch(/[\u4e00-\u9fa5]/);
    }
    expect(CATALOGUE.CONFIG_INVALID.exit).toBe(2);
    expect(CATALOGUE.MISSING_COLUMN.exit).toBe(1);
    expect(CATALOGUE.INTERRUPTED.processExit).toBe('130 / 143');
  });

  it('renders every code in Chinese, with no ID-length digit runs, from every sample', () => {
    for (const c of ERROR_CODES) {
      for (const d of SAMPLES[c] as ErrorData[typeof c][]) {
        const { message, hint } = renderError(c, d);
        expect(message, c).toMatch(/[\u4e00-\u9fa5]/);
        expect(message + (hint ?? ''), c).not.toMatch(/\d{15,}/);
        expect(message + (hint ?? ''), c).not.toMatch(/undefined|\[object/);
      }
    }
  });

  it('an error carries code, data, exit code and location; the message comes from the catalogue', () => {
    const e = fail('MISSING_COLUMN', SAMPLES.MISSING_COLUMN[0], { file: 'a.xlsx', sheet: '低保', row: 2 });
    expect(e).toBeInstanceOf(FupinError);
    expect(e.code).toBe('MISSING_COLUMN');
    expect(e.data.missing[0].field).toBe('idNumber');
    expect(e.exitCode).toBe(1);
    expect(e.message).toBe('缺少必需的列「身份证号」（idNumber）。该行的表头为：「姓名」、「乡镇」。');
    expect(formatError(e)).toBe('错误：文件 a.xlsx，工作表「低保」，第 2 行：缺少必需的列「身份证号」（idNumber）。该行的表头为：「姓名」、「乡镇」。\n' +
      '处理办法：如果其中某一列就是所缺的列，请在配置文件该数据源中写明实际表头，例如 "columns": { "idNumber": "<实际表头>" }；表头不在第一行时可用 "headerRow" 指定行号。');
    expect(fail('DB_NOT_FOUND', { db: 'x.db' }).exitCode).toBe(2);
  });

  it('renders today\'s sentences', () => {
    expect(renderError('OLDER_PERIOD', { period: '2026-10', later: '2026-11' })).toEqual({
      message: '已经比对过更晚的月份 2026-11，2026-10 比它早。重新比对 2026-10 会改写 2026-10 的记录和输出文件，未做任何改动。',
      hint: '确需重新比对 2026-10（例如补报了名册），加 --force；2026-11 及以后月份的记录和清单不受影响。',
    });
    expect(renderError('DB_LOCKED', { db: 'fupin.db' })).toEqual({ message: '无法锁定数据库 fupin.db，本次未做任何改动。' });
    expect(renderError('BAD_OPTION_VALUE', { flag: '--period', value: '2026-01', problem: { kind: 'periodNotRun', periods: [] } }))
      .toEqual({ message: '--period 的取值「2026-01」无效。数据库里还没有比对记录。', hint: '先运行 fupin reconcile。' });
    expect(renderError('CSV_ENCODING', SAMPLES.CSV_ENCODING[1]).message).toContain('第 2、3、4、5、6、7、8、9、10、11 行等是 UTF-8');
    expect(renderError('CORRUPT_FILE', SAMPLES.CORRUPT_FILE[4]).message)
      .toBe('文件已损坏：第 7 行引用了第 12 个共享字符串，但文件中只有 3 个（共享字符串部分缺失或不完整），无法读取。');
    expect(renderError('INTERNAL', { version: '0.1.0', debug: false }).message).toContain('加 --debug 可显示调试信息。');
  });

  it('--json: the error object carries the code, the message with its hint, and the location', () => {
    const e = fail('EXEMPTION_BAD_DATE', SAMPLES.EXEMPTION_BAD_DATE[0], { file: '豁免清单.csv', sheet: '豁免清单', row: 2, column: '有效期至' });
    expect(errorJson(e)).toEqual({ error: {
      code: 'EXEMPTION_BAD_DATE',
      message: '豁免清单 豁免清单.csv 工作表「豁免清单」第 2 行“有效期至”列不是可识别的日期。 处理办法：日期写成 2026-12-31 这样的格式；不限期的写“长期”或留空。',
      file: '豁免清单.csv', sheet: '豁免清单', row: 2, column: '有效期至',
    } });
    expect(errorJson(fail('LOG_FILE', { file: 'x.log' }))).toEqual({ error: { code: 'LOG_FILE', message: '无法写入日志文件 x.log（目录不存在或没有写权限）。' } });
  });

  it('README table: one row per code', () => {
    const rows = errorTableMarkdown().trim().split('\n').slice(2);
    expect(rows).toHaveLength(ERROR_CODES.length);
    expect(rows[0]).toBe('| `FILE_NOT_FOUND` | 1 | 找不到文件 |');
  });
});
