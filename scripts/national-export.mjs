// A synthetic monitoring export in the layout the national system really produces (domain.md §1.5): a title row,
// a row of group headers merged across their columns, the names on row 3, ~180 columns, names repeated under a
// later 风险消除后 group, dates as YYYYMM / YYYYMMDD text, and the view's own code values. All people are made up.
// Used by scripts/make-fixtures.mjs (fixtures/（自定义）监测对象信息-示例.xlsx) and by the e2e tests, which also
// take `truth` from here: the findings each rule must give, and the traps a wrong reading would fall into.

const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function checkChar(s17) {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(s17[i]) * W[i];
  return '10X98765432'[sum % 11];
}
/** An ID of 大方县 (522422) with the sex digit set: odd for men. */
export function nid(birth, seq, sex) {
  const s3 = String(seq * 2 + (sex === '男' ? 1 : 0)).padStart(3, '0').slice(-3);
  const s = `522422${birth}${s3}`;
  return s + checkChar(s);
}

// Groups and their columns. `null` entries are filler names seen in real exports that fupin does not use.
const GROUPS = [
  ['基本信息', ['县', '乡', '村', '户编号', '人编号', '姓名', '性别', '证件类型', '证件号码', '出生日期', '民族', '与户主关系',
    '户类型', '户主姓名', '户主证件号码', '年度', '政治面貌', '户籍所在地', '自然村', '是否军烈属']],
  ['家庭成员情况', ['文化程度', '在校生状况', '义务教育阶段未上学原因', '健康状况', '劳动技能', '务工时间（月）', '务工所在地', '务工企业名称',
    '务工月收入', '就业渠道（易地搬迁后扶使用）', '家庭成员联系电话', '是否参加城乡居民基本医疗保险', '是否参加城镇职工基本医疗保险',
    '是否参加大病保险', '是否参加城乡居民基本养老保险', '是否参加城镇职工基本养老保险', '是否参加商业补充医疗保险', '是否接受医疗救助',
    '是否接受其他健康帮扶', '享受低保政策情况', '享受特困供养政策情况', '残疾类别', '残疾等级', '公益性岗位', '公益性岗位(月数)',
    '是否会讲普通话', '是否事实无人抚养儿童', '大专或本科毕业生未就业原因']],
  ['识别监测信息', ['监测对象类别', '识别监测时间', '致贫/返贫风险1', '致贫/返贫风险2', '致贫/返贫风险3', '致贫/返贫风险4', '致贫/返贫风险5',
    '风险是否已消除', '消除监测时间', '风险消除方式', '识别标准', '纳入监测程序', '监测联系人', '监测联系人电话']],
  ['收入情况', ['工资性收入', '公益性岗位收入', '其他工资性收入', '生产经营性收入', '财产性收入', '其他财产性收入（旧指标）', '转移性收入',
    '养老金或离退休金', '计划生育金', '生态补偿金', '最低生活保障金', '特困人员救助供养金', '其他转移性收入', '资产收益扶贫分红收入',
    '产业奖励', '就业奖励', '生产经营性支出（合计）', '专项用于减少生产经营性支出的补贴', '合规自付支出', '纯收入（元）', '年收入（元）',
    '人均纯收入（元）', '当前家庭人口数', '年度家庭人口数']],
  ['帮扶措施', ['实施开发式帮扶措施情况', '综合保障', '产业帮扶', '就业帮扶', '金融帮扶', '公益岗位帮扶', '健康帮扶', '教育帮扶', '社会帮扶',
    '搬迁', '住房安全保障', '饮水安全保障', '义务教育保障', '生产生活条件改善', '基础设施建设', '整户无劳动能力兜底保障户',
    '到户产业帮扶类型', '是否加入农民专业合作组织', '是否有龙头企业带动', '是否有创业致富带头人带动']],
  ['户基本情况', ['户联系电话', '是否危房户', '住房面积', '是否解决安全饮用水', '是否有卫生厕所', '是否通生活用电', '是否通生产用电',
    '是否通广播电视', '主要燃料类型', '入户路类型', '与村主干路距离', '耕地面积（亩）', '林地面积（亩）', '退耕还林面积（亩）',
    '林果面积（亩）', '牧草地面积', '水面面积']],
  // The same names again, as of the elimination: reading these instead of the first copies changes the rules' results.
  ['风险消除后', ['风险是否已消除', '人均纯收入（元）', '是否危房户', '是否解决安全饮用水', '健康状况', '劳动技能', '户类型',
    '风险消除后是否住房损毁', '风险消除后是否饮水设施损毁', '风险消除后是否义务教育阶段适龄儿童少年失学辍学']],
];
// Filler up to the ~180 columns of the real view (its remaining columns are of no use to fupin).
const FILLER = ['其他信息', []];
{
  const used = GROUPS.reduce((n, [, c]) => n + c.length, 0);
  for (let i = 1; used + i <= 180; i++) FILLER[1].push(`自定义指标${i}`);
  GROUPS.push(FILLER);
}

/** Column index (0-based) of a name, of its first copy or of the copy under `group`. */
export const HEADERS = GROUPS.flatMap(([, cols]) => cols);
export function columnOf(name, group) {
  let at = 0;
  for (const [g, cols] of GROUPS) {
    const i = cols.indexOf(name);
    if (i >= 0 && (group === undefined || g === group)) return at + i;
    at += cols.length;
  }
  throw new Error(`no column ${name}`);
}
export function letterOf(i) {
  let s = '';
  for (let x = i + 1; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

const PLACES = [['黄泥塘镇', '新民村'], ['黄泥塘镇', '红岩村'], ['六龙镇', '中寨村']];

/**
 * Households: the first copy of each field is what counts; `later` holds the 风险消除后 copies. `expect` lists
 * the rules that must fire for the household, everything else must not.
 */
const HOUSEHOLDS = [
  // 脱贫户, not monitored, income below the line: WRONG_EXIT.
  { id: '5224220101001001', place: 0, type: '脱贫户', income: 5200, later: { income: 9100 }, expect: ['WRONG_EXIT'] },
  // Look-alike: 脱贫户 above the line; the later copy says below (a wrong reading would fire WRONG_EXIT) and no safe water.
  { id: '5224220101001002', place: 0, type: '脱贫户', income: 9300, later: { income: 3100, water: '否', house: '是' }, expect: [] },
  // 普通农户 (the export's word for an ordinary household), not monitored, below the line: INCOME_BELOW_LINE.
  { id: '5224220101002003', place: 1, type: '普通农户', income: 4100, expect: ['INCOME_BELOW_LINE'] },
  // Look-alike: 普通农户 above the line.
  { id: '5224220101002004', place: 1, type: '普通农户', income: 8800, expect: [] },
  // Monitored, eliminated 3 months after identification (消除监测时间 202406): QUICK_EXIT.
  { id: '5224220101002005', place: 1, type: '普通农户', monitor: '边缘易致贫户', identified: '202403', eliminated: '是', eliminatedAt: '202406', income: 9800, expect: ['QUICK_EXIT'] },
  // Look-alike: eliminated after 17 months.
  { id: '5224220102001006', place: 2, type: '脱贫户', monitor: '脱贫不稳定户', identified: '202301', eliminated: '是', eliminatedAt: '202406', income: 10200, expect: [] },
  // Monitored, not eliminated; the later copy says eliminated. No measure yet: NO_ASSISTANCE.
  { id: '5224220102001007', place: 2, type: '普通农户', monitor: '突发严重困难户', identified: '202405', eliminated: '否', assistance: '尚未实施', income: 7600, later: { eliminated: '是' }, expect: ['NO_ASSISTANCE'] },
  // 享受低保政策情况 农村低保 but nobody of the household in the 低保 roster: FLAG_CONTRADICTION.
  { id: '5224220102001008', place: 2, type: '脱贫户', income: 9900, dibao: ['农村低保', '农村低保'], expect: ['FLAG_CONTRADICTION'] },
  // Look-alike: 城市低保 and the head is in the 低保 roster.
  { id: '5224220102001009', place: 2, type: '脱贫户', income: 9900, dibao: ['城市低保', '城市低保'], inDibao: [0], expect: [] },
  // 未享受 but the spouse is in the 低保 roster: FLAG_CONTRADICTION.
  { id: '5224220101001010', place: 0, type: '脱贫户', income: 9700, dibao: ['未享受', '未享受'], inDibao: [1], expect: ['FLAG_CONTRADICTION'] },
  // 不享受 特困 but the head is in the 特困 roster: FLAG_CONTRADICTION; 农村特困 and in the roster is fine (next).
  { id: '5224220101001011', place: 0, type: '脱贫户', income: 9600, tekun: ['不享受', '不享受'], inTekun: [0], expect: ['FLAG_CONTRADICTION'] },
  { id: '5224220101001012', place: 0, type: '脱贫户', income: 9600, tekun: ['农村特困', '不享受'], inTekun: [0], expect: [] },
];

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = ['德明', '秀英', '国强', '玉兰', '志刚', '桂芳', '建华', '丽娟', '永福', '春梅', '光荣', '小红'];

/** The workbook's rows (row 1 = index 0), merges, the departments' rosters, and what the rules must find. */
export function nationalExport() {
  const n = HEADERS.length;
  const title = ['大方县（自定义）监测对象信息（数据截至2026年10月，虚构数据）'];
  const groups = new Array(n).fill(null);
  const merges = [`A1:${letterOf(n - 1)}1`];
  let at = 0;
  for (const [g, cols] of GROUPS) {
    groups[at] = g;
    merges.push(`${letterOf(at)}2:${letterOf(at + cols.length - 1)}2`);
    at += cols.length;
  }
  const rows = [title, groups, [...HEADERS]];
  const dibao = [];
  const tekun = [];
  const truth = [];
  let person = 0;
  HOUSEHOLDS.forEach((h, k) => {
    const [town, village] = PLACES[h.place];
    const surname = SURNAMES[k % SURNAMES.length];
    const members = [
      { name: surname + GIVEN[(2 * k) % GIVEN.length], sex: '男', birth: `19${62 + k}0${1 + (k % 9)}15`, rel: '户主' },
      { name: '李' + GIVEN[(2 * k + 1) % GIVEN.length], sex: '女', birth: `19${64 + k}1${k % 3}0${1 + (k % 8)}`, rel: '配偶' },
    ];
    const ids = members.map((m) => nid(m.birth, ++person, m.sex));
    members.forEach((m, j) => {
      const r = new Array(n).fill(null);
      const set = (name, v, group) => { r[columnOf(name, group)] = v; };
      set('县', '大方县'); set('乡', town); set('村', village); set('户编号', h.id); set('人编号', `${h.id}0${j + 1}`);
      set('姓名', m.name); set('性别', m.sex); set('证件类型', '居民身份证'); set('证件号码', ids[j]); set('出生日期', m.birth);
      set('民族', '汉族'); set('与户主关系', m.rel); set('户类型', h.type); set('户主姓名', members[0].name); set('户主证件号码', ids[0]);
      set('年度', '2026'); set('政治面貌', '群众');
      set('文化程度', '初中'); set('在校生状况', '非在校生'); set('健康状况', '健康');
      set('劳动技能', j === 0 ? '普通劳动力' : '弱劳动力或半劳动力'); set('务工时间（月）', j === 0 ? '8' : '0');
      if (j === 0) { set('务工所在地', '贵州省毕节市'); set('务工企业名称', '某建筑公司'); set('务工月收入', '3200'); }
      set('家庭成员联系电话', `1390857${String(person).padStart(4, '0')}`);
      set('是否参加城乡居民基本医疗保险', '是'); set('是否参加城镇职工基本医疗保险', '否'); set('是否参加大病保险', '是');
      set('享受低保政策情况', h.dibao ? h.dibao[j] : '未享受');
      set('享受特困供养政策情况', h.tekun ? h.tekun[j] : '不享受');
      set('监测对象类别', h.monitor ?? '');
      set('识别监测时间', h.identified ?? '');
      set('致贫/返贫风险1', h.monitor ? '因病' : '');
      set('风险是否已消除', h.monitor ? h.eliminated : '');
      set('消除监测时间', h.eliminatedAt ?? '');
      set('风险消除方式', h.eliminatedAt ? '帮扶消除' : '');
      set('监测联系人', h.monitor ? '罗主任' : ''); set('监测联系人电话', h.monitor ? '0857-5221234' : '');
      set('工资性收入', '25600'); set('转移性收入', '1800'); set('合规自付支出', '0');
      set('人均纯收入（元）', String(h.income));
      set('实施开发式帮扶措施情况', h.monitor ? h.assistance ?? '是' : '');
      set('产业帮扶', h.monitor && h.assistance !== '尚未实施' ? '种植魔芋' : '');
      set('综合保障', h.dibao?.[j]?.includes('低保') ? '低保' : '');
      set('户联系电话', `1378571${String(k).padStart(4, '0')}`);
      set('是否危房户', '否'); set('是否解决安全饮用水', '是'); set('是否有卫生厕所', '是');
      set('与村主干路距离', '0.5'); set('耕地面积（亩）', '3.2'); set('林地面积（亩）', '1.5'); set('牧草地面积', '0'); set('水面面积', '0');
      const later = h.later ?? {};
      set('风险是否已消除', later.eliminated ?? (h.monitor ? h.eliminated : ''), '风险消除后');
      set('人均纯收入（元）', String(later.income ?? h.income), '风险消除后');
      set('是否危房户', later.house ?? '否', '风险消除后');
      set('是否解决安全饮用水', later.water ?? '是', '风险消除后');
      set('健康状况', '健康', '风险消除后'); set('劳动技能', '普通劳动力', '风险消除后'); set('户类型', h.type, '风险消除后');
      rows.push(r);
      const rosterRow = [town, village, members[0].name, ids[0], m.name, ids[j]];
      if (h.inDibao?.includes(j)) dibao.push(rosterRow);
      if (h.inTekun?.includes(j)) tekun.push(rosterRow);
    });
    for (const rule of h.expect) truth.push({ rule, householdId: h.id, township: town });
  });
  const roster = (title, rowsOf) => [[title], ['乡镇名称', '村(居)委会', '户主姓名', '户主身份证号', '姓名', '身份证号'], ...rowsOf];
  return {
    sheetName: '监测对象信息',
    rows, merges,
    dibao: roster('大方县2026年10月农村低保名单（虚构）', dibao),
    tekun: roster('大方县特困供养人员名册（虚构）', tekun),
    truth,
  };
}
