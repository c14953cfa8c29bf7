// The fupin.config.json written next to the generated input (product-spec §2; must pass config/schema.ts).
import type { CountyInfo } from './places.js';

export function configFor(county: CountyInfo) {
  return {
    county: county.name,
    database: 'fupin.db',
    input: 'input/{period}',
    output: 'output/{period}',
    rules: {},
    sources: [
      { kind: 'monitor', file: '防返贫监测对象*.xlsx' },
      { kind: 'dibao', file: '民政/*低保*.xlsx', headerRow: 3 },
      { kind: 'tekun', file: '民政/*特困*.xls' },
      { kind: 'lowincome', file: '民政/*低收入人口*.xlsx' },
      { kind: 'deceased', file: '公安/*死亡*.xlsx' },
      { kind: 'medical', file: '医保/*参保名单*.xlsx' },
      { kind: 'illness', file: '医保/*大病*.xlsx' },
      { kind: 'student', file: '教育/*学籍*.csv' },
      { kind: 'housing', file: '住建/*房屋安全鉴定*.xlsx' },
      { kind: 'disability', file: '残联/*残疾人*.xlsx' },
      { kind: 'employment', file: '人社/*务工*.xlsx' },
      { kind: 'staff', file: '财政/*财政供养*.xlsx', columns: { unit: '供职单位' } },
      { kind: 'business', file: '市场监管/*' },
      { kind: 'property', file: '住建/*不动产*.xlsx' },
      { kind: 'vehicle', file: '公安/*机动车*.xlsx', sheet: '机动车登记信息' },
    ],
    export: { maskIdNumbers: true, splitBy: 'township' },
  };
}
