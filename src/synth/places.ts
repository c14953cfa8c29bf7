// The demo county, township and village names, and other place vocabularies.
import type { Rng } from './rng.js';

export interface CountyInfo {
  code: string;
  name: string;
  plate: string;     // licence-plate prefix, e.g. 贵F
  province: string;
  city: string;
}

/** The demo county (real GB/T 2260 code; 5224xx are the pre-2011 毕节地区 codes). Other counties: scripts/province.mjs. */
export const DEFAULT_COUNTY: CountyInfo = { code: '522422', name: '大方县', plate: '贵F', province: '贵州省', city: '毕节市' };

/** Area codes of spouses who married in from elsewhere. */
export const OTHER_AREAS = ['520102', '520203', '522401', '522121', '530621', '510522', '500236', '431202'];

const TOWNSHIPS = [
  '羊场镇', '黄泥塘镇', '六龙镇', '达溪镇', '瓢井镇', '长石镇', '对江镇', '东关乡', '竹园乡', '响水乡', '文阁乡',
  '绿塘乡', '鼎新乡', '牛场乡', '小屯乡', '理化乡', '凤山乡', '安乐乡', '核桃乡', '八堡乡', '兴隆乡', '果瓦乡',
  '大山乡', '雨冲乡', '沙厂乡', '普底乡', '百纳乡', '三元乡', '星宿乡', '马场镇', '双山镇', '猫场镇',
];
const VILLAGE_A = ['新', '红', '双', '青', '大', '小', '龙', '平', '高', '马', '石', '杉', '河', '营', '关', '黄', '白', '中',
  '上', '下', '团', '兴', '和', '永', '光', '金', '银', '凤', '花', '松', '柏', '桃', '田', '坪', '水', '沙', '岩', '箐'];
const VILLAGE_B = ['华', '旗', '龙', '山', '坪', '井', '寨', '峰', '场', '桥', '树', '田', '坝', '盘', '口', '坡', '林', '丰',
  '河', '沟', '岭', '湾', '塘', '岗', '星', '阳', '安', '乐', '堡', '溪', '冲', '屯', '院', '庄', '园', '源'];

export function pickTownships(rng: Rng, n: number): string[] {
  return rng.shuffle([...TOWNSHIPS]).slice(0, n);
}

export function villageNames(rng: Rng, n: number, taken: Set<string>): string[] {
  const out: string[] = [];
  while (out.length < n) {
    const v = rng.pick(VILLAGE_A) + rng.pick(VILLAGE_B) + (rng.chance(0.12) ? '社区' : '村');
    if (taken.has(v)) continue;
    taken.add(v);
    out.push(v);
  }
  return out;
}

export const WORK_PLACES = [
  '广东省深圳市', '广东省东莞市', '广东省广州市', '浙江省宁波市', '浙江省温州市', '浙江省义乌市', '福建省泉州市',
  '福建省厦门市', '江苏省苏州市', '上海市', '贵州省贵阳市', '贵州省毕节市', '县内', '乡内',
];
export const EMPLOYERS = [
  '富士康科技集团', '立讯精密工业股份有限公司', '比亚迪股份有限公司', '某建筑劳务有限公司', '县城某餐饮店',
  '村扶贫车间', '乡镇公益性岗位', '某物流有限公司', '某电子厂', '某服装厂', '灵活就业', '某茶叶专业合作社',
];
export const EMPLOY_FORMS = ['省外务工', '省内县外务工', '县内务工', '公益性岗位', '扶贫车间', '灵活就业'];
export const STAFF_UNITS = [
  '县人民医院', '县第一中学', '县教育局', '县财政局', '县农业农村局', '县自然资源局', '乡人民政府', '乡中心学校',
  '乡卫生院', '县公安局', '县人民法院', '县林业局', '县水务局', '县市场监督管理局',
];
export const BIZ_WORDS = ['兴旺', '顺发', '鑫源', '宏达', '富民', '康达', '利民', '永盛', '金穗', '绿源', '裕丰', '华兴'];
export const BIZ_TRADES = ['便利店', '农资店', '小吃店', '养殖场', '种植园', '汽车修理部', '建材经营部', '服装店', '茶叶店', '五金店'];
export const CAR_BRANDS = ['五菱', '长安', '大众', '丰田', '比亚迪', '吉利', '哈弗', '本田', '日产', '别克'];
export const MOTO_BRANDS = ['豪爵', '五羊本田', '嘉陵', '宗申', '力帆'];
