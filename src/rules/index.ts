// The rule catalogue, in the order of product-spec §5.
import type { Rule } from './types.js';
import missed from './missed.js';
import fourCatStaff from './four-cat-staff.js';
import fourCatBusiness from './four-cat-business.js';
import fourCatProperty from './four-cat-property.js';
import fourCatVehicle from './four-cat-vehicle.js';
import wrongExit from './wrong-exit.js';
import eduDropout from './edu-dropout.js';
import medUninsured from './med-uninsured.js';
import housingUnsafe from './housing-unsafe.js';
import deceasedListed from './deceased-listed.js';
import zeroEmployment from './zero-employment.js';
import idInvalid from './id-invalid.js';
import idNameConflict from './id-name-conflict.js';
import hhStructure from './hh-structure.js';
import sexMismatch from './sex-mismatch.js';
import duplicatePerson from './duplicate-person.js';
import ageFieldMismatch from './age-field-mismatch.js';
import flagContradiction from './flag-contradiction.js';
import quickExit from './quick-exit.js';
import noLaborEliminated from './no-labor-eliminated.js';
import noAssistance from './no-assistance.js';
import waterUnsafe from './water-unsafe.js';
import incomeBelowLine from './income-below-line.js';
import tekunAbleBodied from './tekun-able-bodied.js';
import riskMismatch from './risk-mismatch.js';
import workRecordImplausible from './work-record-implausible.js';
import measureMismatch from './measure-mismatch.js';
import monitorFieldMissing from './monitor-field-missing.js';
import educationRecordConflict from './education-record-conflict.js';
import landAreaImplausible from './land-area-implausible.js';

export const RULES: Rule[] = [
  missed, fourCatStaff, fourCatBusiness, fourCatProperty, fourCatVehicle, wrongExit, eduDropout,
  medUninsured, housingUnsafe, deceasedListed, zeroEmployment, idInvalid, idNameConflict,
  // Issue 7: roster lint and the rules that read the export's dates and assistance fields.
  hhStructure, sexMismatch, duplicatePerson, ageFieldMismatch, flagContradiction,
  quickExit, noLaborEliminated, noAssistance, waterUnsafe, incomeBelowLine,
  // Issue 12: the national system's numbered checks (rules/national.ts).
  tekunAbleBodied, riskMismatch, workRecordImplausible, measureMismatch, monitorFieldMissing,
  educationRecordConflict, landAreaImplausible,
];
