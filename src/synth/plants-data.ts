// Planted data-quality problems: unusable ID cells (ID_INVALID) and one ID with two names (ID_NAME_CONFLICT).
import { addAlt, addFact, ALL, FROM1, M0, type Person } from './model.js';
import { minorityName, typoName } from './names.js';
import type { Kit } from './plant-kit.js';
import { housingFact, propertyFact, staffFact, vehicleFact } from './facts.js';

/** An ordinary resident aged 20–65 in every month, with a medical-insurance record. */
const ordinaryAdult = (kit: Kit) => (p: Person): boolean => kit.ageIn(p, 20, 65) && p.noMedical === 0;

export function plantDataQuality(kit: Kit): void {
  for (let i = 0; i < kit.w.k; i++) plantUnusableIds(kit);
  for (let i = 0; i < kit.w.k; i++) {
    plantNameConflicts(kit);
    plantNameLookalikes(kit);
  }
}

/** ID_INVALID rows of ordinary residents (one round): the expected keys are recorded when the rows are written. */
function plantUnusableIds(kit: Kit): void {
  const { w, rng } = kit;
  let p = kit.pickMember(kit.ordinaryHHs, ordinaryAdult(kit));
  if (p) addFact(p, { kind: 'vehicle', mask: ALL, idForm: 'number', v: vehicleFact(rng, w, 'K33', '正常') });
  p = kit.pickMember(kit.ordinaryHHs, ordinaryAdult(kit));
  if (p) addFact(p, { kind: 'employment', mask: ALL, idForm: 'sci', v: {} });
  p = kit.pickMember(kit.ordinaryHHs, ordinaryAdult(kit));
  if (p) addAlt(p, { kind: 'medical', mask: M0, idForm: 'badcheck' });
  p = kit.pickMember(kit.ordinaryHHs, ordinaryAdult(kit));
  if (p) addFact(p, { kind: 'staff', mask: ALL, idForm: 'empty', v: staffFact(rng) });
  p = kit.pickMember(kit.ordinaryHHs, (x) => x.rel === '户主' && kit.ageIn(x, 20, 90));
  if (p) addFact(p, { kind: 'housing', mask: FROM1, idForm: 'short', v: housingFact(rng, 'B级', '无需改造') });
  p = kit.pickMember(kit.ordinaryHHs, ordinaryAdult(kit));
  if (p) addFact(p, { kind: 'property', mask: ALL, idForm: 'badcheck', v: propertyFact(rng, w, p, '商品房', '住宅') });
}

/** ID_NAME_CONFLICT (one round): a misspelt name in the medical, vehicle, employment or 低保 roster. */
function plantNameConflicts(kit: Kit): void {
  const { w, rng } = kit;
  let p = kit.pickMember(kit.monitorHHs, (x) => kit.living(x) && kit.ageIn(x, 1, 90));
  if (p) {
    addAlt(p, { kind: 'medical', mask: M0, name: typoName(rng, p.name, p.sex) });
    kit.expect('ID_NAME_CONFLICT', p.id, M0, '医保名单姓名与监测名单不一致（次月已更正）');
  }
  p = kit.pickMember(kit.ordinaryHHs, ordinaryAdult(kit));
  if (p) {
    addFact(p, { kind: 'vehicle', mask: ALL, name: typoName(rng, p.name, p.sex), v: vehicleFact(rng, w, 'M21', '正常') });
    kit.expect('ID_NAME_CONFLICT', p.id, ALL, '车辆登记所有人姓名与医保名单不一致');
  }
  p = kit.pickMember(kit.monitorHHs, (x) => kit.living(x) && kit.ageIn(x, 20, 55));
  if (p) {
    addFact(p, { kind: 'employment', mask: ALL, name: typoName(rng, p.name, p.sex), v: {} });
    kit.expect('ID_NAME_CONFLICT', p.id, ALL, '务工就业台账姓名与监测名单不一致');
  }
  p = kit.pickMember(kit.monitorHHs, (x) => kit.living(x) && x.rel !== '户主', (h) => h.dibao === ALL);
  if (p) {
    addAlt(p, { kind: p.hh.dibao === ALL ? 'dibao' : 'medical', mask: FROM1, name: typoName(rng, p.name, p.sex) });
    kit.expect('ID_NAME_CONFLICT', p.id, FROM1, p.hh.dibao === ALL ? '次月低保名单姓名录错' : '次月医保名单姓名录错');
  }
}

/** Look-alikes (one round): a name with another middle dot, inner or trailing spaces; IDs with stray spaces. */
function plantNameLookalikes(kit: Kit): void {
  const { rng } = kit;
  let p = kit.pickMember(kit.monitorHHs, (x) => kit.living(x) && x.name.includes('·'));
  if (!p) {
    p = kit.pickMember(kit.monitorHHs, (x) => kit.living(x) && kit.ageIn(x, 20, 60));
    if (p) p.name = minorityName(rng, '维吾尔族', p.sex, '艾力');
  }
  if (p) {
    addAlt(p, { kind: 'medical', mask: ALL, name: p.name.replace('·', '•') });
    kit.negative('ID_NAME_CONFLICT', p.id, '医保名单中间隔号写作“•”，与“·”视为相同');
  }
  p = kit.pickMember(kit.monitorHHs, (x) => kit.living(x) && kit.ageIn(x, 1, 90) && x.name.length >= 2 && !x.name.includes('·'));
  if (p) {
    addAlt(p, { kind: 'medical', mask: ALL, name: `${p.name[0]} ${p.name.slice(1)}`, idForm: 'nbsp' });
    kit.negative('ID_NAME_CONFLICT', p.id, '医保名单姓名中间有空格');
    kit.negative('MED_UNINSURED', p.id, '医保名单身份证号末尾带不换行空格，规范化后可匹配');
  }
  p = kit.pickMember(kit.monitorHHs, (x) => kit.living(x) && kit.ageIn(x, 7, 14) && !x.disability);
  if (p) {
    // The 学籍 roster is a GBK CSV: only characters GBK can encode (U+3000 yes, U+200B no).
    addAlt(p, { kind: 'student', mask: ALL, name: `${p.name}\u3000`, idForm: 'spaces' });
    kit.negative('ID_NAME_CONFLICT', p.id, '学籍名单姓名末尾有全角空格');
    kit.negative('EDU_DROPOUT', p.id, '学籍名单身份证号中间和两端有空格，规范化后可匹配');
  }
  p = kit.pickMember(kit.monitorHHs, (x) => kit.living(x) && kit.ageIn(x, 1, 90));
  if (p) {
    addAlt(p, { kind: 'medical', mask: ALL, idForm: 'zwsp' });
    kit.negative('MED_UNINSURED', p.id, '医保名单身份证号前有零宽空格，规范化后可匹配');
  }
}
