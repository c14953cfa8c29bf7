// Excel serial day numbers <-> dates, the one conversion for readers, cell text and vocabulary parsing. Pure.
//
// A serial counts days in the 1900 date system as Excel shows them: 1 is 1900-01-01, 0 is "1900-01-00"
// (1899-12-31), and Excel counts a 29 February 1900 that never existed (Lotus's leap-year bug) as serial 60. So
// serials 1–59 are one day later than a plain count from 1899-12-30, 60 is no real day (kept as a number, as
// SheetJS does), and from 61 (1900-03-01) on the plain count is right. The 1904 system (old Mac workbooks) counts
// from 1904-01-01 = 0.

const MS_PER_DAY = 86_400_000;
/** Plain days from 1899-12-30 to 1970-01-01, the Unix epoch. */
const EPOCH_OFFSET = 25569;
/** Days from the 1900 system's origin to the 1904 system's. */
const OFFSET_1904 = 1462;

/** The largest serial Excel accepts: 9999-12-31. */
export const MAX_SERIAL = 2_958_465;

/** Serial 0 of the 1900 system (1899-12-31 UTC), the day a time of day alone is stored on. */
export const SERIAL_ZERO_MS = Date.UTC(1899, 11, 31);

/** Serial day number -> Date at UTC (a date-only serial gives UTC midnight). Null out of range and for 60. */
export function excelSerialToDate(serial: number, date1904 = false): Date | null {
  if (!Number.isFinite(serial) || serial < 0 || serial > MAX_SERIAL) return null;
  let days = serial - EPOCH_OFFSET;
  if (date1904) days += OFFSET_1904;
  else if (serial < 61) {
    if (serial >= 60) return null;
    days += 1;
  }
  return new Date(Math.round(days * MS_PER_DAY));
}

/** Date (UTC) -> serial day number of the 1900 system, as Excel shows it; null before 1899-12-31 or after 9999-12-31. */
export function dateToExcelSerial(d: Date): number | null {
  const plain = d.getTime() / MS_PER_DAY + EPOCH_OFFSET;
  if (!Number.isFinite(plain) || plain < 1) return null;
  const serial = plain < 61 ? plain - 1 : plain; // before 1900-03-01: Excel's count skips no 29 February yet
  return serial > MAX_SERIAL ? null : serial;
}
