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

export const RULES: Rule[] = [
  missed, fourCatStaff, fourCatBusiness, fourCatProperty, fourCatVehicle, wrongExit, eduDropout,
  medUninsured, housingUnsafe, deceasedListed, zeroEmployment, idInvalid, idNameConflict,
];
