import { describe, expect, it } from 'vitest';
import { PROVINCES, isProvinceCode, provinceName, regionName } from './provinces.js';

describe('provinces', () => {
  it('has exactly the 31 mainland provinces plus 81/82/83', () => {
    const expected = [
      11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
      50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 81, 82, 83,
    ].map(String);
    expect([...PROVINCES.keys()].sort()).toEqual(expected);
  });

  it.each(['00', '10', '16', '20', '24', '30', '38', '40', '47', '49', '55', '60', '66', '71', '80', '84', '91', '99', '1', 'ab'])(
    '%s is not a province code',
    (c) => {
      expect(isProvinceCode(c)).toBe(false);
      expect(provinceName(c)).toBeNull();
    },
  );

  it.each([
    ['110105', '北京市'],
    ['412722', '河南省'],
    ['440524', '广东省'],
    ['522727', '贵州省'],
    ['650102', '新疆维吾尔自治区'],
    ['810000', '香港特别行政区'],
    ['820000', '澳门特别行政区'],
    ['830000', '台湾省'],
  ])('regionName(%s) = %s', (code, name) => {
    expect(regionName(code)).toBe(name);
  });

  it.each(['710000', '990000', '11010', '1101051', '', 'abcdef'])('regionName(%s) is null', (code) => {
    expect(regionName(code)).toBeNull();
  });
});
