import { describe, expect, it } from 'vitest';
import { checkChar } from './checksum.js';
import { ageAt, ID_REASONS, parseIdNumber, reasonText, type IdReason } from './parse.js';

// Build fixtures with a computed check character rather than trusting memory.
const mk = (body17: string): string => body17 + checkChar(body17);
const wrong = (body17: string): string => body17 + (checkChar(body17) === '1' ? '2' : '1');

const REF = '2025-06-30';
const parse = (raw: unknown, referenceDate = REF) => parseIdNumber(raw, { referenceDate });

describe('parseIdNumber: valid numbers', () => {
  it.each([
    // id, province, birthDate, sex, age at REF
    ['11010519491231002X', '北京市', '1949-12-31', '女', 75],
    ['34052419800101001X', '安徽省', '1980-01-01', '男', 45],
    ['370101190102039973', '山东省', '1901-02-03', '男', 124],
    [mk('41272220150907003'), '河南省', '2015-09-07', '男', 9],
    [mk('52272720100301004'), '贵州省', '2010-03-01', '女', 15],
    [mk('81000019900101001'), '香港特别行政区', '1990-01-01', '男', 35],
    [mk('82000019900101002'), '澳门特别行政区', '1990-01-01', '女', 35],
    [mk('83000019900101003'), '台湾省', '1990-01-01', '男', 35],
    [mk('65010219000101001'), '新疆维吾尔自治区', '1900-01-01', '男', 125],
    [mk('11010520250630001'), '北京市', '2025-06-30', '男', 0], // born on the reference date
  ])('%s', (id, province, birthDate, sex, age) => {
    const r = parse(id);
    expect(r).toEqual({
      input: id, valid: true, idNumber: id, reason: null, reasonText: null,
      upgradedFrom15: false, truncatedFrom: null,
      region: id.slice(0, 6), province, birthDate, sex, age,
    });
  });

  it('the worked examples really are valid', () => {
    for (const id of ['11010519491231002X', '34052419800101001X', '370101190102039973']) {
      expect(parse(id).valid).toBe(true);
    }
  });
});

describe('parseIdNumber: cleaning', () => {
  const ID = '11010519491231002X';
  it.each([
    ['full-width digits', '１１０１０５１９４９１２３１００２Ｘ'],
    ['spaces, NBSP, U+3000', ' 110105\u00A019491231\u3000002X '],
    ['zero-width chars', '\u200B11010519491231\u200D002X\uFEFF'],
    ['tab and newline', '\t11010519491231002X\r\n'],
    ['apostrophe', "'11010519491231002X"],
    ['="…" wrapper', '="11010519491231002X"'],
    ['plain quotes', '"11010519491231002X"'],
    ['lower-case x', '11010519491231002x'],
  ])('%s', (_label, raw) => {
    const r = parse(raw);
    expect(r.valid).toBe(true);
    expect(r.idNumber).toBe(ID);
    expect(r.input).toBe(raw);
  });
});

describe('parseIdNumber: 15-digit upgrade', () => {
  it.each([
    ['110105491231002', '11010519491231002X', '女'],
    ['340524800101001', '34052419800101001X', '男'],
    ['３４０５２４８００１０１００１', '34052419800101001X', '男'],
  ])('%s -> %s', (old, id, sex) => {
    const r = parse(old);
    expect(r).toMatchObject({ valid: true, idNumber: id, upgradedFrom15: true, truncatedFrom: null, sex });
  });

  it.each([
    ['110105490229002', 'BIRTH_DATE'], // 1949 is not a leap year
    ['110105481301002', 'BIRTH_DATE'], // month 13
    ['990105491231002', 'PROVINCE'],
  ])('invalid 15-digit %s -> %s, reported in its 15-digit form', (old, reason) => {
    const r = parse(old);
    expect(r).toMatchObject({ valid: false, reason, idNumber: old, upgradedFrom15: true });
  });

  it('accepts 29 Feb in a leap year', () => {
    expect(parse('110105480229002')).toMatchObject({ valid: true, birthDate: '1948-02-29' });
  });

  it('a 15-digit value with X is a format error', () => {
    expect(parse('11010549123100X').reason).toBe('FORMAT');
  });
});

describe('parseIdNumber: 20/22-character values', () => {
  const ID = mk('41272219800101001');
  it.each([
    [ID + '41', 20], // disability certificate: category 4 (肢体), grade 1
    [ID + '12', 20],
    ['11010519491231002X' + '23', 20],
    [ID + '0000', 22],
    ['11010519491231002x 41', 20],
    ['11010519491231002X' + 'AB', 20], // tail content is not checked
  ])('%s keeps the first 18', (raw, len) => {
    const r = parse(raw);
    expect(r).toMatchObject({ valid: true, idNumber: raw.replace(/\s/g, '').slice(0, 18).toUpperCase(), truncatedFrom: len });
  });

  it.each([
    wrong('41272219800101001') + '41',
    mk('99272219800101001') + '41',
    wrong('41272219800101001') + '0000',
    mk('41272230000101001') + '41', // future birth
  ])('%s with an invalid first 18 -> LENGTH', (raw) => {
    expect(parse(raw)).toMatchObject({ valid: false, reason: 'LENGTH', idNumber: raw, truncatedFrom: null });
  });
});

describe('parseIdNumber: Excel numbers', () => {
  it.each([
    412722198001010000,
    4.12722e17,
    110105491231002, // even a 15-digit number: a numeric cell is never trusted
    0,
    Number.NaN,
  ])('a JS number (%s) -> EXCEL_NUMBER', (n) => {
    const r = parse(n);
    expect(r).toMatchObject({ valid: false, reason: 'EXCEL_NUMBER', idNumber: null, input: String(n) });
  });

  it.each(['4.12722E+17', '4.12722e17', '4.12722E17', '1.10105E+17', '４．１２７２２Ｅ＋１７', '412722198001010000.0'])(
    'text %s -> EXCEL_NUMBER',
    (t) => {
      expect(parse(t)).toMatchObject({ valid: false, reason: 'EXCEL_NUMBER', idNumber: null });
    },
  );

  it('18 digits ending in 000 with a wrong check char -> EXCEL_NUMBER, not CHECKSUM', () => {
    // …077890 stored as a float becomes …078000 (domain §3.6).
    const damaged = '412722198001078000';
    expect(checkChar(damaged.slice(0, 17))).not.toBe('0');
    expect(parse(damaged)).toMatchObject({ valid: false, reason: 'EXCEL_NUMBER', idNumber: damaged });
    expect(parse("'" + damaged).reason).toBe('EXCEL_NUMBER');
  });

  it('an ID that legitimately ends in 000 stays valid', () => {
    // Find a body ending in 00 whose check char is 0.
    let id = '';
    for (let p = 0; p < 280 && !id; p++) {
      const day = String(1 + (p % 28)).padStart(2, '0');
      const body = '412722198001' + day + String(Math.floor(p / 28)) + '00';
      if (checkChar(body) === '0') id = body + '0';
    }
    expect(id).toMatch(/000$/);
    expect(parse(id).valid).toBe(true);
  });

  it('ending in 00 (not 000) with a wrong check char is CHECKSUM', () => {
    const body = '41272219800107800';
    const id = body + (checkChar(body) === '1' ? '2' : '1');
    expect(parse(id).reason).toBe('CHECKSUM');
  });
});

describe('parseIdNumber: failure reasons', () => {
  it.each<[string, unknown, IdReason]>([
    ['null', null, 'EMPTY'],
    ['undefined', undefined, 'EMPTY'],
    ['empty string', '', 'EMPTY'],
    ['only spaces', ' \u3000 ', 'EMPTY'],
    ['only apostrophe', "'", 'EMPTY'],
    ['empty wrapper', '=""', 'EMPTY'],
    ['16 digits', '1101051949123100', 'LENGTH'],
    ['17 digits', '11010519491231002', 'LENGTH'],
    ['19 digits', '1101051949123100212', 'LENGTH'],
    ['21 digits', '110105194912310021234', 'LENGTH'],
    ['14 digits', '11010549123100', 'LENGTH'],
    ['X in the middle', '1101051949X231002X', 'FORMAT'],
    ['other letter at the end', '11010519491231002Y', 'FORMAT'],
    ['hyphens', '110105-19491231-002', 'FORMAT'],
    ['a name', '张三', 'FORMAT'],
    ['Chinese note', '无', 'FORMAT'],
    ['Date cell', new Date(Date.UTC(1980, 0, 1)), 'FORMAT'],
    ['boolean cell', true, 'FORMAT'],
    ['Excel error cell', { error: '#N/A' }, 'FORMAT'],
    ['unknown province 99', mk('99010519491231002'), 'PROVINCE'],
    ['unknown province 71', mk('71010519491231002'), 'PROVINCE'],
    ['unknown province 00', mk('00010519491231002'), 'PROVINCE'],
    ['year 1880', '440524188001010014', 'BIRTH_DATE'],
    ['year 1899', mk('44052418991231001'), 'BIRTH_DATE'],
    ['month 00', mk('11010519490031002'), 'BIRTH_DATE'],
    ['month 13', mk('11010519491331002'), 'BIRTH_DATE'],
    ['day 00', mk('11010519491200002'), 'BIRTH_DATE'],
    ['31 April', mk('11010519490431002'), 'BIRTH_DATE'],
    ['29 Feb 2023', mk('11010520230229002'), 'BIRTH_DATE'],
    ['29 Feb 1900 (not leap)', mk('11010519000229002'), 'BIRTH_DATE'],
    ['day after reference date', mk('11010520250701002'), 'FUTURE_BIRTH'],
    ['next year', mk('11010520260101002'), 'FUTURE_BIRTH'],
    ['wrong check char', wrong('11010519491231002'), 'CHECKSUM'],
    ['X where a digit belongs', '412722198001010011'.slice(0, 17) + 'X', 'CHECKSUM'],
    ['hyphens in a 20-char value', '110105-19491231-002X', 'FORMAT'],
    ['20 digits, invalid first 18', wrong('41272219800101001') + '41', 'LENGTH'],
  ])('%s -> %s', (_label, raw, reason) => {
    const r = parse(raw);
    expect(r.valid).toBe(false);
    expect(r.reason).toBe(reason);
    expect(r.reasonText).toBe(reasonText(reason, reason === 'CHECKSUM' ? checkChar(String(raw).slice(0, 17)) : undefined));
    // Derived fields are only given for valid numbers.
    expect([r.region, r.province, r.birthDate, r.sex, r.age]).toEqual([null, null, null, null, null]);
    if (typeof raw === 'string' && raw.length >= 6) expect(r.reasonText).not.toContain(raw);
  });

  it('accepts 29 Feb 2000 and 2024 (leap years)', () => {
    expect(parse(mk('11010520000229002')).birthDate).toBe('2000-02-29');
    expect(parse(mk('11010520240229002')).birthDate).toBe('2024-02-29');
  });

  it('CHECKSUM names the expected check character', () => {
    const r = parse('110105194912310021');
    expect(r.reason).toBe('CHECKSUM');
    expect(r.reasonText).toBe('校验位错误（应为 X）');
    expect(r.idNumber).toBe('110105194912310021');
  });

  it('checks in the order format -> province -> birth date -> checksum', () => {
    // Bad province and bad date and bad checksum: province wins.
    expect(parse(wrong('99010519491331002')).reason).toBe('PROVINCE');
    // Bad date and bad checksum: date wins.
    expect(parse(wrong('11010519491331002')).reason).toBe('BIRTH_DATE');
    expect(parse(wrong('11010520300101002')).reason).toBe('FUTURE_BIRTH');
  });

  it('every reason has a Chinese text without placeholders', () => {
    for (const reason of ID_REASONS) {
      const t = reasonText(reason);
      expect(t).toMatch(/[\u4e00-\u9fff]/);
      expect(t).not.toMatch(/undefined|null/);
    }
  });

  it('rejects a malformed reference date without echoing the input', () => {
    expect(() => parseIdNumber('11010519491231002X', { referenceDate: '2025-02-30' })).toThrowError(/referenceDate/);
    expect(() => parseIdNumber('11010519491231002X', { referenceDate: '20250101' })).toThrowError(/referenceDate/);
  });

  it('defaults the reference date to today', () => {
    expect(parseIdNumber('11010519491231002X').valid).toBe(true);
    expect(parseIdNumber(mk('11010530000101002')).reason).toBe('FUTURE_BIRTH');
  });
});

describe('parseIdNumber: sex and age', () => {
  it.each([
    ['0', '女'], ['1', '男'], ['2', '女'], ['3', '男'], ['4', '女'],
    ['5', '男'], ['6', '女'], ['7', '男'], ['8', '女'], ['9', '男'],
  ])('17th digit %s -> %s', (d, sex) => {
    expect(parse(mk('4127221980010100' + d)).sex).toBe(sex);
  });

  it.each([
    // birth, reference, age
    ['2010-09-01', '2025-08-31', 14], // day before the birthday
    ['2010-09-01', '2025-09-01', 15], // birthday: the year is completed that day
    ['2010-09-01', '2025-09-02', 15],
    ['1965-06-30', '2025-06-29', 59],
    ['1965-06-30', '2025-06-30', 60],
    ['2008-02-29', '2025-02-28', 16], // leap-day birthday, non-leap year: completed on 1 March
    ['2008-02-29', '2025-03-01', 17],
    ['2008-02-29', '2024-02-29', 16],
    ['2025-06-30', '2025-06-30', 0],
    ['2024-12-31', '2025-01-01', 0],
    ['1949-12-31', '2025-12-31', 76],
  ])('ageAt(%s, %s) = %s', (birth, ref, age) => {
    expect(ageAt(birth, ref)).toBe(age);
  });

  it('uses the reference date for IdInfo.age', () => {
    const id = mk('41272220100901002');
    expect(parse(id, '2025-08-31').age).toBe(14);
    expect(parse(id, '2025-09-01').age).toBe(15);
  });

  it.each([['1980-1-1', '2025-01-01'], ['1980-02-30', '2025-01-01'], ['1980-01-01', '']])('ageAt throws on %s / %s', (b, r) => {
    expect(() => ageAt(b, r)).toThrow();
  });
});
