// GB 11643 check character: ISO 7064 MOD 11-2 over the first 17 digits.

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = ['1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'] as const;

/** Check character for the 17-digit body. Throws on anything but 17 ASCII digits (a caller bug). */
export function checkChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) {
    // No value in the message: it may be an ID number.
    throw new Error('checkChar: expected exactly 17 digits');
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

/** True when an 18-character ID (17 digits + 0-9/X) carries the right check character. */
export function hasValidCheckChar(id18: string): boolean {
  return /^\d{17}[\dX]$/.test(id18) && checkChar(id18.slice(0, 17)) === id18[17];
}
