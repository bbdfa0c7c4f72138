import { registerEnumType } from 'type-graphql';

/**
 * The four levels of the network. They are the vocabulary every module and
 * the scope rules speak (who may author which layer depends on the level of
 * the unit it belongs to), so they live here rather than in the org-unit
 * module, which re-exports them; shared/ may then rely on them without
 * importing any module.
 */
export enum OrgLevel {
  HEAD_OFFICE = 'HEAD_OFFICE',
  TIER_ONE_BRANCH = 'TIER_ONE_BRANCH',
  TIER_TWO_BRANCH = 'TIER_TWO_BRANCH',
  OUTLET = 'OUTLET',
}
registerEnumType(OrgLevel, {
  name: 'OrgLevel',
  description: 'The four levels of the network: 总行, 一级分行, 二级分行/城区管辖支行, 网点',
  valuesConfig: {
    HEAD_OFFICE: { description: '总行 head office' },
    TIER_ONE_BRANCH: { description: '一级分行 tier-one (provincial) branch' },
    TIER_TWO_BRANCH: { description: '二级分行 or 城区管辖支行 tier-two branch / city-managing sub-branch' },
    OUTLET: { description: '网点 outlet' },
  },
});

/** The levels from the top; a unit's parent is always exactly one level up. */
export const LEVEL_ORDER: readonly OrgLevel[] = [
  OrgLevel.HEAD_OFFICE,
  OrgLevel.TIER_ONE_BRANCH,
  OrgLevel.TIER_TWO_BRANCH,
  OrgLevel.OUTLET,
];

export function parentLevelOf(level: OrgLevel): OrgLevel | null {
  const i = LEVEL_ORDER.indexOf(level);
  return i > 0 ? LEVEL_ORDER[i - 1] : null;
}

export function childLevelOf(level: OrgLevel): OrgLevel | null {
  const i = LEVEL_ORDER.indexOf(level);
  return i >= 0 && i < LEVEL_ORDER.length - 1 ? LEVEL_ORDER[i + 1] : null;
}
