// The error catalogue: every code the program can emit, with its exit code and its Chinese message and hint
// rendered from typed data, so a code reads the same way wherever it is raised. Scripts read the code
// (product-spec §9.6); tests assert code and data. Data never holds ID numbers, names or phone numbers:
// the throw site passes file, sheet and header names, config values and counts, already made safe to show.
// Base layer: imports nothing from the rest of src.

/** Header texts safe to print (never anything that looks like an ID), or null when the row is a data row. */
export interface ShownHeaders {
  list: string[];
  /** More headers than listed. */
  more: boolean;
}

/** What is damaged in a corrupt workbook. */
export type CorruptDetail =
  | { part: 'sheetData'; sheet: string }
  | { part: 'zipStructure' }
  | { part: 'crc'; entry: string }
  | { part: 'sharedString'; row: number; index: number; count: number };

/** Why an option value was refused. */
export type OptionProblem =
  | { kind: 'choice'; choices: string[] }
  | { kind: 'month' }
  | { kind: 'date' }
  | { kind: 'noSuchDay' }
  | { kind: 'positiveInt' }
  | { kind: 'periodNotRun'; periods: string[] }
  | { kind: 'unknownTownship'; townships: string[] };

/** A field of a source kind, as messages name it. */
export interface FieldName { field: string; title: string }

/** Filled in for environment errors: where it was writing, and whether nothing was changed (rolled back). */
export interface EnvData { at: string; nothingChanged: boolean }

/**
 * Commander's own errors, by code: the command whose line was wrong (for "用 … --help") and the names commander
 * reported (an option, argument or command as the user typed it or as declared; cli/options.ts commanderError).
 */
export interface CommanderData { command: string }

/** The data each code's message is rendered from. */
export interface ErrorData {
  // ---- files (exit 1)
  /** `checked`: a stat of a path typed on the command line (inspect) or of a listed source file; absent when opening. */
  FILE_NOT_FOUND: { checked?: 'typed' | 'listed' };
  NOT_A_FILE: { folder: boolean };
  CANNOT_OPEN: { locked: boolean };
  EMPTY_FILE: Record<string, never>;
  CORRUPT_FILE: { detail?: CorruptDetail };
  NOT_A_WORKBOOK: { ext: string };
  ENCRYPTED: Record<string, never>;
  UNSUPPORTED_FORMAT: { ext: string; formatName?: string };
  CSV_ENCODING: { mixed: true; utf8Rows: number[] } | { mixed: false; row: number };
  CSV_PARSE: { row: number; unclosedQuote: boolean } | { row?: undefined };
  // ---- sheets and headers (exit 1)
  SHEET_NOT_FOUND: { sheet: string; configured: true; sheetCount: number } | { sheet: string; configured: false };
  HEADER_NOT_FOUND: { sheets: string[]; scannedRows: number; kindTitle: string };
  MISSING_COLUMN: { missing: FieldName[]; headers: ShownHeaders | null; headerRow: boolean; example: { field: string; header: string }[] };
  COLUMN_NOT_FOUND: { refs: (FieldName & { ref: string; groups: string[] })[]; headers: ShownHeaders | null };
  AMBIGUOUS_COLUMN: { refs: (FieldName & { ref: string; columns: string[] })[]; example: { field: string; column: string } };
  // ---- exemption list (exit 1)
  EXEMPTION_NO_HEADER: { file: string };
  EXEMPTION_NO_SUBJECT_COLUMN: { file: string; sheet: string; row: number };
  EXEMPTION_NO_SUBJECT: { file: string; sheet: string; row: number };
  EXEMPTION_NO_RULE: { file: string; sheet: string; row: number };
  EXEMPTION_BAD_ID: { file: string; sheet: string; row: number; column: string; reason: string | null };
  EXEMPTION_BAD_DATE: { file: string; sheet: string; row: number; column: string };
  // ---- a run (exit 1)
  INPUT_DIR_MISSING: { dir: string; period: string };
  DB_OPEN: { detail: string };
  DB_LOCKED: { db: string; pid: number; lockFile: string } | { db: string; pid?: undefined };
  OUTPUT_MOVE: { output: string };
  // ---- the machine (exit 1), app/env-errors.ts
  DISK_FULL: EnvData;
  NO_WRITE_PERMISSION: EnvData;
  OUTPUT_PATH: EnvData;
  PATH_TOO_LONG: EnvData;
  IO_ERROR: EnvData;
  // ---- verify: a returned file that cannot be used at all (exit 1; other files are still recorded)
  NOT_A_LIST: { file: string };
  OTHER_PERIOD: { file: string; period: string };
  NOT_OURS: { file: string; rows: number };
  NO_ROWS: { file: string };
  // ---- configuration (exit 2)
  CONFIG_NOT_FOUND: { file: string };
  CONFIG_SYNTAX: { file: string; line: number; column: number; near: string };
  CONFIG_INVALID: { file: string; issues: string[] };
  CONFIG_UNKNOWN_FIELD: { file: string; fields: { source: number; kind: string; field: string; available: string[] }[] };
  CONFIG_UNKNOWN_RULE: { file: string; codes: string[]; available: string[] };
  UNKNOWN_FIELD: { field: string; kind: string; available: FieldName[] };
  CONFIG_EXISTS: { file: string };
  // ---- usage (exit 2)
  BAD_PERIOD: { value: string };
  BAD_OPTION_VALUE: { flag: string; value: string; problem: OptionProblem } | (CommanderData & { values: string[] });
  OLDER_PERIOD: { period: string; later: string };
  DB_NOT_FOUND: { db: string };
  DEMO_DIR_NOT_EMPTY: { dir: string };
  LOG_FILE: { file: string };
  UNKNOWN_OPTION: CommanderData & { option: string; suggestion?: string };
  UNKNOWN_COMMAND: { name: string };
  MISSING_ARGUMENT: CommanderData & { argument: string };
  MISSING_OPTION: CommanderData & { option: string };
  MISSING_OPTION_VALUE: CommanderData & { option: string };
  TOO_MANY_ARGUMENTS: CommanderData;
  CONFLICTING_OPTIONS: CommanderData & { options: string[] };
  BAD_USAGE: CommanderData;
  // ---- the process
  /** Stopped by a signal: the process exits 130 (SIGINT) or 143 (SIGTERM), not `exit`. */
  INTERRUPTED: { signal: string };
  INTERNAL: { version: string; debug: boolean };
}

export type ErrorCode = keyof ErrorData;

/** The codes commander's own errors map to (their data is the Chinese sentence cli/options.ts made). */
export type CommanderCode = 'UNKNOWN_OPTION' | 'UNKNOWN_COMMAND' | 'MISSING_ARGUMENT' | 'MISSING_OPTION' | 'MISSING_OPTION_VALUE'
  | 'TOO_MANY_ARGUMENTS' | 'BAD_OPTION_VALUE' | 'CONFLICTING_OPTIONS' | 'BAD_USAGE';

export interface CatalogueEntry<D> {
  exit: 1 | 2 | 3;
  /** The process exit code when it is not `exit` (README's table shows this instead). */
  processExit?: string;
  /** One line for README's code table. */
  summary: string;
  message: (d: D) => string;
  hint?: (d: D) => string | undefined;
}

export type Catalogue = { [C in ErrorCode]: CatalogueEntry<ErrorData[C]> };

const RESAVE = '请用 WPS 或 Excel 打开该文件，确认内容完整后“另存为” .xlsx 格式，再重新运行。';
const REFETCH = '请重新下载或向报送单位重新索取该文件；如 WPS 或 Excel 仍能打开，请“另存为” .xlsx 后再试。';
const DATA_ROW_NOTE = '该行含有身份证号等个人数据，像是数据行而不是表头（内容不在此显示）';

const quoted = (xs: readonly string[]) => xs.map((x) => `「${x}」`).join('、');

function headerList(h: ShownHeaders | null): string {
  if (h === null) return DATA_ROW_NOTE;
  return h.list.length === 0 ? '（空）' : quoted(h.list) + (h.more ? ' 等' : '');
}

function corruptText(d: CorruptDetail | undefined): string {
  switch (d?.part) {
    case 'sheetData': return `工作簿中的工作表「${d.sheet}」缺少数据，文件可能已损坏。`;
    case 'zipStructure': return '文件不完整或已损坏（压缩包结构缺失，可能没有下载或复制完整）。';
    case 'crc': return `文件已损坏：压缩包中「${d.entry}」的数据校验（CRC）不符，内容不可信，无法读取。`;
    case 'sharedString':
      return `文件已损坏：第 ${d.row} 行引用了第 ${d.index} 个共享字符串，但文件中只有 ${d.count} 个（共享字符串部分缺失或不完整），无法读取。`;
    default: return '文件已损坏或不完整，无法读取。';
  }
}

function optionProblem(p: OptionProblem): string {
  switch (p.kind) {
    case 'choice': return `可选：${p.choices.join('、')}。`;
    case 'month': return '应为 YYYY-MM 格式的月份，如 2026-10。';
    case 'date': return '应为 YYYY-MM-DD 格式的日期，如 2026-10-31。';
    case 'noSuchDay': return '这一天不存在（请检查月份的天数）。';
    case 'positiveInt': return '应为正整数。';
    case 'periodNotRun': return p.periods.length ? `这个月份还没有比对过。已比对的月份：${p.periods.join('、')}。` : '数据库里还没有比对记录。';
    case 'unknownTownship':
      return p.townships.length ? `数据库中没有这个乡镇。已有：${p.townships.join('、')}。` : '数据库中还没有任何乡镇的疑点。';
  }
}

const tail = (d: EnvData) => (d.nothingChanged ? '数据库和已有的输出文件没有任何改动。' : '');

/** Every commander message ends by pointing at the failing command's help. */
const help = (d: CommanderData) => `用 ${d.command} --help 查看用法。`;

export const CATALOGUE: Catalogue = {
  FILE_NOT_FOUND: {
    exit: 1, summary: '找不到文件',
    message: (d) => (d.checked ? '文件不存在或无法读取。' : '找不到该文件。'),
    hint: (d) => d.checked === 'typed' ? '检查文件名和路径（含空格或中文括号时请加引号）。'
      : d.checked === 'listed' ? '检查文件是否被移动、删除，或是否有读取权限。' : '请检查文件名和所在文件夹。',
  },
  NOT_A_FILE: { exit: 1, summary: '给出的路径不是文件', message: (d) => (d.folder ? '这是一个文件夹，不是文件。' : '这不是一个文件。') },
  CANNOT_OPEN: {
    exit: 1, summary: '文件无法打开（没有读取权限或被占用）',
    message: (d) => (d.locked ? '无法打开该文件（没有读取权限，或正被其他程序占用）。' : '无法打开该文件。'),
    hint: (d) => (d.locked ? '请关闭正在使用该文件的 WPS/Excel 窗口，或检查文件权限后重试。' : RESAVE),
  },
  EMPTY_FILE: {
    exit: 1, summary: '文件是空的（0 字节）', message: () => '文件是空的（0 字节），没有任何内容可读。',
    hint: () => '请确认文件已完整下载或复制（部门发来的原件大小不应为 0）。',
  },
  CORRUPT_FILE: {
    exit: 1, summary: '文件已损坏或不完整', message: (d) => corruptText(d.detail),
    hint: (d) => (d.detail?.part === 'crc' || d.detail?.part === 'sharedString' ? REFETCH : RESAVE),
  },
  NOT_A_WORKBOOK: {
    exit: 1, summary: '扩展名与内容不符',
    message: (d) => `文件扩展名是 ${d.ext}，但内容不是${d.ext === '.csv' || d.ext === '.txt' ? '文本表格（CSV）' : 'Excel 工作簿'}，无法读取。`,
    hint: () => '请确认发来的文件正确；如能用 WPS 或 Excel 打开，请“另存为” .xlsx 格式后再试。',
  },
  ENCRYPTED: {
    exit: 1, summary: '工作簿有打开密码', message: () => '工作簿设置了打开密码（已加密），无法读取。',
    hint: () => '请用 WPS 或 Excel 输入密码打开，在“文件 → 信息/文档加密”中取消密码，再“另存为”无密码的 .xlsx 后重新运行。',
  },
  UNSUPPORTED_FORMAT: {
    exit: 1, summary: '不支持的文件格式',
    message: (d) => `不支持读取${!d.ext ? '没有扩展名的文件' : d.formatName ? `${d.formatName}（${d.ext}）格式` : `${d.ext} 格式`}；只能读取 .xlsx、.xls 和 .csv 文件。`,
    hint: () => '请用 WPS 或 Excel 打开后“另存为” .xlsx（Excel 工作簿）格式，再重新运行。',
  },
  CSV_ENCODING: {
    exit: 1, summary: 'CSV 文件混用了两种编码',
    message: (d) => d.mixed
      ? `文件混用了两种编码：大部分是 GBK，但第 ${d.utf8Rows.slice(0, 10).join('、')} 行${d.utf8Rows.length > 10 ? '等' : ''}是 UTF-8，按任何一种读取都会有乱码，未导入。`
      : `文件开头是 UTF-8 编码，但第 ${d.row} 行附近出现了其他编码的文字，无法可靠读取。`,
    hint: (d) => d.mixed ? '请用 WPS 或 Excel 打开后“另存为” .xlsx（或统一另存为“CSV UTF-8”）后重试。'
      : '请用 WPS 或 Excel 打开后“另存为” .xlsx，或另存为“CSV UTF-8”格式后重试。',
  },
  CSV_PARSE: {
    exit: 1, summary: 'CSV 文件格式有误',
    message: (d) => d.row === undefined ? 'CSV 文件无法解析。'
      : `CSV 文件从第 ${d.row} 行起${d.unclosedQuote ? '有一个引号（"）没有配对，文件可能被截断或格式有误' : '格式有误，无法解析'}。`,
    hint: (d) => (d.row === undefined ? '请用 WPS 或 Excel 打开后另存为 .xlsx 后重试。' : '请用 WPS 或 Excel 打开检查该行，另存为 .xlsx 后重试。'),
  },
  SHEET_NOT_FOUND: {
    exit: 1, summary: '找不到指定的工作表',
    message: (d) => (d.configured ? `找不到配置的工作表「${d.sheet}」（共 ${d.sheetCount} 个工作表）。` : `找不到工作表「${d.sheet}」。`),
    hint: (d) => (d.configured ? '检查配置中 sheet 的名称或序号（从 1 开始）。' : '检查 --sheet 的名称或序号（从 1 开始）。'),
  },
  HEADER_NOT_FOUND: {
    exit: 1, summary: '找不到包含身份证号列的表头',
    message: (d) => `在工作表${quoted(d.sheets)}中找不到包含身份证号列的表头（已查看每个工作表的前 ${d.scannedRows} 行）。`,
    hint: (d) => `确认这是${d.kindTitle}名册；若表头写法特殊，可在配置的 columns 中指定，例如 "columns": { "idNumber": "实际的身份证号列名" }，或用 headerRow 指定表头所在行。`,
  },
  MISSING_COLUMN: {
    exit: 1, summary: '缺少必需的列',
    message: (d) => `缺少必需的列${d.missing.map((m) => `「${m.title}」（${m.field}）`).join('、')}。` +
      `${d.headers === null ? '' : d.headerRow ? '该行的表头为：' : '找到的表头为：'}${headerList(d.headers)}。`,
    hint: (d) => `如果其中某一列就是所缺的列，请在配置文件该数据源中写明实际表头，例如 "columns": { ${d.example.map((e) => `"${e.field}": "${e.header}"`).join(', ')} }；` +
      `表头不在第一行时可用 "headerRow" 指定行号。`,
  },
  COLUMN_NOT_FOUND: {
    exit: 1, summary: '配置的 columns 指定的列在表头中找不到',
    message: (d) => `配置的 columns 中 ${d.refs.map((r) => `"${r.field}"（${r.title}）指定的列${r.ref}` +
      (r.groups.length > 0 ? `（该表头只出现在分组${quoted(r.groups)}下）` : '')).join('、')}在表头中找不到。` +
      `${d.headers === null ? '' : '该行的表头为：'}${headerList(d.headers)}。`,
    hint: () => '请把 columns 中的列名改成表头中实际的写法（空格、换行、全角半角括号不影响匹配），分组写成表头上一行（合并单元格）的文字，或用 { "column": "列字母" } 指定列；也可用 "headerRow" 指定表头所在行。',
  },
  AMBIGUOUS_COLUMN: {
    exit: 1, summary: '配置的 columns 指定的列对应多列',
    message: (d) => `配置的 columns 中 ${d.refs.map((r) => `"${r.field}"（${r.title}）指定的列${r.ref}对应 ${r.columns.length} 列：` +
      r.columns.join('、')).join('；')}，无法确定用哪一列。`,
    hint: (d) => `请改用列字母指定，例如 "${d.example.field}": { "column": "${d.example.column}" }。`,
  },
  EXEMPTION_NO_HEADER: {
    exit: 1, summary: '豁免清单中没有表头',
    message: (d) => `豁免清单 ${d.file} 中没有找到表头（需要“规则”列，以及“身份证号”“户主身份证号”或“户编号”列）。`,
    hint: () => '表头示例：身份证号 | 规则 | 原因 | 批准文号 | 有效期至。',
  },
  EXEMPTION_NO_SUBJECT_COLUMN: {
    exit: 1, summary: '豁免清单的表头没有身份证号或户编号列',
    message: (d) => `豁免清单 ${d.file} 工作表「${d.sheet}」第 ${d.row} 行的表头中没有身份证号、户主身份证号或户编号列，无法知道豁免的是谁。`,
    hint: () => '加一列“身份证号”（或“户主身份证号”“户编号”），每行填写被豁免的人或户。',
  },
  EXEMPTION_NO_SUBJECT: {
    exit: 1, summary: '豁免清单某行没有填写豁免的人或户',
    message: (d) => `豁免清单 ${d.file} 工作表「${d.sheet}」第 ${d.row} 行没有填写身份证号、户主身份证号或户编号。`,
    hint: () => '每行都要写明豁免的是哪个人或哪一户；不用的行请删除。',
  },
  EXEMPTION_NO_RULE: {
    exit: 1, summary: '豁免清单某行没有填写规则',
    message: (d) => `豁免清单 ${d.file} 工作表「${d.sheet}」第 ${d.row} 行没有填写规则。`,
    hint: () => '填写规则代码（如 FOUR_CAT_VEHICLE）、国家校验编号（如 2_11_002）或规则名称，见 fupin rules。',
  },
  EXEMPTION_BAD_ID: {
    exit: 1, summary: '豁免清单中的身份证号无效',
    message: (d) => `豁免清单 ${d.file} 工作表「${d.sheet}」第 ${d.row} 行“${d.column}”列的身份证号无效（${d.reason ?? '格式错误'}）。`,
    hint: () => '请按户籍核对后以文本格式填写 18 位身份证号。',
  },
  EXEMPTION_BAD_DATE: {
    exit: 1, summary: '豁免清单中的有效期不是日期',
    message: (d) => `豁免清单 ${d.file} 工作表「${d.sheet}」第 ${d.row} 行“${d.column}”列不是可识别的日期。`,
    hint: () => '日期写成 2026-12-31 这样的格式；不限期的写“长期”或留空。',
  },
  INPUT_DIR_MISSING: {
    exit: 1, summary: '本月输入目录不存在',
    message: (d) => `本期输入目录不存在：${d.dir}`,
    hint: (d) => `把 ${d.period} 的名册放到这个目录里，或检查配置的 input 和 --period。`,
  },
  DB_OPEN: {
    exit: 1, summary: '数据库无法打开（损坏或没有权限）',
    message: (d) => `无法打开数据库（${d.detail}）。`,
    hint: () => '确认数据库文件未损坏、有读写权限；如文件损坏，可从备份恢复或换一个 --db 路径重新导入。',
  },
  DB_LOCKED: {
    exit: 1, summary: '另一个 fupin 正在使用数据库',
    message: (d) => d.pid !== undefined
      ? `另一个 fupin 进程（进程号 ${d.pid}）正在使用数据库 ${d.db}，本次未做任何改动。`
      : `无法锁定数据库 ${d.db}，本次未做任何改动。`,
    hint: (d) => (d.pid !== undefined ? `等它结束后再运行；如确认没有其他 fupin 在运行，可删除锁文件 ${d.lockFile}。` : undefined),
  },
  OUTPUT_MOVE: {
    exit: 1, summary: '结果已保存，但输出文件没能放进输出目录',
    message: (d) => `数据库已保存本次比对结果，但无法把新的输出文件放进输出目录 ${d.output}（部分文件可能仍是上次的）。`,
    hint: () => '排除问题（权限、磁盘）后，对同一月份重新运行 reconcile：它会重新写出全部输出文件。',
  },
  DISK_FULL: {
    exit: 1, summary: '磁盘空间不足',
    message: (d) => `磁盘空间不足，无法写入${d.at}。${tail(d)}`,
    hint: () => '请清理磁盘空间，或在配置中把 output / database 指到有空间的位置，然后重新运行。',
  },
  NO_WRITE_PERMISSION: {
    exit: 1, summary: '没有写入权限',
    message: (d) => `没有写入权限，无法写入${d.at}。${tail(d)}`,
    hint: () => '请检查该文件夹或文件的权限（以及磁盘是否只读），或在配置中换一个位置，然后重新运行。',
  },
  OUTPUT_PATH: {
    exit: 1, summary: '输出路径被同名文件占用',
    message: (d) => `无法写入${d.at}：路径中有同名的文件，或该处不是文件夹。${tail(d)}`,
    hint: () => '请检查配置的 output 路径，删除或改名占用该路径的文件后重新运行。',
  },
  PATH_TOO_LONG: {
    exit: 1, summary: '文件名或路径太长',
    message: (d) => `文件名或路径太长，无法写入${d.at}。${tail(d)}`,
    hint: () => '请换一个较短的文件名或路径（如 --db、配置中的 output / database）。',
  },
  IO_ERROR: {
    exit: 1, summary: '读写磁盘出错',
    message: (d) => `读写磁盘出错，无法写入${d.at}。${tail(d)}`,
    hint: () => '请检查磁盘或网络盘是否正常，然后重新运行。',
  },
  NOT_A_LIST: {
    exit: 1, summary: 'verify：不是 fupin 下发的整改清单',
    message: (d) => `${d.file}：不是 fupin 下发的整改清单（没有找到带「编号(请勿修改)」和「核实结果」列的工作表），未做改动。请在下发的清单上填写后返回。`,
  },
  OTHER_PERIOD: {
    exit: 1, summary: 'verify：数据库中没有该清单月份的比对结果',
    message: (d) => `${d.file}：这是 ${d.period} 的清单，但数据库中没有 ${d.period} 的比对结果（可能是别的县、别的数据库的清单），未做改动。`,
  },
  NOT_OURS: {
    exit: 1, summary: 'verify：编号都对不上，不是本数据库下发的清单',
    message: (d) => `${d.file}：${d.rows} 行的编号都在数据库中找不到：不是本县（本数据库）下发的清单，或编号列被改动，未做改动。`,
  },
  NO_ROWS: {
    exit: 1, summary: 'verify：清单中没有带编号的行',
    message: (d) => `${d.file}：清单中没有带编号的行，没有可读回的内容。`,
  },
  CONFIG_NOT_FOUND: {
    exit: 2, summary: '找不到配置文件',
    message: (d) => `找不到配置文件 ${d.file}。`,
    hint: () => '用 fupin init 生成一个，或用 --config 指定配置文件路径。',
  },
  CONFIG_SYNTAX: {
    exit: 2, summary: '配置文件不是有效的 JSON（给出行、列）',
    message: (d) => `配置文件 ${d.file} 第 ${d.line} 行第 ${d.column} 列不是有效的 JSON${d.near ? `（这一行：${d.near}）` : ''}。`,
    hint: () => '检查这里或上一行是否缺少逗号、引号或括号，是否多了结尾逗号。',
  },
  CONFIG_INVALID: {
    exit: 2, summary: '配置项拼错、缺少或取值不对（给出是哪一项）',
    message: (d) => `配置文件 ${d.file} 有误：\n  ${d.issues.join('\n  ')}`,
    hint: () => '按提示修改配置文件；各项的说明见 README 或 fupin.schema.json。',
  },
  CONFIG_UNKNOWN_FIELD: {
    exit: 2, summary: '配置的 columns 中有数据类型没有的字段',
    message: (d) => `配置文件 ${d.file} 有误：\n  ${d.fields.map((f) =>
      `sources[${f.source}].columns.${f.field}：${f.kind} 没有字段 "${f.field}"（可用：${f.available.join('、')}）`).join('\n  ')}`,
    hint: () => '字段名见 fupin sources，规则代码见 fupin rules。',
  },
  CONFIG_UNKNOWN_RULE: {
    exit: 2, summary: 'rules.disabled 中有不认识的规则代码',
    message: (d) => `配置文件 ${d.file} 有误：\n  rules.disabled：不认识的规则代码 ${d.codes.map((u) => `"${u}"`).join('、')}（可用：${d.available.join('、')}）`,
    hint: () => '字段名见 fupin sources，规则代码见 fupin rules。',
  },
  UNKNOWN_FIELD: {
    exit: 2, summary: '读取时指定的 columns 中有未知字段',
    message: (d) => `配置的 columns 中有未知字段「${d.field}」（数据类型 ${d.kind}）。`,
    hint: (d) => `可用的字段：${d.available.map((f) => `${f.field}（${f.title}）`).join('、')}。`,
  },
  CONFIG_EXISTS: {
    exit: 2, summary: 'init：配置文件已存在',
    message: (d) => `${d.file} 已存在，未做改动。`,
    hint: () => '如确要覆盖，加 --force。',
  },
  BAD_PERIOD: {
    exit: 2, summary: '月份不是 YYYY-MM 格式',
    message: (d) => `--period 应为 YYYY-MM 格式（如 2026-10），收到的是 "${d.value}"。`,
  },
  BAD_OPTION_VALUE: {
    exit: 2, summary: '选项的取值无效（列出可选的取值）',
    message: (d) => ('values' in d ? `取值无效：${d.values.join(' ')}。${help(d)}` : `${d.flag} 的取值「${d.value}」无效。${optionProblem(d.problem)}`),
    hint: (d) => ('problem' in d && d.problem.kind === 'periodNotRun' && d.problem.periods.length === 0 ? '先运行 fupin reconcile。' : undefined),
  },
  OLDER_PERIOD: {
    exit: 2, summary: '比对的月份早于已比对过的月份（加 --force 才重新比对）',
    message: (d) => `已经比对过更晚的月份 ${d.later}，${d.period} 比它早。重新比对 ${d.period} 会改写 ${d.period} 的记录和输出文件，未做任何改动。`,
    hint: (d) => `确需重新比对 ${d.period}（例如补报了名册），加 --force；${d.later} 及以后月份的记录和清单不受影响。`,
  },
  DB_NOT_FOUND: {
    exit: 2, summary: '找不到数据库',
    message: (d) => `找不到数据库 ${d.db}。`,
    hint: () => '在县目录（有 fupin.config.json 的目录）里运行，或用 --config 指定配置文件、用 --db 指定数据库文件；还没有比对过的话，先运行 fupin reconcile。',
  },
  DEMO_DIR_NOT_EMPTY: {
    exit: 2, summary: 'demo：目录已存在且不是示例目录',
    message: (d) => `目录 ${d.dir} 已存在且不是示例目录，未做改动。`,
    hint: () => '换一个目录名，例如 fupin demo ./示例县。',
  },
  LOG_FILE: {
    exit: 2, summary: '无法写入 --log-file 指定的日志文件',
    message: (d) => `无法写入日志文件 ${d.file}（目录不存在或没有写权限）。`,
  },
  UNKNOWN_OPTION: {
    exit: 2, summary: '未知选项',
    message: (d) => `未知选项 ${d.option}${d.suggestion && d.suggestion !== d.option ? `（是不是 ${d.suggestion}？）` : ''}。${help(d)}`,
  },
  UNKNOWN_COMMAND: { exit: 2, summary: '未知命令', message: (d) => `未知命令 ${d.name}。用 fupin --help 查看全部命令。` },
  MISSING_ARGUMENT: { exit: 2, summary: '缺少参数', message: (d) => `缺少参数 <${d.argument}>。${help(d)}` },
  MISSING_OPTION: { exit: 2, summary: '缺少必需的选项', message: (d) => `必须提供选项 ${d.option}。${help(d)}` },
  MISSING_OPTION_VALUE: { exit: 2, summary: '选项缺少取值', message: (d) => `选项 ${d.option} 缺少取值。${help(d)}` },
  TOO_MANY_ARGUMENTS: { exit: 2, summary: '参数过多', message: (d) => `参数太多。${help(d)}` },
  CONFLICTING_OPTIONS: { exit: 2, summary: '选项相互冲突', message: (d) => `选项冲突：${d.options.join(' 与 ')}。${help(d)}` },
  BAD_USAGE: { exit: 2, summary: '命令行有误', message: (d) => `命令行有误。${help(d)}` },
  INTERRUPTED: {
    exit: 1, processExit: '130 / 143', summary: '被中断（Ctrl-C 为 130，SIGTERM 为 143），数据库和输出文件没有改动',
    message: (d) => `已中断（${d.signal}）：临时文件已删除，数据库和已有的输出文件没有任何改动。`,
  },
  INTERNAL: {
    exit: 3, summary: '程序内部错误（请报告）',
    message: (d) => `内部错误（fupin ${d.version}）：程序出现了意外问题，请把所用命令和这条信息报告给开发者。` + (d.debug ? '' : '加 --debug 可显示调试信息。'),
  },
};

export const ERROR_CODES = Object.keys(CATALOGUE) as ErrorCode[];

/** The message and hint of a code with its data. */
export function renderError<C extends ErrorCode>(code: C, data: ErrorData[C]): { message: string; hint?: string } {
  const entry = CATALOGUE[code] as CatalogueEntry<ErrorData[C]>;
  const hint = entry.hint?.(data);
  return hint === undefined ? { message: entry.message(data) } : { message: entry.message(data), hint };
}

const esc = (s: string) => s.replace(/\|/g, '\\|');

/** README's error-code table, generated from the catalogue; a test keeps README current. */
export function errorTableMarkdown(): string {
  return ['| 错误码 | 退出码 | 含义 |', '|---|---|---|',
    ...ERROR_CODES.map((c) => `| \`${c}\` | ${CATALOGUE[c].processExit ?? CATALOGUE[c].exit} | ${esc(CATALOGUE[c].summary)} |`)].join('\n') + '\n';
}
