import { describe, expect, it } from 'vitest';
import rule from './tekun-able-bodied.js';
import { birthdayAtAge, dataset, dayBeforeTurning, idOfAge, makeId, monitorHousehold, rec, runRule } from './test-helpers.js';

describe('TEKUN_ABLE_BODIED', () => {
  const head = idOfAge(70);
  const one = (id: string, f: Record<string, string>, extra: ReturnType<typeof rec>[] = []) =>
    runRule(rule, dataset([...monitorHousehold('HH1', [{ id: head, name: '孙大', f: { health: '长期慢性病' } }, { id, name: '孙某', f }]), ...extra]))
      .findings.filter((x) => x.idNumber === id);

  it('fires for a healthy non-student of 30 flagged 特困 in the export or listed in the 特困 roster', () => {
    const id = idOfAge(30);
    const f = one(id, { enjoysTekun: '农村特困', health: '健康' });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'TEKUN_ABLE_BODIED', subject: 'person', national: ['5_15_018', '5_15_019'], leadDept: '民政局' });
    expect(f[0].message).toMatchObject({ id: 'TEKUN_ABLE_BODIED', data: { person: { name: '孙某', idNumber: id }, age: 30, flag: '农村特困', roster: [] } });
    const r = one(id, { enjoysTekun: '否', health: '健康' }, [rec('tekun', id, { name: '孙某' })]);
    expect(r).toHaveLength(1);
    expect(r[0].basis).toBe('防止返贫致贫监测名单 × 民政特困供养名单');
  });

  it('does not fire for look-alikes: not healthy, a student, not on 特困, deceased', () => {
    const id = idOfAge(30);
    expect(one(id, { enjoysTekun: '是', health: '残疾' })).toEqual([]);
    expect(one(id, { enjoysTekun: '是', health: '健康,长期慢性病' })).toEqual([]);
    expect(one(idOfAge(19), { enjoysTekun: '是', health: '健康', studentStatus: '本科二年级' })).toEqual([]);
    expect(one(idOfAge(19), { enjoysTekun: '是', health: '健康' }, [rec('student', idOfAge(19))])).toHaveLength(1);
    expect(one(id, { enjoysTekun: '不享受', health: '健康' })).toEqual([]);
    expect(one(id, { enjoysTekun: '是', health: '健康' }, [rec('deceased', id)])).toEqual([]);
  });

  it('uses tekunAbleAge inclusively: 18 and 59 fire, 17 and 60 do not; the band is configurable', () => {
    const at = (birth: string) => one(makeId(birth), { enjoysTekun: '是', health: '健康' });
    expect(at(birthdayAtAge(18))).toHaveLength(1);
    expect(at(dayBeforeTurning(17))).toEqual([]);
    expect(at(dayBeforeTurning(59))).toHaveLength(1);
    expect(at(birthdayAtAge(60))).toEqual([]);
    const id = idOfAge(62);
    const data = dataset(monitorHousehold('HH1', [{ id, name: '周某', f: { enjoysTekun: '是', health: '健康' } }]));
    expect(runRule(rule, data).findings).toEqual([]);
    expect(runRule(rule, data, { tekunAbleAge: [18, 65] }).findings).toHaveLength(1);
  });
});
