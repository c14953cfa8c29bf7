// Tolerant parsing of the controlled vocabularies found in departmental rosters.
// Convention: a parsed value; `null` for an empty cell; `undefined` for a value nobody knows (the
// caller reports it as an unknown value and never treats the record as a hit).
import { cleanText } from './text.js';
import { dateToExcelSerial } from './excel-date.js';

// Placeholders people type for "nothing here".
const EMPTY_MARKS = new Set(['', '-', '--', '—', '——', '/', '\\', '无数据', 'null', 'NULL', '#N/A', 'N/A', '空']);

function isEmptyMark(s: string): boolean {
  return EMPTY_MARKS.has(s);
}

function stripBrackets(s: string): string {
  return s.replace(/[([【{][^)\]】}]*[)\]】}]?/g, '');
}

const YES = new Set(['是', 'Y', 'YES', '1', '√', '✓', '✔', '有', 'TRUE', 'T', '对', '已', '是的']);
const NO = new Set(['否', 'N', 'NO', '0', '×', '✗', '✘', 'X', '无', 'FALSE', 'F', '不是', '没有', '未']);

/** 是/否 and the usual spellings. */
export function parseYesNo(raw: string | null | undefined): boolean | null | undefined {
  const s = cleanText(raw);
  if (isEmptyMark(s)) return null;
  const u = s.toUpperCase();
  if (YES.has(u)) return true;
  if (NO.has(u)) return false;
  return undefined;
}

/**
 * 享受低保政策情况 / 享受特困供养政策情况 of the national export (城市低保 / 农村低保 / 未享受, 城市特困 / 农村特困 /
 * 不享受), and the older 是否享受低保 / 是否特困供养人员 (是/否). True when the person receives the assistance.
 */
export function parseEnjoysPolicy(raw: string | null | undefined, policy: 'dibao' | 'tekun'): boolean | null | undefined {
  const s = cleanText(raw);
  if (isEmptyMark(s)) return null;
  const yn = parseYesNo(s);
  if (yn !== undefined) return yn;
  if (/^(未享受|不享受|没有享受|未纳入|非低保|非特困|否享受|无享受)/.test(s)) return false;
  if (/^(享受|已享受)$/.test(s)) return true;
  if (policy === 'dibao' ? /低保|最低生活保障/.test(s) : /特困|五保/.test(s)) return true;
  return undefined;
}

export type HouseholdType = 'exited' | 'monitored' | 'ordinary';

/** 户类型 / 家庭类型 of the national monitoring export. */
export function parseHouseholdType(raw: string | null | undefined): HouseholdType | null | undefined {
  const s = cleanText(raw);
  if (isEmptyMark(s)) return null;
  if (/未脱贫|^贫困户$|^建档立卡贫困户$/.test(s)) return undefined;
  if (/不稳定|监测|边缘|突发|易返贫|易致贫/.test(s)) return 'monitored';
  if (/脱贫/.test(s)) return 'exited';
  if (/^(一般户|一般农户|非贫困户|普通农户|普通户|农户|一般家庭|非建档立卡户)$/.test(s)) return 'ordinary';
  return undefined;
}

/** 监测对象类别: true when the cell names a monitoring category (the household is under monitoring). */
export function parseMonitorType(raw: string | null | undefined): boolean | null | undefined {
  const s = cleanText(raw);
  if (isEmptyMark(s)) return null;
  if (/^(无|否|非监测对象|不是监测对象|非监测户|0)$/.test(s)) return false;
  if (/不稳定|边缘|突发|监测|易返贫|易致贫|困难户/.test(s)) return true;
  return undefined;
}

/** 风险是否消除 / 风险是否已消除. */
export function parseRiskEliminated(raw: string | null | undefined): boolean | null | undefined {
  const s = cleanText(raw);
  if (isEmptyMark(s)) return null;
  const yn = parseYesNo(s);
  if (yn !== undefined) return yn;
  if (/未消除|未解除|没有消除|未消|风险未/.test(s)) return false;
  if (/已消除|已解除|风险消除|^消除$|^解除$|消除风险/.test(s)) return true;
  return undefined;
}

export type HousingGrade = 'A' | 'B' | 'C' | 'D';

/** 房屋安全鉴定等级: A/B/C/D with or without 级, 局部危房 (C), 整幢危房 (D). */
export function parseHousingGrade(raw: string | null | undefined): HousingGrade | null | undefined {
  const s = cleanText(raw).toUpperCase();
  if (isEmptyMark(s)) return null;
  const m = /^([ABCD])(级|类)?(危房|房屋|危险|安全|住房)?([(（].*)?$/.exec(s);
  if (m) return m[1] as HousingGrade;
  const m2 = /^(鉴定)?(等级|结果)?[:：为]?([ABCD])级?/.exec(s);
  if (m2) return m2[3] as HousingGrade;
  if (/局部危房|局部危险/.test(s)) return 'C';
  if (/整幢危房|整栋危房|整体危房|整幢危险/.test(s)) return 'D';
  if (/^基本安全$/.test(s)) return 'B';
  if (/^安全$/.test(s)) return 'A';
  return undefined;
}

/**
 * 改造状态: true when renovation is finished. An empty cell means not finished (the roster lists the
 * house because it is dangerous), so this returns `false`, not `null`, for empty.
 */
export function parseRenovationFinished(raw: string | null | undefined): boolean | undefined {
  const s = cleanText(raw);
  if (isEmptyMark(s)) return false;
  if (/^(否|未|无|N|0|×)$/i.test(s)) return false;
  if (/^(是|Y|1|√)$/i.test(s)) return true;
  if (/未竣工|未完成|未验收|未改造|未开工|未实施|未动工|在建|施工中|正在|已开工|开工|建设中|改造中|待改造|未/.test(s)) return false;
  if (/已竣工|竣工|已完成|完成|完工|已验收|验收|已改造|已入住|已搬迁/.test(s)) return true;
  return undefined;
}

const CN_DIGITS: Record<string, number> = {
  '一': 1, '二': 2, '三': 3, '四': 4, '壹': 1, '贰': 2, '叁': 3, '肆': 4, '两': 2,
  'Ⅰ': 1, 'Ⅱ': 2, 'Ⅲ': 3, 'Ⅳ': 4, 'I': 1, 'II': 2, 'III': 3, 'IV': 4,
  '1': 1, '2': 2, '3': 3, '4': 4,
};

/** 残疾等级: 一级…四级, 1–4, 壹级, 一级残疾, Ⅰ级. */
export function parseDisabilityLevel(raw: string | null | undefined): 1 | 2 | 3 | 4 | null | undefined {
  // NFKC would turn Ⅳ into IV; that is handled by the table.
  let s = cleanText(raw).toUpperCase();
  if (isEmptyMark(s)) return null;
  s = stripBrackets(s);
  s = s.replace(/^(残疾)?(等级)?[:：]?/, '').replace(/(级)?(残疾)?(人)?$/, '');
  s = s.replace(/^第/, '');
  const n = CN_DIGITS[s];
  return n === undefined ? undefined : (n as 1 | 2 | 3 | 4);
}

/** Vehicle types (GA 24.4) and their Chinese names. */
export const VEHICLE_TYPE_NAMES: Record<string, string> = {
  K10: '大型客车', K11: '大型普通客车', K12: '大型双层客车', K13: '大型卧铺客车', K14: '大型铰接客车',
  K15: '大型越野客车', K16: '大型轿车', K17: '大型专用客车',
  K20: '中型客车', K21: '中型普通客车', K22: '中型双层客车', K23: '中型卧铺客车', K24: '中型铰接客车',
  K25: '中型越野客车', K27: '中型专用客车',
  K30: '小型客车', K31: '小型普通客车', K32: '小型越野客车', K33: '小型轿车', K34: '小型专用客车',
  K40: '微型客车', K41: '微型普通客车', K42: '微型越野客车', K43: '微型轿车',
  H10: '重型货车', H11: '重型普通货车', H20: '中型货车', H21: '中型普通货车',
  H30: '轻型货车', H31: '轻型普通货车', H32: '轻型厢式货车', H33: '轻型封闭货车', H34: '轻型罐式货车',
  H35: '轻型平板货车', H37: '轻型自卸货车', H38: '轻型特殊结构货车', H39: '轻型仓栅式货车',
  H40: '微型货车', H41: '微型普通货车', H42: '微型厢式货车', H43: '微型封闭货车', H44: '微型罐式货车',
  H45: '微型自卸货车', H46: '微型特殊结构货车', H47: '微型仓栅式货车',
  H50: '低速货车', H51: '普通低速货车', H52: '厢式低速货车', H53: '罐式低速货车', H54: '自卸低速货车',
  H55: '仓栅式低速货车',
  M10: '三轮摩托车', M11: '普通正三轮摩托车', M12: '轻便正三轮摩托车', M13: '正三轮载客摩托车',
  M14: '正三轮载货摩托车', M15: '侧三轮摩托车', M20: '二轮摩托车', M21: '普通二轮摩托车', M22: '轻便二轮摩托车',
  N11: '三轮汽车',
  T11: '大型轮式拖拉机', T21: '小型轮式拖拉机', T22: '手扶拖拉机', T23: '手扶变形运输机',
  J11: '轮式装载机械', J12: '轮式挖掘机械', J13: '轮式平地机械',
};

/** Marker for disabled persons' vehicles: no GA 24.4 code, never counted. */
export const DISABLED_VEHICLE = 'DISABLED';

// Names seen in registers that are not the exact GA 24.4 titles.
const VEHICLE_NAME_EXTRA: [RegExp, string][] = [
  [/残疾人/, DISABLED_VEHICLE],
  [/^(轿车|小轿车|小型轿车)$/, 'K33'],
  [/^(微型轿车|微轿)$/, 'K43'],
  [/^(小型越野车|越野车|小型越野客车|SUV)$/i, 'K32'],
  [/^(摩托车|二轮摩托车|两轮摩托车|普通摩托车)$/, 'M21'],
  [/^(轻便摩托车|轻便二轮摩托车)$/, 'M22'],
  [/^(三轮摩托车|正三轮摩托车)$/, 'M11'],
  [/^(三轮汽车|三轮农用车|农用三轮车)$/, 'N11'],
  [/^(拖拉机|轮式拖拉机)$/, 'T21'],
  [/^(低速货车|四轮农用车|农用四轮车)$/, 'H51'],
  [/^(轻型货车|轻卡)$/, 'H31'],
];

const NAME_TO_CODE = new Map(Object.entries(VEHICLE_TYPE_NAMES).map(([code, name]) => [name, code]));

/**
 * 车辆类型: a GA 24.4 code (K33) or its Chinese name (小型轿车), alone or together ("K33小型轿车",
 * "小型轿车(K33)"). Returns the code, DISABLED_VEHICLE for 残疾人专用车/代步车, null for empty.
 */
export function parseVehicleType(raw: string | null | undefined): string | null | undefined {
  const s = cleanText(raw).toUpperCase();
  if (isEmptyMark(s)) return null;
  if (/残疾人/.test(s)) return DISABLED_VEHICLE;
  const code = /(?:^|[^A-Z0-9])([A-Z]\d{2})(?![0-9])/.exec(s);
  if (code) return code[1];
  const name = stripBrackets(s).replace(/[-—:：]/g, '');
  const exact = NAME_TO_CODE.get(name);
  if (exact) return exact;
  for (const [re, c] of VEHICLE_NAME_EXTRA) if (re.test(name)) return c;
  return undefined;
}

/** Chinese name of a vehicle type code (the code itself when not in the table). */
export function vehicleTypeName(code: string): string {
  if (code === DISABLED_VEHICLE) return '残疾人专用车';
  return VEHICLE_TYPE_NAMES[code] ?? code;
}

/**
 * 机动车状态: true while the owner still has the vehicle. Empty counts as active (registers list
 * registered vehicles). Single-letter codes other than A are not guessed.
 */
export function isVehicleActive(raw: string | null | undefined): boolean | undefined {
  const s = cleanText(raw).toUpperCase();
  if (isEmptyMark(s)) return true;
  if (/注销|报废|转出|被盗抢|盗抢|被盗|灭失|回收|解体|作废/.test(s)) return false;
  if (s === 'A') return true;
  if (/^(正常|在用|登记|有效|A正常|A-正常|启用|使用中|停驶|违法未处理|逾期未检验|逾期未年检|事故未处理|查封|暂扣|抵押|质押|锁定|海关监管)/.test(s)) return true;
  return undefined;
}

export type BusinessStatus = 'active' | 'inactive';

/**
 * 登记状态 / 经营状态 of a market entity: the word before any bracketed note or comma decides
 * (存续（在营、开业、在册） is active, 吊销，未注销 is not).
 */
export function parseBusinessStatus(raw: string | null | undefined): BusinessStatus | null | undefined {
  const s = cleanText(raw);
  if (isEmptyMark(s)) return null;
  const head = s.split(/[(（[【]/)[0].split(/[,，、;；/]/)[0];
  if (head === '') return undefined;
  if (/注销|吊销|迁出|停业|歇业|清算|撤销|责令关闭|关闭|解散|破产|终止/.test(head)) return 'inactive';
  if (/^(存续|在业|在营|开业|正常|登记|确立|有效|在册|迁入|经营|营业|在营在册|正常经营|正常营业|存续在营)/.test(head)) return 'active';
  return undefined;
}

const OPERATOR_ROLES = new Set([
  '经营者', '法定代表人', '负责人', '投资人', '执行事务合伙人', '法人', '法人代表', '法定代表',
  '个体工商户经营者', '个体经营者', '业主', '出资人', '个人独资企业投资人', '首席代表', '主要负责人',
  '合伙人', '普通合伙人', '经营者(个体户)', '法定代表人(负责人)',
]);
const NON_OPERATOR_ROLES = new Set([
  '股东', '监事', '董事', '经理', '总经理', '副经理', '财务负责人', '联络员', '董事长', '副董事长', '执行董事',
  '监事会主席', '职工监事', '有限合伙人', '清算组成员', '家庭成员', '参与经营者', '从业人员', '员工', '会计',
  '自然人股东', '投资者(股东)', '财务人员',
]);

/**
 * 身份 of a person on a market-entity roster: true for the operator or legal representative.
 * Empty returns null: the roster has no role, so the person listed is the operator.
 * Several roles in one cell (法定代表人、执行董事) count when any of them is an operator role.
 */
export function isOperatorRole(raw: string | null | undefined): boolean | null | undefined {
  const s = cleanText(raw);
  if (isEmptyMark(s)) return null;
  const parts = s.split(/[,，、;；/|和及兼()（）[\]【】]+/).filter((p) => p !== '');
  let sawNon = false;
  for (const p of parts) {
    if (OPERATOR_ROLES.has(p)) return true;
    if (NON_OPERATOR_ROLES.has(p)) sawNon = true;
  }
  return sawNon ? false : undefined;
}

/** 房屋性质 / 用途: true for market commercial housing; relocation, rebuilt and self-built homes are false. */
export function isCommercialHousing(raw: string | null | undefined): boolean | null | undefined {
  const s = cleanText(raw);
  if (isEmptyMark(s)) return null;
  if (/安置|易地|搬迁|因灾|灾后|重建|拆迁|自建|宅基地|集体|农村|农民|私房|经济适用|经适|公租|廉租|保障性|保障房|房改|集资|限价|周转/.test(s)) return false;
  if (/商品/.test(s)) return true;
  return undefined;
}

/** 参保状态 / 人员状态 / 缴费状态 of the medical-insurance roster. */
export function isInsuredStatus(raw: string | null | undefined): boolean | null | undefined {
  const s = cleanText(raw);
  if (isEmptyMark(s)) return null;
  if (/停保|暂停|终止|未缴|未参保|未参|中断|退保|注销|欠费|断缴|死亡|转出|冻结|不参保|停止|中止/.test(s)) return false;
  // 1/2/3 are the AAC008 codes (参保缴费 / 暂停缴费 / 终止参保).
  if (/^(是|Y|1|√)$/i.test(s)) return true;
  if (/^(否|N|0|2|3|×)$/i.test(s)) return false;
  if (/参保|已缴费|缴费|^正常|在保|有效|享受待遇|在职|续保/.test(s)) return true;
  return undefined;
}

/**
 * 学籍状态 / 就读方式 / 不在校原因: true only for 辍学 / 失学 / 退学. Every other status (在读, 送教上门,
 * 休学, 转学…) is not a dropout; empty returns null.
 */
export function isDropoutStatus(raw: string | null | undefined): boolean | null {
  const s = cleanText(raw);
  if (isEmptyMark(s)) return null;
  if (/劝返|复学|返校|已返|非辍学|未辍学|不是辍学|无辍学/.test(s)) return false;
  return /辍学|失学|退学/.test(s);
}

/**
 * 在校生状况 of the national export: true when it names a school grade (小学, 七年级, 普通高中一年级…),
 * false for 非在校生 / 学龄前儿童 / empty-like values.
 */
export function parseStudentStatus(raw: string | null | undefined): boolean | null | undefined {
  const s = cleanText(raw);
  if (isEmptyMark(s)) return null;
  if (/^(否|无|非在校生|不在校|非学生|学龄前儿童|学龄前|已毕业|毕业|辍学|失学|退学|N|0)$/i.test(s)) return false;
  if (/^(是|在校生|在校|在读|学生|Y|1)$/i.test(s)) return true;
  if (/学前|幼儿园|小学|初中|高中|中职|中专|技校|技工|职高|高职|高专|大专|专科|本科|大学|研究生|硕士|博士|技师学院|特教|特殊教育|[一二三四五六七八九]年级|^[1-9]年级/.test(s)) return true;
  return undefined;
}

/** 劳动技能: false when the person has no labour capacity (丧失劳动力, 无劳动力). */
export function hasLaborCapacity(raw: string | null | undefined): boolean | null | undefined {
  const s = cleanText(raw);
  if (isEmptyMark(s)) return null;
  if (/丧失劳动|无劳动/.test(s)) return false;
  if (/普通劳动|技能劳动|弱劳动|半劳动|劳动力/.test(s)) return true;
  return undefined;
}

/** A number from a money or count cell: strips 元, ￥, commas, spaces; 1.2万 = 12000; text gives undefined. */
export function parseNumber(raw: string | number | null | undefined): number | null | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  let s = cleanText(raw);
  if (isEmptyMark(s)) return null;
  s = s.replace(/^[￥¥]|^人民币/, '').replace(/(元|元整|块)$/, '').replace(/,/g, '');
  let factor = 1;
  if (/万$/.test(s)) { factor = 10000; s = s.slice(0, -1); }
  s = s.replace(/^[￥¥]/, '');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(s)) return undefined;
  const n = Number(s) * factor;
  return Number.isFinite(n) ? Math.round(n * 100) / 100 : undefined;
}

// ---- Fields of the national monitoring export (roster lint, dates, assistance) ----

/** 与户主关系 values of the national monitoring system (domain §1.3). */
export const NATIONAL_RELATIONS: readonly string[] = [
  '户主', '配偶', '之子', '之女', '之儿媳', '之女婿', '之孙子', '之孙女', '之外孙子', '之外孙女', '之父', '之母',
  '之岳父', '之岳母', '之公公', '之婆婆', '之祖父', '之祖母', '之外祖父', '之外祖母', '之兄弟姐妹', '之曾孙子',
  '之曾孙女', '之侄儿', '之侄女', '之兄弟媳妇', '之叔伯', '其他',
];
const NATIONAL_RELATION_SET = new Set(NATIONAL_RELATIONS);

// Spellings seen outside the national system, mapped to the national value they stand for.
const RELATION_VARIANTS: Record<string, string> = {
  本人: '户主', 户主本人: '户主', '本人(户主)': '户主', '01': '户主',
  妻: '配偶', 妻子: '配偶', 夫: '配偶', 丈夫: '配偶', 爱人: '配偶', 老伴: '配偶',
  子: '之子', 儿子: '之子', 长子: '之子', 次子: '之子', 三子: '之子', 养子: '之子', 继子: '之子',
  女: '之女', 女儿: '之女', 长女: '之女', 次女: '之女', 三女: '之女', 养女: '之女', 继女: '之女',
  儿媳: '之儿媳', 儿媳妇: '之儿媳', 媳妇: '之儿媳', 女婿: '之女婿',
  孙子: '之孙子', 孙女: '之孙女', 外孙: '之外孙子', 外孙子: '之外孙子', 外孙女: '之外孙女',
  父: '之父', 父亲: '之父', 母: '之母', 母亲: '之母', 岳父: '之岳父', 岳母: '之岳母', 公公: '之公公', 婆婆: '之婆婆',
  祖父: '之祖父', 爷爷: '之祖父', 祖母: '之祖母', 奶奶: '之祖母', 外祖父: '之外祖父', 外公: '之外祖父',
  外祖母: '之外祖母', 外婆: '之外祖母', 兄弟姐妹: '之兄弟姐妹', 兄: '之兄弟姐妹', 弟: '之兄弟姐妹', 姐: '之兄弟姐妹',
  妹: '之兄弟姐妹', 哥哥: '之兄弟姐妹', 弟弟: '之兄弟姐妹', 姐姐: '之兄弟姐妹', 妹妹: '之兄弟姐妹',
  曾孙子: '之曾孙子', 曾孙: '之曾孙子', 曾孙女: '之曾孙女', 侄儿: '之侄儿', 侄子: '之侄儿', 侄女: '之侄女',
  兄弟媳妇: '之兄弟媳妇', 弟媳: '之兄弟媳妇', 嫂子: '之兄弟媳妇', 叔伯: '之叔伯', 叔叔: '之叔伯', 伯父: '之叔伯',
};

/**
 * 与户主关系: the national value it is or stands for ("儿子" gives "之子"); null for empty; undefined
 * when nobody knows. Use isNationalRelation to tell an exact national value from a variant.
 */
export function parseRelation(raw: string | null | undefined): string | null | undefined {
  const s = cleanText(raw);
  if (isEmptyMark(s)) return null;
  if (NATIONAL_RELATION_SET.has(s)) return s;
  return RELATION_VARIANTS[s] ?? RELATION_VARIANTS[s.replace(/^之/, '')] ?? undefined;
}

/** True when the cell (after cleanText) is exactly a value of the national vocabulary. */
export function isNationalRelation(raw: string | null | undefined): boolean {
  return NATIONAL_RELATION_SET.has(cleanText(raw));
}

export type Sex = 'M' | 'F';

/** 性别: 男/女, 男性/女性, the GB/T 2261.1 codes 1/2, M/F. */
export function parseSex(raw: string | null | undefined): Sex | null | undefined {
  const s = cleanText(raw).toUpperCase();
  if (isEmptyMark(s)) return null;
  if (/^(男|男性|1|M|MALE)$/.test(s)) return 'M';
  if (/^(女|女性|2|F|FEMALE)$/.test(s)) return 'F';
  return undefined;
}

/** Sex coded in the 17th character of an 18-character ID: odd is male, even female. */
export function sexOfId(idNumber: string): Sex | null {
  const c = idNumber.charAt(16);
  if (!/^\d$/.test(c)) return null;
  return Number(c) % 2 === 1 ? 'M' : 'F';
}

export type SchoolStage =
  | 'none' | 'preschoolChild' | 'preschoolEdu' | 'primary' | 'grade7' | 'grade8' | 'grade9' | 'junior'
  | 'senior' | 'secondaryVocational' | 'higherVocational' | 'technician' | 'bachelor' | 'postgraduate'
  | 'student';

/**
 * 在校生状况 of the national export as a stage: 'none' for 非在校生 and the like, 'student' when it
 * only says the person is in school. Values of the national list (domain §1.3) and common spellings.
 */
export function parseSchoolStage(raw: string | null | undefined): SchoolStage | null | undefined {
  const s = cleanText(raw);
  if (isEmptyMark(s)) return null;
  if (/^(否|无|非在校生|不在校|非学生|已毕业|毕业|辍学|失学|退学|N|0)$/i.test(s)) return 'none';
  if (/^(学龄前儿童|学龄前)$/.test(s)) return 'preschoolChild';
  if (/学前|幼儿园/.test(s)) return 'preschoolEdu';
  if (/硕士|博士|研究生/.test(s)) return 'postgraduate';
  if (/本科|大学/.test(s)) return 'bachelor';
  if (/技师学院|技工/.test(s)) return 'technician';
  if (/高职|高专|大专|专科/.test(s)) return 'higherVocational';
  if (/中职|中专|职高|技校/.test(s)) return 'secondaryVocational';
  if (/高中/.test(s)) return 'senior';
  if (/^(七|7|初中一|初一)年级?$|^初一$/.test(s)) return 'grade7';
  if (/^(八|8|初中二|初二)年级?$|^初二$/.test(s)) return 'grade8';
  if (/^(九|9|初中三|初三)年级?$|^初三$/.test(s)) return 'grade9';
  if (/初中/.test(s)) return 'junior';
  if (/小学|^[一二三四五六1-6]年级$/.test(s)) return 'primary';
  if (/特教|特殊教育/.test(s)) return 'student';
  if (/^(是|在校生|在校|在读|学生|Y|1)$/i.test(s)) return 'student';
  return undefined;
}

export type EducationLevel = 'illiterate' | 'primary' | 'junior' | 'senior' | 'college' | 'bachelor';

/** 文化程度: 文盲或半文盲, 小学, 初中, 高中 (中专/中职/技校), 大专, 本科及以上 (研究生). */
export function parseEducationLevel(raw: string | null | undefined): EducationLevel | null | undefined {
  const s = cleanText(raw);
  if (isEmptyMark(s)) return null;
  if (/文盲|不识字|未上学|没上过学/.test(s)) return 'illiterate';
  if (/本科|硕士|博士|研究生/.test(s)) return 'bachelor';
  if (/大专|专科|高职|高专/.test(s)) return 'college';
  if (/高中|中专|中职|职高|技校|中技/.test(s)) return 'senior';
  if (/初中/.test(s)) return 'junior';
  if (/小学/.test(s)) return 'primary';
  return undefined;
}

/** True when 健康状况 says exactly 健康 (multi-valued cells such as "健康,长期慢性病" are not healthy). */
export function isHealthy(raw: string | null | undefined): boolean | null {
  const s = cleanText(raw);
  if (isEmptyMark(s)) return null;
  return s === '健康';
}

/** 是否解决安全饮用水: 是/否 and 已解决/未解决. */
export function parseWaterSafe(raw: string | null | undefined): boolean | null | undefined {
  const s = cleanText(raw);
  const yn = parseYesNo(s);
  if (yn !== undefined) return yn;
  if (/未解决|没有解决|不安全|未达标|不达标/.test(s)) return false;
  if (/^(已解决|解决|安全|达标|已达标)$/.test(s)) return true;
  return undefined;
}

/** 实施开发式帮扶措施情况: false for 尚未实施, true for 已实施. */
export function parseAssistanceStatus(raw: string | null | undefined): boolean | null | undefined {
  const s = cleanText(raw);
  if (isEmptyMark(s)) return null;
  if (/尚未|未实施|未落实|没有实施|暂无|^(否|无|未)$/.test(s)) return false;
  if (/已实施|已落实|已帮扶|^实施$|^(是|有)$/.test(s)) return true;
  return undefined;
}

/**
 * A 产业帮扶 / 就业帮扶 / 公益岗位帮扶 / 金融帮扶 cell: false for 否/无/未实施, null for empty, true for
 * 是 or any text naming a measure (e.g. "小额信贷").
 */
export function parseAidCell(raw: string | null | undefined): boolean | null {
  const s = cleanText(raw);
  if (isEmptyMark(s)) return null;
  const yn = parseYesNo(s);
  if (yn !== undefined) return yn;
  if (/^(尚未实施|未实施|暂无|没有|未享受|未帮扶|未落实|0元|0\.0+)$/.test(s)) return false;
  return true;
}

export interface YearMonth { year: number; month: number }

function serialToYm(year: number, month: number, day: number): YearMonth | null {
  // An Excel number such as 202301 read as a date serial lands centuries ahead: undo it.
  const serial = dateToExcelSerial(new Date(Date.UTC(year, month - 1, day)));
  const m = serial === null ? null : /^(\d{4})(\d{2})(\d{2})?$/.exec(String(serial));
  if (!m) return null;
  const y = Number(m[1]), mo = Number(m[2]);
  return y >= 1900 && y <= 2200 && mo >= 1 && mo <= 12 ? { year: y, month: mo } : null;
}

/**
 * Year and month of a date cell: YYYY-MM-DD (as stored), YYYY-MM, YYYYMM, YYYYMMDD, YYYY/MM, YYYY.MM,
 * YYYY年M月(D日). Null for empty, undefined for anything else.
 */
export function parseYearMonth(raw: string | null | undefined): YearMonth | null | undefined {
  const s = cleanText(raw);
  if (isEmptyMark(s)) return null;
  const m = /^(\d{4})[-/.年](\d{1,2})(?:[-/.月](\d{1,2})日?|月)?(?:T.*)?$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})?$/.exec(s);
  if (!m) return undefined;
  const year = Number(m[1]), month = Number(m[2]), day = m[3] ? Number(m[3]) : 1;
  // A day the month does not have (2023-02-30) is a typo to report, not February.
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  if (year > 2200 && m[0].includes('-')) return serialToYm(year, month, day) ?? undefined;
  if (year < 1900 || year > 2200) return undefined;
  return { year, month };
}

/** Whole calendar months from a to b (days ignored: the export keeps these dates as YYYYMM). */
export function monthsBetween(a: YearMonth, b: YearMonth): number {
  return (b.year - a.year) * 12 + (b.month - a.month);
}
