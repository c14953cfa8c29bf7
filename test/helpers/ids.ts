// Valid GB 11643 ID numbers for tests.
import { checkChar } from '../../src/idcard/index.js';

export function makeId(region: string, birth: string, seq: number): string {
  const s17 = `${region}${birth}${String(seq).padStart(3, '0')}`;
  return s17 + checkChar(s17);
}
