/** The impact preview's texts, merged into each locale's catalogue (i18nProvider.ts). */
export const impactZh = {
  impact: {
    title: '影响预览：%{code}',
    open: '影响预览',
    kind: { EDITION: '总行标准版本草稿', LOCAL_VERSION: '本地化版本' },
    outletsBelow: '下辖网点',
    outletsAffected: '受影响网点',
    unitsAffected: '受影响机构',
    chart: '各一级分行受影响网点数',
    none: '此草稿不改变下辖任何网点的标准。',
    column: { tierOne: '一级分行', tierTwo: '二级分行', category: '网点分类', outlets: '网点数', path: '要求', before: '现行', after: '生效后' },
    setBy: '由 %{unit}（%{layer}）设定',
    unclassified: '未分类',
    compliance: {
      title: '达标情况变化',
      assessed: '按已批准落地方案的 %{outlets} 个网点测算',
      stop: '将不再达标的网点',
      start: '将转为达标的网点',
      column: { outlet: '网点', direction: '变化', gapKinds: '差距类型' },
      direction: { STOPS: '达标 → 有差距', STARTS: '有差距 → 达标' },
    },
  },
};

export const impactEn: typeof impactZh = {
  impact: {
    title: 'Impact preview: %{code}',
    open: 'Impact preview',
    kind: { EDITION: 'Head-office draft edition', LOCAL_VERSION: 'Local version' },
    outletsBelow: 'Outlets below',
    outletsAffected: 'Outlets affected',
    unitsAffected: 'Units affected',
    chart: 'Affected outlets by tier-one branch',
    none: 'This draft changes nothing for the outlets below it.',
    column: { tierOne: 'Tier-one branch', tierTwo: 'Tier-two branch', category: 'Outlet category', outlets: 'Outlets', path: 'Requirement', before: 'Now', after: 'Once in force' },
    setBy: 'set by %{unit} (%{layer})',
    unclassified: 'Unclassified',
    compliance: {
      title: 'Change in compliance',
      assessed: 'Measured on the %{outlets} outlets with an approved implementation plan',
      stop: 'Outlets that would stop meeting the standard',
      start: 'Outlets that would start meeting it',
      column: { outlet: 'Outlet', direction: 'Change', gapKinds: 'Gap kinds' },
      direction: { STOPS: 'Compliant → with gaps', STARTS: 'With gaps → compliant' },
    },
  },
};
