// FOUR_CAT_VEHICLE: a member owns a car of a configured type that is still registered.
import { DISABLED_VEHICLE, isVehicleActive, parseVehicleType } from '../model/vocab.js';
import type { Rule, RuleMeta } from './types.js';
import { message } from './message-data.js';
import { EMPTY_VALUE } from './finding.js';
import { runFourCategory } from './four-cat.js';

const meta: RuleMeta = {
  code: 'FOUR_CAT_VEHICLE',
  title: '家庭成员有小汽车',
  category: '四类人员',
  leadDept: '公安局',
  subject: 'household',
  requires: ['monitor', 'vehicle'],
  params: ['vehicleTypes'],
  needs: { vehicle: ['vehicleType'] },
  description: '防止返贫致贫监测名单中某户有成员名下登记有车辆类型属于配置的 vehicleTypes（默认小型、微型载客汽车 K30–K34、K40–K43，代码或中文名称均可）'
    + '且状态不是注销、报废、转出、被盗抢的机动车；摩托车(M)、三轮汽车(N)、拖拉机(T)和残疾人专用车一律不计。',
  question: '该成员名下车辆是否仍由本户使用？何时购买、价值多少？是否为经营或务工所需？',
  national: [],
};

// Classes that never count, whatever the configuration says.
function neverCounts(code: string): boolean {
  return code === DISABLED_VEHICLE || /^[MNT]/.test(code);
}

/** Configured types as exact codes and class prefixes ("K3" or "K"). */
export function vehicleMatcher(configured: string[]): (code: string) => boolean {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const t of configured) {
    const s = t.trim().toUpperCase();
    if (/^[A-Z]\d?$/.test(s)) { prefixes.push(s); continue; }
    const code = parseVehicleType(t);
    if (code) exact.add(code);
  }
  return (code) => !neverCounts(code) && (exact.has(code) || prefixes.some((p) => code.startsWith(p)));
}

const rule: Rule = {
  ...meta,
  run: (ctx) => {
    const counts = vehicleMatcher(ctx.params.vehicleTypes);
    return runFourCategory(ctx, meta, 'vehicle', (r) => {
      const typeRaw = r.f.vehicleType?.trim() ?? '';
      const code = parseVehicleType(typeRaw);
      if (code === undefined || code === null) {
        ctx.unknown('vehicle', 'vehicleType', code === null ? EMPTY_VALUE : typeRaw, r);
        return null;
      }
      if (!counts(code)) return null;
      const statusRaw = r.f.vehicleStatus?.trim() ?? '';
      const active = isVehicleActive(statusRaw);
      if (active === undefined) { ctx.unknown('vehicle', 'vehicleStatus', statusRaw, r); return null; }
      if (!active) return null;
      const plate = r.f.plate?.trim() ?? '';
      return {
        record: { vehicleType: code, plate },
        facts: [`CAR:${code}:${plate}`],
      };
    }, (hits) => message('FOUR_CAT_VEHICLE', { hits }));
  },
};

export default rule;
