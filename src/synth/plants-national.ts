// Planted problems of the national system's numbered checks (issue 12, rules/national.ts), with look-alikes.
import { ALL, FROM1, type Person } from './model.js';
import type { Kit } from './plant-kit.js';

export function plantNational(kit: Kit): void {
  const { st } = kit;
  const L = kit.monitorHHs;
  const healthyAdult = (lo: number, hi: number) => (p: Person) => kit.living(p) && kit.ageIn(p, lo, hi) && p.tekun === 0
    && !p.disability && !p.seriousIll && !p.chronic && st.every((s) => s.studentStatus(p) === '' && !s.isStudent(p));

  for (let i = 0; i < kit.w.k; i++) {
    // TEKUN_ABLE_BODIED (5_15_018/019): a healthy working-age non-student on 特困 (all months; new in month 1; aged 18).
    let p = kit.pickMember(L, healthyAdult(25, 50));
    if (p) { p.tekun = ALL; kit.expect('TEKUN_ABLE_BODIED', p.id, ALL, '健康、非在校生、劳动年龄人口享受特困供养'); }
    p = kit.pickMember(L, healthyAdult(40, 55));
    if (p) { p.tekun = ALL; kit.expect('TEKUN_ABLE_BODIED', p.id, ALL, '健康、非在校生、劳动年龄人口享受特困供养'); }
    p = kit.pickMember(L, healthyAdult(30, 45));
    if (p) { p.tekun = FROM1; kit.expect('TEKUN_ABLE_BODIED', p.id, FROM1, '次月起享受特困供养的健康劳动年龄人口'); }
    p = kit.pickMember(L, healthyAdult(18, 18));
    if (p) { p.tekun = ALL; kit.expect('TEKUN_ABLE_BODIED', p.id, ALL, '年满18周岁的健康非在校生享受特困供养（下限）'); }
    // Look-alikes: a chronically ill adult on 特困; an elder on 特困.
    p = kit.pickMember(L, (x) => kit.living(x) && kit.ageIn(x, 30, 50) && x.tekun === 0 && x.chronic && !x.disability);
    if (p) { p.tekun = ALL; kit.negative('TEKUN_ABLE_BODIED', p.id, '长期慢性病患者享受特困供养'); }
    p = kit.pickMember(L, (x) => kit.living(x) && x.tekun === ALL && kit.ageIn(x, 61, 120));
    if (p) kit.negative('TEKUN_ABLE_BODIED', p.id, '61周岁以上的特困供养人员');
  }
}
