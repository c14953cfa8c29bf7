// Short Chinese names of the rejection reasons, for what a person reads (Excel, console). The codes stay in JSON.
export const REASON_LABELS: Record<string, string> = {
  EMPTY: '身份证号为空',
  EXCEL_NUMBER: '号码被存成数字',
  LENGTH: '号码位数不对',
  FORMAT: '号码格式错误',
  CHECKSUM: '校验位错误',
  BIRTH_DATE: '出生日期无效',
  FUTURE_BIRTH: '出生日期晚于数据日期',
  PROVINCE: '省份代码无效',
  REGION: '地区代码无效',
  NOT_DATA: '非数据行',
  FORMULA_ERROR: '公式错误值',
};

/** The Chinese name of a reason code; an unknown code falls back to its explanation, then to the code. */
export function reasonLabel(code: string, text?: string | null): string {
  return REASON_LABELS[code] ?? (text || code);
}
