// Chinese labels of the source kinds as the rules use them (rules do not import src/sources).
import type { SourceKind } from '../model/types.js';

interface KindLabel {
  title: string;       // roster name, used in evidence references: "(机动车登记, 车辆.xlsx 第17行)"
  department: string;  // providing department
  basis: string;       // name in 比对依据: "防止返贫致贫监测名单 × 公安交管机动车登记"
}

export const KIND_LABELS: Record<SourceKind, KindLabel> = {
  monitor: { title: '防止返贫致贫监测名单', department: '乡村振兴', basis: '防止返贫致贫监测名单' },
  dibao: { title: '农村低保', department: '民政', basis: '民政农村低保名单' },
  tekun: { title: '特困供养', department: '民政', basis: '民政特困供养名单' },
  lowincome: { title: '农村低收入人口', department: '民政', basis: '民政农村低收入人口名单' },
  deceased: { title: '死亡人员/户籍注销', department: '公安/民政', basis: '死亡人员/户籍注销名单' },
  medical: { title: '城乡居民医保参保', department: '医保', basis: '医保参保名单' },
  illness: { title: '大病/高额医疗费用', department: '医保/卫健', basis: '大病/高额医疗费用名单' },
  student: { title: '学籍', department: '教育', basis: '教育学籍名单' },
  housing: { title: '农村房屋安全鉴定/危房改造', department: '住建', basis: '住建农村房屋安全鉴定名单' },
  disability: { title: '残疾人', department: '残联', basis: '残联残疾人名单' },
  employment: { title: '务工就业', department: '人社', basis: '人社务工就业名单' },
  staff: { title: '财政供养人员', department: '财政/编办', basis: '财政供养人员名单' },
  business: { title: '市场主体登记', department: '市场监管', basis: '市场监管市场主体登记' },
  property: { title: '不动产/商品房登记', department: '住建/自然资源', basis: '不动产登记' },
  vehicle: { title: '机动车登记', department: '公安交管', basis: '公安交管机动车登记' },
};

/** "学籍(教育)": how a missing source is named in skip reasons. */
export function kindWithDept(kind: SourceKind): string {
  const l = KIND_LABELS[kind];
  return `${l.title}(${l.department})`;
}
