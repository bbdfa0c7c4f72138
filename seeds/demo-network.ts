/**
 * The demo network: head office, three provincial (tier-one) branches, two
 * tier-two units under each (one 二级分行, one 城区管辖支行) and three outlets
 * under each of those. Fictional names in real places; codes are stable.
 * Data only: the API's seeder (api/src/seed.ts) loads it, adding what is
 * missing and leaving what exists alone.
 */
export interface DemoUnit {
  code: string;
  level: 'HEAD_OFFICE' | 'TIER_ONE_BRANCH' | 'TIER_TWO_BRANCH' | 'OUTLET';
  parentCode?: string;
  zh: string;
  en: string;
  tierTwoKind?: 'BRANCH' | 'CITY_MANAGING_SUB_BRANCH';
  city?: string;
  address?: string;
  /** Outlet category (网点分类) once the standard exists. */
  category?: 'LARGE_FULL_FUNCTION' | 'MEDIUM_FULL_FUNCTION' | 'GENERAL';
}

type Outlet = [code: string, zh: string, en: string, address: string, category: DemoUnit['category']];

function tierTwo(
  parentCode: string,
  code: string,
  zh: string,
  en: string,
  city: string,
  kind: DemoUnit['tierTwoKind'],
  outlets: Outlet[],
): DemoUnit[] {
  return [
    { code, level: 'TIER_TWO_BRANCH', parentCode, zh, en, city, tierTwoKind: kind },
    ...outlets.map(([oc, ozh, oen, address, category]) => ({
      code: oc,
      level: 'OUTLET' as const,
      parentCode: code,
      zh: ozh,
      en: oen,
      city,
      address,
      category,
    })),
  ];
}

export const demoNetwork: DemoUnit[] = [
  { code: 'HO', level: 'HEAD_OFFICE', zh: '总行', en: 'Head Office', city: '北京' },

  { code: 'GD', level: 'TIER_ONE_BRANCH', parentCode: 'HO', zh: '广东省分行', en: 'Guangdong Provincial Branch', city: '广州' },
  ...tierTwo('GD', 'GD-FS', '佛山分行', 'Foshan Branch', '佛山', 'BRANCH', [
    ['GD-FS-01', '佛山禅城支行营业部', 'Foshan Chancheng Business Hall', '佛山市禅城区祖庙路 18 号', 'LARGE_FULL_FUNCTION'],
    ['GD-FS-02', '佛山南海桂城支行', 'Foshan Nanhai Guicheng Sub-branch', '佛山市南海区南海大道北 66 号', 'MEDIUM_FULL_FUNCTION'],
    ['GD-FS-03', '佛山顺德大良网点', 'Foshan Shunde Daliang Outlet', '佛山市顺德区大良街道凤山中路 9 号', 'GENERAL'],
  ]),
  ...tierTwo('GD', 'GD-GZTH', '广州天河支行', 'Guangzhou Tianhe Sub-branch', '广州', 'CITY_MANAGING_SUB_BRANCH', [
    ['GD-GZTH-01', '天河体育中心网点', 'Tianhe Sports Centre Outlet', '广州市天河区天河路 208 号', 'LARGE_FULL_FUNCTION'],
    ['GD-GZTH-02', '珠江新城网点', 'Zhujiang New Town Outlet', '广州市天河区花城大道 85 号', 'MEDIUM_FULL_FUNCTION'],
    ['GD-GZTH-03', '石牌桥网点', 'Shipaiqiao Outlet', '广州市天河区天河路 490 号', 'GENERAL'],
  ]),

  { code: 'JS', level: 'TIER_ONE_BRANCH', parentCode: 'HO', zh: '江苏省分行', en: 'Jiangsu Provincial Branch', city: '南京' },
  ...tierTwo('JS', 'JS-SZ', '苏州分行', 'Suzhou Branch', '苏州', 'BRANCH', [
    ['JS-SZ-01', '苏州工业园区支行', 'Suzhou Industrial Park Sub-branch', '苏州市工业园区苏州大道东 265 号', 'LARGE_FULL_FUNCTION'],
    ['JS-SZ-02', '苏州姑苏观前网点', 'Suzhou Gusu Guanqian Outlet', '苏州市姑苏区观前街 102 号', 'MEDIUM_FULL_FUNCTION'],
    ['JS-SZ-03', '苏州吴中木渎网点', 'Suzhou Wuzhong Mudu Outlet', '苏州市吴中区木渎镇金山路 31 号', 'GENERAL'],
  ]),
  ...tierTwo('JS', 'JS-NJGL', '南京鼓楼支行', 'Nanjing Gulou Sub-branch', '南京', 'CITY_MANAGING_SUB_BRANCH', [
    ['JS-NJGL-01', '鼓楼广场网点', 'Gulou Square Outlet', '南京市鼓楼区中山路 201 号', 'LARGE_FULL_FUNCTION'],
    ['JS-NJGL-02', '湖南路网点', 'Hunan Road Outlet', '南京市鼓楼区湖南路 12 号', 'GENERAL'],
    ['JS-NJGL-03', '江东北路网点', 'Jiangdong North Road Outlet', '南京市鼓楼区江东北路 88 号', 'MEDIUM_FULL_FUNCTION'],
  ]),

  { code: 'SC', level: 'TIER_ONE_BRANCH', parentCode: 'HO', zh: '四川省分行', en: 'Sichuan Provincial Branch', city: '成都' },
  ...tierTwo('SC', 'SC-MY', '绵阳分行', 'Mianyang Branch', '绵阳', 'BRANCH', [
    ['SC-MY-01', '绵阳涪城支行营业部', 'Mianyang Fucheng Business Hall', '绵阳市涪城区临园路东段 56 号', 'MEDIUM_FULL_FUNCTION'],
    ['SC-MY-02', '绵阳科创园网点', 'Mianyang Science Park Outlet', '绵阳市涪城区科创园区创业路 7 号', 'GENERAL'],
    ['SC-MY-03', '江油太白网点', 'Jiangyou Taibai Outlet', '江油市太白中路 40 号', 'GENERAL'],
  ]),
  ...tierTwo('SC', 'SC-CDJJ', '成都锦江支行', 'Chengdu Jinjiang Sub-branch', '成都', 'CITY_MANAGING_SUB_BRANCH', [
    ['SC-CDJJ-01', '春熙路网点', 'Chunxi Road Outlet', '成都市锦江区春熙路南段 8 号', 'LARGE_FULL_FUNCTION'],
    ['SC-CDJJ-02', '东大街网点', 'Dongda Street Outlet', '成都市锦江区东大街下东大街段 150 号', 'MEDIUM_FULL_FUNCTION'],
    ['SC-CDJJ-03', '牛市口网点', 'Niushikou Outlet', '成都市锦江区牛市口路 3 号', 'GENERAL'],
  ]),
];
