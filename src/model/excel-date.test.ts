import { describe, expect, it } from 'vitest';
import { MAX_SERIAL, SERIAL_ZERO_MS, dateToExcelSerial, excelSerialToDate } from './excel-date.js';

const utc = (y: number, m: number, d: number, h = 0, min = 0) => new Date(Date.UTC(y, m - 1, d, h, min));

describe('excelSerialToDate (1900 system)', () => {
  it.each([
    [0, utc(1899, 12, 31)], // "1900-01-00"
    [1, utc(1900, 1, 1)],
    [31, utc(1900, 1, 31)],
    [59, utc(1900, 2, 28)],
    [61, utc(1900, 3, 1)],
    [25569, utc(1970, 1, 1)],
    [43529, utc(2019, 3, 5)],
    [45000, utc(2023, 3, 15)],
    [43529.75, utc(2019, 3, 5, 18)],
    [59.5, utc(1900, 2, 28, 12)],
    [MAX_SERIAL, utc(9999, 12, 31)],
  ])('%s', (serial, want) => {
    expect(excelSerialToDate(serial)).toEqual(want);
  });

  it('60 (the 29 February 1900 Excel shows but that never was) and out-of-range values are no date', () => {
    expect(excelSerialToDate(60)).toBeNull();
    expect(excelSerialToDate(60.5)).toBeNull();
    expect(excelSerialToDate(-1)).toBeNull();
    expect(excelSerialToDate(MAX_SERIAL + 1)).toBeNull();
    expect(excelSerialToDate(Number.NaN)).toBeNull();
    expect(excelSerialToDate(Number.POSITIVE_INFINITY)).toBeNull();
  });

  it('1904 system: 0 is 1904-01-01 and there is no leap-year quirk', () => {
    expect(excelSerialToDate(0, true)).toEqual(utc(1904, 1, 1));
    expect(excelSerialToDate(1, true)).toEqual(utc(1904, 1, 2));
    expect(excelSerialToDate(60, true)).toEqual(utc(1904, 3, 1));
    expect(excelSerialToDate(43529 - 1462, true)).toEqual(utc(2019, 3, 5));
  });

  it('serial 0 is the day a time of day alone is stored on', () => {
    expect(new Date(SERIAL_ZERO_MS)).toEqual(excelSerialToDate(0));
  });
});

describe('dateToExcelSerial (1900 system)', () => {
  it.each([
    [utc(1899, 12, 31), 0],
    [utc(1900, 1, 1), 1],
    [utc(1900, 2, 28), 59],
    [utc(1900, 2, 28, 12), 59.5],
    [utc(1900, 3, 1), 61],
    [utc(1970, 1, 1), 25569],
    [utc(2019, 3, 5), 43529],
    [utc(2019, 3, 5, 18), 43529.75],
    [utc(9999, 12, 31), MAX_SERIAL],
  ])('%s', (d, want) => {
    expect(dateToExcelSerial(d)).toBe(want);
  });

  it('has no serial before 1899-12-31 or after 9999-12-31', () => {
    expect(dateToExcelSerial(utc(1899, 12, 30))).toBeNull();
    expect(dateToExcelSerial(utc(10000, 1, 1))).toBeNull();
    expect(dateToExcelSerial(new Date(Number.NaN))).toBeNull();
  });

  it('round-trips every serial except 60', () => {
    for (const s of [0, 1, 2, 58, 59, 61, 62, 366, 25569, 45000, MAX_SERIAL]) {
      expect(dateToExcelSerial(excelSerialToDate(s)!)).toBe(s);
    }
    // 2023-01-01 typed as the number 202301 into a date cell: the date lands in 2453, and back again.
    expect(dateToExcelSerial(excelSerialToDate(202301)!)).toBe(202301);
  });
});
