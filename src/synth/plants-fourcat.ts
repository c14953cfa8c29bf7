// Planted 四类人员 cases: staff, business operators, commodity housing, cars (and look-alikes).
import { addFact, ALL, FROM1, FROM2, M0, type Mask, type Person } from './model.js';
import { lifetimes, type Kit } from './plant-kit.js';
import { businessFact, propertyFact, staffFact, vehicleFact } from './facts.js';

/** Living, aged lo–hi in every month. */
const adult = (kit: Kit, lo: number, hi: number) => (p: Person): boolean => kit.living(p) && kit.ageIn(p, lo, hi);

// The recipes run in this order: each picks from the households the earlier ones left unused.
export function plantFourCat(kit: Kit): void {
  plantStaff(kit);
  plantBusiness(kit);
  plantProperty(kit);
  plantVehicle(kit);
}

/** FOUR_CAT_STAFF, and a staff member of an ordinary household sharing a monitored member's name (look-alike). */
function plantStaff(kit: Kit): void {
  const { w, rng } = kit;
  lifetimes(w.k, [ALL, ALL, M0, FROM2]).forEach((mask) => {
    const p = kit.pickMember(kit.monitorHHs, adult(kit, 22, 58));
    if (!p) return;
    addFact(p, { kind: 'staff', mask, v: staffFact(rng) });
    kit.expect('FOUR_CAT_STAFF', p.hh.hid, mask, mask === M0 ? '成员为财政供养人员（次月已调出）' : '成员为财政供养人员');
  });
  for (let i = 0; i < w.k; i++) {
    const twin = kit.pickMember(kit.ordinaryHHs, (p) => !!p.facts?.some((f) => f.kind === 'staff'));
    const p = kit.pickMember(kit.monitorHHs, (x) => kit.living(x) && x.sex === twin?.sex && kit.ageIn(x, 18, 70));
    if (!twin || !p) continue;
    twin.name = p.name;
    kit.negative('FOUR_CAT_STAFF', p.hh.hid, '财政供养人员与该户成员同名，但身份证号不同');
  }
}

/** A market-entity record of `p` in the months of `mask` (and, with `extra`, the same entity in another status). */
function addBusiness(kit: Kit, mask: Mask, file: 'xlsx' | 'csv', etype: string, status: string, role: string | null, p: Person,
  extra?: { mask: Mask; status: string }): void {
  const v = businessFact(kit.rng, kit.w, p, file, etype, status, role);
  addFact(p, { kind: 'business', mask, v });
  if (extra) addFact(p, { kind: 'business', mask: extra.mask, v: { ...v, status: extra.status } });
}

/** FOUR_CAT_BUSINESS: operators of live entities (one deregistered in month 1); closed entities and minor roles don't fire. */
function plantBusiness(kit: Kit): void {
  for (let i = 0; i < kit.w.k; i++) {
    const cases: [Mask, 'xlsx' | 'csv', string, string, string | null, string][] = [
      [ALL, 'csv', '个体工商户', '存续', null, '成员为存续个体工商户经营者'],
      [ALL, 'xlsx', '有限责任公司（自然人独资）', '存续（在营、开业、在册）', '法定代表人', '成员为存续企业法定代表人'],
      [ALL, 'xlsx', '个人独资企业', '在业', '投资人', '成员为在业个人独资企业投资人'],
    ];
    for (const [mask, file, etype, status, role, why] of cases) {
      const p = kit.pickMember(kit.monitorHHs, adult(kit, 22, 65));
      if (!p) continue;
      addBusiness(kit, mask, file, etype, status, role, p);
      kit.expect('FOUR_CAT_BUSINESS', p.hh.hid, mask, why);
    }
    const p = kit.pickMember(kit.monitorHHs, adult(kit, 22, 65));
    if (p) {
      addBusiness(kit, M0, 'xlsx', '个体工商户', '开业', '经营者', p, { mask: FROM1, status: '注销' });
      kit.expect('FOUR_CAT_BUSINESS', p.hh.hid, M0, '成员为个体工商户经营者（次月已注销）');
      kit.negative('FOUR_CAT_BUSINESS', p.hh.hid, '个体工商户已注销', FROM1);
    }
    const looks: ['xlsx' | 'csv', string, string, string | null, string][] = [
      ['csv', '个体工商户', '注销', null, '个体工商户已注销'],
      ['xlsx', '有限责任公司', '吊销，未注销', '法定代表人', '企业已吊销（吊销，未注销）'],
      ['xlsx', '农民专业合作社', '存续', '股东', '只是存续合作社的股东'],
      ['xlsx', '有限责任公司', '在业', '监事', '只是在业企业的监事'],
    ];
    for (const [file, etype, status, role, why] of looks) {
      const q = kit.pickMember(kit.monitorHHs, adult(kit, 22, 65));
      if (!q) continue;
      addBusiness(kit, ALL, file, etype, status, role, q);
      kit.negative('FOUR_CAT_BUSINESS', q.hh.hid, why);
    }
  }
}

/** FOUR_CAT_PROPERTY: commodity housing; resettlement, rebuilt and self-built houses don't fire. */
function plantProperty(kit: Kit): void {
  const { w, rng } = kit;
  lifetimes(w.k, [ALL, ALL, M0, FROM2]).forEach((mask) => {
    const p = kit.pickMember(kit.monitorHHs, adult(kit, 22, 70));
    if (!p) return;
    addFact(p, { kind: 'property', mask, v: propertyFact(rng, w, p, '商品房', mask === M0 ? '成套住宅' : '住宅') });
    kit.expect('FOUR_CAT_PROPERTY', p.hh.hid, mask, mask === M0 ? '成员名下有商品房（次月已过户）' : '成员名下有商品房');
  });
  for (let i = 0; i < w.k; i++) {
    for (const ptype of ['易地扶贫搬迁安置房', '拆迁安置房', '因灾重建房', '自建房']) {
      const p = kit.pickMember(kit.monitorHHs, adult(kit, 22, 80));
      if (!p) continue;
      addFact(p, { kind: 'property', mask: ALL, v: propertyFact(rng, w, p, ptype, '住宅') });
      kit.negative('FOUR_CAT_PROPERTY', p.hh.hid, `房屋性质为${ptype}，不是商品房`);
    }
  }
}

/** FOUR_CAT_VEHICLE: small cars (one deregistered in month 1); motorcycles, trucks, tractors, scrapped cars don't fire. */
function plantVehicle(kit: Kit): void {
  const { w, rng } = kit;
  for (let i = 0; i < w.k; i++) {
    const cars: [Mask, string, string][] = [[ALL, 'K33', '名下有小型轿车'], [ALL, '小型普通客车', '名下有小型普通客车（中文车型）'], [ALL, 'K32', '名下有小型越野客车'], [FROM1, 'K33', '次月新购小型轿车']];
    for (const [mask, type, why] of cars) {
      const p = kit.pickMember(kit.monitorHHs, adult(kit, 20, 65));
      if (!p) continue;
      addFact(p, { kind: 'vehicle', mask, v: vehicleFact(rng, w, type, '正常') });
      kit.expect('FOUR_CAT_VEHICLE', p.hh.hid, mask, why);
    }
    const p = kit.pickMember(kit.monitorHHs, adult(kit, 20, 65));
    if (p) {
      const v = vehicleFact(rng, w, 'K43', '正常');
      addFact(p, { kind: 'vehicle', mask: M0, v });
      addFact(p, { kind: 'vehicle', mask: FROM1, v: { ...v, status: '注销' } });
      kit.expect('FOUR_CAT_VEHICLE', p.hh.hid, M0, '名下有微型轿车（次月已注销）');
      kit.negative('FOUR_CAT_VEHICLE', p.hh.hid, '微型轿车已注销', FROM1);
    }
    const looks: [string, string, string][] = [
      ['M21', '正常', '普通二轮摩托车不计'], ['三轮汽车', '正常', '三轮汽车不计'], ['K33', '注销', '小型轿车已注销'],
      ['K31', '报废', '小型普通客车已报废'], ['H31', '正常', '轻型普通货车不在默认车型中'], ['T21', '正常', '小型轮式拖拉机不计'],
    ];
    for (const [type, status, why] of looks) {
      const q = kit.pickMember(kit.monitorHHs, adult(kit, 20, 70));
      if (!q) continue;
      addFact(q, { kind: 'vehicle', mask: ALL, v: vehicleFact(rng, w, type, status) });
      kit.negative('FOUR_CAT_VEHICLE', q.hh.hid, why);
    }
  }
}
