// fupin.config.json schema (product-spec §2). Defaults live here and only here.
import { z } from 'zod';
import { SOURCE_KINDS, DEFAULT_RULE_PARAMS, type IncomeLine } from '../model/types.js';
import { parseIsoDate } from '../idcard/parse.js';
import { incomeLineProblems } from '../rules/income-line.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '应为 YYYY-MM-DD 格式的日期')
  .refine((s) => parseIsoDate(s) !== null, '这一天不存在（请检查月份的天数）');
const agePair = z.tuple([z.number().int().min(0).max(120), z.number().int().min(0).max(120)])
  .refine(([a, b]) => a <= b, '下限不能大于上限');

export const SourceSchema = z.object({
  kind: z.enum(SOURCE_KINDS).describe('来源类型，见 fupin sources'),
  file: z.string().min(1).describe('input 目录下的文件名或通配符，如 "民政/*低保*.xlsx"'),
  sheet: z.union([z.string().min(1), z.number().int().positive()]).optional().describe('工作表名称或序号（从 1 开始）；默认读取所有有表头的工作表'),
  headerRow: z.number().int().positive().optional().describe('表头所在行（从 1 开始）；默认自动识别'),
  columns: z.record(z.string(), z.union([
    z.string().min(1),
    z.object({ header: z.string().min(1), group: z.string().min(1).optional() }).strict(),
    z.object({ column: z.string().regex(/^[A-Za-z]{1,3}$/, '列字母应为 A–XFD') }).strict(),
  ])).optional().describe('字段名 → 本文件的表头文字（如 { "idNumber": "公民身份号码" }），或 { "header": 表头, "group": 上一行的分组表头 }，或 { "column": "FH" }'),
}).strict();

export const RulesSchema = z.object({
  referenceDate: isoDate.nullable().default(null).describe('计算年龄的基准日；默认为比对月份的最后一天'),
  // A number, or a table by year (§9.2); checked by hand so each bad key is named in the message.
  incomeThreshold: z.any()
    .superRefine((v, ctx) => {
      for (const p of incomeLineProblems(v)) ctx.addIssue({ code: 'custom', path: p.key === null ? [] : [p.key], message: p.message });
    })
    .transform((v) => v as IncomeLine)
    .default(DEFAULT_RULE_PARAMS.incomeThreshold)
    .describe('监测收入标准（元/人/年）：一个数字，或按年度的表，如 { "2023": 7300, "2025": 8700, "default": 6700 }'),
  compulsoryEducationAge: agePair.default(DEFAULT_RULE_PARAMS.compulsoryEducationAge).describe('义务教育年龄（周岁，含两端）'),
  laborAge: agePair.default(DEFAULT_RULE_PARAMS.laborAge).describe('劳动年龄（周岁，含两端）'),
  illnessSelfPayThreshold: z.number().nonnegative().default(DEFAULT_RULE_PARAMS.illnessSelfPayThreshold).describe('大病个人自付金额门槛（元）'),
  vehicleTypes: z.array(z.string().min(1)).default(DEFAULT_RULE_PARAMS.vehicleTypes).describe('计入四类人员的车辆类型代码（GA 24.4）'),
  disabled: z.array(z.string()).default([]).describe('停用的规则代码'),
  minMonitorMonths: z.number().int().min(0).max(120).default(DEFAULT_RULE_PARAMS.minMonitorMonths).describe('快进快出：识别到风险消除的最短月数'),
  assistanceGraceMonths: z.number().int().min(0).max(120).default(DEFAULT_RULE_PARAMS.assistanceGraceMonths).describe('识别后多少个月仍无帮扶措施即列为疑点'),
  tekunAbleAge: agePair.default(DEFAULT_RULE_PARAMS.tekunAbleAge).describe('健康、非在校生享受特困供养即列为疑点的年龄（周岁，含两端；国家校验 5_15_018/019）'),
  workMonthlyIncome: z.tuple([z.number().nonnegative(), z.number().nonnegative()]).refine(([a, b]) => a <= b, '下限不能大于上限')
    .default(DEFAULT_RULE_PARAMS.workMonthlyIncome).describe('务工月收入合理范围（元，[下限, 上限]；国家校验 5_16_001/002）'),
  workMinAge: z.number().int().min(0).max(30).default(DEFAULT_RULE_PARAMS.workMinAge).describe('登记务工的最低年龄（周岁；国家校验 5_16_010）'),
  lowEducationAge: agePair.default(DEFAULT_RULE_PARAMS.lowEducationAge).describe('非在校生文化程度为小学及以下即列为疑点的年龄（周岁，含两端；国家校验 5_17_007）'),
  landAreaMax: z.object({
    farmland: z.number().nonnegative(), forestLand: z.number().nonnegative(), grainToGreen: z.number().nonnegative(),
    orchard: z.number().nonnegative(), pasture: z.number().nonnegative(), waterSurface: z.number().nonnegative(),
  }).partial().strict().transform((v) => ({ ...DEFAULT_RULE_PARAMS.landAreaMax, ...v })).default(DEFAULT_RULE_PARAMS.landAreaMax)
    .describe('各类土地面积上限（亩；国家校验 5_14_001…013）：farmland 耕地、forestLand 林地、grainToGreen 退耕还林、orchard 林果、pasture 牧草地、waterSurface 水面'),
  roadDistanceMaxKm: z.number().nonnegative().default(DEFAULT_RULE_PARAMS.roadDistanceMaxKm).describe('与村主干路距离上限（公里；国家校验 5_14_007/014）'),
  rowCountChangeWarning: z.number().min(0).max(10).default(0.3).describe('与上月相比行数变化超过该比例时提醒'),
}).strict();

export const ExportSchema = z.object({
  maskIdNumbers: z.boolean().default(true).describe('整改清单中身份证号是否脱敏'),
  splitBy: z.enum(['township', 'none']).default('none').describe('"township" 时另为每个乡镇输出一个工作簿'),
}).strict();

export const ConfigSchema = z.object({
  $schema: z.string().optional(),
  county: z.string().default('').describe('县名，用于清单标题'),
  database: z.string().min(1).default('fupin.db').describe('数据库文件（相对于配置文件）'),
  input: z.string().min(1).default('input/{period}').describe('输入目录，{period} 替换为 YYYY-MM'),
  output: z.string().min(1).default('output/{period}').describe('输出目录，{period} 替换为 YYYY-MM'),
  rules: RulesSchema.default(RulesSchema.parse({})),
  sources: z.array(SourceSchema).min(1, '至少配置一个来源').describe('要读取的名册'),
  export: ExportSchema.default(ExportSchema.parse({})),
  exemptions: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional()
    .describe('豁免清单文件（相对于配置文件，可用通配符；xlsx/xls/csv），列：身份证号/户主身份证号/户编号、规则、原因、批准文号、有效期至'),
}).strict();

export type Config = z.infer<typeof ConfigSchema>;
export type SourceConfig = z.infer<typeof SourceSchema>;

export function configJsonSchema(): unknown {
  return z.toJSONSchema(ConfigSchema, { io: 'input' });
}
