// The benchmark's province (SCALE=province npm run bench): 20 county-scale counties in <dir>/county-01 … county-20,
// seeds seed … seed + 19, plus <dir>/counties.json. county-01 is the demo county and equals a single county-scale run
// with the same seed. Dev-only: the shipped generator (dist/synth) makes one county at a time.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './bench-lib.mjs';

/** Nineteen more real county-level codes (5224xx are the pre-2011 毕节地区 codes); the first county is the default one. */
const MORE_COUNTIES = [
  { code: '522423', name: '黔西县', plate: '贵F', province: '贵州省', city: '毕节市' },
  { code: '522424', name: '金沙县', plate: '贵F', province: '贵州省', city: '毕节市' },
  { code: '522425', name: '织金县', plate: '贵F', province: '贵州省', city: '毕节市' },
  { code: '522426', name: '纳雍县', plate: '贵F', province: '贵州省', city: '毕节市' },
  { code: '522427', name: '威宁彝族回族苗族自治县', plate: '贵F', province: '贵州省', city: '毕节市' },
  { code: '522428', name: '赫章县', plate: '贵F', province: '贵州省', city: '毕节市' },
  { code: '522622', name: '黄平县', plate: '贵H', province: '贵州省', city: '黔东南苗族侗族自治州' },
  { code: '522623', name: '施秉县', plate: '贵H', province: '贵州省', city: '黔东南苗族侗族自治州' },
  { code: '522624', name: '三穗县', plate: '贵H', province: '贵州省', city: '黔东南苗族侗族自治州' },
  { code: '522625', name: '镇远县', plate: '贵H', province: '贵州省', city: '黔东南苗族侗族自治州' },
  { code: '431222', name: '沅陵县', plate: '湘N', province: '湖南省', city: '怀化市' },
  { code: '431223', name: '辰溪县', plate: '湘N', province: '湖南省', city: '怀化市' },
  { code: '431224', name: '溆浦县', plate: '湘N', province: '湖南省', city: '怀化市' },
  { code: '431225', name: '会同县', plate: '湘N', province: '湖南省', city: '怀化市' },
  { code: '431226', name: '麻阳苗族自治县', plate: '湘N', province: '湖南省', city: '怀化市' },
  { code: '431227', name: '新晃侗族自治县', plate: '湘N', province: '湖南省', city: '怀化市' },
  { code: '431228', name: '芷江侗族自治县', plate: '湘N', province: '湖南省', city: '怀化市' },
  { code: '431229', name: '靖州苗族侗族自治县', plate: '湘N', province: '湖南省', city: '怀化市' },
  { code: '431230', name: '通道侗族自治县', plate: '湘N', province: '湖南省', city: '怀化市' },
];

/** countyScale 'small' gives a quick province for trying the benchmark scripts. */
export async function generateProvince(dir, seed, countyScale = 'county') {
  const { generateCounty } = await import(path.join(ROOT, 'dist/synth/index.js'));
  const list = [];
  for (let i = 0; i <= MORE_COUNTIES.length; i++) {
    const sub = `county-${String(i + 1).padStart(2, '0')}`;
    const county = i === 0 ? undefined : MORE_COUNTIES[i - 1];
    const g = await generateCounty({ dir: path.join(dir, sub), seed: seed + i, scale: countyScale, county });
    list.push({ county: county?.name ?? '大方县', dir: sub, config: path.relative(dir, g.configPath) });
  }
  fs.writeFileSync(path.join(dir, 'counties.json'), JSON.stringify(list, null, 2) + '\n');
}
