// Roster records of assets and houses (vehicles, market entities, property, staff posts, house safety).
import type { Person, World } from './model.js';
import { BIZ_TRADES, BIZ_WORDS, CAR_BRANDS, MOTO_BRANDS, STAFF_UNITS } from './places.js';
import type { Rng } from './rng.js';

function plate(rng: Rng, w: World): string {
  const L = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
  let s = w.county.plate + L[rng.int(0, L.length - 1)];
  for (let i = 0; i < 4; i++) s += rng.chance(0.2) ? L[rng.int(0, L.length - 1)] : String(rng.int(0, 9));
  return s;
}

export function vehicleFact(rng: Rng, w: World, type: string, status: string): Record<string, string | number | Date | null> {
  const moto = /^M|摩托/.test(type) || /^N|三轮/.test(type);
  const y = rng.int(2012, 2025);
  return {
    plate: plate(rng, w), type, brand: moto ? rng.pick(MOTO_BRANDS) : rng.pick(CAR_BRANDS), status,
    reg: `${y}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`,
  };
}

export function uscc(rng: Rng, w: World, prefix: string): string {
  const A = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  let s = prefix + w.county.code;
  while (s.length < 18) s += A[rng.int(0, A.length - 1)];
  return s;
}

export function businessFact(rng: Rng, w: World, p: Person, file: 'xlsx' | 'csv', etype: string, status: string, role: string | null) {
  const word = rng.pick(BIZ_WORDS), trade = rng.pick(BIZ_TRADES);
  const town = w.townships[p.hh.town].name;
  const entity = etype === '个体工商户'
    ? `${w.county.name.slice(0, 2)}${town.slice(0, 2)}${word}${trade}`
    : etype === '农民专业合作社' ? `${w.county.name.slice(0, 2)}${word}种养殖农民专业合作社`
      : `${w.county.name.slice(0, 2)}${word}${rng.pick(['农业', '商贸', '建材', '运输'])}有限公司`;
  const prefix = etype === '个体工商户' ? '92' : etype === '农民专业合作社' ? '93' : '91';
  return {
    file, entity, code: uscc(rng, w, prefix), etype, status, role,
    setup: `${rng.int(2008, 2025)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`,
    addr: `${w.county.name}${town}${w.townships[p.hh.town].villages[p.hh.village].name}`,
  };
}

export function propertyFact(rng: Rng, w: World, p: Person, ptype: string, usage: string) {
  const commodity = ptype === '商品房';
  const town = w.townships[p.hh.town];
  const address = commodity
    ? `${w.county.name}城关镇${rng.pick(['金海湖', '奢香', '贵人', '锦绣', '龙城'])}${rng.pick(['小区', '花园', '名苑'])}${rng.int(1, 20)}栋${rng.int(1, 3)}单元${rng.int(1, 30)}0${rng.int(1, 4)}`
    : ptype.includes('搬迁') || ptype.includes('安置')
      ? `${w.county.name}${rng.pick(['奢香', '城南', '惠民'])}易地扶贫搬迁安置点${rng.int(1, 40)}栋${rng.int(1, 30)}0${rng.int(1, 4)}`
      : `${w.county.name}${town.name}${town.villages[p.hh.village].name}${rng.int(1, 12)}组`;
  return {
    cert: `${w.county.plate[0] === '贵' ? '黔' : w.county.plate[0]}(${rng.int(2016, 2025)})${w.county.name.slice(0, 2)}不动产权第${String(rng.int(1, 9999999)).padStart(7, '0')}号`,
    address, ptype, usage, area: rng.int(45, 180) + rng.int(0, 99) / 100,
    reg: `${rng.int(2012, 2025)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`,
  };
}

export function housingFact(rng: Rng, grade: string, reno: string) {
  return {
    grade, reno, structure: rng.pick(['砖混', '砖木', '木结构', '土坯', '石木']),
    date: `${rng.int(2019, 2026)}-${String(rng.int(1, 9)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`,
    year: reno === '已竣工' || reno === '已验收' || reno === '已完成' ? String(rng.int(2019, 2025)) : '',
  };
}

export function staffFact(rng: Rng) {
  return { unit: rng.pick(STAFF_UNITS), category: rng.pick(['行政', '事业', '参公']), post: rng.pick(['科员', '教师', '医生', '护士', '干部', '职工']) };
}

