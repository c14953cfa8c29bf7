// Old 15-digit IDs (YYMMDD birth date, no check char) -> canonical 18-character form (domain §3.3).
import { checkChar } from './checksum.js';

/** Insert '19' after the area code and append the check character. Throws unless 15 digits. */
export function upgrade15(id15: string): string {
  if (!/^\d{15}$/.test(id15)) throw new Error('upgrade15: expected exactly 15 digits');
  const body = id15.slice(0, 6) + '19' + id15.slice(6);
  return body + checkChar(body);
}
