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
  },
};
