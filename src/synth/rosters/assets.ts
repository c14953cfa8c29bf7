// "Four categories" rosters: 财政供养人员, 市场主体 (xlsx with roles + 个体工商户 CSV), 不动产登记, 机动车登记.
import { factsOf, type Fact, type Person } from '../model.js';
import { countyShort, periodText, sexText, whoFact, type Col, type Ctx, type Emit, type FileOut } from './common.js';

function* factRows(ctx: Ctx, kind: Fact['kind'], keep: (f: Fact) => boolean, cells: (p: Person, f: Fact, n: number, id: unknown, name: string) => unknown[]): Iterable<Emit> {
  let n = 0;
  for (const h of ctx.order) {
    for (const p of h.members) {
      for (const f of factsOf(p, kind, ctx.m)) {
        if (!keep(f)) continue;
        const x = whoFact(p, f);
        n++;
        yield { invalid: x.invalid, cells: cells(p, f, n, x.id, x.name) as Emit['cells'] };
      }
    }
  }
}

const STAFF_COLS: Col[] = [
  { h: '序号', width: 7 }, { h: '供职单位', f: 'unit', width: 20 }, { h: '姓名', f: 'name' }, { h: '性别' },
  { h: '身份证号', f: 'idNumber', width: 21 }, { h: '人员类别' }, { h: '职务' },
];

export function staffFiles(ctx: Ctx): FileOut[] {
  const rows = () => factRows(ctx, 'staff', () => true, (p, f, n, id, name) => [n, f.v.unit, name, sexText(p), id, f.v.category, f.v.post]);
  return [{
    kind: 'staff', path: '财政/财政供养人员信息表.xlsx', format: 'xlsx',
    sheets: [{ name: '财政供养人员', title: `${countyShort(ctx.w)}财政供养人员信息表`, subtitle: `填报单位：${countyShort(ctx.w)}财政局（盖章）    填报时间：${periodText(ctx.period)}`, cols: STAFF_COLS, rows }],
  }];
}

const BIZ_COLS: Col[] = [
  { h: '序号', width: 7 }, { h: '统一社会信用代码', width: 21 }, { h: '主体名称', f: 'entityName', width: 30 },
  { h: '主体类型', f: 'entityType', width: 22 }, { h: '登记状态', f: 'entityStatus', width: 20 }, { h: '成立日期', width: 12 },
  { h: '人员姓名', f: 'name' }, { h: '人员身份', f: 'role' }, { h: '身份证件号码', f: 'idNumber', width: 21 }, { h: '住所', width: 30 },
];
const SOLE_COLS: Col[] = [
  { h: '字号名称', f: 'entityName' }, { h: '统一社会信用代码' }, { h: '经营者', f: 'name' }, { h: '经营者身份证号', f: 'idNumber' },
  { h: '经营状态', f: 'entityStatus' }, { h: '成立日期' }, { h: '经营场所' }, { h: '组成形式' },
];

export function businessFiles(ctx: Ctx): FileOut[] {
  const companies = () => factRows(ctx, 'business', (f) => f.v.file === 'xlsx', (_p, f, n, id, name) =>
    [n, f.v.code, f.v.entity, f.v.etype, f.v.status, f.v.setup, name, f.v.role, id, f.v.addr]);
  const sole = () => factRows(ctx, 'business', (f) => f.v.file === 'csv', (_p, f, _n, id, name) =>
    [f.v.entity, f.v.code, name, id, f.v.status, f.v.setup, f.v.addr, String(f.v.code).endsWith('7') ? '家庭经营' : '个人经营']);
  return [
    {
      kind: 'business', path: '市场监管/市场主体登记信息.xlsx', format: 'xlsx',
      sheets: [{ name: '市场主体', title: `${countyShort(ctx.w)}市场主体登记信息（企业、农民专业合作社）`, cols: BIZ_COLS, rows: companies }],
    },
    { kind: 'business', path: '市场监管/个体工商户名录.csv', format: 'csv-bom', sheets: [{ name: 'csv', cols: SOLE_COLS, rows: sole }] },
  ];
}

const PROP_COLS: Col[] = [
  { h: '序号', width: 7 }, { h: '不动产权证号', width: 30 }, { h: '权利人', f: 'name' }, { h: '权利人证件号码', f: 'idNumber', width: 21 },
  { h: '坐落', f: 'address', width: 40 }, { h: '房屋性质', f: 'propertyType', width: 18 }, { h: '规划用途', f: 'usage' },
  { h: '建筑面积\n（㎡）' }, { h: '登记时间', width: 12 },
];

export function propertyFiles(ctx: Ctx): FileOut[] {
  const rows = () => factRows(ctx, 'property', () => true, (_p, f, n, id, name) => [n, f.v.cert, name, id, f.v.address, f.v.ptype, f.v.usage, f.v.area, f.v.reg]);
  return [{
    kind: 'property', path: '住建/不动产登记信息.xlsx', format: 'xlsx',
    sheets: [{ name: '房屋登记', title: `${countyShort(ctx.w)}不动产（房屋）登记信息`, subtitle: `提供单位：${countyShort(ctx.w)}自然资源局不动产登记中心    导出时间：${periodText(ctx.period)}`, cols: PROP_COLS, rows }],
  }];
}

const CAR_COLS: Col[] = [
  { h: '序号', width: 7 }, { h: '号牌号码', f: 'plate', width: 12 }, { h: '车辆类型', f: 'vehicleType', width: 14 }, { h: '中文品牌' },
  { h: '机动车所有人', f: 'name' }, { h: '身份证明号码', f: 'idNumber', width: 21 }, { h: '初次登记日期', width: 12 },
  { h: '机动车状态', f: 'vehicleStatus' },
];

export function vehicleFiles(ctx: Ctx): FileOut[] {
  const rows = () => factRows(ctx, 'vehicle', () => true, (_p, f, n, id, name) => [n, f.v.plate, f.v.type, f.v.brand, name, id, f.v.reg, f.v.status]);
  return [{
    kind: 'vehicle', path: '公安/机动车登记信息.xlsx', format: 'xlsx', plain: true,
    sheets: [
      { name: '机动车登记信息', cols: CAR_COLS, rows },
      {
        name: '说明', cols: [], rows: () => [],
        notes: [
          `数据来源：${countyShort(ctx.w)}公安局交通管理大队机动车登记系统`,
          `导出时间：${periodText(ctx.period)}`,
          '车辆类型按 GA 24.4 代码或中文名称填写；机动车状态：正常、注销、报废、转出、被盗抢。',
        ],
      },
    ],
  }];
}
