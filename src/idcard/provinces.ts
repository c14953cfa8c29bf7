// Province-level codes (first two digits of GB/T 2260). A full county table is deliberately not kept:
// division codes change over time and an ID keeps the code it was issued under.

export const PROVINCES: ReadonlyMap<string, string> = new Map([
  ['11', '北京市'], ['12', '天津市'], ['13', '河北省'], ['14', '山西省'], ['15', '内蒙古自治区'],
  ['21', '辽宁省'], ['22', '吉林省'], ['23', '黑龙江省'],
  ['31', '上海市'], ['32', '江苏省'], ['33', '浙江省'], ['34', '安徽省'], ['35', '福建省'], ['36', '江西省'], ['37', '山东省'],
  ['41', '河南省'], ['42', '湖北省'], ['43', '湖南省'], ['44', '广东省'], ['45', '广西壮族自治区'], ['46', '海南省'],
  ['50', '重庆市'], ['51', '四川省'], ['52', '贵州省'], ['53', '云南省'], ['54', '西藏自治区'],
  ['61', '陕西省'], ['62', '甘肃省'], ['63', '青海省'], ['64', '宁夏回族自治区'], ['65', '新疆维吾尔自治区'],
  // Residence permits for Hong Kong, Macau and Taiwan residents use 810000/820000/830000.
  ['81', '香港特别行政区'], ['82', '澳门特别行政区'], ['83', '台湾省'],
]);

export function isProvinceCode(code2: string): boolean {
  return PROVINCES.has(code2);
}

/** Province name for a 2-digit code, or null when unknown. */
export function provinceName(code2: string): string | null {
  return PROVINCES.get(code2) ?? null;
}

/** Name for a 6-digit area code; only the province level is resolved. Null when not 6 digits or unknown. */
export function regionName(code6: string): string | null {
  if (!/^\d{6}$/.test(code6)) return null;
  return provinceName(code6.slice(0, 2));
}
