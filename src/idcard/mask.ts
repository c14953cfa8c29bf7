// Masking for lists that leave the office (product spec: exports mask IDs unless told otherwise).

/** 18 chars -> first 6 + 8 stars + last 4; other lengths -> first 3 + stars + last 2; very short -> all stars. */
export function maskIdNumber(id: string): string {
  const chars = Array.from(id); // code points, so stray non-BMP chars are not split
  const n = chars.length;
  if (n === 0) return '';
  if (n === 18) return chars.slice(0, 6).join('') + '********' + chars.slice(14).join('');
  // Keeping 3 + 2 of a 5-char or shorter value would reveal all of it.
  if (n <= 5) return '*'.repeat(n);
  return chars.slice(0, 3).join('') + '*'.repeat(n - 5) + chars.slice(n - 2).join('');
}
