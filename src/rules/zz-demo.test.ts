import { it } from 'vitest';
import { runRules } from '/work/main/src/rules/engine.js';
import { dataset, idOfAge, makeId, monitorHousehold, params, rec, rejected } from '/work/main/src/rules/test-helpers.js';
it('demo', () => {
  const h = makeId('19700101'), k = idOfAge(10), w = makeId('19720101'), d = makeId('19600101');
  const data = dataset([
    ...monitorHousehold('HH1', [{ id: h, name: '张大' }, { id: k, name: '张小' }, { id: w, name: '李氏', relation: '配偶' }], { f: { perCapitaIncome: '5000', laborSkill: '普通劳动力' } }),
    rec('vehicle', h, { name: '张大', file: '车辆.xlsx', row: 17, f: { vehicleType: 'K33', plate: '贵F·12345', vehicleStatus: '正常' } }),
    rec('business', w, { f: { entityName: '李氏小卖部', entityStatus: '存续（在营、开业、在册）' } }),
    rec('housing', h, { f: { grade: 'C级', renovation: '在建' } }),
    rec('medical', h, { f: { insuredStatus: '参保' } }),
    rec('medical', w, { f: { insuredStatus: '停保' } }),
    rec('dibao', d, { name: '王五', relation: '户主', township: '西镇' }),
    rec('disability', makeId('19990101'), { name: '王六', headIdNumber: d, f: { disabilityLevel: '二级', disabilityType: '智力' } }),
    rec('deceased', w, { name: '李四', f: { deathDate: '2025-02-01' } }),
  ], { present: ['student', 'employment', 'staff', 'property'], rejected: [rejected('dibao', '4.12E+17', { reason: 'EXCEL_NUMBER', reasonText: '曾被存为数字', name: '某某' })] });
  const r = runRules(data, params());
  for (const f of r.findings) console.log(f.rule, '|', f.description, '|', f.basis, '|', f.members.length);
  console.log(JSON.stringify(r.rulesSkipped), JSON.stringify(r.unknownValues));
});
