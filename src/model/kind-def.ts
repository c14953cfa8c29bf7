// Declarative description of a source kind: its canonical fields and the header texts that mean them.
import type { SourceKind } from './types.js';

export interface FieldDef {
  name: string;          // canonical field name (camelCase)
  title: string;         // Chinese label
  required?: boolean;
  aliases: string[];     // header texts (compared after normaliseHeader)
  /** How cells are turned into text: dates become YYYY-MM-DD, ids are normalised. */
  type?: 'text' | 'number' | 'date' | 'id';
  /** Used only when no other column maps to this field (e.g. 户主姓名 as the name column). */
  fallbackAliases?: string[];
}

export interface KindDef {
  kind: SourceKind;
  title: string;       // 中文名
  department: string;  // 提供部门
  fields: FieldDef[];
}

/** Fields every kind shares (product-spec §3). */
export const COMMON_FIELDS: FieldDef[] = [
  {
    name: 'idNumber', title: '公民身份号码', required: true, type: 'id',
    aliases: ['身份证号', '身份证号码', '公民身份号码', '公民身份证号', '公民身份证号码', '身份证件号', '身份证件号码',
      '证件号码', '证件号', '身份证明号码', '身份证', 'AAC002', '残疾人证号', '成员身份证号', '成员证件号码',
      '学生身份证号', '死者身份证号', '权利人证件号', '权利人证件号码', '所有人身份证号', '经营者身份证号', '法定代表人身份证号',
      '人员身份证号', '身份证号(残疾人证号)', '个人身份证号'],
  },
  {
    name: 'name', title: '姓名', required: true,
    aliases: ['姓名', '成员姓名', '学生姓名', '死者姓名', '死者(失踪)姓名', '机动车所有人', '所有人', '车主', '权利人',
      '权利人名称', '经营者', '经营者姓名', '法定代表人', '法定代表人姓名', '负责人', '投资人', 'AAC003', '人员姓名', '持证人', '残疾人姓名', '参保人姓名', '患者姓名'],
    fallbackAliases: ['户主姓名', '户主'],
  },
  { name: 'householdId', title: '户编号', aliases: ['户编号', '家庭编号', '户号'] },
  { name: 'headIdNumber', title: '户主身份证号', type: 'id', aliases: ['户主身份证号', '户主证件号码', '户主身份证号码', '户主身份证', '户主证件号'] },
  { name: 'relation', title: '与户主关系', aliases: ['与户主关系', '与户主的关系', '家庭关系', '关系'] },
  { name: 'township', title: '乡镇', aliases: ['乡镇', '乡(镇)', '乡', '镇', '乡镇(街道)', '所属乡镇', '乡镇街道', '镇(乡)', '乡(镇、街道)',
    '乡镇名称', '乡(镇)名称', '所属乡镇(街道)', '乡镇(街道)名称', '街道(乡镇)', '所属乡(镇)', '乡镇(场)', '乡(镇、场)'] },
  { name: 'village', title: '村', aliases: ['村', '行政村', '村(社区)', '村组(社区)', '所属村', '村委会', '村(居)', '社区',
    '村名称', '行政村名称', '村(居)委会', '村(居)委会名称', '村(社区)名称', '所属村(社区)', '村居', '村(居委会)', '所属行政村'] },
];

export function defineKind(def: KindDef): KindDef {
  return { ...def, fields: [...COMMON_FIELDS, ...def.fields] };
}
