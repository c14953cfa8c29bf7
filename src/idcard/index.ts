// Public API of the ID-number module.
export { checkChar, hasValidCheckChar } from './checksum.js';
export { upgrade15 } from './upgrade-15.js';
export { PROVINCES, isProvinceCode, provinceName, regionName } from './provinces.js';
export { normalizeIdText } from './normalize.js';
export { parseIdNumber, ageAt, reasonText, ID_REASONS } from './parse.js';
export type { IdInfo, IdReason } from './parse.js';
export { maskIdNumber } from './mask.js';
