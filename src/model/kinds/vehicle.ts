// 机动车登记 (公安交管).
import { defineKind } from '../kind-def.js';

export default defineKind({
  kind: 'vehicle', title: '机动车登记', department: '公安交管',
  fields: [
    { name: 'plate', title: '号牌号码', aliases: ['号牌号码', '车牌号', '车牌号码', '号牌'] },
    { name: 'vehicleType', title: '车辆类型', aliases: ['车辆类型', '车辆类型代码', '车型'] },
    { name: 'vehicleStatus', title: '机动车状态', aliases: ['机动车状态', '车辆状态', '状态'] },
  ],
});
