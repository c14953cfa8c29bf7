// Registry of source kinds, in the order of product-spec §3.
import type { SourceKind } from '../types.js';
import type { KindDef } from '../kind-def.js';
import monitor from './monitor.js';
import dibao from './dibao.js';
import tekun from './tekun.js';
import lowincome from './lowincome.js';
import deceased from './deceased.js';
import medical from './medical.js';
import illness from './illness.js';
import student from './student.js';
import housing from './housing.js';
import disability from './disability.js';
import employment from './employment.js';
import staff from './staff.js';
import business from './business.js';
import property from './property.js';
import vehicle from './vehicle.js';

export const KINDS: Record<SourceKind, KindDef> = {
  monitor, dibao, tekun, lowincome, deceased, medical, illness, student, housing,
  disability, employment, staff, business, property, vehicle,
};

export function kindDef(kind: SourceKind): KindDef {
  return KINDS[kind];
}
