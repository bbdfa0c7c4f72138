/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A step of the approval workflow */
export type ApprovalAction =
  /** approved by the approving unit */
  | 'APPROVE'
  /** changed by its unit */
  | 'EDIT'
  /** returned with comments */
  | 'RETURN'
  /** sent up (or sent up again after a return) */
  | 'SUBMIT'
  /** replaced by a newer approved version */
  | 'SUPERSEDE'
  /** taken back by its unit */
  | 'WITHDRAW';

/** Where something sent up for approval stands */
export type ApprovalState =
  /** 已批准 approved and in force */
  | 'APPROVED'
  /** 草稿 being written by its unit */
  | 'DRAFT'
  /** 已退回 returned with comments, to be changed and resubmitted */
  | 'RETURNED'
  /** 已提交 awaiting the approving unit */
  | 'SUBMITTED'
  /** 已替代 replaced by a newer approved version (final, kept as history) */
  | 'SUPERSEDED'
  /** 已撤回 withdrawn by its unit (final) */
  | 'WITHDRAWN';

/** What was sent up for approval */
export type ApprovalSubjectType =
  /** 本地化版本: a branch’s local version of the standard */
  | 'LOCAL_VERSION'
  /** 落地方案: an outlet’s implementation plan */
  | 'OUTLET_PLAN'
  /** 分行推广方案/实施方案: a branch’s localization or implementation scheme of a rollout */
  | 'ROLLOUT_PLAN'
  /** 总行标准版本: a head-office edition of the standard, approved at head office before publication */
  | 'STANDARD_EDITION';

export type AuditEventFilter = {
  /** Exact actor name (username or token:<name>) */
  actorName?: string | null | undefined;
  from?: string | null | undefined;
  /** Business key, e.g. a unit code or username */
  objectLabel?: string | null | undefined;
  objectType?: string | null | undefined;
  operation?: string | null | undefined;
  /** Exclusive */
  to?: string | null | undefined;
  /** Changes in this unit and below */
  under?: string | null | undefined;
};

export type ChangeMyPasswordInput = {
  currentPassword: string;
  newPassword: string;
};

export type ChangeType =
  | 'ADDED'
  | 'CHANGED'
  | 'REMOVED';

/** Code lists the standard defines (corporate client kinds and sizes) */
export type ClassifierKind =
  | 'CORPORATE_KIND'
  | 'CORPORATE_SIZE';

export type CloseOrgUnitInput = {
  code: string;
  expectedVersion: number;
};

export type CreateLocalVersionInput = {
  /** A-Z, 0-9 and "-", e.g. GD-2026-01 */
  code: string;
  /** The tier-one or tier-two branch localizing the standard */
  orgUnitCode: string;
  title: LocalizedTextInput;
};

export type CreateOrgUnitInput = {
  address?: string | null | undefined;
  /** Outlets only: the code of an outlet category of the edition in force */
  category?: string | null | undefined;
  city?: string | null | undefined;
  /** Unique business code: A-Z, 0-9, _ and -, at most 32 characters */
  code: string;
  level: OrgLevel;
  name: LocalizedTextInput;
  /** Parent unit, exactly one level up; none for head office */
  parentCode?: string | null | undefined;
  /** Tier-two units only; defaults to BRANCH */
  tierTwoKind?: TierTwoKind | null | undefined;
};

export type CreateStandardDraftInput = {
  /** Edition to copy: a published edition, or a withdrawn draft to start again from (the new draft is then based on the edition it was based on); empty draft when omitted */
  basedOnCode?: string | null | undefined;
  /** New edition code: A-Z, 0-9 and "-", e.g. HO-2027-01 */
  code: string;
  summary?: LocalizedTextInput | null | undefined;
  title: LocalizedTextInput;
};

export type CreateUserInput = {
  displayName: string;
  orgUnitCode: string;
  /** At least 15 characters; a passphrase works well */
  password: string;
  roles: Array<Role>;
  /** Lower-case letters, digits, ".", "_" or "-"; 3-64 characters */
  username: string;
};

export type CustomerSegment =
  | 'CORPORATE'
  | 'INDIVIDUAL';

export type DeviceFactInput = {
  count: number;
  deviceType: string;
};

export type DeviceKind =
  | 'SELF_SERVICE'
  | 'SMART';

/** A published edition never changes again */
export type EditionStatus =
  | 'DRAFT'
  | 'PUBLISHED';

/** What kind of requirement an outlet falls short of */
export type GapKind =
  /** 核心内容未确认: a core service rule the outlet head has not acknowledged */
  | 'CORE_RULE_NOT_ACKNOWLEDGED'
  /** 设备不足: fewer self-service devices of a type than the minimum */
  | 'DEVICES_TOO_FEW'
  /** 厅堂人员超出范围: lobby managers and guides together outside their range */
  | 'LOBBY_STAFF_OUT_OF_RANGE'
  /** 岗位配置超出范围: a position’s headcount outside its range */
  | 'POSITION_OUT_OF_RANGE'
  /** 人员不足: fewer staff than a minimum (marketing staff in all, or sales-service staff) */
  | 'STAFF_BELOW_MINIMUM'
  /** 缺少功能区: a required zone not present (absent or only planned) */
  | 'ZONE_MISSING';

export type IssueApiTokenInput = {
  expiresAt: string;
  name: string;
  /** The token reads this unit and everything below it */
  scopeUnitCode: string;
  /** Upper-case system code, e.g. QUEUE_MANAGEMENT */
  system: string;
};

export type ItemCommentInput = {
  comment: string;
  path: string;
};

export type LaunchRolloutInput = {
  /** A-Z, 0-9, _ and -, at most 40 characters */
  code: string;
  /** Omit to lay out the bank’s six phases from startsOn */
  phases?: Array<RolloutPhaseDatesInput> | null | undefined;
  /** Tier-two branches for the pilot */
  pilotUnitCodes: Array<string>;
  /** yyyy-mm-dd; used when phases are omitted */
  startsOn?: string | null | undefined;
  title: LocalizedTextInput;
};

/** What kind of layer set a value */
export type LayerKind =
  /** 总行标准版本: a head-office edition */
  | 'EDITION'
  /** 本地化版本: a branch’s approved local version */
  | 'LOCAL_VERSION';

/** Text in Chinese and English; both are required */
export type LocalizedTextInput = {
  /** English */
  en: string;
  /** Chinese */
  zh: string;
};

export type MoveOrgUnitInput = {
  code: string;
  expectedVersion: number;
  /** New parent, at the level directly above the unit */
  newParentCode: string;
};

/** The four levels of the network: 总行, 一级分行, 二级分行/城区管辖支行, 网点 */
export type OrgLevel =
  /** 总行 head office */
  | 'HEAD_OFFICE'
  /** 网点 outlet */
  | 'OUTLET'
  /** 一级分行 tier-one (provincial) branch */
  | 'TIER_ONE_BRANCH'
  /** 二级分行 or 城区管辖支行 tier-two branch / city-managing sub-branch */
  | 'TIER_TWO_BRANCH';

/** Which units to list */
export type OrgUnitFilter = {
  /** Only these codes */
  codes?: Array<string> | null | undefined;
  level?: OrgLevel | null | undefined;
  /** Only the direct children of this unit */
  parentCode?: string | null | undefined;
  /** Case-insensitive match on code, Chinese or English name */
  search?: string | null | undefined;
  status?: OrgUnitStatus | null | undefined;
  /** Only units below this one (its whole subtree, itself excluded) */
  under?: string | null | undefined;
  /** Only this unit and the units below it */
  within?: string | null | undefined;
};

/** Sort order of unit lists (ties broken by code) */
export type OrgUnitOrderField =
  | 'CITY'
  | 'CODE'
  | 'LEVEL'
  | 'NAME'
  | 'NAME_EN';

/** Whether the unit still operates */
export type OrgUnitStatus =
  | 'CLOSED'
  | 'OPEN';

export type OutletFactsInput = {
  acknowledgedRules?: Array<string> | null | undefined;
  devices: Array<DeviceFactInput>;
  floorArea?: number | null | undefined;
  staffing: Array<StaffingFactInput>;
  zones: Array<ZoneFactInput>;
};

/** The type of a rule parameter’s value */
export type ParameterType =
  | 'CODE_LIST'
  | 'INTEGER'
  | 'MONEY'
  | 'RANGE'
  | 'TEXT_LIST';

export type PlanActionInput = {
  done?: boolean | null | undefined;
  /** yyyy-mm-dd */
  dueDate: string;
  expectedEffect: string;
  /** The requirement (value path) it closes */
  path: string;
  what: string;
  who: string;
};

export type PolicedTextListInput = {
  /** How lower levels may change the value */
  policy: Policy;
  value: Array<LocalizedTextInput>;
};

/** How a lower level (branch or outlet) may change a value head office set */
export type Policy =
  /** 只可增加: items may be added to the list, none removed */
  | 'EXTEND_ONLY'
  /** 自定: the lower level decides */
  | 'FREE'
  /** 锁定: keep exactly as given */
  | 'LOCKED'
  /** 只可降低: may be lowered, never raised (deadlines, thresholds where lower is stricter) */
  | 'LOWER_ONLY'
  /** 只可提高: may be raised, never lowered (minimums) */
  | 'RAISE_ONLY';

export type PositionInput = {
  capabilities?: Array<LocalizedTextInput>;
  code: string;
  duties?: PolicedTextListInput;
  kind?: PositionKind;
  name: LocalizedTextInput;
  reportsTo?: string | null | undefined;
  summary?: LocalizedTextInput | null | undefined;
};

/** An outlet post, or a supporting role such as guards or all staff */
export type PositionKind =
  | 'POSITION'
  | 'SUPPORT_ROLE';

/** What a user may do (where: their own unit and the units below it) */
export type Role =
  /** 系统管理员 manages users, API tokens and org units in scope */
  | 'ADMIN'
  /** 审批人 approves what units directly below submit */
  | 'APPROVER'
  /** 审计 read-only everywhere in scope, reads the audit trail */
  | 'AUDITOR'
  /** 分行人员 branch staff (tier-one / tier-two) */
  | 'BRANCH_STAFF'
  /** 网点负责人 outlet head */
  | 'OUTLET_HEAD'
  /** 总行标准编写 head-office standards author */
  | 'STANDARDS_AUTHOR';

export type RolloutLocalActionInput = {
  /** yyyy-mm-dd */
  dueDate: string;
  what: string;
  who: string;
};

/** The bank’s rollout phases, in order */
export type RolloutPhase =
  /** 验收 */
  | 'ACCEPTANCE'
  /** 设计 */
  | 'DESIGN'
  /** 完善 */
  | 'IMPROVE'
  /** 试点 */
  | 'PILOT'
  /** 全面推广 */
  | 'PROMOTION'
  /** 总结 */
  | 'SUMMARY';

export type RolloutPhaseDatesInput = {
  /** yyyy-mm-dd */
  end: string;
  phase: RolloutPhase;
  /** yyyy-mm-dd */
  start: string;
};

export type RolloutPlanInput = {
  /** Tier-two only */
  actions?: Array<RolloutLocalActionInput> | null | undefined;
  /** Tier-one only: its own dates, each inside head office’s */
  phases?: Array<RolloutPhaseDatesInput> | null | undefined;
  /** Tier-one only: its pilot tier-two branches */
  pilotUnitCodes?: Array<string> | null | undefined;
  waves?: Array<RolloutWaveInput> | null | undefined;
};

export type RolloutWaveInput = {
  end: string;
  number: number;
  start: string;
  unitCodes: Array<string>;
};

/** What a service rule is about */
export type RuleCategory =
  | 'COMPLAINTS'
  | 'EMERGENCY'
  | 'ETIQUETTE'
  | 'MEDIA'
  | 'MEETINGS'
  | 'OPENING'
  | 'PROMOTION_COMPLIANCE'
  | 'ROLLOUT'
  | 'SALES_BEHAVIOUR'
  | 'SALES_TOOLS'
  | 'SERVICE';

export type SetLocalValueInput = {
  expectedVersion: number;
  id: string;
  /** Value path, as effectiveStandard lists them */
  path: string;
  /** The policy for the levels below: the inherited one, or stricter; the inherited one when left out. Required for a keyed entry the unit adds (a staffing row for its own position) */
  policy?: Policy | null | undefined;
  /** The local value, in the shape of the value’s kind */
  value: unknown;
};

export type SetUserPasswordInput = {
  newPassword: string;
  username: string;
};

export type StaffingFactInput = {
  current: number;
  position: string;
  target: number;
};

/** The kinds of content an edition holds */
export type StandardItemKind =
  | 'CLASSIFIER'
  | 'CUSTOMER_TIER'
  | 'DEVICE_TYPE'
  | 'OUTLET_CATEGORY'
  | 'POSITION'
  | 'SERVICE_RULE'
  | 'ZONE';

/** Which kind of tier-two unit: 二级分行 or 城区管辖支行 */
export type TierTwoKind =
  /** 二级分行 tier-two branch */
  | 'BRANCH'
  /** 城区管辖支行 city-managing sub-branch */
  | 'CITY_MANAGING_SUB_BRANCH';

export type UpdateOrgUnitInput = {
  /** Empty string clears it */
  address?: string | null | undefined;
  /** Outlets only: the code of an outlet category of the edition in force */
  category?: string | null | undefined;
  /** Empty string clears it */
  city?: string | null | undefined;
  code: string;
  /** The version you edited; a newer one means someone else changed the unit */
  expectedVersion: number;
  name?: LocalizedTextInput | null | undefined;
  tierTwoKind?: TierTwoKind | null | undefined;
};

export type UpdateRolloutInput = {
  /** The full list of phases; omit to keep them */
  phases?: Array<RolloutPhaseDatesInput> | null | undefined;
  /** The full list of pilot tier-two branches; omit to keep them */
  pilotUnitCodes?: Array<string> | null | undefined;
  title?: LocalizedTextInput | null | undefined;
};

export type UpdateStandardEditionInput = {
  editionCode: string;
  expectedVersion: number;
  summary?: LocalizedTextInput | null | undefined;
  title?: LocalizedTextInput | null | undefined;
};

export type UpdateUserInput = {
  displayName?: string | null | undefined;
  expectedVersion: number;
  orgUnitCode?: string | null | undefined;
  roles?: Array<Role> | null | undefined;
  /** DISABLED also ends the user's sessions */
  status?: UserStatus | null | undefined;
  username: string;
};

export type UserFilter = {
  role?: Role | null | undefined;
  /** Matches username or display name */
  search?: string | null | undefined;
  status?: UserStatus | null | undefined;
  /** Users of this unit and the units below it */
  under?: string | null | undefined;
};

/** A disabled user cannot sign in; nothing is deleted */
export type UserStatus =
  | 'ACTIVE'
  | 'DISABLED';

/** The kind of a policed value (policy.ts): what its policy compares */
export type ValueKind =
  | 'CODE_LIST'
  | 'INTEGER'
  | 'MONEY'
  | 'RANGE'
  | 'REQUIREMENT'
  | 'TEXT'
  | 'TEXT_LIST';

export type ZoneFactInput = {
  /** PRESENT or PLANNED */
  status: string;
  zone: string;
};

export type ZoneRequirementLevel =
  | 'OPTIONAL'
  | 'REQUIRED';

export type ConsoleMeQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleMeQuery = { me: { kind: string, username: string, displayName: string, roles: Array<Role>, readOnly: boolean, orgUnit: { code: string, level: OrgLevel, name: { zh: string, en: string }, ancestors: Array<{ code: string, level: OrgLevel, name: { zh: string, en: string } }> } | null } };

export type ConsoleLoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type ConsoleLoginMutation = { login: { expiresAt: string, user: { username: string } } };

export type ConsoleLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type ConsoleLogoutMutation = { logout: boolean };

export type ConsoleApiTokenFieldsFragment = { id: string, name: string, system: string, prefix: string, createdAt: string, createdBy: string, expiresAt: string, lastUsedAt: string | null, revokedAt: string | null, scopeUnit: { code: string, level: OrgLevel, status: OrgUnitStatus, name: { zh: string, en: string } } };

export type ConsoleApiTokensQueryVariables = Exact<{
  first: number;
  offset?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ConsoleApiTokensQuery = { apiTokens: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, system: string, prefix: string, createdAt: string, createdBy: string, expiresAt: string, lastUsedAt: string | null, revokedAt: string | null, scopeUnit: { code: string, level: OrgLevel, status: OrgUnitStatus, name: { zh: string, en: string } } }> } };

export type ConsoleIssueApiTokenMutationVariables = Exact<{
  input: IssueApiTokenInput;
}>;


export type ConsoleIssueApiTokenMutation = { issueApiToken: { token: string, apiToken: { id: string, name: string, system: string, prefix: string, createdAt: string, createdBy: string, expiresAt: string, lastUsedAt: string | null, revokedAt: string | null, scopeUnit: { code: string, level: OrgLevel, status: OrgUnitStatus, name: { zh: string, en: string } } } } };

export type ConsoleRevokeApiTokenMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleRevokeApiTokenMutation = { revokeApiToken: { id: string, name: string, system: string, prefix: string, createdAt: string, createdBy: string, expiresAt: string, lastUsedAt: string | null, revokedAt: string | null, scopeUnit: { code: string, level: OrgLevel, status: OrgUnitStatus, name: { zh: string, en: string } } } };

export type ConsoleAuditEventsQueryVariables = Exact<{
  filter?: AuditEventFilter | null | undefined;
  first: number;
  offset?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ConsoleAuditEventsQuery = { auditEvents: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, occurredAt: string, actorName: string, operation: string, objectType: string, objectLabel: string | null, redactedFields: Array<string>, requestId: string | null, changes: Record<string, unknown>, unit: { code: string, level: OrgLevel, status: OrgUnitStatus, name: { zh: string, en: string } } | null }> } };

export type ConsoleAuditOperationsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleAuditOperationsQuery = { auditOperations: Array<string>, auditObjectTypes: Array<string> };

export type OrgUnitFieldsFragment = { id: string, code: string, level: OrgLevel, tierTwoKind: TierTwoKind | null, category: string | null, status: OrgUnitStatus, city: string | null, address: string | null, closedAt: string | null, version: number, createdAt: string, updatedAt: string, childCount: number, name: { zh: string, en: string }, parent: { code: string, level: OrgLevel, name: { zh: string, en: string } } | null };

export type OrgUnitSummaryFieldsFragment = { code: string, level: OrgLevel, status: OrgUnitStatus, childCount: number, name: { zh: string, en: string } };

export type ConsoleOrgUnitsQueryVariables = Exact<{
  filter?: OrgUnitFilter | null | undefined;
  first: number;
  offset?: number | null | undefined;
  after?: string | null | undefined;
  orderBy: OrgUnitOrderField;
  descending: boolean;
}>;


export type ConsoleOrgUnitsQuery = { orgUnits: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, code: string, level: OrgLevel, tierTwoKind: TierTwoKind | null, category: string | null, status: OrgUnitStatus, city: string | null, address: string | null, closedAt: string | null, version: number, createdAt: string, updatedAt: string, childCount: number, name: { zh: string, en: string }, parent: { code: string, level: OrgLevel, name: { zh: string, en: string } } | null }> } };

export type ConsoleOrgUnitQueryVariables = Exact<{
  code: string;
}>;


export type ConsoleOrgUnitQuery = { orgUnit: { id: string, code: string, level: OrgLevel, tierTwoKind: TierTwoKind | null, category: string | null, status: OrgUnitStatus, city: string | null, address: string | null, closedAt: string | null, version: number, createdAt: string, updatedAt: string, childCount: number, ancestors: Array<{ code: string, level: OrgLevel, name: { zh: string, en: string } }>, name: { zh: string, en: string }, parent: { code: string, level: OrgLevel, name: { zh: string, en: string } } | null } | null };

export type ConsoleOrgUnitChildrenQueryVariables = Exact<{
  code: string;
}>;


export type ConsoleOrgUnitChildrenQuery = { orgUnit: { code: string, children: Array<{ code: string, level: OrgLevel, status: OrgUnitStatus, childCount: number, name: { zh: string, en: string } }> } | null };

export type ConsoleOrgUnitRootQueryVariables = Exact<{
  code: string;
}>;


export type ConsoleOrgUnitRootQuery = { orgUnit: { code: string, level: OrgLevel, status: OrgUnitStatus, childCount: number, name: { zh: string, en: string } } | null };

export type ConsoleCreateOrgUnitMutationVariables = Exact<{
  input: CreateOrgUnitInput;
}>;


export type ConsoleCreateOrgUnitMutation = { createOrgUnit: { id: string, code: string, level: OrgLevel, tierTwoKind: TierTwoKind | null, category: string | null, status: OrgUnitStatus, city: string | null, address: string | null, closedAt: string | null, version: number, createdAt: string, updatedAt: string, childCount: number, name: { zh: string, en: string }, parent: { code: string, level: OrgLevel, name: { zh: string, en: string } } | null } };

export type ConsoleUpdateOrgUnitMutationVariables = Exact<{
  input: UpdateOrgUnitInput;
}>;


export type ConsoleUpdateOrgUnitMutation = { updateOrgUnit: { id: string, code: string, level: OrgLevel, tierTwoKind: TierTwoKind | null, category: string | null, status: OrgUnitStatus, city: string | null, address: string | null, closedAt: string | null, version: number, createdAt: string, updatedAt: string, childCount: number, name: { zh: string, en: string }, parent: { code: string, level: OrgLevel, name: { zh: string, en: string } } | null } };

export type ConsoleMoveOrgUnitMutationVariables = Exact<{
  input: MoveOrgUnitInput;
}>;


export type ConsoleMoveOrgUnitMutation = { moveOrgUnit: { id: string, code: string, level: OrgLevel, tierTwoKind: TierTwoKind | null, category: string | null, status: OrgUnitStatus, city: string | null, address: string | null, closedAt: string | null, version: number, createdAt: string, updatedAt: string, childCount: number, ancestors: Array<{ code: string, level: OrgLevel, name: { zh: string, en: string } }>, name: { zh: string, en: string }, parent: { code: string, level: OrgLevel, name: { zh: string, en: string } } | null } };

export type ConsoleCloseOrgUnitMutationVariables = Exact<{
  input: CloseOrgUnitInput;
}>;


export type ConsoleCloseOrgUnitMutation = { closeOrgUnit: { id: string, code: string, level: OrgLevel, tierTwoKind: TierTwoKind | null, category: string | null, status: OrgUnitStatus, city: string | null, address: string | null, closedAt: string | null, version: number, createdAt: string, updatedAt: string, childCount: number, name: { zh: string, en: string }, parent: { code: string, level: OrgLevel, name: { zh: string, en: string } } | null } };

export type ConsoleOutletCategoriesInForceQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleOutletCategoriesInForceQuery = { outletCategoriesInForce: Array<{ code: string, name: { zh: string, en: string } }> };

export type ConsoleOutletGapsQueryVariables = Exact<{
  unit: string;
  kind?: string | null | undefined;
  planStatus?: string | null | undefined;
  first: number;
  offset?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ConsoleOutletGapsQuery = { outletGaps: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null }, nodes: Array<{ outletCode: string, branchCode: string, planStatus: ApprovalState, planVersion: number, kind: GapKind, path: string, expectedMin: number | null, expectedMax: number | null, expectedRequirement: string | null, actualCount: number | null, actualZone: string | null, addressed: boolean, justification: string | null, outletName: { zh: string, en: string }, branchName: { zh: string, en: string }, requirementName: { zh: string, en: string } | null, setBy: { unitCode: string, layerCode: string, unit: { code: string, name: { zh: string, en: string } } | null }, action: { who: string, dueDate: string, what: string, expectedEffect: string, done: boolean } | null }> } };

export type ConsoleOutletPlansQueryVariables = Exact<{
  unit: string;
  status?: string | null | undefined;
  first: number;
  offset?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ConsoleOutletPlansQuery = { outletPlans: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, status: ApprovalState, version: number, compliant: boolean, gapCount: number, submittedBy: string | null, submittedAt: string | null, decidedBy: string | null, decidedAt: string | null, orgUnit: { code: string, category: string | null, name: { zh: string, en: string }, parent: { code: string, name: { zh: string, en: string } } | null } | null }> } };

export type ConsoleUserFieldsFragment = { id: string, username: string, displayName: string, roles: Array<Role>, status: UserStatus, lastSignInAt: string | null, createdAt: string, updatedAt: string, version: number, orgUnit: { code: string, level: OrgLevel, status: OrgUnitStatus, name: { zh: string, en: string } } };

export type ConsoleUsersQueryVariables = Exact<{
  filter?: UserFilter | null | undefined;
  first: number;
  offset?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ConsoleUsersQuery = { users: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, username: string, displayName: string, roles: Array<Role>, status: UserStatus, lastSignInAt: string | null, createdAt: string, updatedAt: string, version: number, orgUnit: { code: string, level: OrgLevel, status: OrgUnitStatus, name: { zh: string, en: string } } }> } };

export type ConsoleUserQueryVariables = Exact<{
  username: string;
}>;


export type ConsoleUserQuery = { user: { id: string, username: string, displayName: string, roles: Array<Role>, status: UserStatus, lastSignInAt: string | null, createdAt: string, updatedAt: string, version: number, orgUnit: { code: string, level: OrgLevel, status: OrgUnitStatus, name: { zh: string, en: string } } } | null };

export type ConsoleCreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type ConsoleCreateUserMutation = { createUser: { id: string, username: string, displayName: string, roles: Array<Role>, status: UserStatus, lastSignInAt: string | null, createdAt: string, updatedAt: string, version: number, orgUnit: { code: string, level: OrgLevel, status: OrgUnitStatus, name: { zh: string, en: string } } } };

export type ConsoleUpdateUserMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type ConsoleUpdateUserMutation = { updateUser: { id: string, username: string, displayName: string, roles: Array<Role>, status: UserStatus, lastSignInAt: string | null, createdAt: string, updatedAt: string, version: number, orgUnit: { code: string, level: OrgLevel, status: OrgUnitStatus, name: { zh: string, en: string } } } };

export type ConsoleSetUserPasswordMutationVariables = Exact<{
  input: SetUserPasswordInput;
}>;


export type ConsoleSetUserPasswordMutation = { setUserPassword: { id: string, username: string, displayName: string, roles: Array<Role>, status: UserStatus, lastSignInAt: string | null, createdAt: string, updatedAt: string, version: number, orgUnit: { code: string, level: OrgLevel, status: OrgUnitStatus, name: { zh: string, en: string } } } };

export type ConsoleChangeMyPasswordMutationVariables = Exact<{
  input: ChangeMyPasswordInput;
}>;


export type ConsoleChangeMyPasswordMutation = { changeMyPassword: boolean };

export type ComplianceDashboardQueryVariables = Exact<{
  code: string;
}>;


export type ComplianceDashboardQuery = { complianceRollup: { outlets: number, overdueActions: number, orgUnit: { code: string, level: OrgLevel, name: { zh: string, en: string }, ancestors: Array<{ code: string, name: { zh: string, en: string } }> }, children: Array<{ outlets: number, overdueActions: number, orgUnit: { id: string, code: string, level: OrgLevel, name: { zh: string, en: string } } | null, byPlanStatus: Array<{ status: string, outlets: number }>, byCompliance: Array<{ compliance: string, outlets: number }>, gapsByKind: Array<{ kind: GapKind, outlets: number }> }>, rollout: { rolloutCode: string, titleZh: string, titleEn: string, byWave: Array<{ wave: number | null, outlets: number, compliant: number, late: number }>, byPhase: Array<{ phase: string, outlets: number, late: number }>, children: Array<{ unitId: string, byWave: Array<{ wave: number | null, outlets: number, compliant: number, late: number }>, byPhase: Array<{ phase: string, outlets: number, late: number }> }> } | null, byPlanStatus: Array<{ status: string, outlets: number }>, byCompliance: Array<{ compliance: string, outlets: number }>, gapsByKind: Array<{ kind: GapKind, outlets: number }> } | null };

export type RollupCountsFragment = { outlets: number, overdueActions: number, byPlanStatus: Array<{ status: string, outlets: number }>, byCompliance: Array<{ compliance: string, outlets: number }>, gapsByKind: Array<{ kind: GapKind, outlets: number }> };

export type ChildRollupCountsFragment = { outlets: number, overdueActions: number, byPlanStatus: Array<{ status: string, outlets: number }>, byCompliance: Array<{ compliance: string, outlets: number }>, gapsByKind: Array<{ kind: GapKind, outlets: number }> };

export type ComplianceOutletsQueryVariables = Exact<{
  code: string;
  offset: number;
  limit: number;
}>;


export type ComplianceOutletsQuery = { complianceOutlets: { total: number, items: Array<{ code: string, nameZh: string, nameEn: string | null, category: string | null, planStatus: string, compliance: string, gapCount: number, gapKinds: Array<GapKind>, overdueActions: number }> } | null };

export type OverdueActionsListQueryVariables = Exact<{
  code: string;
  offset: number;
  limit: number;
}>;


export type OverdueActionsListQuery = { overdueActions: { total: number, items: Array<{ outletCode: string, outletNameZh: string, outletNameEn: string | null, actionId: string, who: string, what: string, dueDate: string, path: string }> } | null };

export type ComplianceGapsQueryVariables = Exact<{
  code: string;
  first: number;
  offset?: number | null | undefined;
}>;


export type ComplianceGapsQuery = { outletPlans: { totalCount: number, nodes: Array<{ orgUnit: { code: string, name: { zh: string, en: string } } | null, gaps: Array<{ kind: GapKind, path: string, expectedMin: number | null, expectedMax: number | null, expectedRequirement: string | null, actualCount: number | null, actualZone: string | null, setBy: { unitCode: string } }> }> } };

export type ImpactPreviewQueryVariables = Exact<{
  localVersionId?: string | number | null | undefined;
  editionCode?: string | null | undefined;
}>;


export type ImpactPreviewQuery = { impactPreview: { subjectKind: LayerKind, subjectCode: string, outletsBelow: number, outletsAffected: number, unitsAffected: number, compliance: { outletsAssessed: number, stopMeeting: number, startMeeting: number, examples: Array<{ outletCode: string, nameZh: string, nameEn: string, direction: string, gapKinds: Array<string> }> }, groups: Array<{ tierOneCode: string, tierTwoCode: string, outletCategory: string | null, outlets: number, tierOneBranch: { code: string, name: { zh: string, en: string } } | null, tierTwoBranch: { code: string, name: { zh: string, en: string } } | null, changes: Array<{ path: string, before:
          | { path: string, policy: Policy, codes: Array<{ code: string }>, setBy: { unitCode: string, layerCode: string } }
          | { path: string, policy: Policy, int: number, setBy: { unitCode: string, layerCode: string } }
          | { path: string, policy: Policy, money: { amount: number, currency: string }, setBy: { unitCode: string, layerCode: string } }
          | { path: string, policy: Policy, range: { min: number, max: number | null }, setBy: { unitCode: string, layerCode: string } }
          | { path: string, policy: Policy, requirement: ZoneRequirementLevel, setBy: { unitCode: string, layerCode: string } }
          | { path: string, policy: Policy, texts: Array<{ zh: string, en: string }>, setBy: { unitCode: string, layerCode: string } }
          | { path: string, policy: Policy, text: { zh: string, en: string }, setBy: { unitCode: string, layerCode: string } }
         | null, after:
          | { path: string, policy: Policy, codes: Array<{ code: string }>, setBy: { unitCode: string, layerCode: string } }
          | { path: string, policy: Policy, int: number, setBy: { unitCode: string, layerCode: string } }
          | { path: string, policy: Policy, money: { amount: number, currency: string }, setBy: { unitCode: string, layerCode: string } }
          | { path: string, policy: Policy, range: { min: number, max: number | null }, setBy: { unitCode: string, layerCode: string } }
          | { path: string, policy: Policy, requirement: ZoneRequirementLevel, setBy: { unitCode: string, layerCode: string } }
          | { path: string, policy: Policy, texts: Array<{ zh: string, en: string }>, setBy: { unitCode: string, layerCode: string } }
          | { path: string, policy: Policy, text: { zh: string, en: string }, setBy: { unitCode: string, layerCode: string } }
         | null }> }> } };

type ImpactSide_CodeListValue_Fragment = { path: string, policy: Policy, codes: Array<{ code: string }>, setBy: { unitCode: string, layerCode: string } };

type ImpactSide_IntValue_Fragment = { path: string, policy: Policy, int: number, setBy: { unitCode: string, layerCode: string } };

type ImpactSide_MoneyValue_Fragment = { path: string, policy: Policy, money: { amount: number, currency: string }, setBy: { unitCode: string, layerCode: string } };

type ImpactSide_RangeValue_Fragment = { path: string, policy: Policy, range: { min: number, max: number | null }, setBy: { unitCode: string, layerCode: string } };

type ImpactSide_RequirementValue_Fragment = { path: string, policy: Policy, requirement: ZoneRequirementLevel, setBy: { unitCode: string, layerCode: string } };

type ImpactSide_TextListValue_Fragment = { path: string, policy: Policy, texts: Array<{ zh: string, en: string }>, setBy: { unitCode: string, layerCode: string } };

type ImpactSide_TextValue_Fragment = { path: string, policy: Policy, text: { zh: string, en: string }, setBy: { unitCode: string, layerCode: string } };

export type ImpactSideFragment =
  | ImpactSide_CodeListValue_Fragment
  | ImpactSide_IntValue_Fragment
  | ImpactSide_MoneyValue_Fragment
  | ImpactSide_RangeValue_Fragment
  | ImpactSide_RequirementValue_Fragment
  | ImpactSide_TextListValue_Fragment
  | ImpactSide_TextValue_Fragment
;

export type InboxEntryFragment = { subjectType: ApprovalSubjectType, id: string, code: string, state: ApprovalState, revision: number, submittedBy: string | null, submittedAt: string | null, decidedBy: string | null, decidedAt: string | null, comment: string | null, title: { zh: string, en: string } | null, itemComments: Array<{ path: string, comment: string }>, orgUnit: { code: string, name: { zh: string, en: string } } | null };

export type InboxQueryVariables = Exact<{ [key: string]: never; }>;


export type InboxQuery = { inbox: { awaitingMe: Array<{ subjectType: ApprovalSubjectType, id: string, code: string, state: ApprovalState, revision: number, submittedBy: string | null, submittedAt: string | null, decidedBy: string | null, decidedAt: string | null, comment: string | null, title: { zh: string, en: string } | null, itemComments: Array<{ path: string, comment: string }>, orgUnit: { code: string, name: { zh: string, en: string } } | null }>, returnedToMe: Array<{ subjectType: ApprovalSubjectType, id: string, code: string, state: ApprovalState, revision: number, submittedBy: string | null, submittedAt: string | null, decidedBy: string | null, decidedAt: string | null, comment: string | null, title: { zh: string, en: string } | null, itemComments: Array<{ path: string, comment: string }>, orgUnit: { code: string, name: { zh: string, en: string } } | null }> } };

export type InboxCountQueryVariables = Exact<{ [key: string]: never; }>;


export type InboxCountQuery = { inbox: { awaitingCount: number } };

export type LvLocalItemsQueryVariables = Exact<{
  id: string | number;
}>;


export type LvLocalItemsQuery = { localVersion: { id: string, version: number, localItems: Array<{ kind: StandardItemKind, key: string, path: string, data: unknown, conflict: { rule: string, message: string } | null }> } | null };

export type LvAddLocalPositionMutationVariables = Exact<{
  id: string | number;
  v: number;
  input: PositionInput;
}>;


export type LvAddLocalPositionMutation = { addLocalPosition: { id: string, code: string, status: ApprovalState, version: number, createdAt: string, createdBy: string, updatedAt: string, submittedAt: string | null, submittedBy: string | null, decidedAt: string | null, decidedBy: string | null, hasConflicts: boolean, title: { zh: string, en: string }, orgUnit: { code: string, name: { zh: string, en: string }, parent: { code: string } | null } | null, baseEdition: { code: string } | null, changes: Array<{ path: string, kind: string, policy: Policy, value: unknown, conflict: { rule: string, message: string } | null }>, notApplicable: Array<{ path: string, conflict: { rule: string, message: string } | null }>, history: Array<{ id: string, action: ApprovalAction, fromState: ApprovalState, toState: ApprovalState, actorName: string, comment: string | null, revision: number, occurredAt: string, itemComments: Array<{ path: string, comment: string }> }> } };

export type LvRemoveLocalItemMutationVariables = Exact<{
  id: string | number;
  v: number;
  kind: StandardItemKind;
  key: string;
}>;


export type LvRemoveLocalItemMutation = { removeLocalItem: { id: string, code: string, status: ApprovalState, version: number, createdAt: string, createdBy: string, updatedAt: string, submittedAt: string | null, submittedBy: string | null, decidedAt: string | null, decidedBy: string | null, hasConflicts: boolean, title: { zh: string, en: string }, orgUnit: { code: string, name: { zh: string, en: string }, parent: { code: string } | null } | null, baseEdition: { code: string } | null, changes: Array<{ path: string, kind: string, policy: Policy, value: unknown, conflict: { rule: string, message: string } | null }>, notApplicable: Array<{ path: string, conflict: { rule: string, message: string } | null }>, history: Array<{ id: string, action: ApprovalAction, fromState: ApprovalState, toState: ApprovalState, actorName: string, comment: string | null, revision: number, occurredAt: string, itemComments: Array<{ path: string, comment: string }> }> } };

export type LvRecordFragment = { id: string, code: string, status: ApprovalState, version: number, createdAt: string, createdBy: string, updatedAt: string, submittedAt: string | null, submittedBy: string | null, decidedAt: string | null, decidedBy: string | null, hasConflicts: boolean, title: { zh: string, en: string }, orgUnit: { code: string, name: { zh: string, en: string }, parent: { code: string } | null } | null, baseEdition: { code: string } | null, changes: Array<{ path: string, kind: string, policy: Policy, value: unknown, conflict: { rule: string, message: string } | null }>, notApplicable: Array<{ path: string, conflict: { rule: string, message: string } | null }>, history: Array<{ id: string, action: ApprovalAction, fromState: ApprovalState, toState: ApprovalState, actorName: string, comment: string | null, revision: number, occurredAt: string, itemComments: Array<{ path: string, comment: string }> }> };

type LvInherited_CodeListValue_Fragment = { __typename: 'CodeListValue', kind: ValueKind, path: string, policy: Policy, codes: Array<{ code: string, name: { zh: string, en: string } | null }>, setBy: { unitCode: string, layerKind: LayerKind, layerId: string, layerCode: string, revision: number, unit: { code: string, name: { zh: string, en: string } } | null } };

type LvInherited_IntValue_Fragment = { __typename: 'IntValue', kind: ValueKind, path: string, policy: Policy, int: number, setBy: { unitCode: string, layerKind: LayerKind, layerId: string, layerCode: string, revision: number, unit: { code: string, name: { zh: string, en: string } } | null } };

type LvInherited_MoneyValue_Fragment = { __typename: 'MoneyValue', kind: ValueKind, path: string, policy: Policy, money: { amount: number, currency: string }, setBy: { unitCode: string, layerKind: LayerKind, layerId: string, layerCode: string, revision: number, unit: { code: string, name: { zh: string, en: string } } | null } };

type LvInherited_RangeValue_Fragment = { __typename: 'RangeValue', kind: ValueKind, path: string, policy: Policy, range: { min: number, max: number | null }, setBy: { unitCode: string, layerKind: LayerKind, layerId: string, layerCode: string, revision: number, unit: { code: string, name: { zh: string, en: string } } | null } };

type LvInherited_RequirementValue_Fragment = { __typename: 'RequirementValue', kind: ValueKind, path: string, policy: Policy, requirement: ZoneRequirementLevel, setBy: { unitCode: string, layerKind: LayerKind, layerId: string, layerCode: string, revision: number, unit: { code: string, name: { zh: string, en: string } } | null } };

type LvInherited_TextListValue_Fragment = { __typename: 'TextListValue', kind: ValueKind, path: string, policy: Policy, texts: Array<{ zh: string, en: string }>, setBy: { unitCode: string, layerKind: LayerKind, layerId: string, layerCode: string, revision: number, unit: { code: string, name: { zh: string, en: string } } | null } };

type LvInherited_TextValue_Fragment = { __typename: 'TextValue', kind: ValueKind, path: string, policy: Policy, text: { zh: string, en: string }, setBy: { unitCode: string, layerKind: LayerKind, layerId: string, layerCode: string, revision: number, unit: { code: string, name: { zh: string, en: string } } | null } };

export type LvInheritedFragment =
  | LvInherited_CodeListValue_Fragment
  | LvInherited_IntValue_Fragment
  | LvInherited_MoneyValue_Fragment
  | LvInherited_RangeValue_Fragment
  | LvInherited_RequirementValue_Fragment
  | LvInherited_TextListValue_Fragment
  | LvInherited_TextValue_Fragment
;

export type LvListQueryVariables = Exact<{
  unit: string;
  status?: ApprovalState | null | undefined;
}>;


export type LvListQuery = { localVersions: Array<{ id: string, code: string, status: ApprovalState, version: number, createdAt: string, createdBy: string, updatedAt: string, submittedAt: string | null, submittedBy: string | null, decidedAt: string | null, decidedBy: string | null, hasConflicts: boolean, title: { zh: string, en: string }, orgUnit: { code: string, name: { zh: string, en: string }, parent: { code: string } | null } | null, baseEdition: { code: string } | null, changes: Array<{ path: string, kind: string, policy: Policy, value: unknown, conflict: { rule: string, message: string } | null }>, notApplicable: Array<{ path: string, conflict: { rule: string, message: string } | null }>, history: Array<{ id: string, action: ApprovalAction, fromState: ApprovalState, toState: ApprovalState, actorName: string, comment: string | null, revision: number, occurredAt: string, itemComments: Array<{ path: string, comment: string }> }> }> };

export type LvOneQueryVariables = Exact<{
  id: string | number;
}>;


export type LvOneQuery = { localVersion: { id: string, code: string, status: ApprovalState, version: number, createdAt: string, createdBy: string, updatedAt: string, submittedAt: string | null, submittedBy: string | null, decidedAt: string | null, decidedBy: string | null, hasConflicts: boolean, title: { zh: string, en: string }, orgUnit: { code: string, name: { zh: string, en: string }, parent: { code: string } | null } | null, baseEdition: { code: string } | null, changes: Array<{ path: string, kind: string, policy: Policy, value: unknown, conflict: { rule: string, message: string } | null }>, notApplicable: Array<{ path: string, conflict: { rule: string, message: string } | null }>, history: Array<{ id: string, action: ApprovalAction, fromState: ApprovalState, toState: ApprovalState, actorName: string, comment: string | null, revision: number, occurredAt: string, itemComments: Array<{ path: string, comment: string }> }> } | null };

export type LvInheritedValuesQueryVariables = Exact<{
  unit: string;
}>;


export type LvInheritedValuesQuery = { effectiveStandard: { values: Array<
      | { __typename: 'CodeListValue', kind: ValueKind, path: string, policy: Policy, codes: Array<{ code: string, name: { zh: string, en: string } | null }>, setBy: { unitCode: string, layerKind: LayerKind, layerId: string, layerCode: string, revision: number, unit: { code: string, name: { zh: string, en: string } } | null } }
      | { __typename: 'IntValue', kind: ValueKind, path: string, policy: Policy, int: number, setBy: { unitCode: string, layerKind: LayerKind, layerId: string, layerCode: string, revision: number, unit: { code: string, name: { zh: string, en: string } } | null } }
      | { __typename: 'MoneyValue', kind: ValueKind, path: string, policy: Policy, money: { amount: number, currency: string }, setBy: { unitCode: string, layerKind: LayerKind, layerId: string, layerCode: string, revision: number, unit: { code: string, name: { zh: string, en: string } } | null } }
      | { __typename: 'RangeValue', kind: ValueKind, path: string, policy: Policy, range: { min: number, max: number | null }, setBy: { unitCode: string, layerKind: LayerKind, layerId: string, layerCode: string, revision: number, unit: { code: string, name: { zh: string, en: string } } | null } }
      | { __typename: 'RequirementValue', kind: ValueKind, path: string, policy: Policy, requirement: ZoneRequirementLevel, setBy: { unitCode: string, layerKind: LayerKind, layerId: string, layerCode: string, revision: number, unit: { code: string, name: { zh: string, en: string } } | null } }
      | { __typename: 'TextListValue', kind: ValueKind, path: string, policy: Policy, texts: Array<{ zh: string, en: string }>, setBy: { unitCode: string, layerKind: LayerKind, layerId: string, layerCode: string, revision: number, unit: { code: string, name: { zh: string, en: string } } | null } }
      | { __typename: 'TextValue', kind: ValueKind, path: string, policy: Policy, text: { zh: string, en: string }, setBy: { unitCode: string, layerKind: LayerKind, layerId: string, layerCode: string, revision: number, unit: { code: string, name: { zh: string, en: string } } | null } }
    > } | null };

export type LvReviewQueryVariables = Exact<{
  id: string | number;
}>;


export type LvReviewQuery = { localVersionReview: Array<{ path: string, notApplicable: boolean, change: { path: string, kind: string, policy: Policy, value: unknown, conflict: { rule: string, message: string } | null } | null, inherited:
      | { __typename: 'CodeListValue', kind: ValueKind, path: string, policy: Policy, codes: Array<{ code: string, name: { zh: string, en: string } | null }>, setBy: { unitCode: string, layerKind: LayerKind, layerId: string, layerCode: string, revision: number, unit: { code: string, name: { zh: string, en: string } } | null } }
      | { __typename: 'IntValue', kind: ValueKind, path: string, policy: Policy, int: number, setBy: { unitCode: string, layerKind: LayerKind, layerId: string, layerCode: string, revision: number, unit: { code: string, name: { zh: string, en: string } } | null } }
      | { __typename: 'MoneyValue', kind: ValueKind, path: string, policy: Policy, money: { amount: number, currency: string }, setBy: { unitCode: string, layerKind: LayerKind, layerId: string, layerCode: string, revision: number, unit: { code: string, name: { zh: string, en: string } } | null } }
      | { __typename: 'RangeValue', kind: ValueKind, path: string, policy: Policy, range: { min: number, max: number | null }, setBy: { unitCode: string, layerKind: LayerKind, layerId: string, layerCode: string, revision: number, unit: { code: string, name: { zh: string, en: string } } | null } }
      | { __typename: 'RequirementValue', kind: ValueKind, path: string, policy: Policy, requirement: ZoneRequirementLevel, setBy: { unitCode: string, layerKind: LayerKind, layerId: string, layerCode: string, revision: number, unit: { code: string, name: { zh: string, en: string } } | null } }
      | { __typename: 'TextListValue', kind: ValueKind, path: string, policy: Policy, texts: Array<{ zh: string, en: string }>, setBy: { unitCode: string, layerKind: LayerKind, layerId: string, layerCode: string, revision: number, unit: { code: string, name: { zh: string, en: string } } | null } }
      | { __typename: 'TextValue', kind: ValueKind, path: string, policy: Policy, text: { zh: string, en: string }, setBy: { unitCode: string, layerKind: LayerKind, layerId: string, layerCode: string, revision: number, unit: { code: string, name: { zh: string, en: string } } | null } }
     | null }> | null };

export type LvLevelsQueryVariables = Exact<{
  unit: string;
  path: string;
}>;


export type LvLevelsQuery = { valueAcrossLevels: Array<{ setHere: boolean, orgUnit: { code: string, level: OrgLevel, name: { zh: string, en: string } }, value:
      | { __typename: 'CodeListValue', kind: ValueKind, path: string, policy: Policy, codes: Array<{ code: string, name: { zh: string, en: string } | null }>, setBy: { unitCode: string, layerKind: LayerKind, layerId: string, layerCode: string, revision: number, unit: { code: string, name: { zh: string, en: string } } | null } }
      | { __typename: 'IntValue', kind: ValueKind, path: string, policy: Policy, int: number, setBy: { unitCode: string, layerKind: LayerKind, layerId: string, layerCode: string, revision: number, unit: { code: string, name: { zh: string, en: string } } | null } }
      | { __typename: 'MoneyValue', kind: ValueKind, path: string, policy: Policy, money: { amount: number, currency: string }, setBy: { unitCode: string, layerKind: LayerKind, layerId: string, layerCode: string, revision: number, unit: { code: string, name: { zh: string, en: string } } | null } }
      | { __typename: 'RangeValue', kind: ValueKind, path: string, policy: Policy, range: { min: number, max: number | null }, setBy: { unitCode: string, layerKind: LayerKind, layerId: string, layerCode: string, revision: number, unit: { code: string, name: { zh: string, en: string } } | null } }
      | { __typename: 'RequirementValue', kind: ValueKind, path: string, policy: Policy, requirement: ZoneRequirementLevel, setBy: { unitCode: string, layerKind: LayerKind, layerId: string, layerCode: string, revision: number, unit: { code: string, name: { zh: string, en: string } } | null } }
      | { __typename: 'TextListValue', kind: ValueKind, path: string, policy: Policy, texts: Array<{ zh: string, en: string }>, setBy: { unitCode: string, layerKind: LayerKind, layerId: string, layerCode: string, revision: number, unit: { code: string, name: { zh: string, en: string } } | null } }
      | { __typename: 'TextValue', kind: ValueKind, path: string, policy: Policy, text: { zh: string, en: string }, setBy: { unitCode: string, layerKind: LayerKind, layerId: string, layerCode: string, revision: number, unit: { code: string, name: { zh: string, en: string } } | null } }
     | null }> };

export type LvCreateMutationVariables = Exact<{
  input: CreateLocalVersionInput;
}>;


export type LvCreateMutation = { createLocalVersion: { id: string, code: string, status: ApprovalState, version: number, createdAt: string, createdBy: string, updatedAt: string, submittedAt: string | null, submittedBy: string | null, decidedAt: string | null, decidedBy: string | null, hasConflicts: boolean, title: { zh: string, en: string }, orgUnit: { code: string, name: { zh: string, en: string }, parent: { code: string } | null } | null, baseEdition: { code: string } | null, changes: Array<{ path: string, kind: string, policy: Policy, value: unknown, conflict: { rule: string, message: string } | null }>, notApplicable: Array<{ path: string, conflict: { rule: string, message: string } | null }>, history: Array<{ id: string, action: ApprovalAction, fromState: ApprovalState, toState: ApprovalState, actorName: string, comment: string | null, revision: number, occurredAt: string, itemComments: Array<{ path: string, comment: string }> }> } };

export type LvSetMutationVariables = Exact<{
  input: SetLocalValueInput;
}>;


export type LvSetMutation = { setLocalValue: { id: string, code: string, status: ApprovalState, version: number, createdAt: string, createdBy: string, updatedAt: string, submittedAt: string | null, submittedBy: string | null, decidedAt: string | null, decidedBy: string | null, hasConflicts: boolean, title: { zh: string, en: string }, orgUnit: { code: string, name: { zh: string, en: string }, parent: { code: string } | null } | null, baseEdition: { code: string } | null, changes: Array<{ path: string, kind: string, policy: Policy, value: unknown, conflict: { rule: string, message: string } | null }>, notApplicable: Array<{ path: string, conflict: { rule: string, message: string } | null }>, history: Array<{ id: string, action: ApprovalAction, fromState: ApprovalState, toState: ApprovalState, actorName: string, comment: string | null, revision: number, occurredAt: string, itemComments: Array<{ path: string, comment: string }> }> } };

export type LvClearMutationVariables = Exact<{
  id: string | number;
  v: number;
  path: string;
}>;


export type LvClearMutation = { clearLocalChange: { id: string, code: string, status: ApprovalState, version: number, createdAt: string, createdBy: string, updatedAt: string, submittedAt: string | null, submittedBy: string | null, decidedAt: string | null, decidedBy: string | null, hasConflicts: boolean, title: { zh: string, en: string }, orgUnit: { code: string, name: { zh: string, en: string }, parent: { code: string } | null } | null, baseEdition: { code: string } | null, changes: Array<{ path: string, kind: string, policy: Policy, value: unknown, conflict: { rule: string, message: string } | null }>, notApplicable: Array<{ path: string, conflict: { rule: string, message: string } | null }>, history: Array<{ id: string, action: ApprovalAction, fromState: ApprovalState, toState: ApprovalState, actorName: string, comment: string | null, revision: number, occurredAt: string, itemComments: Array<{ path: string, comment: string }> }> } };

export type LvNotApplicableMutationVariables = Exact<{
  id: string | number;
  v: number;
  path: string;
}>;


export type LvNotApplicableMutation = { markLocalNotApplicable: { id: string, code: string, status: ApprovalState, version: number, createdAt: string, createdBy: string, updatedAt: string, submittedAt: string | null, submittedBy: string | null, decidedAt: string | null, decidedBy: string | null, hasConflicts: boolean, title: { zh: string, en: string }, orgUnit: { code: string, name: { zh: string, en: string }, parent: { code: string } | null } | null, baseEdition: { code: string } | null, changes: Array<{ path: string, kind: string, policy: Policy, value: unknown, conflict: { rule: string, message: string } | null }>, notApplicable: Array<{ path: string, conflict: { rule: string, message: string } | null }>, history: Array<{ id: string, action: ApprovalAction, fromState: ApprovalState, toState: ApprovalState, actorName: string, comment: string | null, revision: number, occurredAt: string, itemComments: Array<{ path: string, comment: string }> }> } };

export type LvSubmitMutationVariables = Exact<{
  id: string | number;
  v: number;
  c?: string | null | undefined;
}>;


export type LvSubmitMutation = { submitLocalVersion: { id: string, code: string, status: ApprovalState, version: number, createdAt: string, createdBy: string, updatedAt: string, submittedAt: string | null, submittedBy: string | null, decidedAt: string | null, decidedBy: string | null, hasConflicts: boolean, title: { zh: string, en: string }, orgUnit: { code: string, name: { zh: string, en: string }, parent: { code: string } | null } | null, baseEdition: { code: string } | null, changes: Array<{ path: string, kind: string, policy: Policy, value: unknown, conflict: { rule: string, message: string } | null }>, notApplicable: Array<{ path: string, conflict: { rule: string, message: string } | null }>, history: Array<{ id: string, action: ApprovalAction, fromState: ApprovalState, toState: ApprovalState, actorName: string, comment: string | null, revision: number, occurredAt: string, itemComments: Array<{ path: string, comment: string }> }> } };

export type LvWithdrawMutationVariables = Exact<{
  id: string | number;
  v: number;
  c?: string | null | undefined;
}>;


export type LvWithdrawMutation = { withdrawLocalVersion: { id: string, code: string, status: ApprovalState, version: number, createdAt: string, createdBy: string, updatedAt: string, submittedAt: string | null, submittedBy: string | null, decidedAt: string | null, decidedBy: string | null, hasConflicts: boolean, title: { zh: string, en: string }, orgUnit: { code: string, name: { zh: string, en: string }, parent: { code: string } | null } | null, baseEdition: { code: string } | null, changes: Array<{ path: string, kind: string, policy: Policy, value: unknown, conflict: { rule: string, message: string } | null }>, notApplicable: Array<{ path: string, conflict: { rule: string, message: string } | null }>, history: Array<{ id: string, action: ApprovalAction, fromState: ApprovalState, toState: ApprovalState, actorName: string, comment: string | null, revision: number, occurredAt: string, itemComments: Array<{ path: string, comment: string }> }> } };

export type LvApproveMutationVariables = Exact<{
  id: string | number;
  r: number;
  c?: string | null | undefined;
}>;


export type LvApproveMutation = { approveLocalVersion: { id: string, code: string, status: ApprovalState, version: number, createdAt: string, createdBy: string, updatedAt: string, submittedAt: string | null, submittedBy: string | null, decidedAt: string | null, decidedBy: string | null, hasConflicts: boolean, title: { zh: string, en: string }, orgUnit: { code: string, name: { zh: string, en: string }, parent: { code: string } | null } | null, baseEdition: { code: string } | null, changes: Array<{ path: string, kind: string, policy: Policy, value: unknown, conflict: { rule: string, message: string } | null }>, notApplicable: Array<{ path: string, conflict: { rule: string, message: string } | null }>, history: Array<{ id: string, action: ApprovalAction, fromState: ApprovalState, toState: ApprovalState, actorName: string, comment: string | null, revision: number, occurredAt: string, itemComments: Array<{ path: string, comment: string }> }> } };

export type LvReturnMutationVariables = Exact<{
  id: string | number;
  r: number;
  c: string;
  items?: Array<ItemCommentInput> | ItemCommentInput | null | undefined;
}>;


export type LvReturnMutation = { returnLocalVersion: { id: string, code: string, status: ApprovalState, version: number, createdAt: string, createdBy: string, updatedAt: string, submittedAt: string | null, submittedBy: string | null, decidedAt: string | null, decidedBy: string | null, hasConflicts: boolean, title: { zh: string, en: string }, orgUnit: { code: string, name: { zh: string, en: string }, parent: { code: string } | null } | null, baseEdition: { code: string } | null, changes: Array<{ path: string, kind: string, policy: Policy, value: unknown, conflict: { rule: string, message: string } | null }>, notApplicable: Array<{ path: string, conflict: { rule: string, message: string } | null }>, history: Array<{ id: string, action: ApprovalAction, fromState: ApprovalState, toState: ApprovalState, actorName: string, comment: string | null, revision: number, occurredAt: string, itemComments: Array<{ path: string, comment: string }> }> } };

export type OpPlanFragment = { id: string, status: ApprovalState, version: number, compliant: boolean, gapCount: number, submittedAt: string | null, submittedBy: string | null, decidedAt: string | null, decidedBy: string | null, orgUnit: { code: string, category: string | null, name: { zh: string, en: string }, parent: { code: string } | null } | null, facts: { floorArea: number | null, acknowledgedRules: Array<string>, staffing: Array<{ position: string, current: number, target: number }>, zones: Array<{ zone: string, status: string }>, devices: Array<{ deviceType: string, count: number }> }, gaps: Array<{ path: string, kind: GapKind, addressed: boolean, expectedMin: number | null, expectedMax: number | null, expectedRequirement: string | null, actualCount: number | null, actualZone: string | null, setBy: { unitCode: string, layerCode: string, unit: { code: string, name: { zh: string, en: string } } | null } }>, actions: Array<{ id: string, path: string, who: string, what: string, dueDate: string, expectedEffect: string, done: boolean }>, justifications: Array<{ path: string, text: string }>, history: Array<{ id: string, action: ApprovalAction, actorName: string, comment: string | null, occurredAt: string }> };

export type OpOneQueryVariables = Exact<{
  code: string;
}>;


export type OpOneQuery = { outletPlan: { id: string, status: ApprovalState, version: number, compliant: boolean, gapCount: number, submittedAt: string | null, submittedBy: string | null, decidedAt: string | null, decidedBy: string | null, orgUnit: { code: string, category: string | null, name: { zh: string, en: string }, parent: { code: string } | null } | null, facts: { floorArea: number | null, acknowledgedRules: Array<string>, staffing: Array<{ position: string, current: number, target: number }>, zones: Array<{ zone: string, status: string }>, devices: Array<{ deviceType: string, count: number }> }, gaps: Array<{ path: string, kind: GapKind, addressed: boolean, expectedMin: number | null, expectedMax: number | null, expectedRequirement: string | null, actualCount: number | null, actualZone: string | null, setBy: { unitCode: string, layerCode: string, unit: { code: string, name: { zh: string, en: string } } | null } }>, actions: Array<{ id: string, path: string, who: string, what: string, dueDate: string, expectedEffect: string, done: boolean }>, justifications: Array<{ path: string, text: string }>, history: Array<{ id: string, action: ApprovalAction, actorName: string, comment: string | null, occurredAt: string }> } | null };

export type OpPathsQueryVariables = Exact<{
  code: string;
}>;


export type OpPathsQuery = { effectiveStandard: { values: Array<
      | { path: string }
      | { path: string }
      | { path: string }
      | { path: string }
      | { path: string }
      | { path: string }
      | { path: string }
    >, edition: { positions: Array<{ code: string, name: { zh: string, en: string } }>, zones: Array<{ code: string, name: { zh: string, en: string } }>, deviceTypes: Array<{ code: string, name: { zh: string, en: string } }>, serviceRules: Array<{ code: string, core: boolean, title: { zh: string, en: string } }> }, localItems: Array<{ kind: StandardItemKind, key: string, data: unknown }> } | null, orgUnit: { code: string, category: string | null } | null };

export type OpSaveMutationVariables = Exact<{
  code: string;
  v?: number | null | undefined;
  f: OutletFactsInput;
}>;


export type OpSaveMutation = { saveOutletFacts: { id: string, status: ApprovalState, version: number, compliant: boolean, gapCount: number, submittedAt: string | null, submittedBy: string | null, decidedAt: string | null, decidedBy: string | null, orgUnit: { code: string, category: string | null, name: { zh: string, en: string }, parent: { code: string } | null } | null, facts: { floorArea: number | null, acknowledgedRules: Array<string>, staffing: Array<{ position: string, current: number, target: number }>, zones: Array<{ zone: string, status: string }>, devices: Array<{ deviceType: string, count: number }> }, gaps: Array<{ path: string, kind: GapKind, addressed: boolean, expectedMin: number | null, expectedMax: number | null, expectedRequirement: string | null, actualCount: number | null, actualZone: string | null, setBy: { unitCode: string, layerCode: string, unit: { code: string, name: { zh: string, en: string } } | null } }>, actions: Array<{ id: string, path: string, who: string, what: string, dueDate: string, expectedEffect: string, done: boolean }>, justifications: Array<{ path: string, text: string }>, history: Array<{ id: string, action: ApprovalAction, actorName: string, comment: string | null, occurredAt: string }> } };

export type OpAddMutationVariables = Exact<{
  code: string;
  v: number;
  a: PlanActionInput;
}>;


export type OpAddMutation = { addPlanAction: { id: string, status: ApprovalState, version: number, compliant: boolean, gapCount: number, submittedAt: string | null, submittedBy: string | null, decidedAt: string | null, decidedBy: string | null, orgUnit: { code: string, category: string | null, name: { zh: string, en: string }, parent: { code: string } | null } | null, facts: { floorArea: number | null, acknowledgedRules: Array<string>, staffing: Array<{ position: string, current: number, target: number }>, zones: Array<{ zone: string, status: string }>, devices: Array<{ deviceType: string, count: number }> }, gaps: Array<{ path: string, kind: GapKind, addressed: boolean, expectedMin: number | null, expectedMax: number | null, expectedRequirement: string | null, actualCount: number | null, actualZone: string | null, setBy: { unitCode: string, layerCode: string, unit: { code: string, name: { zh: string, en: string } } | null } }>, actions: Array<{ id: string, path: string, who: string, what: string, dueDate: string, expectedEffect: string, done: boolean }>, justifications: Array<{ path: string, text: string }>, history: Array<{ id: string, action: ApprovalAction, actorName: string, comment: string | null, occurredAt: string }> } };

export type OpUpdateMutationVariables = Exact<{
  code: string;
  v: number;
  id: string | number;
  a: PlanActionInput;
}>;


export type OpUpdateMutation = { updatePlanAction: { id: string, status: ApprovalState, version: number, compliant: boolean, gapCount: number, submittedAt: string | null, submittedBy: string | null, decidedAt: string | null, decidedBy: string | null, orgUnit: { code: string, category: string | null, name: { zh: string, en: string }, parent: { code: string } | null } | null, facts: { floorArea: number | null, acknowledgedRules: Array<string>, staffing: Array<{ position: string, current: number, target: number }>, zones: Array<{ zone: string, status: string }>, devices: Array<{ deviceType: string, count: number }> }, gaps: Array<{ path: string, kind: GapKind, addressed: boolean, expectedMin: number | null, expectedMax: number | null, expectedRequirement: string | null, actualCount: number | null, actualZone: string | null, setBy: { unitCode: string, layerCode: string, unit: { code: string, name: { zh: string, en: string } } | null } }>, actions: Array<{ id: string, path: string, who: string, what: string, dueDate: string, expectedEffect: string, done: boolean }>, justifications: Array<{ path: string, text: string }>, history: Array<{ id: string, action: ApprovalAction, actorName: string, comment: string | null, occurredAt: string }> } };

export type OpAcknowledgeMutationVariables = Exact<{
  code: string;
  v: number;
  r: Array<string> | string;
}>;


export type OpAcknowledgeMutation = { acknowledgeCoreRules: { id: string, status: ApprovalState, version: number, compliant: boolean, gapCount: number, submittedAt: string | null, submittedBy: string | null, decidedAt: string | null, decidedBy: string | null, orgUnit: { code: string, category: string | null, name: { zh: string, en: string }, parent: { code: string } | null } | null, facts: { floorArea: number | null, acknowledgedRules: Array<string>, staffing: Array<{ position: string, current: number, target: number }>, zones: Array<{ zone: string, status: string }>, devices: Array<{ deviceType: string, count: number }> }, gaps: Array<{ path: string, kind: GapKind, addressed: boolean, expectedMin: number | null, expectedMax: number | null, expectedRequirement: string | null, actualCount: number | null, actualZone: string | null, setBy: { unitCode: string, layerCode: string, unit: { code: string, name: { zh: string, en: string } } | null } }>, actions: Array<{ id: string, path: string, who: string, what: string, dueDate: string, expectedEffect: string, done: boolean }>, justifications: Array<{ path: string, text: string }>, history: Array<{ id: string, action: ApprovalAction, actorName: string, comment: string | null, occurredAt: string }> } };

export type OpWithdrawMutationVariables = Exact<{
  code: string;
  v: number;
}>;


export type OpWithdrawMutation = { withdrawOutletPlan: { id: string, status: ApprovalState, version: number, compliant: boolean, gapCount: number, submittedAt: string | null, submittedBy: string | null, decidedAt: string | null, decidedBy: string | null, orgUnit: { code: string, category: string | null, name: { zh: string, en: string }, parent: { code: string } | null } | null, facts: { floorArea: number | null, acknowledgedRules: Array<string>, staffing: Array<{ position: string, current: number, target: number }>, zones: Array<{ zone: string, status: string }>, devices: Array<{ deviceType: string, count: number }> }, gaps: Array<{ path: string, kind: GapKind, addressed: boolean, expectedMin: number | null, expectedMax: number | null, expectedRequirement: string | null, actualCount: number | null, actualZone: string | null, setBy: { unitCode: string, layerCode: string, unit: { code: string, name: { zh: string, en: string } } | null } }>, actions: Array<{ id: string, path: string, who: string, what: string, dueDate: string, expectedEffect: string, done: boolean }>, justifications: Array<{ path: string, text: string }>, history: Array<{ id: string, action: ApprovalAction, actorName: string, comment: string | null, occurredAt: string }> } };

export type OpRemoveMutationVariables = Exact<{
  code: string;
  v: number;
  id: string | number;
}>;


export type OpRemoveMutation = { removePlanAction: { id: string, status: ApprovalState, version: number, compliant: boolean, gapCount: number, submittedAt: string | null, submittedBy: string | null, decidedAt: string | null, decidedBy: string | null, orgUnit: { code: string, category: string | null, name: { zh: string, en: string }, parent: { code: string } | null } | null, facts: { floorArea: number | null, acknowledgedRules: Array<string>, staffing: Array<{ position: string, current: number, target: number }>, zones: Array<{ zone: string, status: string }>, devices: Array<{ deviceType: string, count: number }> }, gaps: Array<{ path: string, kind: GapKind, addressed: boolean, expectedMin: number | null, expectedMax: number | null, expectedRequirement: string | null, actualCount: number | null, actualZone: string | null, setBy: { unitCode: string, layerCode: string, unit: { code: string, name: { zh: string, en: string } } | null } }>, actions: Array<{ id: string, path: string, who: string, what: string, dueDate: string, expectedEffect: string, done: boolean }>, justifications: Array<{ path: string, text: string }>, history: Array<{ id: string, action: ApprovalAction, actorName: string, comment: string | null, occurredAt: string }> } };

export type OpJustifyMutationVariables = Exact<{
  code: string;
  v: number;
  p: string;
  t: string;
}>;


export type OpJustifyMutation = { justifyGap: { id: string, status: ApprovalState, version: number, compliant: boolean, gapCount: number, submittedAt: string | null, submittedBy: string | null, decidedAt: string | null, decidedBy: string | null, orgUnit: { code: string, category: string | null, name: { zh: string, en: string }, parent: { code: string } | null } | null, facts: { floorArea: number | null, acknowledgedRules: Array<string>, staffing: Array<{ position: string, current: number, target: number }>, zones: Array<{ zone: string, status: string }>, devices: Array<{ deviceType: string, count: number }> }, gaps: Array<{ path: string, kind: GapKind, addressed: boolean, expectedMin: number | null, expectedMax: number | null, expectedRequirement: string | null, actualCount: number | null, actualZone: string | null, setBy: { unitCode: string, layerCode: string, unit: { code: string, name: { zh: string, en: string } } | null } }>, actions: Array<{ id: string, path: string, who: string, what: string, dueDate: string, expectedEffect: string, done: boolean }>, justifications: Array<{ path: string, text: string }>, history: Array<{ id: string, action: ApprovalAction, actorName: string, comment: string | null, occurredAt: string }> } };

export type OpSubmitMutationVariables = Exact<{
  code: string;
  v: number;
}>;


export type OpSubmitMutation = { submitOutletPlan: { id: string, status: ApprovalState, version: number, compliant: boolean, gapCount: number, submittedAt: string | null, submittedBy: string | null, decidedAt: string | null, decidedBy: string | null, orgUnit: { code: string, category: string | null, name: { zh: string, en: string }, parent: { code: string } | null } | null, facts: { floorArea: number | null, acknowledgedRules: Array<string>, staffing: Array<{ position: string, current: number, target: number }>, zones: Array<{ zone: string, status: string }>, devices: Array<{ deviceType: string, count: number }> }, gaps: Array<{ path: string, kind: GapKind, addressed: boolean, expectedMin: number | null, expectedMax: number | null, expectedRequirement: string | null, actualCount: number | null, actualZone: string | null, setBy: { unitCode: string, layerCode: string, unit: { code: string, name: { zh: string, en: string } } | null } }>, actions: Array<{ id: string, path: string, who: string, what: string, dueDate: string, expectedEffect: string, done: boolean }>, justifications: Array<{ path: string, text: string }>, history: Array<{ id: string, action: ApprovalAction, actorName: string, comment: string | null, occurredAt: string }> } };

export type OpApproveMutationVariables = Exact<{
  code: string;
  r: number;
  c?: string | null | undefined;
}>;


export type OpApproveMutation = { approveOutletPlan: { id: string, status: ApprovalState, version: number, compliant: boolean, gapCount: number, submittedAt: string | null, submittedBy: string | null, decidedAt: string | null, decidedBy: string | null, orgUnit: { code: string, category: string | null, name: { zh: string, en: string }, parent: { code: string } | null } | null, facts: { floorArea: number | null, acknowledgedRules: Array<string>, staffing: Array<{ position: string, current: number, target: number }>, zones: Array<{ zone: string, status: string }>, devices: Array<{ deviceType: string, count: number }> }, gaps: Array<{ path: string, kind: GapKind, addressed: boolean, expectedMin: number | null, expectedMax: number | null, expectedRequirement: string | null, actualCount: number | null, actualZone: string | null, setBy: { unitCode: string, layerCode: string, unit: { code: string, name: { zh: string, en: string } } | null } }>, actions: Array<{ id: string, path: string, who: string, what: string, dueDate: string, expectedEffect: string, done: boolean }>, justifications: Array<{ path: string, text: string }>, history: Array<{ id: string, action: ApprovalAction, actorName: string, comment: string | null, occurredAt: string }> } };

export type OpReturnMutationVariables = Exact<{
  code: string;
  r: number;
  c: string;
}>;


export type OpReturnMutation = { returnOutletPlan: { id: string, status: ApprovalState, version: number, compliant: boolean, gapCount: number, submittedAt: string | null, submittedBy: string | null, decidedAt: string | null, decidedBy: string | null, orgUnit: { code: string, category: string | null, name: { zh: string, en: string }, parent: { code: string } | null } | null, facts: { floorArea: number | null, acknowledgedRules: Array<string>, staffing: Array<{ position: string, current: number, target: number }>, zones: Array<{ zone: string, status: string }>, devices: Array<{ deviceType: string, count: number }> }, gaps: Array<{ path: string, kind: GapKind, addressed: boolean, expectedMin: number | null, expectedMax: number | null, expectedRequirement: string | null, actualCount: number | null, actualZone: string | null, setBy: { unitCode: string, layerCode: string, unit: { code: string, name: { zh: string, en: string } } | null } }>, actions: Array<{ id: string, path: string, who: string, what: string, dueDate: string, expectedEffect: string, done: boolean }>, justifications: Array<{ path: string, text: string }>, history: Array<{ id: string, action: ApprovalAction, actorName: string, comment: string | null, occurredAt: string }> } };

export type RoPlanFragment = { id: string, unitCode: string, status: ApprovalState, version: number, submittedBy: string | null, submittedAt: string | null, decidedBy: string | null, decidedAt: string | null, pilotUnitCodes: Array<string>, orgUnit: { code: string, level: OrgLevel, name: { zh: string, en: string }, parent: { code: string } | null } | null, phases: Array<{ phase: RolloutPhase, start: string, end: string }>, waves: Array<{ number: number, start: string, end: string, unitCodes: Array<string> }>, actions: Array<{ what: string, who: string, dueDate: string }>, history: Array<{ id: string, action: ApprovalAction, actorName: string, comment: string | null, occurredAt: string }> };

export type RoRolloutFragment = { id: string, code: string, editionCode: string, pilotUnitCodes: Array<string>, createdBy: string, version: number, createdAt: string, updatedAt: string, title: { zh: string, en: string }, phases: Array<{ phase: RolloutPhase, start: string, end: string }> };

export type RoListQueryVariables = Exact<{ [key: string]: never; }>;


export type RoListQuery = { rollouts: Array<{ id: string, code: string, editionCode: string, pilotUnitCodes: Array<string>, createdBy: string, version: number, createdAt: string, updatedAt: string, title: { zh: string, en: string }, phases: Array<{ phase: RolloutPhase, start: string, end: string }> }> };

export type RoOneQueryVariables = Exact<{
  code: string;
}>;


export type RoOneQuery = { rollout: { id: string, code: string, editionCode: string, pilotUnitCodes: Array<string>, createdBy: string, version: number, createdAt: string, updatedAt: string, plans: Array<{ id: string, unitCode: string, status: ApprovalState, version: number, submittedBy: string | null, submittedAt: string | null, decidedBy: string | null, decidedAt: string | null, pilotUnitCodes: Array<string>, orgUnit: { code: string, level: OrgLevel, name: { zh: string, en: string }, parent: { code: string } | null } | null, phases: Array<{ phase: RolloutPhase, start: string, end: string }>, waves: Array<{ number: number, start: string, end: string, unitCodes: Array<string> }>, actions: Array<{ what: string, who: string, dueDate: string }>, history: Array<{ id: string, action: ApprovalAction, actorName: string, comment: string | null, occurredAt: string }> }>, title: { zh: string, en: string }, phases: Array<{ phase: RolloutPhase, start: string, end: string }> } | null };

export type RoTimelineQueryVariables = Exact<{
  code: string;
  units: Array<string> | string;
}>;


export type RoTimelineQuery = { rolloutTimeline: Array<{ unitCode: string, phases: Array<{ phase: RolloutPhase, start: string, end: string, setBy: string, late: boolean }>, wave: { number: number, start: string, end: string, setBy: string, late: boolean } | null }> };

export type RoPlanOneQueryVariables = Exact<{
  code: string;
  unit: string;
}>;


export type RoPlanOneQuery = { rolloutPlan: { id: string, unitCode: string, status: ApprovalState, version: number, submittedBy: string | null, submittedAt: string | null, decidedBy: string | null, decidedAt: string | null, pilotUnitCodes: Array<string>, orgUnit: { code: string, level: OrgLevel, name: { zh: string, en: string }, parent: { code: string } | null } | null, phases: Array<{ phase: RolloutPhase, start: string, end: string }>, waves: Array<{ number: number, start: string, end: string, unitCodes: Array<string> }>, actions: Array<{ what: string, who: string, dueDate: string }>, history: Array<{ id: string, action: ApprovalAction, actorName: string, comment: string | null, occurredAt: string }> } | null };

export type RoChildrenQueryVariables = Exact<{
  unit: string;
}>;


export type RoChildrenQuery = { orgUnit: { code: string, level: OrgLevel, children: Array<{ code: string, level: OrgLevel, name: { zh: string, en: string } }> } | null };

export type RoEditionInForceQueryVariables = Exact<{ [key: string]: never; }>;


export type RoEditionInForceQuery = { currentStandardEdition: { code: string, title: { zh: string, en: string } } | null };

export type RoPickUnitsQueryVariables = Exact<{
  filter: OrgUnitFilter;
}>;


export type RoPickUnitsQuery = { orgUnits: { nodes: Array<{ code: string, level: OrgLevel, name: { zh: string, en: string } }> } };

export type RoUpdateMutationVariables = Exact<{
  code: string;
  v: number;
  i: UpdateRolloutInput;
}>;


export type RoUpdateMutation = { updateRollout: { id: string, code: string, editionCode: string, pilotUnitCodes: Array<string>, createdBy: string, version: number, createdAt: string, updatedAt: string, title: { zh: string, en: string }, phases: Array<{ phase: RolloutPhase, start: string, end: string }> } };

export type RoLaunchMutationVariables = Exact<{
  i: LaunchRolloutInput;
}>;


export type RoLaunchMutation = { launchRollout: { id: string, code: string, editionCode: string, pilotUnitCodes: Array<string>, createdBy: string, version: number, createdAt: string, updatedAt: string, title: { zh: string, en: string }, phases: Array<{ phase: RolloutPhase, start: string, end: string }> } };

export type RoSaveMutationVariables = Exact<{
  code: string;
  unit: string;
  v?: number | null | undefined;
  i: RolloutPlanInput;
}>;


export type RoSaveMutation = { saveRolloutPlan: { id: string, unitCode: string, status: ApprovalState, version: number, submittedBy: string | null, submittedAt: string | null, decidedBy: string | null, decidedAt: string | null, pilotUnitCodes: Array<string>, orgUnit: { code: string, level: OrgLevel, name: { zh: string, en: string }, parent: { code: string } | null } | null, phases: Array<{ phase: RolloutPhase, start: string, end: string }>, waves: Array<{ number: number, start: string, end: string, unitCodes: Array<string> }>, actions: Array<{ what: string, who: string, dueDate: string }>, history: Array<{ id: string, action: ApprovalAction, actorName: string, comment: string | null, occurredAt: string }> } };

export type RoSubmitMutationVariables = Exact<{
  code: string;
  unit: string;
  v: number;
}>;


export type RoSubmitMutation = { submitRolloutPlan: { id: string, unitCode: string, status: ApprovalState, version: number, submittedBy: string | null, submittedAt: string | null, decidedBy: string | null, decidedAt: string | null, pilotUnitCodes: Array<string>, orgUnit: { code: string, level: OrgLevel, name: { zh: string, en: string }, parent: { code: string } | null } | null, phases: Array<{ phase: RolloutPhase, start: string, end: string }>, waves: Array<{ number: number, start: string, end: string, unitCodes: Array<string> }>, actions: Array<{ what: string, who: string, dueDate: string }>, history: Array<{ id: string, action: ApprovalAction, actorName: string, comment: string | null, occurredAt: string }> } };

export type RoWithdrawMutationVariables = Exact<{
  code: string;
  unit: string;
  v: number;
}>;


export type RoWithdrawMutation = { withdrawRolloutPlan: { id: string, unitCode: string, status: ApprovalState, version: number, submittedBy: string | null, submittedAt: string | null, decidedBy: string | null, decidedAt: string | null, pilotUnitCodes: Array<string>, orgUnit: { code: string, level: OrgLevel, name: { zh: string, en: string }, parent: { code: string } | null } | null, phases: Array<{ phase: RolloutPhase, start: string, end: string }>, waves: Array<{ number: number, start: string, end: string, unitCodes: Array<string> }>, actions: Array<{ what: string, who: string, dueDate: string }>, history: Array<{ id: string, action: ApprovalAction, actorName: string, comment: string | null, occurredAt: string }> } };

export type RoApproveMutationVariables = Exact<{
  code: string;
  unit: string;
  r: number;
  c?: string | null | undefined;
}>;


export type RoApproveMutation = { approveRolloutPlan: { id: string, unitCode: string, status: ApprovalState, version: number, submittedBy: string | null, submittedAt: string | null, decidedBy: string | null, decidedAt: string | null, pilotUnitCodes: Array<string>, orgUnit: { code: string, level: OrgLevel, name: { zh: string, en: string }, parent: { code: string } | null } | null, phases: Array<{ phase: RolloutPhase, start: string, end: string }>, waves: Array<{ number: number, start: string, end: string, unitCodes: Array<string> }>, actions: Array<{ what: string, who: string, dueDate: string }>, history: Array<{ id: string, action: ApprovalAction, actorName: string, comment: string | null, occurredAt: string }> } };

export type RoReturnMutationVariables = Exact<{
  code: string;
  unit: string;
  r: number;
  c: string;
}>;


export type RoReturnMutation = { returnRolloutPlan: { id: string, unitCode: string, status: ApprovalState, version: number, submittedBy: string | null, submittedAt: string | null, decidedBy: string | null, decidedAt: string | null, pilotUnitCodes: Array<string>, orgUnit: { code: string, level: OrgLevel, name: { zh: string, en: string }, parent: { code: string } | null } | null, phases: Array<{ phase: RolloutPhase, start: string, end: string }>, waves: Array<{ number: number, start: string, end: string, unitCodes: Array<string> }>, actions: Array<{ what: string, who: string, dueDate: string }>, history: Array<{ id: string, action: ApprovalAction, actorName: string, comment: string | null, occurredAt: string }> } };

export type StdEffectiveQueryVariables = Exact<{
  code: string;
}>;


export type StdEffectiveQuery = { effectiveStandard: { orgUnit: { code: string, level: OrgLevel, category: string | null, name: { zh: string, en: string } }, layers: Array<{ unitCode: string, layerKind: LayerKind, layerId: string, layerCode: string, revision: number, unit: { code: string, name: { zh: string, en: string } } | null }>, edition: { code: string, status: EditionStatus, isCurrent: boolean, version: number, title: { zh: string, en: string }, positions: Array<{ code: string, kind: PositionKind, reportsTo: string | null, name: { zh: string, en: string }, summary: { zh: string, en: string } | null, duties: { policy: Policy, value: Array<{ zh: string, en: string }> }, capabilities: Array<{ zh: string, en: string }> }>, zones: Array<{ code: string, positions: Array<string>, name: { zh: string, en: string }, purpose: { zh: string, en: string }, principles: Array<{ zh: string, en: string }>, equipment: { policy: Policy, value: Array<{ code: string, name: { zh: string, en: string } }> } }>, deviceTypes: Array<{ code: string, kind: DeviceKind, name: { zh: string, en: string } }>, customerTiers: Array<{ code: string, name: { zh: string, en: string } }>, serviceRules: Array<{ code: string, title: { zh: string, en: string }, parameters: Array<
          | { code: string, name: { zh: string, en: string } }
          | { code: string, name: { zh: string, en: string } }
          | { code: string, name: { zh: string, en: string } }
          | { code: string, name: { zh: string, en: string } }
          | { code: string, name: { zh: string, en: string } }
        > }> }, values: Array<
      | { path: string, kind: ValueKind, policy: Policy, codes: Array<{ code: string, name: { zh: string, en: string } | null }>, overrode: { codes: Array<{ code: string, name: { zh: string, en: string } | null }>, setBy: { unitCode: string, layerCode: string, unit: { code: string, name: { zh: string, en: string } } | null } } | null, setBy: { unitCode: string, layerKind: LayerKind, layerId: string, layerCode: string, revision: number, unit: { code: string, name: { zh: string, en: string } } | null } }
      | { path: string, kind: ValueKind, policy: Policy, int: number, overrode: { int: number, setBy: { unitCode: string, layerCode: string, unit: { code: string, name: { zh: string, en: string } } | null } } | null, setBy: { unitCode: string, layerKind: LayerKind, layerId: string, layerCode: string, revision: number, unit: { code: string, name: { zh: string, en: string } } | null } }
      | { path: string, kind: ValueKind, policy: Policy, money: { amount: number, currency: string }, overrode: { money: { amount: number, currency: string }, setBy: { unitCode: string, layerCode: string, unit: { code: string, name: { zh: string, en: string } } | null } } | null, setBy: { unitCode: string, layerKind: LayerKind, layerId: string, layerCode: string, revision: number, unit: { code: string, name: { zh: string, en: string } } | null } }
      | { path: string, kind: ValueKind, policy: Policy, range: { min: number, max: number | null }, overrode: { range: { min: number, max: number | null }, setBy: { unitCode: string, layerCode: string, unit: { code: string, name: { zh: string, en: string } } | null } } | null, setBy: { unitCode: string, layerKind: LayerKind, layerId: string, layerCode: string, revision: number, unit: { code: string, name: { zh: string, en: string } } | null } }
      | { path: string, kind: ValueKind, policy: Policy, requirement: ZoneRequirementLevel, overrode: { requirement: ZoneRequirementLevel, setBy: { unitCode: string, layerCode: string, unit: { code: string, name: { zh: string, en: string } } | null } } | null, setBy: { unitCode: string, layerKind: LayerKind, layerId: string, layerCode: string, revision: number, unit: { code: string, name: { zh: string, en: string } } | null } }
      | { path: string, kind: ValueKind, policy: Policy, texts: Array<{ zh: string, en: string }>, overrode: { texts: Array<{ zh: string, en: string }>, setBy: { unitCode: string, layerCode: string, unit: { code: string, name: { zh: string, en: string } } | null } } | null, setBy: { unitCode: string, layerKind: LayerKind, layerId: string, layerCode: string, revision: number, unit: { code: string, name: { zh: string, en: string } } | null } }
      | { path: string, kind: ValueKind, policy: Policy, text: { zh: string, en: string }, overrode: { text: { zh: string, en: string }, setBy: { unitCode: string, layerCode: string, unit: { code: string, name: { zh: string, en: string } } | null } } | null, setBy: { unitCode: string, layerKind: LayerKind, layerId: string, layerCode: string, revision: number, unit: { code: string, name: { zh: string, en: string } } | null } }
    >, localItems: Array<{ kind: StandardItemKind, key: string, path: string, data: unknown, setBy: { unitCode: string, layerKind: LayerKind, layerId: string, layerCode: string, revision: number, unit: { code: string, name: { zh: string, en: string } } | null } }>, outletCategory: { code: string, name: { zh: string, en: string }, description: { zh: string, en: string }, notes: Array<{ zh: string, en: string }>, marketingStaffMin: { value: number, path: string, policy: Policy, overrode: { value: number, setBy: { unitCode: string, layerCode: string, unit: { code: string, name: { zh: string, en: string } } | null } } | null, setBy: { unitCode: string, layerKind: LayerKind, layerId: string, layerCode: string, revision: number, unit: { code: string, name: { zh: string, en: string } } | null } }, salesServiceStaffMin: { value: number, path: string, policy: Policy, overrode: { value: number, setBy: { unitCode: string, layerCode: string, unit: { code: string, name: { zh: string, en: string } } | null } } | null, setBy: { unitCode: string, layerKind: LayerKind, layerId: string, layerCode: string, revision: number, unit: { code: string, name: { zh: string, en: string } } | null } } | null, lobbyStaffTotal: { path: string, policy: Policy, value: { min: number, max: number | null }, overrode: { value: { min: number, max: number | null }, setBy: { unitCode: string, layerCode: string, unit: { code: string, name: { zh: string, en: string } } | null } } | null, setBy: { unitCode: string, layerKind: LayerKind, layerId: string, layerCode: string, revision: number, unit: { code: string, name: { zh: string, en: string } } | null } }, staffing: Array<{ position: string, range: { path: string, policy: Policy, value: { min: number, max: number | null }, overrode: { value: { min: number, max: number | null }, setBy: { unitCode: string, layerCode: string, unit: { code: string, name: { zh: string, en: string } } | null } } | null, setBy: { unitCode: string, layerKind: LayerKind, layerId: string, layerCode: string, revision: number, unit: { code: string, name: { zh: string, en: string } } | null } } }>, devices: Array<{ deviceType: string, min: { value: number, path: string, policy: Policy, overrode: { value: number, setBy: { unitCode: string, layerCode: string, unit: { code: string, name: { zh: string, en: string } } | null } } | null, setBy: { unitCode: string, layerKind: LayerKind, layerId: string, layerCode: string, revision: number, unit: { code: string, name: { zh: string, en: string } } | null } } }>, smartDevices: { path: string, policy: Policy, value: Array<{ code: string }>, overrode: { value: Array<{ code: string, name: { zh: string, en: string } | null }>, setBy: { unitCode: string, layerCode: string, unit: { code: string, name: { zh: string, en: string } } | null } } | null, setBy: { unitCode: string, layerKind: LayerKind, layerId: string, layerCode: string, revision: number, unit: { code: string, name: { zh: string, en: string } } | null } } | null, zones: Array<{ zone: string, requirement: { value: ZoneRequirementLevel, path: string, policy: Policy, overrode: { value: ZoneRequirementLevel, setBy: { unitCode: string, layerCode: string, unit: { code: string, name: { zh: string, en: string } } | null } } | null, setBy: { unitCode: string, layerKind: LayerKind, layerId: string, layerCode: string, revision: number, unit: { code: string, name: { zh: string, en: string } } | null } } }>, outboundMarketing: { path: string, policy: Policy, value: { zh: string, en: string }, overrode: { value: { zh: string, en: string }, setBy: { unitCode: string, layerCode: string, unit: { code: string, name: { zh: string, en: string } } | null } } | null, setBy: { unitCode: string, layerKind: LayerKind, layerId: string, layerCode: string, revision: number, unit: { code: string, name: { zh: string, en: string } } | null } } } | null } | null };

export type StdValueSourceFragment = { unitCode: string, layerKind: LayerKind, layerId: string, layerCode: string, revision: number, unit: { code: string, name: { zh: string, en: string } } | null };

type StdSourced_CodeListValue_Fragment = { path: string, policy: Policy, setBy: { unitCode: string, layerKind: LayerKind, layerId: string, layerCode: string, revision: number, unit: { code: string, name: { zh: string, en: string } } | null } };

type StdSourced_IntValue_Fragment = { path: string, policy: Policy, setBy: { unitCode: string, layerKind: LayerKind, layerId: string, layerCode: string, revision: number, unit: { code: string, name: { zh: string, en: string } } | null } };

type StdSourced_MoneyValue_Fragment = { path: string, policy: Policy, setBy: { unitCode: string, layerKind: LayerKind, layerId: string, layerCode: string, revision: number, unit: { code: string, name: { zh: string, en: string } } | null } };

type StdSourced_RangeValue_Fragment = { path: string, policy: Policy, setBy: { unitCode: string, layerKind: LayerKind, layerId: string, layerCode: string, revision: number, unit: { code: string, name: { zh: string, en: string } } | null } };

type StdSourced_RequirementValue_Fragment = { path: string, policy: Policy, setBy: { unitCode: string, layerKind: LayerKind, layerId: string, layerCode: string, revision: number, unit: { code: string, name: { zh: string, en: string } } | null } };

type StdSourced_TextListValue_Fragment = { path: string, policy: Policy, setBy: { unitCode: string, layerKind: LayerKind, layerId: string, layerCode: string, revision: number, unit: { code: string, name: { zh: string, en: string } } | null } };

type StdSourced_TextValue_Fragment = { path: string, policy: Policy, setBy: { unitCode: string, layerKind: LayerKind, layerId: string, layerCode: string, revision: number, unit: { code: string, name: { zh: string, en: string } } | null } };

export type StdSourcedFragment =
  | StdSourced_CodeListValue_Fragment
  | StdSourced_IntValue_Fragment
  | StdSourced_MoneyValue_Fragment
  | StdSourced_RangeValue_Fragment
  | StdSourced_RequirementValue_Fragment
  | StdSourced_TextListValue_Fragment
  | StdSourced_TextValue_Fragment
;

type StdBefore_CodeListValue_Fragment = { setBy: { unitCode: string, layerCode: string, unit: { code: string, name: { zh: string, en: string } } | null } };

type StdBefore_IntValue_Fragment = { setBy: { unitCode: string, layerCode: string, unit: { code: string, name: { zh: string, en: string } } | null } };

type StdBefore_MoneyValue_Fragment = { setBy: { unitCode: string, layerCode: string, unit: { code: string, name: { zh: string, en: string } } | null } };

type StdBefore_RangeValue_Fragment = { setBy: { unitCode: string, layerCode: string, unit: { code: string, name: { zh: string, en: string } } | null } };

type StdBefore_RequirementValue_Fragment = { setBy: { unitCode: string, layerCode: string, unit: { code: string, name: { zh: string, en: string } } | null } };

type StdBefore_TextListValue_Fragment = { setBy: { unitCode: string, layerCode: string, unit: { code: string, name: { zh: string, en: string } } | null } };

type StdBefore_TextValue_Fragment = { setBy: { unitCode: string, layerCode: string, unit: { code: string, name: { zh: string, en: string } } | null } };

export type StdBeforeFragment =
  | StdBefore_CodeListValue_Fragment
  | StdBefore_IntValue_Fragment
  | StdBefore_MoneyValue_Fragment
  | StdBefore_RangeValue_Fragment
  | StdBefore_RequirementValue_Fragment
  | StdBefore_TextListValue_Fragment
  | StdBefore_TextValue_Fragment
;

type StdShownValue_CodeListValue_Fragment = { path: string, kind: ValueKind, policy: Policy, codes: Array<{ code: string, name: { zh: string, en: string } | null }>, overrode: { codes: Array<{ code: string, name: { zh: string, en: string } | null }>, setBy: { unitCode: string, layerCode: string, unit: { code: string, name: { zh: string, en: string } } | null } } | null, setBy: { unitCode: string, layerKind: LayerKind, layerId: string, layerCode: string, revision: number, unit: { code: string, name: { zh: string, en: string } } | null } };

type StdShownValue_IntValue_Fragment = { path: string, kind: ValueKind, policy: Policy, int: number, overrode: { int: number, setBy: { unitCode: string, layerCode: string, unit: { code: string, name: { zh: string, en: string } } | null } } | null, setBy: { unitCode: string, layerKind: LayerKind, layerId: string, layerCode: string, revision: number, unit: { code: string, name: { zh: string, en: string } } | null } };

type StdShownValue_MoneyValue_Fragment = { path: string, kind: ValueKind, policy: Policy, money: { amount: number, currency: string }, overrode: { money: { amount: number, currency: string }, setBy: { unitCode: string, layerCode: string, unit: { code: string, name: { zh: string, en: string } } | null } } | null, setBy: { unitCode: string, layerKind: LayerKind, layerId: string, layerCode: string, revision: number, unit: { code: string, name: { zh: string, en: string } } | null } };

type StdShownValue_RangeValue_Fragment = { path: string, kind: ValueKind, policy: Policy, range: { min: number, max: number | null }, overrode: { range: { min: number, max: number | null }, setBy: { unitCode: string, layerCode: string, unit: { code: string, name: { zh: string, en: string } } | null } } | null, setBy: { unitCode: string, layerKind: LayerKind, layerId: string, layerCode: string, revision: number, unit: { code: string, name: { zh: string, en: string } } | null } };

type StdShownValue_RequirementValue_Fragment = { path: string, kind: ValueKind, policy: Policy, requirement: ZoneRequirementLevel, overrode: { requirement: ZoneRequirementLevel, setBy: { unitCode: string, layerCode: string, unit: { code: string, name: { zh: string, en: string } } | null } } | null, setBy: { unitCode: string, layerKind: LayerKind, layerId: string, layerCode: string, revision: number, unit: { code: string, name: { zh: string, en: string } } | null } };

type StdShownValue_TextListValue_Fragment = { path: string, kind: ValueKind, policy: Policy, texts: Array<{ zh: string, en: string }>, overrode: { texts: Array<{ zh: string, en: string }>, setBy: { unitCode: string, layerCode: string, unit: { code: string, name: { zh: string, en: string } } | null } } | null, setBy: { unitCode: string, layerKind: LayerKind, layerId: string, layerCode: string, revision: number, unit: { code: string, name: { zh: string, en: string } } | null } };

type StdShownValue_TextValue_Fragment = { path: string, kind: ValueKind, policy: Policy, text: { zh: string, en: string }, overrode: { text: { zh: string, en: string }, setBy: { unitCode: string, layerCode: string, unit: { code: string, name: { zh: string, en: string } } | null } } | null, setBy: { unitCode: string, layerKind: LayerKind, layerId: string, layerCode: string, revision: number, unit: { code: string, name: { zh: string, en: string } } | null } };

export type StdShownValueFragment =
  | StdShownValue_CodeListValue_Fragment
  | StdShownValue_IntValue_Fragment
  | StdShownValue_MoneyValue_Fragment
  | StdShownValue_RangeValue_Fragment
  | StdShownValue_RequirementValue_Fragment
  | StdShownValue_TextListValue_Fragment
  | StdShownValue_TextValue_Fragment
;

export type StdOutletCategoryFieldsFragment = { code: string, categoryCode: string, name: { zh: string, en: string }, description: { zh: string, en: string }, marketingStaffMin: { value: number, policy: Policy }, salesServiceStaffMin: { value: number, policy: Policy } | null, lobbyStaffTotal: { policy: Policy, value: { min: number, max: number | null } }, staffing: Array<{ position: string, policy: Policy, value: { min: number, max: number | null }, note: { zh: string, en: string } | null }>, devices: Array<{ deviceType: string, value: number, policy: Policy }>, smartDevices: { value: Array<string>, policy: Policy } | null, zones: Array<{ zone: string, value: ZoneRequirementLevel, policy: Policy, note: { zh: string, en: string } | null }>, outboundMarketing: { policy: Policy, value: { zh: string, en: string } }, notes: Array<{ zh: string, en: string }> };

export type StdPositionFieldsFragment = { code: string, kind: PositionKind, reportsTo: string | null, name: { zh: string, en: string }, summary: { zh: string, en: string } | null, duties: { policy: Policy, value: Array<{ zh: string, en: string }> }, capabilities: Array<{ zh: string, en: string }> };

export type StdZoneFieldsFragment = { code: string, positions: Array<string>, name: { zh: string, en: string }, purpose: { zh: string, en: string }, principles: Array<{ zh: string, en: string }>, equipment: { policy: Policy, value: Array<{ code: string, name: { zh: string, en: string } }> } };

export type StdDeviceTypeFieldsFragment = { code: string, kind: DeviceKind, name: { zh: string, en: string } };

export type StdCustomerTierFieldsFragment = { code: string, segment: CustomerSegment, positions: Array<string>, zones: Array<string>, name: { zh: string, en: string }, rule: { zh: string, en: string }, principle: { zh: string, en: string }, assetsFrom: { policy: Policy, value: { amount: number, currency: string } } | null, assetsBelow: { policy: Policy, value: { amount: number, currency: string } } | null, personalLoansFrom: { policy: Policy, value: { amount: number, currency: string } } | null, thresholdPolicyReason: { zh: string, en: string } | null };

export type StdServiceRuleFieldsFragment = { code: string, category: RuleCategory, core: boolean, title: { zh: string, en: string }, text: { zh: string, en: string }, parameters: Array<
    | { __typename: 'CodeListParameter', code: string, type: ParameterType, policy: Policy, unit: string | null, codes: Array<{ code: string, label: { zh: string, en: string } }>, name: { zh: string, en: string } }
    | { __typename: 'IntParameter', code: string, type: ParameterType, policy: Policy, unit: string | null, intValue: number, name: { zh: string, en: string } }
    | { __typename: 'MoneyParameter', code: string, type: ParameterType, policy: Policy, unit: string | null, money: { amount: number, currency: string }, name: { zh: string, en: string } }
    | { __typename: 'RangeParameter', code: string, type: ParameterType, policy: Policy, unit: string | null, range: { min: number, max: number | null }, name: { zh: string, en: string } }
    | { __typename: 'TextListParameter', code: string, type: ParameterType, policy: Policy, unit: string | null, texts: Array<{ zh: string, en: string }>, name: { zh: string, en: string } }
  > };

export type StdClassifierFieldsFragment = { code: string, kind: ClassifierKind, name: { zh: string, en: string } };

export type StdEditionContentFragment = { outletCategories: Array<{ code: string, categoryCode: string, name: { zh: string, en: string }, description: { zh: string, en: string }, marketingStaffMin: { value: number, policy: Policy }, salesServiceStaffMin: { value: number, policy: Policy } | null, lobbyStaffTotal: { policy: Policy, value: { min: number, max: number | null } }, staffing: Array<{ position: string, policy: Policy, value: { min: number, max: number | null }, note: { zh: string, en: string } | null }>, devices: Array<{ deviceType: string, value: number, policy: Policy }>, smartDevices: { value: Array<string>, policy: Policy } | null, zones: Array<{ zone: string, value: ZoneRequirementLevel, policy: Policy, note: { zh: string, en: string } | null }>, outboundMarketing: { policy: Policy, value: { zh: string, en: string } }, notes: Array<{ zh: string, en: string }> }>, positions: Array<{ code: string, kind: PositionKind, reportsTo: string | null, name: { zh: string, en: string }, summary: { zh: string, en: string } | null, duties: { policy: Policy, value: Array<{ zh: string, en: string }> }, capabilities: Array<{ zh: string, en: string }> }>, zones: Array<{ code: string, positions: Array<string>, name: { zh: string, en: string }, purpose: { zh: string, en: string }, principles: Array<{ zh: string, en: string }>, equipment: { policy: Policy, value: Array<{ code: string, name: { zh: string, en: string } }> } }>, deviceTypes: Array<{ code: string, kind: DeviceKind, name: { zh: string, en: string } }>, customerTiers: Array<{ code: string, segment: CustomerSegment, positions: Array<string>, zones: Array<string>, name: { zh: string, en: string }, rule: { zh: string, en: string }, principle: { zh: string, en: string }, assetsFrom: { policy: Policy, value: { amount: number, currency: string } } | null, assetsBelow: { policy: Policy, value: { amount: number, currency: string } } | null, personalLoansFrom: { policy: Policy, value: { amount: number, currency: string } } | null, thresholdPolicyReason: { zh: string, en: string } | null }>, serviceRules: Array<{ code: string, category: RuleCategory, core: boolean, title: { zh: string, en: string }, text: { zh: string, en: string }, parameters: Array<
      | { __typename: 'CodeListParameter', code: string, type: ParameterType, policy: Policy, unit: string | null, codes: Array<{ code: string, label: { zh: string, en: string } }>, name: { zh: string, en: string } }
      | { __typename: 'IntParameter', code: string, type: ParameterType, policy: Policy, unit: string | null, intValue: number, name: { zh: string, en: string } }
      | { __typename: 'MoneyParameter', code: string, type: ParameterType, policy: Policy, unit: string | null, money: { amount: number, currency: string }, name: { zh: string, en: string } }
      | { __typename: 'RangeParameter', code: string, type: ParameterType, policy: Policy, unit: string | null, range: { min: number, max: number | null }, name: { zh: string, en: string } }
      | { __typename: 'TextListParameter', code: string, type: ParameterType, policy: Policy, unit: string | null, texts: Array<{ zh: string, en: string }>, name: { zh: string, en: string } }
    > }>, classifiers: Array<{ code: string, kind: ClassifierKind, name: { zh: string, en: string } }> };

export type StdEditionLabelsFragment = { outletCategories: Array<{ code: string, name: { zh: string, en: string } }>, positions: Array<{ code: string, name: { zh: string, en: string } }>, zones: Array<{ code: string, name: { zh: string, en: string } }>, deviceTypes: Array<{ code: string, name: { zh: string, en: string } }>, customerTiers: Array<{ code: string, name: { zh: string, en: string } }>, serviceRules: Array<{ code: string, title: { zh: string, en: string } }>, classifiers: Array<{ kind: ClassifierKind, code: string, name: { zh: string, en: string } }> };

export type StdKindsQueryVariables = Exact<{ [key: string]: never; }>;


export type StdKindsQuery = { standardKinds: Array<{ kind: StandardItemKind, listField: string, saveMutation: string, inputType: string, keyFields: Array<string>, reportKey: string, auditOperations: Array<string> }> };

export type StdEditionSummaryFragment = { code: string, status: EditionStatus, isCurrent: boolean, version: number, createdAt: string, createdBy: string, updatedAt: string, publishedAt: string | null, publishedBy: string | null, approvalState: ApprovalState, approvedRevision: number | null, submittedBy: string | null, submittedAt: string | null, decidedBy: string | null, decidedAt: string | null, title: { zh: string, en: string }, summary: { zh: string, en: string }, basedOn: { code: string, title: { zh: string, en: string } } | null };

export type StdEditionResultFragment = { code: string, status: EditionStatus, isCurrent: boolean, version: number, createdAt: string, createdBy: string, updatedAt: string, publishedAt: string | null, publishedBy: string | null, approvalState: ApprovalState, approvedRevision: number | null, submittedBy: string | null, submittedAt: string | null, decidedBy: string | null, decidedAt: string | null, validation: { ok: boolean, problems: Array<{ path: string, rule: string, message: string }> }, title: { zh: string, en: string }, summary: { zh: string, en: string }, basedOn: { code: string, title: { zh: string, en: string } } | null };

export type StdDiffChangesFragment = { changes: Array<{ kind: StandardItemKind, code: string, change: ChangeType, fields: Array<{ field: string, before: unknown, after: unknown }> }> };

export type StdEditionsQueryVariables = Exact<{ [key: string]: never; }>;


export type StdEditionsQuery = { standardEditions: Array<{ code: string, status: EditionStatus, isCurrent: boolean, version: number, createdAt: string, createdBy: string, updatedAt: string, publishedAt: string | null, publishedBy: string | null, approvalState: ApprovalState, approvedRevision: number | null, submittedBy: string | null, submittedAt: string | null, decidedBy: string | null, decidedAt: string | null, title: { zh: string, en: string }, summary: { zh: string, en: string }, basedOn: { code: string, title: { zh: string, en: string } } | null }> };

export type StdCreateDraftMutationVariables = Exact<{
  input: CreateStandardDraftInput;
}>;


export type StdCreateDraftMutation = { createStandardDraft: { code: string, status: EditionStatus, isCurrent: boolean, version: number, createdAt: string, createdBy: string, updatedAt: string, publishedAt: string | null, publishedBy: string | null, approvalState: ApprovalState, approvedRevision: number | null, submittedBy: string | null, submittedAt: string | null, decidedBy: string | null, decidedAt: string | null, validation: { ok: boolean, problems: Array<{ path: string, rule: string, message: string }> }, title: { zh: string, en: string }, summary: { zh: string, en: string }, basedOn: { code: string, title: { zh: string, en: string } } | null } };

export type StdUpdateEditionMutationVariables = Exact<{
  input: UpdateStandardEditionInput;
}>;


export type StdUpdateEditionMutation = { updateStandardEdition: { code: string, status: EditionStatus, isCurrent: boolean, version: number, createdAt: string, createdBy: string, updatedAt: string, publishedAt: string | null, publishedBy: string | null, approvalState: ApprovalState, approvedRevision: number | null, submittedBy: string | null, submittedAt: string | null, decidedBy: string | null, decidedAt: string | null, validation: { ok: boolean, problems: Array<{ path: string, rule: string, message: string }> }, title: { zh: string, en: string }, summary: { zh: string, en: string }, basedOn: { code: string, title: { zh: string, en: string } } | null } };

export type StdRemoveItemMutationVariables = Exact<{
  editionCode: string;
  expectedVersion: number;
  kind: StandardItemKind;
  code: string;
}>;


export type StdRemoveItemMutation = { removeStandardItem: { code: string, status: EditionStatus, isCurrent: boolean, version: number, createdAt: string, createdBy: string, updatedAt: string, publishedAt: string | null, publishedBy: string | null, approvalState: ApprovalState, approvedRevision: number | null, submittedBy: string | null, submittedAt: string | null, decidedBy: string | null, decidedAt: string | null, validation: { ok: boolean, problems: Array<{ path: string, rule: string, message: string }> }, title: { zh: string, en: string }, summary: { zh: string, en: string }, basedOn: { code: string, title: { zh: string, en: string } } | null } };

export type StdPublishMutationVariables = Exact<{
  editionCode: string;
  expectedVersion: number;
}>;


export type StdPublishMutation = { publishStandardEdition: { code: string, status: EditionStatus, isCurrent: boolean, version: number, createdAt: string, createdBy: string, updatedAt: string, publishedAt: string | null, publishedBy: string | null, approvalState: ApprovalState, approvedRevision: number | null, submittedBy: string | null, submittedAt: string | null, decidedBy: string | null, decidedAt: string | null, validation: { ok: boolean, problems: Array<{ path: string, rule: string, message: string }> }, title: { zh: string, en: string }, summary: { zh: string, en: string }, basedOn: { code: string, title: { zh: string, en: string } } | null } };

export type StdSubmitMutationVariables = Exact<{
  editionCode: string;
  expectedVersion: number;
  comment?: string | null | undefined;
}>;


export type StdSubmitMutation = { submitStandardEdition: { code: string, status: EditionStatus, isCurrent: boolean, version: number, createdAt: string, createdBy: string, updatedAt: string, publishedAt: string | null, publishedBy: string | null, approvalState: ApprovalState, approvedRevision: number | null, submittedBy: string | null, submittedAt: string | null, decidedBy: string | null, decidedAt: string | null, validation: { ok: boolean, problems: Array<{ path: string, rule: string, message: string }> }, title: { zh: string, en: string }, summary: { zh: string, en: string }, basedOn: { code: string, title: { zh: string, en: string } } | null } };

export type StdWithdrawMutationVariables = Exact<{
  editionCode: string;
  expectedVersion: number;
  comment?: string | null | undefined;
}>;


export type StdWithdrawMutation = { withdrawStandardEdition: { code: string, status: EditionStatus, isCurrent: boolean, version: number, createdAt: string, createdBy: string, updatedAt: string, publishedAt: string | null, publishedBy: string | null, approvalState: ApprovalState, approvedRevision: number | null, submittedBy: string | null, submittedAt: string | null, decidedBy: string | null, decidedAt: string | null, validation: { ok: boolean, problems: Array<{ path: string, rule: string, message: string }> }, title: { zh: string, en: string }, summary: { zh: string, en: string }, basedOn: { code: string, title: { zh: string, en: string } } | null } };

export type StdApproveMutationVariables = Exact<{
  editionCode: string;
  expectedVersion: number;
  comment?: string | null | undefined;
}>;


export type StdApproveMutation = { approveStandardEdition: { code: string, status: EditionStatus, isCurrent: boolean, version: number, createdAt: string, createdBy: string, updatedAt: string, publishedAt: string | null, publishedBy: string | null, approvalState: ApprovalState, approvedRevision: number | null, submittedBy: string | null, submittedAt: string | null, decidedBy: string | null, decidedAt: string | null, validation: { ok: boolean, problems: Array<{ path: string, rule: string, message: string }> }, title: { zh: string, en: string }, summary: { zh: string, en: string }, basedOn: { code: string, title: { zh: string, en: string } } | null } };

export type StdReturnMutationVariables = Exact<{
  editionCode: string;
  expectedVersion: number;
  comment: string;
}>;


export type StdReturnMutation = { returnStandardEdition: { code: string, status: EditionStatus, isCurrent: boolean, version: number, createdAt: string, createdBy: string, updatedAt: string, publishedAt: string | null, publishedBy: string | null, approvalState: ApprovalState, approvedRevision: number | null, submittedBy: string | null, submittedAt: string | null, decidedBy: string | null, decidedAt: string | null, validation: { ok: boolean, problems: Array<{ path: string, rule: string, message: string }> }, title: { zh: string, en: string }, summary: { zh: string, en: string }, basedOn: { code: string, title: { zh: string, en: string } } | null } };

export type StdValidationQueryVariables = Exact<{
  code: string;
}>;


export type StdValidationQuery = { standardEdition: { code: string, version: number, status: EditionStatus, approvalState: ApprovalState, validation: { ok: boolean, problems: Array<{ path: string, rule: string, message: string }> } } | null };

export type StdEditionQueryVariables = Exact<{
  code: string;
}>;


export type StdEditionQuery = { standardEdition: { code: string, status: EditionStatus, isCurrent: boolean, version: number, createdAt: string, createdBy: string, updatedAt: string, publishedAt: string | null, publishedBy: string | null, approvalState: ApprovalState, approvedRevision: number | null, submittedBy: string | null, submittedAt: string | null, decidedBy: string | null, decidedAt: string | null, validation: { ok: boolean, problems: Array<{ path: string, rule: string, message: string }> }, history: Array<{ id: string, action: ApprovalAction, fromState: ApprovalState, toState: ApprovalState, actorName: string, comment: string | null, revision: number, occurredAt: string }>, title: { zh: string, en: string }, summary: { zh: string, en: string }, basedOn: { code: string, title: { zh: string, en: string } } | null, outletCategories: Array<{ code: string, categoryCode: string, name: { zh: string, en: string }, description: { zh: string, en: string }, marketingStaffMin: { value: number, policy: Policy }, salesServiceStaffMin: { value: number, policy: Policy } | null, lobbyStaffTotal: { policy: Policy, value: { min: number, max: number | null } }, staffing: Array<{ position: string, policy: Policy, value: { min: number, max: number | null }, note: { zh: string, en: string } | null }>, devices: Array<{ deviceType: string, value: number, policy: Policy }>, smartDevices: { value: Array<string>, policy: Policy } | null, zones: Array<{ zone: string, value: ZoneRequirementLevel, policy: Policy, note: { zh: string, en: string } | null }>, outboundMarketing: { policy: Policy, value: { zh: string, en: string } }, notes: Array<{ zh: string, en: string }> }>, positions: Array<{ code: string, kind: PositionKind, reportsTo: string | null, name: { zh: string, en: string }, summary: { zh: string, en: string } | null, duties: { policy: Policy, value: Array<{ zh: string, en: string }> }, capabilities: Array<{ zh: string, en: string }> }>, zones: Array<{ code: string, positions: Array<string>, name: { zh: string, en: string }, purpose: { zh: string, en: string }, principles: Array<{ zh: string, en: string }>, equipment: { policy: Policy, value: Array<{ code: string, name: { zh: string, en: string } }> } }>, deviceTypes: Array<{ code: string, kind: DeviceKind, name: { zh: string, en: string } }>, customerTiers: Array<{ code: string, segment: CustomerSegment, positions: Array<string>, zones: Array<string>, name: { zh: string, en: string }, rule: { zh: string, en: string }, principle: { zh: string, en: string }, assetsFrom: { policy: Policy, value: { amount: number, currency: string } } | null, assetsBelow: { policy: Policy, value: { amount: number, currency: string } } | null, personalLoansFrom: { policy: Policy, value: { amount: number, currency: string } } | null, thresholdPolicyReason: { zh: string, en: string } | null }>, serviceRules: Array<{ code: string, category: RuleCategory, core: boolean, title: { zh: string, en: string }, text: { zh: string, en: string }, parameters: Array<
        | { __typename: 'CodeListParameter', code: string, type: ParameterType, policy: Policy, unit: string | null, codes: Array<{ code: string, label: { zh: string, en: string } }>, name: { zh: string, en: string } }
        | { __typename: 'IntParameter', code: string, type: ParameterType, policy: Policy, unit: string | null, intValue: number, name: { zh: string, en: string } }
        | { __typename: 'MoneyParameter', code: string, type: ParameterType, policy: Policy, unit: string | null, money: { amount: number, currency: string }, name: { zh: string, en: string } }
        | { __typename: 'RangeParameter', code: string, type: ParameterType, policy: Policy, unit: string | null, range: { min: number, max: number | null }, name: { zh: string, en: string } }
        | { __typename: 'TextListParameter', code: string, type: ParameterType, policy: Policy, unit: string | null, texts: Array<{ zh: string, en: string }>, name: { zh: string, en: string } }
      > }>, classifiers: Array<{ code: string, kind: ClassifierKind, name: { zh: string, en: string } }> } | null };

export type StdDiffQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type StdDiffQuery = { standardEditionDiff: { from: { code: string, status: EditionStatus, isCurrent: boolean, version: number, createdAt: string, createdBy: string, updatedAt: string, publishedAt: string | null, publishedBy: string | null, approvalState: ApprovalState, approvedRevision: number | null, submittedBy: string | null, submittedAt: string | null, decidedBy: string | null, decidedAt: string | null, title: { zh: string, en: string }, summary: { zh: string, en: string }, basedOn: { code: string, title: { zh: string, en: string } } | null, outletCategories: Array<{ code: string, name: { zh: string, en: string } }>, positions: Array<{ code: string, name: { zh: string, en: string } }>, zones: Array<{ code: string, name: { zh: string, en: string } }>, deviceTypes: Array<{ code: string, name: { zh: string, en: string } }>, customerTiers: Array<{ code: string, name: { zh: string, en: string } }>, serviceRules: Array<{ code: string, title: { zh: string, en: string } }>, classifiers: Array<{ kind: ClassifierKind, code: string, name: { zh: string, en: string } }> }, to: { code: string, status: EditionStatus, isCurrent: boolean, version: number, createdAt: string, createdBy: string, updatedAt: string, publishedAt: string | null, publishedBy: string | null, approvalState: ApprovalState, approvedRevision: number | null, submittedBy: string | null, submittedAt: string | null, decidedBy: string | null, decidedAt: string | null, title: { zh: string, en: string }, summary: { zh: string, en: string }, basedOn: { code: string, title: { zh: string, en: string } } | null, outletCategories: Array<{ code: string, name: { zh: string, en: string } }>, positions: Array<{ code: string, name: { zh: string, en: string } }>, zones: Array<{ code: string, name: { zh: string, en: string } }>, deviceTypes: Array<{ code: string, name: { zh: string, en: string } }>, customerTiers: Array<{ code: string, name: { zh: string, en: string } }>, serviceRules: Array<{ code: string, title: { zh: string, en: string } }>, classifiers: Array<{ kind: ClassifierKind, code: string, name: { zh: string, en: string } }> }, changes: Array<{ kind: StandardItemKind, code: string, change: ChangeType, fields: Array<{ field: string, before: unknown, after: unknown }> }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ConsoleApiTokenFieldsFragmentDoc = new TypedDocumentString(`
    fragment ConsoleApiTokenFields on ApiToken {
  id
  name
  system
  prefix
  createdAt
  createdBy
  expiresAt
  lastUsedAt
  revokedAt
  scopeUnit {
    code
    name {
      zh
      en
    }
    level
    status
  }
}
    `, {"fragmentName":"ConsoleApiTokenFields"}) as unknown as TypedDocumentString<ConsoleApiTokenFieldsFragment, unknown>;
export const OrgUnitFieldsFragmentDoc = new TypedDocumentString(`
    fragment OrgUnitFields on OrgUnit {
  id
  code
  name {
    zh
    en
  }
  level
  tierTwoKind
  category
  status
  city
  address
  closedAt
  version
  createdAt
  updatedAt
  childCount
  parent {
    code
    name {
      zh
      en
    }
    level
  }
}
    `, {"fragmentName":"OrgUnitFields"}) as unknown as TypedDocumentString<OrgUnitFieldsFragment, unknown>;
export const OrgUnitSummaryFieldsFragmentDoc = new TypedDocumentString(`
    fragment OrgUnitSummaryFields on OrgUnit {
  code
  name {
    zh
    en
  }
  level
  status
  childCount
}
    `, {"fragmentName":"OrgUnitSummaryFields"}) as unknown as TypedDocumentString<OrgUnitSummaryFieldsFragment, unknown>;
export const ConsoleUserFieldsFragmentDoc = new TypedDocumentString(`
    fragment ConsoleUserFields on User {
  id
  username
  displayName
  roles
  status
  lastSignInAt
  createdAt
  updatedAt
  version
  orgUnit {
    code
    name {
      zh
      en
    }
    level
    status
  }
}
    `, {"fragmentName":"ConsoleUserFields"}) as unknown as TypedDocumentString<ConsoleUserFieldsFragment, unknown>;
export const RollupCountsFragmentDoc = new TypedDocumentString(`
    fragment RollupCounts on ComplianceRollupView {
  outlets
  overdueActions
  byPlanStatus {
    status
    outlets
  }
  byCompliance {
    compliance
    outlets
  }
  gapsByKind {
    kind
    outlets
  }
}
    `, {"fragmentName":"RollupCounts"}) as unknown as TypedDocumentString<RollupCountsFragment, unknown>;
export const ChildRollupCountsFragmentDoc = new TypedDocumentString(`
    fragment ChildRollupCounts on ChildRollupView {
  outlets
  overdueActions
  byPlanStatus {
    status
    outlets
  }
  byCompliance {
    compliance
    outlets
  }
  gapsByKind {
    kind
    outlets
  }
}
    `, {"fragmentName":"ChildRollupCounts"}) as unknown as TypedDocumentString<ChildRollupCountsFragment, unknown>;
export const ImpactSideFragmentDoc = new TypedDocumentString(`
    fragment ImpactSide on PolicedValue {
  path
  policy
  setBy {
    unitCode
    layerCode
  }
  ... on IntValue {
    int: value
  }
  ... on RangeValue {
    range: value {
      min
      max
    }
  }
  ... on MoneyValue {
    money: value {
      amount
      currency
    }
  }
  ... on TextValue {
    text: value {
      zh
      en
    }
  }
  ... on TextListValue {
    texts: value {
      zh
      en
    }
  }
  ... on CodeListValue {
    codes: value {
      code
    }
  }
  ... on RequirementValue {
    requirement: value
  }
}
    `, {"fragmentName":"ImpactSide"}) as unknown as TypedDocumentString<ImpactSideFragment, unknown>;
export const InboxEntryFragmentDoc = new TypedDocumentString(`
    fragment InboxEntry on InboxItem {
  subjectType
  id
  code
  title {
    zh
    en
  }
  state
  revision
  submittedBy
  submittedAt
  decidedBy
  decidedAt
  comment
  itemComments {
    path
    comment
  }
  orgUnit {
    code
    name {
      zh
      en
    }
  }
}
    `, {"fragmentName":"InboxEntry"}) as unknown as TypedDocumentString<InboxEntryFragment, unknown>;
export const LvRecordFragmentDoc = new TypedDocumentString(`
    fragment LvRecord on LocalVersion {
  id
  code
  status
  version
  title {
    zh
    en
  }
  orgUnit {
    code
    name {
      zh
      en
    }
    parent {
      code
    }
  }
  createdAt
  createdBy
  updatedAt
  submittedAt
  submittedBy
  decidedAt
  decidedBy
  hasConflicts
  baseEdition {
    code
  }
  changes {
    path
    kind
    policy
    value
    conflict {
      rule
      message
    }
  }
  notApplicable {
    path
    conflict {
      rule
      message
    }
  }
  history {
    id
    action
    fromState
    toState
    actorName
    comment
    revision
    occurredAt
    itemComments {
      path
      comment
    }
  }
}
    `, {"fragmentName":"LvRecord"}) as unknown as TypedDocumentString<LvRecordFragment, unknown>;
export const LvInheritedFragmentDoc = new TypedDocumentString(`
    fragment LvInherited on PolicedValue {
  __typename
  kind
  path
  policy
  setBy {
    unitCode
    unit {
      code
      name {
        zh
        en
      }
    }
    layerKind
    layerId
    layerCode
    revision
  }
  ... on IntValue {
    int: value
  }
  ... on RangeValue {
    range: value {
      min
      max
    }
  }
  ... on MoneyValue {
    money: value {
      amount
      currency
    }
  }
  ... on TextValue {
    text: value {
      zh
      en
    }
  }
  ... on TextListValue {
    texts: value {
      zh
      en
    }
  }
  ... on RequirementValue {
    requirement: value
  }
  ... on CodeListValue {
    codes: value {
      code
      name {
        zh
        en
      }
    }
  }
}
    `, {"fragmentName":"LvInherited"}) as unknown as TypedDocumentString<LvInheritedFragment, unknown>;
export const OpPlanFragmentDoc = new TypedDocumentString(`
    fragment OpPlan on OutletPlan {
  id
  status
  version
  compliant
  gapCount
  submittedAt
  submittedBy
  decidedAt
  decidedBy
  orgUnit {
    code
    category
    name {
      zh
      en
    }
    parent {
      code
    }
  }
  facts {
    floorArea
    acknowledgedRules
    staffing {
      position
      current
      target
    }
    zones {
      zone
      status
    }
    devices {
      deviceType
      count
    }
  }
  gaps {
    path
    kind
    addressed
    expectedMin
    expectedMax
    expectedRequirement
    actualCount
    actualZone
    setBy {
      unitCode
      unit {
        code
        name {
          zh
          en
        }
      }
      layerCode
    }
  }
  actions {
    id
    path
    who
    what
    dueDate
    expectedEffect
    done
  }
  justifications {
    path
    text
  }
  history {
    id
    action
    actorName
    comment
    occurredAt
  }
}
    `, {"fragmentName":"OpPlan"}) as unknown as TypedDocumentString<OpPlanFragment, unknown>;
export const RoPlanFragmentDoc = new TypedDocumentString(`
    fragment RoPlan on RolloutPlan {
  id
  unitCode
  status
  version
  submittedBy
  submittedAt
  decidedBy
  decidedAt
  orgUnit {
    code
    level
    name {
      zh
      en
    }
    parent {
      code
    }
  }
  phases {
    phase
    start
    end
  }
  pilotUnitCodes
  waves {
    number
    start
    end
    unitCodes
  }
  actions {
    what
    who
    dueDate
  }
  history {
    id
    action
    actorName
    comment
    occurredAt
  }
}
    `, {"fragmentName":"RoPlan"}) as unknown as TypedDocumentString<RoPlanFragment, unknown>;
export const RoRolloutFragmentDoc = new TypedDocumentString(`
    fragment RoRollout on Rollout {
  id
  code
  title {
    zh
    en
  }
  editionCode
  phases {
    phase
    start
    end
  }
  pilotUnitCodes
  createdBy
  version
  createdAt
  updatedAt
}
    `, {"fragmentName":"RoRollout"}) as unknown as TypedDocumentString<RoRolloutFragment, unknown>;
export const StdValueSourceFragmentDoc = new TypedDocumentString(`
    fragment StdValueSource on ValueSource {
  unitCode
  unit {
    code
    name {
      zh
      en
    }
  }
  layerKind
  layerId
  layerCode
  revision
}
    `, {"fragmentName":"StdValueSource"}) as unknown as TypedDocumentString<StdValueSourceFragment, unknown>;
export const StdSourcedFragmentDoc = new TypedDocumentString(`
    fragment StdSourced on PolicedValue {
  path
  policy
  setBy {
    ...StdValueSource
  }
}
    fragment StdValueSource on ValueSource {
  unitCode
  unit {
    code
    name {
      zh
      en
    }
  }
  layerKind
  layerId
  layerCode
  revision
}`, {"fragmentName":"StdSourced"}) as unknown as TypedDocumentString<StdSourcedFragment, unknown>;
export const StdBeforeFragmentDoc = new TypedDocumentString(`
    fragment StdBefore on PolicedValue {
  setBy {
    unitCode
    unit {
      code
      name {
        zh
        en
      }
    }
    layerCode
  }
}
    `, {"fragmentName":"StdBefore"}) as unknown as TypedDocumentString<StdBeforeFragment, unknown>;
export const StdShownValueFragmentDoc = new TypedDocumentString(`
    fragment StdShownValue on PolicedValue {
  path
  kind
  policy
  setBy {
    ...StdValueSource
  }
  ... on IntValue {
    int: value
    overrode {
      int: value
      ...StdBefore
    }
  }
  ... on RangeValue {
    range: value {
      min
      max
    }
    overrode {
      range: value {
        min
        max
      }
      ...StdBefore
    }
  }
  ... on MoneyValue {
    money: value {
      amount
      currency
    }
    overrode {
      money: value {
        amount
        currency
      }
      ...StdBefore
    }
  }
  ... on TextValue {
    text: value {
      zh
      en
    }
    overrode {
      text: value {
        zh
        en
      }
      ...StdBefore
    }
  }
  ... on TextListValue {
    texts: value {
      zh
      en
    }
    overrode {
      texts: value {
        zh
        en
      }
      ...StdBefore
    }
  }
  ... on CodeListValue {
    codes: value {
      code
      name {
        zh
        en
      }
    }
    overrode {
      codes: value {
        code
        name {
          zh
          en
        }
      }
      ...StdBefore
    }
  }
  ... on RequirementValue {
    requirement: value
    overrode {
      requirement: value
      ...StdBefore
    }
  }
}
    fragment StdValueSource on ValueSource {
  unitCode
  unit {
    code
    name {
      zh
      en
    }
  }
  layerKind
  layerId
  layerCode
  revision
}
fragment StdBefore on PolicedValue {
  setBy {
    unitCode
    unit {
      code
      name {
        zh
        en
      }
    }
    layerCode
  }
}`, {"fragmentName":"StdShownValue"}) as unknown as TypedDocumentString<StdShownValueFragment, unknown>;
export const StdOutletCategoryFieldsFragmentDoc = new TypedDocumentString(`
    fragment StdOutletCategoryFields on OutletCategory {
  code
  categoryCode
  name {
    zh
    en
  }
  description {
    zh
    en
  }
  marketingStaffMin {
    value
    policy
  }
  salesServiceStaffMin {
    value
    policy
  }
  lobbyStaffTotal {
    policy
    value {
      min
      max
    }
  }
  staffing {
    position
    policy
    value {
      min
      max
    }
    note {
      zh
      en
    }
  }
  devices {
    deviceType
    value
    policy
  }
  smartDevices {
    value
    policy
  }
  zones {
    zone
    value
    policy
    note {
      zh
      en
    }
  }
  outboundMarketing {
    policy
    value {
      zh
      en
    }
  }
  notes {
    zh
    en
  }
}
    `, {"fragmentName":"StdOutletCategoryFields"}) as unknown as TypedDocumentString<StdOutletCategoryFieldsFragment, unknown>;
export const StdPositionFieldsFragmentDoc = new TypedDocumentString(`
    fragment StdPositionFields on Position {
  code
  kind
  name {
    zh
    en
  }
  reportsTo
  summary {
    zh
    en
  }
  duties {
    value {
      zh
      en
    }
    policy
  }
  capabilities {
    zh
    en
  }
}
    `, {"fragmentName":"StdPositionFields"}) as unknown as TypedDocumentString<StdPositionFieldsFragment, unknown>;
export const StdZoneFieldsFragmentDoc = new TypedDocumentString(`
    fragment StdZoneFields on Zone {
  code
  name {
    zh
    en
  }
  purpose {
    zh
    en
  }
  principles {
    zh
    en
  }
  positions
  equipment {
    value {
      code
      name {
        zh
        en
      }
    }
    policy
  }
}
    `, {"fragmentName":"StdZoneFields"}) as unknown as TypedDocumentString<StdZoneFieldsFragment, unknown>;
export const StdDeviceTypeFieldsFragmentDoc = new TypedDocumentString(`
    fragment StdDeviceTypeFields on DeviceType {
  code
  kind
  name {
    zh
    en
  }
}
    `, {"fragmentName":"StdDeviceTypeFields"}) as unknown as TypedDocumentString<StdDeviceTypeFieldsFragment, unknown>;
export const StdCustomerTierFieldsFragmentDoc = new TypedDocumentString(`
    fragment StdCustomerTierFields on CustomerTier {
  code
  segment
  name {
    zh
    en
  }
  rule {
    zh
    en
  }
  principle {
    zh
    en
  }
  assetsFrom {
    value {
      amount
      currency
    }
    policy
  }
  assetsBelow {
    value {
      amount
      currency
    }
    policy
  }
  personalLoansFrom {
    value {
      amount
      currency
    }
    policy
  }
  thresholdPolicyReason {
    zh
    en
  }
  positions
  zones
}
    `, {"fragmentName":"StdCustomerTierFields"}) as unknown as TypedDocumentString<StdCustomerTierFieldsFragment, unknown>;
export const StdServiceRuleFieldsFragmentDoc = new TypedDocumentString(`
    fragment StdServiceRuleFields on ServiceRule {
  code
  category
  core
  title {
    zh
    en
  }
  text {
    zh
    en
  }
  parameters {
    __typename
    code
    type
    name {
      zh
      en
    }
    policy
    unit
    ... on IntParameter {
      intValue: value
    }
    ... on RangeParameter {
      range: value {
        min
        max
      }
    }
    ... on MoneyParameter {
      money: value {
        amount
        currency
      }
    }
    ... on CodeListParameter {
      codes: value {
        code
        label {
          zh
          en
        }
      }
    }
    ... on TextListParameter {
      texts: value {
        zh
        en
      }
    }
  }
}
    `, {"fragmentName":"StdServiceRuleFields"}) as unknown as TypedDocumentString<StdServiceRuleFieldsFragment, unknown>;
export const StdClassifierFieldsFragmentDoc = new TypedDocumentString(`
    fragment StdClassifierFields on Classifier {
  code
  kind
  name {
    zh
    en
  }
}
    `, {"fragmentName":"StdClassifierFields"}) as unknown as TypedDocumentString<StdClassifierFieldsFragment, unknown>;
export const StdEditionContentFragmentDoc = new TypedDocumentString(`
    fragment StdEditionContent on StandardEdition {
  outletCategories {
    ...StdOutletCategoryFields
  }
  positions {
    ...StdPositionFields
  }
  zones {
    ...StdZoneFields
  }
  deviceTypes {
    ...StdDeviceTypeFields
  }
  customerTiers {
    ...StdCustomerTierFields
  }
  serviceRules {
    ...StdServiceRuleFields
  }
  classifiers {
    ...StdClassifierFields
  }
}
    fragment StdOutletCategoryFields on OutletCategory {
  code
  categoryCode
  name {
    zh
    en
  }
  description {
    zh
    en
  }
  marketingStaffMin {
    value
    policy
  }
  salesServiceStaffMin {
    value
    policy
  }
  lobbyStaffTotal {
    policy
    value {
      min
      max
    }
  }
  staffing {
    position
    policy
    value {
      min
      max
    }
    note {
      zh
      en
    }
  }
  devices {
    deviceType
    value
    policy
  }
  smartDevices {
    value
    policy
  }
  zones {
    zone
    value
    policy
    note {
      zh
      en
    }
  }
  outboundMarketing {
    policy
    value {
      zh
      en
    }
  }
  notes {
    zh
    en
  }
}
fragment StdPositionFields on Position {
  code
  kind
  name {
    zh
    en
  }
  reportsTo
  summary {
    zh
    en
  }
  duties {
    value {
      zh
      en
    }
    policy
  }
  capabilities {
    zh
    en
  }
}
fragment StdZoneFields on Zone {
  code
  name {
    zh
    en
  }
  purpose {
    zh
    en
  }
  principles {
    zh
    en
  }
  positions
  equipment {
    value {
      code
      name {
        zh
        en
      }
    }
    policy
  }
}
fragment StdDeviceTypeFields on DeviceType {
  code
  kind
  name {
    zh
    en
  }
}
fragment StdCustomerTierFields on CustomerTier {
  code
  segment
  name {
    zh
    en
  }
  rule {
    zh
    en
  }
  principle {
    zh
    en
  }
  assetsFrom {
    value {
      amount
      currency
    }
    policy
  }
  assetsBelow {
    value {
      amount
      currency
    }
    policy
  }
  personalLoansFrom {
    value {
      amount
      currency
    }
    policy
  }
  thresholdPolicyReason {
    zh
    en
  }
  positions
  zones
}
fragment StdServiceRuleFields on ServiceRule {
  code
  category
  core
  title {
    zh
    en
  }
  text {
    zh
    en
  }
  parameters {
    __typename
    code
    type
    name {
      zh
      en
    }
    policy
    unit
    ... on IntParameter {
      intValue: value
    }
    ... on RangeParameter {
      range: value {
        min
        max
      }
    }
    ... on MoneyParameter {
      money: value {
        amount
        currency
      }
    }
    ... on CodeListParameter {
      codes: value {
        code
        label {
          zh
          en
        }
      }
    }
    ... on TextListParameter {
      texts: value {
        zh
        en
      }
    }
  }
}
fragment StdClassifierFields on Classifier {
  code
  kind
  name {
    zh
    en
  }
}`, {"fragmentName":"StdEditionContent"}) as unknown as TypedDocumentString<StdEditionContentFragment, unknown>;
export const StdEditionLabelsFragmentDoc = new TypedDocumentString(`
    fragment StdEditionLabels on StandardEdition {
  outletCategories {
    code
    name {
      zh
      en
    }
  }
  positions {
    code
    name {
      zh
      en
    }
  }
  zones {
    code
    name {
      zh
      en
    }
  }
  deviceTypes {
    code
    name {
      zh
      en
    }
  }
  customerTiers {
    code
    name {
      zh
      en
    }
  }
  serviceRules {
    code
    title {
      zh
      en
    }
  }
  classifiers {
    kind
    code
    name {
      zh
      en
    }
  }
}
    `, {"fragmentName":"StdEditionLabels"}) as unknown as TypedDocumentString<StdEditionLabelsFragment, unknown>;
export const StdEditionSummaryFragmentDoc = new TypedDocumentString(`
    fragment StdEditionSummary on StandardEdition {
  code
  title {
    zh
    en
  }
  summary {
    zh
    en
  }
  status
  isCurrent
  version
  createdAt
  createdBy
  updatedAt
  publishedAt
  publishedBy
  approvalState
  approvedRevision
  submittedBy
  submittedAt
  decidedBy
  decidedAt
  basedOn {
    code
    title {
      zh
      en
    }
  }
}
    `, {"fragmentName":"StdEditionSummary"}) as unknown as TypedDocumentString<StdEditionSummaryFragment, unknown>;
export const StdEditionResultFragmentDoc = new TypedDocumentString(`
    fragment StdEditionResult on StandardEdition {
  ...StdEditionSummary
  validation {
    ok
    problems {
      path
      rule
      message
    }
  }
}
    fragment StdEditionSummary on StandardEdition {
  code
  title {
    zh
    en
  }
  summary {
    zh
    en
  }
  status
  isCurrent
  version
  createdAt
  createdBy
  updatedAt
  publishedAt
  publishedBy
  approvalState
  approvedRevision
  submittedBy
  submittedAt
  decidedBy
  decidedAt
  basedOn {
    code
    title {
      zh
      en
    }
  }
}`, {"fragmentName":"StdEditionResult"}) as unknown as TypedDocumentString<StdEditionResultFragment, unknown>;
export const StdDiffChangesFragmentDoc = new TypedDocumentString(`
    fragment StdDiffChanges on EditionDiff {
  changes {
    kind
    code
    change
    fields {
      field
      before
      after
    }
  }
}
    `, {"fragmentName":"StdDiffChanges"}) as unknown as TypedDocumentString<StdDiffChangesFragment, unknown>;
export const ConsoleMeDocument = new TypedDocumentString(`
    query ConsoleMe {
  me {
    kind
    username
    displayName
    roles
    readOnly
    orgUnit {
      code
      name {
        zh
        en
      }
      level
      ancestors {
        code
        name {
          zh
          en
        }
        level
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleMeQuery, ConsoleMeQueryVariables>;
export const ConsoleLoginDocument = new TypedDocumentString(`
    mutation ConsoleLogin($username: String!, $password: String!) {
  login(username: $username, password: $password) {
    expiresAt
    user {
      username
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleLoginMutation, ConsoleLoginMutationVariables>;
export const ConsoleLogoutDocument = new TypedDocumentString(`
    mutation ConsoleLogout {
  logout
}
    `) as unknown as TypedDocumentString<ConsoleLogoutMutation, ConsoleLogoutMutationVariables>;
export const ConsoleApiTokensDocument = new TypedDocumentString(`
    query ConsoleApiTokens($first: Int!, $offset: Int, $after: String) {
  apiTokens(first: $first, offset: $offset, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      endCursor
    }
    nodes {
      ...ConsoleApiTokenFields
    }
  }
}
    fragment ConsoleApiTokenFields on ApiToken {
  id
  name
  system
  prefix
  createdAt
  createdBy
  expiresAt
  lastUsedAt
  revokedAt
  scopeUnit {
    code
    name {
      zh
      en
    }
    level
    status
  }
}`) as unknown as TypedDocumentString<ConsoleApiTokensQuery, ConsoleApiTokensQueryVariables>;
export const ConsoleIssueApiTokenDocument = new TypedDocumentString(`
    mutation ConsoleIssueApiToken($input: IssueApiTokenInput!) {
  issueApiToken(input: $input) {
    token
    apiToken {
      ...ConsoleApiTokenFields
    }
  }
}
    fragment ConsoleApiTokenFields on ApiToken {
  id
  name
  system
  prefix
  createdAt
  createdBy
  expiresAt
  lastUsedAt
  revokedAt
  scopeUnit {
    code
    name {
      zh
      en
    }
    level
    status
  }
}`) as unknown as TypedDocumentString<ConsoleIssueApiTokenMutation, ConsoleIssueApiTokenMutationVariables>;
export const ConsoleRevokeApiTokenDocument = new TypedDocumentString(`
    mutation ConsoleRevokeApiToken($id: ID!) {
  revokeApiToken(id: $id) {
    ...ConsoleApiTokenFields
  }
}
    fragment ConsoleApiTokenFields on ApiToken {
  id
  name
  system
  prefix
  createdAt
  createdBy
  expiresAt
  lastUsedAt
  revokedAt
  scopeUnit {
    code
    name {
      zh
      en
    }
    level
    status
  }
}`) as unknown as TypedDocumentString<ConsoleRevokeApiTokenMutation, ConsoleRevokeApiTokenMutationVariables>;
export const ConsoleAuditEventsDocument = new TypedDocumentString(`
    query ConsoleAuditEvents($filter: AuditEventFilter, $first: Int!, $offset: Int, $after: String) {
  auditEvents(filter: $filter, first: $first, offset: $offset, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      endCursor
    }
    nodes {
      id
      occurredAt
      actorName
      operation
      objectType
      objectLabel
      redactedFields
      requestId
      changes
      unit {
        code
        name {
          zh
          en
        }
        level
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleAuditEventsQuery, ConsoleAuditEventsQueryVariables>;
export const ConsoleAuditOperationsDocument = new TypedDocumentString(`
    query ConsoleAuditOperations {
  auditOperations
  auditObjectTypes
}
    `) as unknown as TypedDocumentString<ConsoleAuditOperationsQuery, ConsoleAuditOperationsQueryVariables>;
export const ConsoleOrgUnitsDocument = new TypedDocumentString(`
    query ConsoleOrgUnits($filter: OrgUnitFilter, $first: Int!, $offset: Int, $after: String, $orderBy: OrgUnitOrderField!, $descending: Boolean!) {
  orgUnits(
    filter: $filter
    first: $first
    offset: $offset
    after: $after
    orderBy: $orderBy
    descending: $descending
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      endCursor
    }
    nodes {
      ...OrgUnitFields
    }
  }
}
    fragment OrgUnitFields on OrgUnit {
  id
  code
  name {
    zh
    en
  }
  level
  tierTwoKind
  category
  status
  city
  address
  closedAt
  version
  createdAt
  updatedAt
  childCount
  parent {
    code
    name {
      zh
      en
    }
    level
  }
}`) as unknown as TypedDocumentString<ConsoleOrgUnitsQuery, ConsoleOrgUnitsQueryVariables>;
export const ConsoleOrgUnitDocument = new TypedDocumentString(`
    query ConsoleOrgUnit($code: String!) {
  orgUnit(code: $code) {
    ...OrgUnitFields
    ancestors {
      code
      name {
        zh
        en
      }
      level
    }
  }
}
    fragment OrgUnitFields on OrgUnit {
  id
  code
  name {
    zh
    en
  }
  level
  tierTwoKind
  category
  status
  city
  address
  closedAt
  version
  createdAt
  updatedAt
  childCount
  parent {
    code
    name {
      zh
      en
    }
    level
  }
}`) as unknown as TypedDocumentString<ConsoleOrgUnitQuery, ConsoleOrgUnitQueryVariables>;
export const ConsoleOrgUnitChildrenDocument = new TypedDocumentString(`
    query ConsoleOrgUnitChildren($code: String!) {
  orgUnit(code: $code) {
    code
    children {
      ...OrgUnitSummaryFields
    }
  }
}
    fragment OrgUnitSummaryFields on OrgUnit {
  code
  name {
    zh
    en
  }
  level
  status
  childCount
}`) as unknown as TypedDocumentString<ConsoleOrgUnitChildrenQuery, ConsoleOrgUnitChildrenQueryVariables>;
export const ConsoleOrgUnitRootDocument = new TypedDocumentString(`
    query ConsoleOrgUnitRoot($code: String!) {
  orgUnit(code: $code) {
    ...OrgUnitSummaryFields
  }
}
    fragment OrgUnitSummaryFields on OrgUnit {
  code
  name {
    zh
    en
  }
  level
  status
  childCount
}`) as unknown as TypedDocumentString<ConsoleOrgUnitRootQuery, ConsoleOrgUnitRootQueryVariables>;
export const ConsoleCreateOrgUnitDocument = new TypedDocumentString(`
    mutation ConsoleCreateOrgUnit($input: CreateOrgUnitInput!) {
  createOrgUnit(input: $input) {
    ...OrgUnitFields
  }
}
    fragment OrgUnitFields on OrgUnit {
  id
  code
  name {
    zh
    en
  }
  level
  tierTwoKind
  category
  status
  city
  address
  closedAt
  version
  createdAt
  updatedAt
  childCount
  parent {
    code
    name {
      zh
      en
    }
    level
  }
}`) as unknown as TypedDocumentString<ConsoleCreateOrgUnitMutation, ConsoleCreateOrgUnitMutationVariables>;
export const ConsoleUpdateOrgUnitDocument = new TypedDocumentString(`
    mutation ConsoleUpdateOrgUnit($input: UpdateOrgUnitInput!) {
  updateOrgUnit(input: $input) {
    ...OrgUnitFields
  }
}
    fragment OrgUnitFields on OrgUnit {
  id
  code
  name {
    zh
    en
  }
  level
  tierTwoKind
  category
  status
  city
  address
  closedAt
  version
  createdAt
  updatedAt
  childCount
  parent {
    code
    name {
      zh
      en
    }
    level
  }
}`) as unknown as TypedDocumentString<ConsoleUpdateOrgUnitMutation, ConsoleUpdateOrgUnitMutationVariables>;
export const ConsoleMoveOrgUnitDocument = new TypedDocumentString(`
    mutation ConsoleMoveOrgUnit($input: MoveOrgUnitInput!) {
  moveOrgUnit(input: $input) {
    ...OrgUnitFields
    ancestors {
      code
      name {
        zh
        en
      }
      level
    }
  }
}
    fragment OrgUnitFields on OrgUnit {
  id
  code
  name {
    zh
    en
  }
  level
  tierTwoKind
  category
  status
  city
  address
  closedAt
  version
  createdAt
  updatedAt
  childCount
  parent {
    code
    name {
      zh
      en
    }
    level
  }
}`) as unknown as TypedDocumentString<ConsoleMoveOrgUnitMutation, ConsoleMoveOrgUnitMutationVariables>;
export const ConsoleCloseOrgUnitDocument = new TypedDocumentString(`
    mutation ConsoleCloseOrgUnit($input: CloseOrgUnitInput!) {
  closeOrgUnit(input: $input) {
    ...OrgUnitFields
  }
}
    fragment OrgUnitFields on OrgUnit {
  id
  code
  name {
    zh
    en
  }
  level
  tierTwoKind
  category
  status
  city
  address
  closedAt
  version
  createdAt
  updatedAt
  childCount
  parent {
    code
    name {
      zh
      en
    }
    level
  }
}`) as unknown as TypedDocumentString<ConsoleCloseOrgUnitMutation, ConsoleCloseOrgUnitMutationVariables>;
export const ConsoleOutletCategoriesInForceDocument = new TypedDocumentString(`
    query ConsoleOutletCategoriesInForce {
  outletCategoriesInForce {
    code
    name {
      zh
      en
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleOutletCategoriesInForceQuery, ConsoleOutletCategoriesInForceQueryVariables>;
export const ConsoleOutletGapsDocument = new TypedDocumentString(`
    query ConsoleOutletGaps($unit: String!, $kind: String, $planStatus: String, $first: Int!, $offset: Int, $after: String) {
  outletGaps(
    orgUnitCode: $unit
    kind: $kind
    planStatus: $planStatus
    first: $first
    offset: $offset
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      endCursor
    }
    nodes {
      outletCode
      outletName {
        zh
        en
      }
      branchCode
      branchName {
        zh
        en
      }
      planStatus
      planVersion
      kind
      path
      requirementName {
        zh
        en
      }
      expectedMin
      expectedMax
      expectedRequirement
      actualCount
      actualZone
      addressed
      setBy {
        unitCode
        layerCode
        unit {
          code
          name {
            zh
            en
          }
        }
      }
      action {
        who
        dueDate
        what
        expectedEffect
        done
      }
      justification
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleOutletGapsQuery, ConsoleOutletGapsQueryVariables>;
export const ConsoleOutletPlansDocument = new TypedDocumentString(`
    query ConsoleOutletPlans($unit: String!, $status: String, $first: Int!, $offset: Int, $after: String) {
  outletPlans(
    orgUnitCode: $unit
    status: $status
    first: $first
    offset: $offset
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      endCursor
    }
    nodes {
      id
      status
      version
      compliant
      gapCount
      submittedBy
      submittedAt
      decidedBy
      decidedAt
      orgUnit {
        code
        name {
          zh
          en
        }
        category
        parent {
          code
          name {
            zh
            en
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleOutletPlansQuery, ConsoleOutletPlansQueryVariables>;
export const ConsoleUsersDocument = new TypedDocumentString(`
    query ConsoleUsers($filter: UserFilter, $first: Int!, $offset: Int, $after: String) {
  users(filter: $filter, first: $first, offset: $offset, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      endCursor
    }
    nodes {
      ...ConsoleUserFields
    }
  }
}
    fragment ConsoleUserFields on User {
  id
  username
  displayName
  roles
  status
  lastSignInAt
  createdAt
  updatedAt
  version
  orgUnit {
    code
    name {
      zh
      en
    }
    level
    status
  }
}`) as unknown as TypedDocumentString<ConsoleUsersQuery, ConsoleUsersQueryVariables>;
export const ConsoleUserDocument = new TypedDocumentString(`
    query ConsoleUser($username: String!) {
  user(username: $username) {
    ...ConsoleUserFields
  }
}
    fragment ConsoleUserFields on User {
  id
  username
  displayName
  roles
  status
  lastSignInAt
  createdAt
  updatedAt
  version
  orgUnit {
    code
    name {
      zh
      en
    }
    level
    status
  }
}`) as unknown as TypedDocumentString<ConsoleUserQuery, ConsoleUserQueryVariables>;
export const ConsoleCreateUserDocument = new TypedDocumentString(`
    mutation ConsoleCreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    ...ConsoleUserFields
  }
}
    fragment ConsoleUserFields on User {
  id
  username
  displayName
  roles
  status
  lastSignInAt
  createdAt
  updatedAt
  version
  orgUnit {
    code
    name {
      zh
      en
    }
    level
    status
  }
}`) as unknown as TypedDocumentString<ConsoleCreateUserMutation, ConsoleCreateUserMutationVariables>;
export const ConsoleUpdateUserDocument = new TypedDocumentString(`
    mutation ConsoleUpdateUser($input: UpdateUserInput!) {
  updateUser(input: $input) {
    ...ConsoleUserFields
  }
}
    fragment ConsoleUserFields on User {
  id
  username
  displayName
  roles
  status
  lastSignInAt
  createdAt
  updatedAt
  version
  orgUnit {
    code
    name {
      zh
      en
    }
    level
    status
  }
}`) as unknown as TypedDocumentString<ConsoleUpdateUserMutation, ConsoleUpdateUserMutationVariables>;
export const ConsoleSetUserPasswordDocument = new TypedDocumentString(`
    mutation ConsoleSetUserPassword($input: SetUserPasswordInput!) {
  setUserPassword(input: $input) {
    ...ConsoleUserFields
  }
}
    fragment ConsoleUserFields on User {
  id
  username
  displayName
  roles
  status
  lastSignInAt
  createdAt
  updatedAt
  version
  orgUnit {
    code
    name {
      zh
      en
    }
    level
    status
  }
}`) as unknown as TypedDocumentString<ConsoleSetUserPasswordMutation, ConsoleSetUserPasswordMutationVariables>;
export const ConsoleChangeMyPasswordDocument = new TypedDocumentString(`
    mutation ConsoleChangeMyPassword($input: ChangeMyPasswordInput!) {
  changeMyPassword(input: $input)
}
    `) as unknown as TypedDocumentString<ConsoleChangeMyPasswordMutation, ConsoleChangeMyPasswordMutationVariables>;
export const ComplianceDashboardDocument = new TypedDocumentString(`
    query ComplianceDashboard($code: String!) {
  complianceRollup(orgUnitCode: $code) {
    orgUnit {
      code
      level
      name {
        zh
        en
      }
      ancestors {
        code
        name {
          zh
          en
        }
      }
    }
    ...RollupCounts
    children {
      orgUnit {
        id
        code
        level
        name {
          zh
          en
        }
      }
      ...ChildRollupCounts
    }
    rollout {
      rolloutCode
      titleZh
      titleEn
      byWave {
        wave
        outlets
        compliant
        late
      }
      byPhase {
        phase
        outlets
        late
      }
      children {
        unitId
        byWave {
          wave
          outlets
          compliant
          late
        }
        byPhase {
          phase
          outlets
          late
        }
      }
    }
  }
}
    fragment RollupCounts on ComplianceRollupView {
  outlets
  overdueActions
  byPlanStatus {
    status
    outlets
  }
  byCompliance {
    compliance
    outlets
  }
  gapsByKind {
    kind
    outlets
  }
}
fragment ChildRollupCounts on ChildRollupView {
  outlets
  overdueActions
  byPlanStatus {
    status
    outlets
  }
  byCompliance {
    compliance
    outlets
  }
  gapsByKind {
    kind
    outlets
  }
}`) as unknown as TypedDocumentString<ComplianceDashboardQuery, ComplianceDashboardQueryVariables>;
export const ComplianceOutletsDocument = new TypedDocumentString(`
    query ComplianceOutlets($code: String!, $offset: Int!, $limit: Int!) {
  complianceOutlets(orgUnitCode: $code, offset: $offset, limit: $limit) {
    total
    items {
      code
      nameZh
      nameEn
      category
      planStatus
      compliance
      gapCount
      gapKinds
      overdueActions
    }
  }
}
    `) as unknown as TypedDocumentString<ComplianceOutletsQuery, ComplianceOutletsQueryVariables>;
export const OverdueActionsListDocument = new TypedDocumentString(`
    query OverdueActionsList($code: String!, $offset: Int!, $limit: Int!) {
  overdueActions(orgUnitCode: $code, offset: $offset, limit: $limit) {
    total
    items {
      outletCode
      outletNameZh
      outletNameEn
      actionId
      who
      what
      dueDate
      path
    }
  }
}
    `) as unknown as TypedDocumentString<OverdueActionsListQuery, OverdueActionsListQueryVariables>;
export const ComplianceGapsDocument = new TypedDocumentString(`
    query ComplianceGaps($code: String!, $first: Int!, $offset: Int) {
  outletPlans(
    orgUnitCode: $code
    status: "APPROVED"
    first: $first
    offset: $offset
  ) {
    totalCount
    nodes {
      orgUnit {
        code
        name {
          zh
          en
        }
      }
      gaps {
        kind
        path
        expectedMin
        expectedMax
        expectedRequirement
        actualCount
        actualZone
        setBy {
          unitCode
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ComplianceGapsQuery, ComplianceGapsQueryVariables>;
export const ImpactPreviewDocument = new TypedDocumentString(`
    query ImpactPreview($localVersionId: ID, $editionCode: String) {
  impactPreview(localVersionId: $localVersionId, editionCode: $editionCode) {
    subjectKind
    subjectCode
    outletsBelow
    outletsAffected
    unitsAffected
    compliance {
      outletsAssessed
      stopMeeting
      startMeeting
      examples {
        outletCode
        nameZh
        nameEn
        direction
        gapKinds
      }
    }
    groups {
      tierOneCode
      tierTwoCode
      outletCategory
      outlets
      tierOneBranch {
        code
        name {
          zh
          en
        }
      }
      tierTwoBranch {
        code
        name {
          zh
          en
        }
      }
      changes {
        path
        before {
          ...ImpactSide
        }
        after {
          ...ImpactSide
        }
      }
    }
  }
}
    fragment ImpactSide on PolicedValue {
  path
  policy
  setBy {
    unitCode
    layerCode
  }
  ... on IntValue {
    int: value
  }
  ... on RangeValue {
    range: value {
      min
      max
    }
  }
  ... on MoneyValue {
    money: value {
      amount
      currency
    }
  }
  ... on TextValue {
    text: value {
      zh
      en
    }
  }
  ... on TextListValue {
    texts: value {
      zh
      en
    }
  }
  ... on CodeListValue {
    codes: value {
      code
    }
  }
  ... on RequirementValue {
    requirement: value
  }
}`) as unknown as TypedDocumentString<ImpactPreviewQuery, ImpactPreviewQueryVariables>;
export const InboxDocument = new TypedDocumentString(`
    query Inbox {
  inbox {
    awaitingMe {
      ...InboxEntry
    }
    returnedToMe {
      ...InboxEntry
    }
  }
}
    fragment InboxEntry on InboxItem {
  subjectType
  id
  code
  title {
    zh
    en
  }
  state
  revision
  submittedBy
  submittedAt
  decidedBy
  decidedAt
  comment
  itemComments {
    path
    comment
  }
  orgUnit {
    code
    name {
      zh
      en
    }
  }
}`) as unknown as TypedDocumentString<InboxQuery, InboxQueryVariables>;
export const InboxCountDocument = new TypedDocumentString(`
    query InboxCount {
  inbox {
    awaitingCount
  }
}
    `) as unknown as TypedDocumentString<InboxCountQuery, InboxCountQueryVariables>;
export const LvLocalItemsDocument = new TypedDocumentString(`
    query LvLocalItems($id: ID!) {
  localVersion(id: $id) {
    id
    version
    localItems {
      kind
      key
      path
      data
      conflict {
        rule
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LvLocalItemsQuery, LvLocalItemsQueryVariables>;
export const LvAddLocalPositionDocument = new TypedDocumentString(`
    mutation LvAddLocalPosition($id: ID!, $v: Int!, $input: PositionInput!) {
  addLocalPosition(id: $id, expectedVersion: $v, input: $input) {
    ...LvRecord
  }
}
    fragment LvRecord on LocalVersion {
  id
  code
  status
  version
  title {
    zh
    en
  }
  orgUnit {
    code
    name {
      zh
      en
    }
    parent {
      code
    }
  }
  createdAt
  createdBy
  updatedAt
  submittedAt
  submittedBy
  decidedAt
  decidedBy
  hasConflicts
  baseEdition {
    code
  }
  changes {
    path
    kind
    policy
    value
    conflict {
      rule
      message
    }
  }
  notApplicable {
    path
    conflict {
      rule
      message
    }
  }
  history {
    id
    action
    fromState
    toState
    actorName
    comment
    revision
    occurredAt
    itemComments {
      path
      comment
    }
  }
}`) as unknown as TypedDocumentString<LvAddLocalPositionMutation, LvAddLocalPositionMutationVariables>;
export const LvRemoveLocalItemDocument = new TypedDocumentString(`
    mutation LvRemoveLocalItem($id: ID!, $v: Int!, $kind: StandardItemKind!, $key: String!) {
  removeLocalItem(id: $id, expectedVersion: $v, kind: $kind, key: $key) {
    ...LvRecord
  }
}
    fragment LvRecord on LocalVersion {
  id
  code
  status
  version
  title {
    zh
    en
  }
  orgUnit {
    code
    name {
      zh
      en
    }
    parent {
      code
    }
  }
  createdAt
  createdBy
  updatedAt
  submittedAt
  submittedBy
  decidedAt
  decidedBy
  hasConflicts
  baseEdition {
    code
  }
  changes {
    path
    kind
    policy
    value
    conflict {
      rule
      message
    }
  }
  notApplicable {
    path
    conflict {
      rule
      message
    }
  }
  history {
    id
    action
    fromState
    toState
    actorName
    comment
    revision
    occurredAt
    itemComments {
      path
      comment
    }
  }
}`) as unknown as TypedDocumentString<LvRemoveLocalItemMutation, LvRemoveLocalItemMutationVariables>;
export const LvListDocument = new TypedDocumentString(`
    query LvList($unit: String!, $status: ApprovalState) {
  localVersions(orgUnitCode: $unit, status: $status) {
    ...LvRecord
  }
}
    fragment LvRecord on LocalVersion {
  id
  code
  status
  version
  title {
    zh
    en
  }
  orgUnit {
    code
    name {
      zh
      en
    }
    parent {
      code
    }
  }
  createdAt
  createdBy
  updatedAt
  submittedAt
  submittedBy
  decidedAt
  decidedBy
  hasConflicts
  baseEdition {
    code
  }
  changes {
    path
    kind
    policy
    value
    conflict {
      rule
      message
    }
  }
  notApplicable {
    path
    conflict {
      rule
      message
    }
  }
  history {
    id
    action
    fromState
    toState
    actorName
    comment
    revision
    occurredAt
    itemComments {
      path
      comment
    }
  }
}`) as unknown as TypedDocumentString<LvListQuery, LvListQueryVariables>;
export const LvOneDocument = new TypedDocumentString(`
    query LvOne($id: ID!) {
  localVersion(id: $id) {
    ...LvRecord
  }
}
    fragment LvRecord on LocalVersion {
  id
  code
  status
  version
  title {
    zh
    en
  }
  orgUnit {
    code
    name {
      zh
      en
    }
    parent {
      code
    }
  }
  createdAt
  createdBy
  updatedAt
  submittedAt
  submittedBy
  decidedAt
  decidedBy
  hasConflicts
  baseEdition {
    code
  }
  changes {
    path
    kind
    policy
    value
    conflict {
      rule
      message
    }
  }
  notApplicable {
    path
    conflict {
      rule
      message
    }
  }
  history {
    id
    action
    fromState
    toState
    actorName
    comment
    revision
    occurredAt
    itemComments {
      path
      comment
    }
  }
}`) as unknown as TypedDocumentString<LvOneQuery, LvOneQueryVariables>;
export const LvInheritedValuesDocument = new TypedDocumentString(`
    query LvInheritedValues($unit: String!) {
  effectiveStandard(orgUnitCode: $unit) {
    values {
      ...LvInherited
    }
  }
}
    fragment LvInherited on PolicedValue {
  __typename
  kind
  path
  policy
  setBy {
    unitCode
    unit {
      code
      name {
        zh
        en
      }
    }
    layerKind
    layerId
    layerCode
    revision
  }
  ... on IntValue {
    int: value
  }
  ... on RangeValue {
    range: value {
      min
      max
    }
  }
  ... on MoneyValue {
    money: value {
      amount
      currency
    }
  }
  ... on TextValue {
    text: value {
      zh
      en
    }
  }
  ... on TextListValue {
    texts: value {
      zh
      en
    }
  }
  ... on RequirementValue {
    requirement: value
  }
  ... on CodeListValue {
    codes: value {
      code
      name {
        zh
        en
      }
    }
  }
}`) as unknown as TypedDocumentString<LvInheritedValuesQuery, LvInheritedValuesQueryVariables>;
export const LvReviewDocument = new TypedDocumentString(`
    query LvReview($id: ID!) {
  localVersionReview(id: $id) {
    path
    notApplicable
    change {
      path
      kind
      policy
      value
      conflict {
        rule
        message
      }
    }
    inherited {
      ...LvInherited
    }
  }
}
    fragment LvInherited on PolicedValue {
  __typename
  kind
  path
  policy
  setBy {
    unitCode
    unit {
      code
      name {
        zh
        en
      }
    }
    layerKind
    layerId
    layerCode
    revision
  }
  ... on IntValue {
    int: value
  }
  ... on RangeValue {
    range: value {
      min
      max
    }
  }
  ... on MoneyValue {
    money: value {
      amount
      currency
    }
  }
  ... on TextValue {
    text: value {
      zh
      en
    }
  }
  ... on TextListValue {
    texts: value {
      zh
      en
    }
  }
  ... on RequirementValue {
    requirement: value
  }
  ... on CodeListValue {
    codes: value {
      code
      name {
        zh
        en
      }
    }
  }
}`) as unknown as TypedDocumentString<LvReviewQuery, LvReviewQueryVariables>;
export const LvLevelsDocument = new TypedDocumentString(`
    query LvLevels($unit: String!, $path: String!) {
  valueAcrossLevels(orgUnitCode: $unit, path: $path) {
    setHere
    orgUnit {
      code
      name {
        zh
        en
      }
      level
    }
    value {
      ...LvInherited
    }
  }
}
    fragment LvInherited on PolicedValue {
  __typename
  kind
  path
  policy
  setBy {
    unitCode
    unit {
      code
      name {
        zh
        en
      }
    }
    layerKind
    layerId
    layerCode
    revision
  }
  ... on IntValue {
    int: value
  }
  ... on RangeValue {
    range: value {
      min
      max
    }
  }
  ... on MoneyValue {
    money: value {
      amount
      currency
    }
  }
  ... on TextValue {
    text: value {
      zh
      en
    }
  }
  ... on TextListValue {
    texts: value {
      zh
      en
    }
  }
  ... on RequirementValue {
    requirement: value
  }
  ... on CodeListValue {
    codes: value {
      code
      name {
        zh
        en
      }
    }
  }
}`) as unknown as TypedDocumentString<LvLevelsQuery, LvLevelsQueryVariables>;
export const LvCreateDocument = new TypedDocumentString(`
    mutation LvCreate($input: CreateLocalVersionInput!) {
  createLocalVersion(input: $input) {
    ...LvRecord
  }
}
    fragment LvRecord on LocalVersion {
  id
  code
  status
  version
  title {
    zh
    en
  }
  orgUnit {
    code
    name {
      zh
      en
    }
    parent {
      code
    }
  }
  createdAt
  createdBy
  updatedAt
  submittedAt
  submittedBy
  decidedAt
  decidedBy
  hasConflicts
  baseEdition {
    code
  }
  changes {
    path
    kind
    policy
    value
    conflict {
      rule
      message
    }
  }
  notApplicable {
    path
    conflict {
      rule
      message
    }
  }
  history {
    id
    action
    fromState
    toState
    actorName
    comment
    revision
    occurredAt
    itemComments {
      path
      comment
    }
  }
}`) as unknown as TypedDocumentString<LvCreateMutation, LvCreateMutationVariables>;
export const LvSetDocument = new TypedDocumentString(`
    mutation LvSet($input: SetLocalValueInput!) {
  setLocalValue(input: $input) {
    ...LvRecord
  }
}
    fragment LvRecord on LocalVersion {
  id
  code
  status
  version
  title {
    zh
    en
  }
  orgUnit {
    code
    name {
      zh
      en
    }
    parent {
      code
    }
  }
  createdAt
  createdBy
  updatedAt
  submittedAt
  submittedBy
  decidedAt
  decidedBy
  hasConflicts
  baseEdition {
    code
  }
  changes {
    path
    kind
    policy
    value
    conflict {
      rule
      message
    }
  }
  notApplicable {
    path
    conflict {
      rule
      message
    }
  }
  history {
    id
    action
    fromState
    toState
    actorName
    comment
    revision
    occurredAt
    itemComments {
      path
      comment
    }
  }
}`) as unknown as TypedDocumentString<LvSetMutation, LvSetMutationVariables>;
export const LvClearDocument = new TypedDocumentString(`
    mutation LvClear($id: ID!, $v: Int!, $path: String!) {
  clearLocalChange(id: $id, expectedVersion: $v, path: $path) {
    ...LvRecord
  }
}
    fragment LvRecord on LocalVersion {
  id
  code
  status
  version
  title {
    zh
    en
  }
  orgUnit {
    code
    name {
      zh
      en
    }
    parent {
      code
    }
  }
  createdAt
  createdBy
  updatedAt
  submittedAt
  submittedBy
  decidedAt
  decidedBy
  hasConflicts
  baseEdition {
    code
  }
  changes {
    path
    kind
    policy
    value
    conflict {
      rule
      message
    }
  }
  notApplicable {
    path
    conflict {
      rule
      message
    }
  }
  history {
    id
    action
    fromState
    toState
    actorName
    comment
    revision
    occurredAt
    itemComments {
      path
      comment
    }
  }
}`) as unknown as TypedDocumentString<LvClearMutation, LvClearMutationVariables>;
export const LvNotApplicableDocument = new TypedDocumentString(`
    mutation LvNotApplicable($id: ID!, $v: Int!, $path: String!) {
  markLocalNotApplicable(id: $id, expectedVersion: $v, path: $path) {
    ...LvRecord
  }
}
    fragment LvRecord on LocalVersion {
  id
  code
  status
  version
  title {
    zh
    en
  }
  orgUnit {
    code
    name {
      zh
      en
    }
    parent {
      code
    }
  }
  createdAt
  createdBy
  updatedAt
  submittedAt
  submittedBy
  decidedAt
  decidedBy
  hasConflicts
  baseEdition {
    code
  }
  changes {
    path
    kind
    policy
    value
    conflict {
      rule
      message
    }
  }
  notApplicable {
    path
    conflict {
      rule
      message
    }
  }
  history {
    id
    action
    fromState
    toState
    actorName
    comment
    revision
    occurredAt
    itemComments {
      path
      comment
    }
  }
}`) as unknown as TypedDocumentString<LvNotApplicableMutation, LvNotApplicableMutationVariables>;
export const LvSubmitDocument = new TypedDocumentString(`
    mutation LvSubmit($id: ID!, $v: Int!, $c: String) {
  submitLocalVersion(id: $id, expectedVersion: $v, comment: $c) {
    ...LvRecord
  }
}
    fragment LvRecord on LocalVersion {
  id
  code
  status
  version
  title {
    zh
    en
  }
  orgUnit {
    code
    name {
      zh
      en
    }
    parent {
      code
    }
  }
  createdAt
  createdBy
  updatedAt
  submittedAt
  submittedBy
  decidedAt
  decidedBy
  hasConflicts
  baseEdition {
    code
  }
  changes {
    path
    kind
    policy
    value
    conflict {
      rule
      message
    }
  }
  notApplicable {
    path
    conflict {
      rule
      message
    }
  }
  history {
    id
    action
    fromState
    toState
    actorName
    comment
    revision
    occurredAt
    itemComments {
      path
      comment
    }
  }
}`) as unknown as TypedDocumentString<LvSubmitMutation, LvSubmitMutationVariables>;
export const LvWithdrawDocument = new TypedDocumentString(`
    mutation LvWithdraw($id: ID!, $v: Int!, $c: String) {
  withdrawLocalVersion(id: $id, expectedVersion: $v, comment: $c) {
    ...LvRecord
  }
}
    fragment LvRecord on LocalVersion {
  id
  code
  status
  version
  title {
    zh
    en
  }
  orgUnit {
    code
    name {
      zh
      en
    }
    parent {
      code
    }
  }
  createdAt
  createdBy
  updatedAt
  submittedAt
  submittedBy
  decidedAt
  decidedBy
  hasConflicts
  baseEdition {
    code
  }
  changes {
    path
    kind
    policy
    value
    conflict {
      rule
      message
    }
  }
  notApplicable {
    path
    conflict {
      rule
      message
    }
  }
  history {
    id
    action
    fromState
    toState
    actorName
    comment
    revision
    occurredAt
    itemComments {
      path
      comment
    }
  }
}`) as unknown as TypedDocumentString<LvWithdrawMutation, LvWithdrawMutationVariables>;
export const LvApproveDocument = new TypedDocumentString(`
    mutation LvApprove($id: ID!, $r: Int!, $c: String) {
  approveLocalVersion(id: $id, revision: $r, comment: $c) {
    ...LvRecord
  }
}
    fragment LvRecord on LocalVersion {
  id
  code
  status
  version
  title {
    zh
    en
  }
  orgUnit {
    code
    name {
      zh
      en
    }
    parent {
      code
    }
  }
  createdAt
  createdBy
  updatedAt
  submittedAt
  submittedBy
  decidedAt
  decidedBy
  hasConflicts
  baseEdition {
    code
  }
  changes {
    path
    kind
    policy
    value
    conflict {
      rule
      message
    }
  }
  notApplicable {
    path
    conflict {
      rule
      message
    }
  }
  history {
    id
    action
    fromState
    toState
    actorName
    comment
    revision
    occurredAt
    itemComments {
      path
      comment
    }
  }
}`) as unknown as TypedDocumentString<LvApproveMutation, LvApproveMutationVariables>;
export const LvReturnDocument = new TypedDocumentString(`
    mutation LvReturn($id: ID!, $r: Int!, $c: String!, $items: [ItemCommentInput!]) {
  returnLocalVersion(id: $id, revision: $r, comment: $c, itemComments: $items) {
    ...LvRecord
  }
}
    fragment LvRecord on LocalVersion {
  id
  code
  status
  version
  title {
    zh
    en
  }
  orgUnit {
    code
    name {
      zh
      en
    }
    parent {
      code
    }
  }
  createdAt
  createdBy
  updatedAt
  submittedAt
  submittedBy
  decidedAt
  decidedBy
  hasConflicts
  baseEdition {
    code
  }
  changes {
    path
    kind
    policy
    value
    conflict {
      rule
      message
    }
  }
  notApplicable {
    path
    conflict {
      rule
      message
    }
  }
  history {
    id
    action
    fromState
    toState
    actorName
    comment
    revision
    occurredAt
    itemComments {
      path
      comment
    }
  }
}`) as unknown as TypedDocumentString<LvReturnMutation, LvReturnMutationVariables>;
export const OpOneDocument = new TypedDocumentString(`
    query OpOne($code: String!) {
  outletPlan(outletCode: $code) {
    ...OpPlan
  }
}
    fragment OpPlan on OutletPlan {
  id
  status
  version
  compliant
  gapCount
  submittedAt
  submittedBy
  decidedAt
  decidedBy
  orgUnit {
    code
    category
    name {
      zh
      en
    }
    parent {
      code
    }
  }
  facts {
    floorArea
    acknowledgedRules
    staffing {
      position
      current
      target
    }
    zones {
      zone
      status
    }
    devices {
      deviceType
      count
    }
  }
  gaps {
    path
    kind
    addressed
    expectedMin
    expectedMax
    expectedRequirement
    actualCount
    actualZone
    setBy {
      unitCode
      unit {
        code
        name {
          zh
          en
        }
      }
      layerCode
    }
  }
  actions {
    id
    path
    who
    what
    dueDate
    expectedEffect
    done
  }
  justifications {
    path
    text
  }
  history {
    id
    action
    actorName
    comment
    occurredAt
  }
}`) as unknown as TypedDocumentString<OpOneQuery, OpOneQueryVariables>;
export const OpPathsDocument = new TypedDocumentString(`
    query OpPaths($code: String!) {
  effectiveStandard(orgUnitCode: $code) {
    values {
      path
    }
    edition {
      positions {
        code
        name {
          zh
          en
        }
      }
      zones {
        code
        name {
          zh
          en
        }
      }
      deviceTypes {
        code
        name {
          zh
          en
        }
      }
      serviceRules {
        code
        core
        title {
          zh
          en
        }
      }
    }
    localItems {
      kind
      key
      data
    }
  }
  orgUnit(code: $code) {
    code
    category
  }
}
    `) as unknown as TypedDocumentString<OpPathsQuery, OpPathsQueryVariables>;
export const OpSaveDocument = new TypedDocumentString(`
    mutation OpSave($code: String!, $v: Int, $f: OutletFactsInput!) {
  saveOutletFacts(outletCode: $code, version: $v, facts: $f) {
    ...OpPlan
  }
}
    fragment OpPlan on OutletPlan {
  id
  status
  version
  compliant
  gapCount
  submittedAt
  submittedBy
  decidedAt
  decidedBy
  orgUnit {
    code
    category
    name {
      zh
      en
    }
    parent {
      code
    }
  }
  facts {
    floorArea
    acknowledgedRules
    staffing {
      position
      current
      target
    }
    zones {
      zone
      status
    }
    devices {
      deviceType
      count
    }
  }
  gaps {
    path
    kind
    addressed
    expectedMin
    expectedMax
    expectedRequirement
    actualCount
    actualZone
    setBy {
      unitCode
      unit {
        code
        name {
          zh
          en
        }
      }
      layerCode
    }
  }
  actions {
    id
    path
    who
    what
    dueDate
    expectedEffect
    done
  }
  justifications {
    path
    text
  }
  history {
    id
    action
    actorName
    comment
    occurredAt
  }
}`) as unknown as TypedDocumentString<OpSaveMutation, OpSaveMutationVariables>;
export const OpAddDocument = new TypedDocumentString(`
    mutation OpAdd($code: String!, $v: Int!, $a: PlanActionInput!) {
  addPlanAction(outletCode: $code, version: $v, action: $a) {
    ...OpPlan
  }
}
    fragment OpPlan on OutletPlan {
  id
  status
  version
  compliant
  gapCount
  submittedAt
  submittedBy
  decidedAt
  decidedBy
  orgUnit {
    code
    category
    name {
      zh
      en
    }
    parent {
      code
    }
  }
  facts {
    floorArea
    acknowledgedRules
    staffing {
      position
      current
      target
    }
    zones {
      zone
      status
    }
    devices {
      deviceType
      count
    }
  }
  gaps {
    path
    kind
    addressed
    expectedMin
    expectedMax
    expectedRequirement
    actualCount
    actualZone
    setBy {
      unitCode
      unit {
        code
        name {
          zh
          en
        }
      }
      layerCode
    }
  }
  actions {
    id
    path
    who
    what
    dueDate
    expectedEffect
    done
  }
  justifications {
    path
    text
  }
  history {
    id
    action
    actorName
    comment
    occurredAt
  }
}`) as unknown as TypedDocumentString<OpAddMutation, OpAddMutationVariables>;
export const OpUpdateDocument = new TypedDocumentString(`
    mutation OpUpdate($code: String!, $v: Int!, $id: ID!, $a: PlanActionInput!) {
  updatePlanAction(outletCode: $code, version: $v, actionId: $id, action: $a) {
    ...OpPlan
  }
}
    fragment OpPlan on OutletPlan {
  id
  status
  version
  compliant
  gapCount
  submittedAt
  submittedBy
  decidedAt
  decidedBy
  orgUnit {
    code
    category
    name {
      zh
      en
    }
    parent {
      code
    }
  }
  facts {
    floorArea
    acknowledgedRules
    staffing {
      position
      current
      target
    }
    zones {
      zone
      status
    }
    devices {
      deviceType
      count
    }
  }
  gaps {
    path
    kind
    addressed
    expectedMin
    expectedMax
    expectedRequirement
    actualCount
    actualZone
    setBy {
      unitCode
      unit {
        code
        name {
          zh
          en
        }
      }
      layerCode
    }
  }
  actions {
    id
    path
    who
    what
    dueDate
    expectedEffect
    done
  }
  justifications {
    path
    text
  }
  history {
    id
    action
    actorName
    comment
    occurredAt
  }
}`) as unknown as TypedDocumentString<OpUpdateMutation, OpUpdateMutationVariables>;
export const OpAcknowledgeDocument = new TypedDocumentString(`
    mutation OpAcknowledge($code: String!, $v: Int!, $r: [String!]!) {
  acknowledgeCoreRules(outletCode: $code, version: $v, rules: $r) {
    ...OpPlan
  }
}
    fragment OpPlan on OutletPlan {
  id
  status
  version
  compliant
  gapCount
  submittedAt
  submittedBy
  decidedAt
  decidedBy
  orgUnit {
    code
    category
    name {
      zh
      en
    }
    parent {
      code
    }
  }
  facts {
    floorArea
    acknowledgedRules
    staffing {
      position
      current
      target
    }
    zones {
      zone
      status
    }
    devices {
      deviceType
      count
    }
  }
  gaps {
    path
    kind
    addressed
    expectedMin
    expectedMax
    expectedRequirement
    actualCount
    actualZone
    setBy {
      unitCode
      unit {
        code
        name {
          zh
          en
        }
      }
      layerCode
    }
  }
  actions {
    id
    path
    who
    what
    dueDate
    expectedEffect
    done
  }
  justifications {
    path
    text
  }
  history {
    id
    action
    actorName
    comment
    occurredAt
  }
}`) as unknown as TypedDocumentString<OpAcknowledgeMutation, OpAcknowledgeMutationVariables>;
export const OpWithdrawDocument = new TypedDocumentString(`
    mutation OpWithdraw($code: String!, $v: Int!) {
  withdrawOutletPlan(outletCode: $code, version: $v) {
    ...OpPlan
  }
}
    fragment OpPlan on OutletPlan {
  id
  status
  version
  compliant
  gapCount
  submittedAt
  submittedBy
  decidedAt
  decidedBy
  orgUnit {
    code
    category
    name {
      zh
      en
    }
    parent {
      code
    }
  }
  facts {
    floorArea
    acknowledgedRules
    staffing {
      position
      current
      target
    }
    zones {
      zone
      status
    }
    devices {
      deviceType
      count
    }
  }
  gaps {
    path
    kind
    addressed
    expectedMin
    expectedMax
    expectedRequirement
    actualCount
    actualZone
    setBy {
      unitCode
      unit {
        code
        name {
          zh
          en
        }
      }
      layerCode
    }
  }
  actions {
    id
    path
    who
    what
    dueDate
    expectedEffect
    done
  }
  justifications {
    path
    text
  }
  history {
    id
    action
    actorName
    comment
    occurredAt
  }
}`) as unknown as TypedDocumentString<OpWithdrawMutation, OpWithdrawMutationVariables>;
export const OpRemoveDocument = new TypedDocumentString(`
    mutation OpRemove($code: String!, $v: Int!, $id: ID!) {
  removePlanAction(outletCode: $code, version: $v, actionId: $id) {
    ...OpPlan
  }
}
    fragment OpPlan on OutletPlan {
  id
  status
  version
  compliant
  gapCount
  submittedAt
  submittedBy
  decidedAt
  decidedBy
  orgUnit {
    code
    category
    name {
      zh
      en
    }
    parent {
      code
    }
  }
  facts {
    floorArea
    acknowledgedRules
    staffing {
      position
      current
      target
    }
    zones {
      zone
      status
    }
    devices {
      deviceType
      count
    }
  }
  gaps {
    path
    kind
    addressed
    expectedMin
    expectedMax
    expectedRequirement
    actualCount
    actualZone
    setBy {
      unitCode
      unit {
        code
        name {
          zh
          en
        }
      }
      layerCode
    }
  }
  actions {
    id
    path
    who
    what
    dueDate
    expectedEffect
    done
  }
  justifications {
    path
    text
  }
  history {
    id
    action
    actorName
    comment
    occurredAt
  }
}`) as unknown as TypedDocumentString<OpRemoveMutation, OpRemoveMutationVariables>;
export const OpJustifyDocument = new TypedDocumentString(`
    mutation OpJustify($code: String!, $v: Int!, $p: String!, $t: String!) {
  justifyGap(outletCode: $code, version: $v, path: $p, text: $t) {
    ...OpPlan
  }
}
    fragment OpPlan on OutletPlan {
  id
  status
  version
  compliant
  gapCount
  submittedAt
  submittedBy
  decidedAt
  decidedBy
  orgUnit {
    code
    category
    name {
      zh
      en
    }
    parent {
      code
    }
  }
  facts {
    floorArea
    acknowledgedRules
    staffing {
      position
      current
      target
    }
    zones {
      zone
      status
    }
    devices {
      deviceType
      count
    }
  }
  gaps {
    path
    kind
    addressed
    expectedMin
    expectedMax
    expectedRequirement
    actualCount
    actualZone
    setBy {
      unitCode
      unit {
        code
        name {
          zh
          en
        }
      }
      layerCode
    }
  }
  actions {
    id
    path
    who
    what
    dueDate
    expectedEffect
    done
  }
  justifications {
    path
    text
  }
  history {
    id
    action
    actorName
    comment
    occurredAt
  }
}`) as unknown as TypedDocumentString<OpJustifyMutation, OpJustifyMutationVariables>;
export const OpSubmitDocument = new TypedDocumentString(`
    mutation OpSubmit($code: String!, $v: Int!) {
  submitOutletPlan(outletCode: $code, version: $v) {
    ...OpPlan
  }
}
    fragment OpPlan on OutletPlan {
  id
  status
  version
  compliant
  gapCount
  submittedAt
  submittedBy
  decidedAt
  decidedBy
  orgUnit {
    code
    category
    name {
      zh
      en
    }
    parent {
      code
    }
  }
  facts {
    floorArea
    acknowledgedRules
    staffing {
      position
      current
      target
    }
    zones {
      zone
      status
    }
    devices {
      deviceType
      count
    }
  }
  gaps {
    path
    kind
    addressed
    expectedMin
    expectedMax
    expectedRequirement
    actualCount
    actualZone
    setBy {
      unitCode
      unit {
        code
        name {
          zh
          en
        }
      }
      layerCode
    }
  }
  actions {
    id
    path
    who
    what
    dueDate
    expectedEffect
    done
  }
  justifications {
    path
    text
  }
  history {
    id
    action
    actorName
    comment
    occurredAt
  }
}`) as unknown as TypedDocumentString<OpSubmitMutation, OpSubmitMutationVariables>;
export const OpApproveDocument = new TypedDocumentString(`
    mutation OpApprove($code: String!, $r: Int!, $c: String) {
  approveOutletPlan(outletCode: $code, revision: $r, comment: $c) {
    ...OpPlan
  }
}
    fragment OpPlan on OutletPlan {
  id
  status
  version
  compliant
  gapCount
  submittedAt
  submittedBy
  decidedAt
  decidedBy
  orgUnit {
    code
    category
    name {
      zh
      en
    }
    parent {
      code
    }
  }
  facts {
    floorArea
    acknowledgedRules
    staffing {
      position
      current
      target
    }
    zones {
      zone
      status
    }
    devices {
      deviceType
      count
    }
  }
  gaps {
    path
    kind
    addressed
    expectedMin
    expectedMax
    expectedRequirement
    actualCount
    actualZone
    setBy {
      unitCode
      unit {
        code
        name {
          zh
          en
        }
      }
      layerCode
    }
  }
  actions {
    id
    path
    who
    what
    dueDate
    expectedEffect
    done
  }
  justifications {
    path
    text
  }
  history {
    id
    action
    actorName
    comment
    occurredAt
  }
}`) as unknown as TypedDocumentString<OpApproveMutation, OpApproveMutationVariables>;
export const OpReturnDocument = new TypedDocumentString(`
    mutation OpReturn($code: String!, $r: Int!, $c: String!) {
  returnOutletPlan(outletCode: $code, revision: $r, comment: $c) {
    ...OpPlan
  }
}
    fragment OpPlan on OutletPlan {
  id
  status
  version
  compliant
  gapCount
  submittedAt
  submittedBy
  decidedAt
  decidedBy
  orgUnit {
    code
    category
    name {
      zh
      en
    }
    parent {
      code
    }
  }
  facts {
    floorArea
    acknowledgedRules
    staffing {
      position
      current
      target
    }
    zones {
      zone
      status
    }
    devices {
      deviceType
      count
    }
  }
  gaps {
    path
    kind
    addressed
    expectedMin
    expectedMax
    expectedRequirement
    actualCount
    actualZone
    setBy {
      unitCode
      unit {
        code
        name {
          zh
          en
        }
      }
      layerCode
    }
  }
  actions {
    id
    path
    who
    what
    dueDate
    expectedEffect
    done
  }
  justifications {
    path
    text
  }
  history {
    id
    action
    actorName
    comment
    occurredAt
  }
}`) as unknown as TypedDocumentString<OpReturnMutation, OpReturnMutationVariables>;
export const RoListDocument = new TypedDocumentString(`
    query RoList {
  rollouts {
    ...RoRollout
  }
}
    fragment RoRollout on Rollout {
  id
  code
  title {
    zh
    en
  }
  editionCode
  phases {
    phase
    start
    end
  }
  pilotUnitCodes
  createdBy
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<RoListQuery, RoListQueryVariables>;
export const RoOneDocument = new TypedDocumentString(`
    query RoOne($code: String!) {
  rollout(code: $code) {
    ...RoRollout
    plans {
      ...RoPlan
    }
  }
}
    fragment RoPlan on RolloutPlan {
  id
  unitCode
  status
  version
  submittedBy
  submittedAt
  decidedBy
  decidedAt
  orgUnit {
    code
    level
    name {
      zh
      en
    }
    parent {
      code
    }
  }
  phases {
    phase
    start
    end
  }
  pilotUnitCodes
  waves {
    number
    start
    end
    unitCodes
  }
  actions {
    what
    who
    dueDate
  }
  history {
    id
    action
    actorName
    comment
    occurredAt
  }
}
fragment RoRollout on Rollout {
  id
  code
  title {
    zh
    en
  }
  editionCode
  phases {
    phase
    start
    end
  }
  pilotUnitCodes
  createdBy
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<RoOneQuery, RoOneQueryVariables>;
export const RoTimelineDocument = new TypedDocumentString(`
    query RoTimeline($code: String!, $units: [String!]!) {
  rolloutTimeline(rolloutCode: $code, orgUnitCodes: $units) {
    unitCode
    phases {
      phase
      start
      end
      setBy
      late
    }
    wave {
      number
      start
      end
      setBy
      late
    }
  }
}
    `) as unknown as TypedDocumentString<RoTimelineQuery, RoTimelineQueryVariables>;
export const RoPlanOneDocument = new TypedDocumentString(`
    query RoPlanOne($code: String!, $unit: String!) {
  rolloutPlan(rolloutCode: $code, orgUnitCode: $unit) {
    ...RoPlan
  }
}
    fragment RoPlan on RolloutPlan {
  id
  unitCode
  status
  version
  submittedBy
  submittedAt
  decidedBy
  decidedAt
  orgUnit {
    code
    level
    name {
      zh
      en
    }
    parent {
      code
    }
  }
  phases {
    phase
    start
    end
  }
  pilotUnitCodes
  waves {
    number
    start
    end
    unitCodes
  }
  actions {
    what
    who
    dueDate
  }
  history {
    id
    action
    actorName
    comment
    occurredAt
  }
}`) as unknown as TypedDocumentString<RoPlanOneQuery, RoPlanOneQueryVariables>;
export const RoChildrenDocument = new TypedDocumentString(`
    query RoChildren($unit: String!) {
  orgUnit(code: $unit) {
    code
    level
    children {
      code
      level
      name {
        zh
        en
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RoChildrenQuery, RoChildrenQueryVariables>;
export const RoEditionInForceDocument = new TypedDocumentString(`
    query RoEditionInForce {
  currentStandardEdition {
    code
    title {
      zh
      en
    }
  }
}
    `) as unknown as TypedDocumentString<RoEditionInForceQuery, RoEditionInForceQueryVariables>;
export const RoPickUnitsDocument = new TypedDocumentString(`
    query RoPickUnits($filter: OrgUnitFilter!) {
  orgUnits(filter: $filter, first: 50) {
    nodes {
      code
      level
      name {
        zh
        en
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RoPickUnitsQuery, RoPickUnitsQueryVariables>;
export const RoUpdateDocument = new TypedDocumentString(`
    mutation RoUpdate($code: String!, $v: Int!, $i: UpdateRolloutInput!) {
  updateRollout(code: $code, version: $v, input: $i) {
    ...RoRollout
  }
}
    fragment RoRollout on Rollout {
  id
  code
  title {
    zh
    en
  }
  editionCode
  phases {
    phase
    start
    end
  }
  pilotUnitCodes
  createdBy
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<RoUpdateMutation, RoUpdateMutationVariables>;
export const RoLaunchDocument = new TypedDocumentString(`
    mutation RoLaunch($i: LaunchRolloutInput!) {
  launchRollout(input: $i) {
    ...RoRollout
  }
}
    fragment RoRollout on Rollout {
  id
  code
  title {
    zh
    en
  }
  editionCode
  phases {
    phase
    start
    end
  }
  pilotUnitCodes
  createdBy
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<RoLaunchMutation, RoLaunchMutationVariables>;
export const RoSaveDocument = new TypedDocumentString(`
    mutation RoSave($code: String!, $unit: String!, $v: Int, $i: RolloutPlanInput!) {
  saveRolloutPlan(rolloutCode: $code, orgUnitCode: $unit, version: $v, input: $i) {
    ...RoPlan
  }
}
    fragment RoPlan on RolloutPlan {
  id
  unitCode
  status
  version
  submittedBy
  submittedAt
  decidedBy
  decidedAt
  orgUnit {
    code
    level
    name {
      zh
      en
    }
    parent {
      code
    }
  }
  phases {
    phase
    start
    end
  }
  pilotUnitCodes
  waves {
    number
    start
    end
    unitCodes
  }
  actions {
    what
    who
    dueDate
  }
  history {
    id
    action
    actorName
    comment
    occurredAt
  }
}`) as unknown as TypedDocumentString<RoSaveMutation, RoSaveMutationVariables>;
export const RoSubmitDocument = new TypedDocumentString(`
    mutation RoSubmit($code: String!, $unit: String!, $v: Int!) {
  submitRolloutPlan(rolloutCode: $code, orgUnitCode: $unit, version: $v) {
    ...RoPlan
  }
}
    fragment RoPlan on RolloutPlan {
  id
  unitCode
  status
  version
  submittedBy
  submittedAt
  decidedBy
  decidedAt
  orgUnit {
    code
    level
    name {
      zh
      en
    }
    parent {
      code
    }
  }
  phases {
    phase
    start
    end
  }
  pilotUnitCodes
  waves {
    number
    start
    end
    unitCodes
  }
  actions {
    what
    who
    dueDate
  }
  history {
    id
    action
    actorName
    comment
    occurredAt
  }
}`) as unknown as TypedDocumentString<RoSubmitMutation, RoSubmitMutationVariables>;
export const RoWithdrawDocument = new TypedDocumentString(`
    mutation RoWithdraw($code: String!, $unit: String!, $v: Int!) {
  withdrawRolloutPlan(rolloutCode: $code, orgUnitCode: $unit, version: $v) {
    ...RoPlan
  }
}
    fragment RoPlan on RolloutPlan {
  id
  unitCode
  status
  version
  submittedBy
  submittedAt
  decidedBy
  decidedAt
  orgUnit {
    code
    level
    name {
      zh
      en
    }
    parent {
      code
    }
  }
  phases {
    phase
    start
    end
  }
  pilotUnitCodes
  waves {
    number
    start
    end
    unitCodes
  }
  actions {
    what
    who
    dueDate
  }
  history {
    id
    action
    actorName
    comment
    occurredAt
  }
}`) as unknown as TypedDocumentString<RoWithdrawMutation, RoWithdrawMutationVariables>;
export const RoApproveDocument = new TypedDocumentString(`
    mutation RoApprove($code: String!, $unit: String!, $r: Int!, $c: String) {
  approveRolloutPlan(
    rolloutCode: $code
    orgUnitCode: $unit
    revision: $r
    comment: $c
  ) {
    ...RoPlan
  }
}
    fragment RoPlan on RolloutPlan {
  id
  unitCode
  status
  version
  submittedBy
  submittedAt
  decidedBy
  decidedAt
  orgUnit {
    code
    level
    name {
      zh
      en
    }
    parent {
      code
    }
  }
  phases {
    phase
    start
    end
  }
  pilotUnitCodes
  waves {
    number
    start
    end
    unitCodes
  }
  actions {
    what
    who
    dueDate
  }
  history {
    id
    action
    actorName
    comment
    occurredAt
  }
}`) as unknown as TypedDocumentString<RoApproveMutation, RoApproveMutationVariables>;
export const RoReturnDocument = new TypedDocumentString(`
    mutation RoReturn($code: String!, $unit: String!, $r: Int!, $c: String!) {
  returnRolloutPlan(
    rolloutCode: $code
    orgUnitCode: $unit
    revision: $r
    comment: $c
  ) {
    ...RoPlan
  }
}
    fragment RoPlan on RolloutPlan {
  id
  unitCode
  status
  version
  submittedBy
  submittedAt
  decidedBy
  decidedAt
  orgUnit {
    code
    level
    name {
      zh
      en
    }
    parent {
      code
    }
  }
  phases {
    phase
    start
    end
  }
  pilotUnitCodes
  waves {
    number
    start
    end
    unitCodes
  }
  actions {
    what
    who
    dueDate
  }
  history {
    id
    action
    actorName
    comment
    occurredAt
  }
}`) as unknown as TypedDocumentString<RoReturnMutation, RoReturnMutationVariables>;
export const StdEffectiveDocument = new TypedDocumentString(`
    query StdEffective($code: String!) {
  effectiveStandard(orgUnitCode: $code) {
    orgUnit {
      code
      name {
        zh
        en
      }
      level
      category
    }
    layers {
      ...StdValueSource
    }
    edition {
      code
      title {
        zh
        en
      }
      status
      isCurrent
      version
      positions {
        ...StdPositionFields
      }
      zones {
        ...StdZoneFields
      }
      deviceTypes {
        ...StdDeviceTypeFields
      }
      customerTiers {
        code
        name {
          zh
          en
        }
      }
      serviceRules {
        code
        title {
          zh
          en
        }
        parameters {
          code
          name {
            zh
            en
          }
        }
      }
    }
    values {
      ...StdShownValue
    }
    localItems {
      kind
      key
      path
      data
      setBy {
        ...StdValueSource
      }
    }
    outletCategory {
      code
      name {
        zh
        en
      }
      description {
        zh
        en
      }
      notes {
        zh
        en
      }
      marketingStaffMin {
        value
        ...StdSourced
        overrode {
          value
          ...StdBefore
        }
      }
      salesServiceStaffMin {
        value
        ...StdSourced
        overrode {
          value
          ...StdBefore
        }
      }
      lobbyStaffTotal {
        value {
          min
          max
        }
        ...StdSourced
        overrode {
          value {
            min
            max
          }
          ...StdBefore
        }
      }
      staffing {
        position
        range {
          value {
            min
            max
          }
          ...StdSourced
          overrode {
            value {
              min
              max
            }
            ...StdBefore
          }
        }
      }
      devices {
        deviceType
        min {
          value
          ...StdSourced
          overrode {
            value
            ...StdBefore
          }
        }
      }
      smartDevices {
        value {
          code
        }
        ...StdSourced
        overrode {
          value {
            code
            name {
              zh
              en
            }
          }
          ...StdBefore
        }
      }
      zones {
        zone
        requirement {
          value
          ...StdSourced
          overrode {
            value
            ...StdBefore
          }
        }
      }
      outboundMarketing {
        value {
          zh
          en
        }
        ...StdSourced
        overrode {
          value {
            zh
            en
          }
          ...StdBefore
        }
      }
    }
  }
}
    fragment StdValueSource on ValueSource {
  unitCode
  unit {
    code
    name {
      zh
      en
    }
  }
  layerKind
  layerId
  layerCode
  revision
}
fragment StdSourced on PolicedValue {
  path
  policy
  setBy {
    ...StdValueSource
  }
}
fragment StdBefore on PolicedValue {
  setBy {
    unitCode
    unit {
      code
      name {
        zh
        en
      }
    }
    layerCode
  }
}
fragment StdShownValue on PolicedValue {
  path
  kind
  policy
  setBy {
    ...StdValueSource
  }
  ... on IntValue {
    int: value
    overrode {
      int: value
      ...StdBefore
    }
  }
  ... on RangeValue {
    range: value {
      min
      max
    }
    overrode {
      range: value {
        min
        max
      }
      ...StdBefore
    }
  }
  ... on MoneyValue {
    money: value {
      amount
      currency
    }
    overrode {
      money: value {
        amount
        currency
      }
      ...StdBefore
    }
  }
  ... on TextValue {
    text: value {
      zh
      en
    }
    overrode {
      text: value {
        zh
        en
      }
      ...StdBefore
    }
  }
  ... on TextListValue {
    texts: value {
      zh
      en
    }
    overrode {
      texts: value {
        zh
        en
      }
      ...StdBefore
    }
  }
  ... on CodeListValue {
    codes: value {
      code
      name {
        zh
        en
      }
    }
    overrode {
      codes: value {
        code
        name {
          zh
          en
        }
      }
      ...StdBefore
    }
  }
  ... on RequirementValue {
    requirement: value
    overrode {
      requirement: value
      ...StdBefore
    }
  }
}
fragment StdPositionFields on Position {
  code
  kind
  name {
    zh
    en
  }
  reportsTo
  summary {
    zh
    en
  }
  duties {
    value {
      zh
      en
    }
    policy
  }
  capabilities {
    zh
    en
  }
}
fragment StdZoneFields on Zone {
  code
  name {
    zh
    en
  }
  purpose {
    zh
    en
  }
  principles {
    zh
    en
  }
  positions
  equipment {
    value {
      code
      name {
        zh
        en
      }
    }
    policy
  }
}
fragment StdDeviceTypeFields on DeviceType {
  code
  kind
  name {
    zh
    en
  }
}`) as unknown as TypedDocumentString<StdEffectiveQuery, StdEffectiveQueryVariables>;
export const StdKindsDocument = new TypedDocumentString(`
    query StdKinds {
  standardKinds {
    kind
    listField
    saveMutation
    inputType
    keyFields
    reportKey
    auditOperations
  }
}
    `) as unknown as TypedDocumentString<StdKindsQuery, StdKindsQueryVariables>;
export const StdEditionsDocument = new TypedDocumentString(`
    query StdEditions {
  standardEditions {
    ...StdEditionSummary
  }
}
    fragment StdEditionSummary on StandardEdition {
  code
  title {
    zh
    en
  }
  summary {
    zh
    en
  }
  status
  isCurrent
  version
  createdAt
  createdBy
  updatedAt
  publishedAt
  publishedBy
  approvalState
  approvedRevision
  submittedBy
  submittedAt
  decidedBy
  decidedAt
  basedOn {
    code
    title {
      zh
      en
    }
  }
}`) as unknown as TypedDocumentString<StdEditionsQuery, StdEditionsQueryVariables>;
export const StdCreateDraftDocument = new TypedDocumentString(`
    mutation StdCreateDraft($input: CreateStandardDraftInput!) {
  createStandardDraft(input: $input) {
    ...StdEditionResult
  }
}
    fragment StdEditionSummary on StandardEdition {
  code
  title {
    zh
    en
  }
  summary {
    zh
    en
  }
  status
  isCurrent
  version
  createdAt
  createdBy
  updatedAt
  publishedAt
  publishedBy
  approvalState
  approvedRevision
  submittedBy
  submittedAt
  decidedBy
  decidedAt
  basedOn {
    code
    title {
      zh
      en
    }
  }
}
fragment StdEditionResult on StandardEdition {
  ...StdEditionSummary
  validation {
    ok
    problems {
      path
      rule
      message
    }
  }
}`) as unknown as TypedDocumentString<StdCreateDraftMutation, StdCreateDraftMutationVariables>;
export const StdUpdateEditionDocument = new TypedDocumentString(`
    mutation StdUpdateEdition($input: UpdateStandardEditionInput!) {
  updateStandardEdition(input: $input) {
    ...StdEditionResult
  }
}
    fragment StdEditionSummary on StandardEdition {
  code
  title {
    zh
    en
  }
  summary {
    zh
    en
  }
  status
  isCurrent
  version
  createdAt
  createdBy
  updatedAt
  publishedAt
  publishedBy
  approvalState
  approvedRevision
  submittedBy
  submittedAt
  decidedBy
  decidedAt
  basedOn {
    code
    title {
      zh
      en
    }
  }
}
fragment StdEditionResult on StandardEdition {
  ...StdEditionSummary
  validation {
    ok
    problems {
      path
      rule
      message
    }
  }
}`) as unknown as TypedDocumentString<StdUpdateEditionMutation, StdUpdateEditionMutationVariables>;
export const StdRemoveItemDocument = new TypedDocumentString(`
    mutation StdRemoveItem($editionCode: String!, $expectedVersion: Int!, $kind: StandardItemKind!, $code: String!) {
  removeStandardItem(
    editionCode: $editionCode
    expectedVersion: $expectedVersion
    kind: $kind
    code: $code
  ) {
    ...StdEditionResult
  }
}
    fragment StdEditionSummary on StandardEdition {
  code
  title {
    zh
    en
  }
  summary {
    zh
    en
  }
  status
  isCurrent
  version
  createdAt
  createdBy
  updatedAt
  publishedAt
  publishedBy
  approvalState
  approvedRevision
  submittedBy
  submittedAt
  decidedBy
  decidedAt
  basedOn {
    code
    title {
      zh
      en
    }
  }
}
fragment StdEditionResult on StandardEdition {
  ...StdEditionSummary
  validation {
    ok
    problems {
      path
      rule
      message
    }
  }
}`) as unknown as TypedDocumentString<StdRemoveItemMutation, StdRemoveItemMutationVariables>;
export const StdPublishDocument = new TypedDocumentString(`
    mutation StdPublish($editionCode: String!, $expectedVersion: Int!) {
  publishStandardEdition(
    editionCode: $editionCode
    expectedVersion: $expectedVersion
  ) {
    ...StdEditionResult
  }
}
    fragment StdEditionSummary on StandardEdition {
  code
  title {
    zh
    en
  }
  summary {
    zh
    en
  }
  status
  isCurrent
  version
  createdAt
  createdBy
  updatedAt
  publishedAt
  publishedBy
  approvalState
  approvedRevision
  submittedBy
  submittedAt
  decidedBy
  decidedAt
  basedOn {
    code
    title {
      zh
      en
    }
  }
}
fragment StdEditionResult on StandardEdition {
  ...StdEditionSummary
  validation {
    ok
    problems {
      path
      rule
      message
    }
  }
}`) as unknown as TypedDocumentString<StdPublishMutation, StdPublishMutationVariables>;
export const StdSubmitDocument = new TypedDocumentString(`
    mutation StdSubmit($editionCode: String!, $expectedVersion: Int!, $comment: String) {
  submitStandardEdition(
    editionCode: $editionCode
    expectedVersion: $expectedVersion
    comment: $comment
  ) {
    ...StdEditionResult
  }
}
    fragment StdEditionSummary on StandardEdition {
  code
  title {
    zh
    en
  }
  summary {
    zh
    en
  }
  status
  isCurrent
  version
  createdAt
  createdBy
  updatedAt
  publishedAt
  publishedBy
  approvalState
  approvedRevision
  submittedBy
  submittedAt
  decidedBy
  decidedAt
  basedOn {
    code
    title {
      zh
      en
    }
  }
}
fragment StdEditionResult on StandardEdition {
  ...StdEditionSummary
  validation {
    ok
    problems {
      path
      rule
      message
    }
  }
}`) as unknown as TypedDocumentString<StdSubmitMutation, StdSubmitMutationVariables>;
export const StdWithdrawDocument = new TypedDocumentString(`
    mutation StdWithdraw($editionCode: String!, $expectedVersion: Int!, $comment: String) {
  withdrawStandardEdition(
    editionCode: $editionCode
    expectedVersion: $expectedVersion
    comment: $comment
  ) {
    ...StdEditionResult
  }
}
    fragment StdEditionSummary on StandardEdition {
  code
  title {
    zh
    en
  }
  summary {
    zh
    en
  }
  status
  isCurrent
  version
  createdAt
  createdBy
  updatedAt
  publishedAt
  publishedBy
  approvalState
  approvedRevision
  submittedBy
  submittedAt
  decidedBy
  decidedAt
  basedOn {
    code
    title {
      zh
      en
    }
  }
}
fragment StdEditionResult on StandardEdition {
  ...StdEditionSummary
  validation {
    ok
    problems {
      path
      rule
      message
    }
  }
}`) as unknown as TypedDocumentString<StdWithdrawMutation, StdWithdrawMutationVariables>;
export const StdApproveDocument = new TypedDocumentString(`
    mutation StdApprove($editionCode: String!, $expectedVersion: Int!, $comment: String) {
  approveStandardEdition(
    editionCode: $editionCode
    expectedVersion: $expectedVersion
    comment: $comment
  ) {
    ...StdEditionResult
  }
}
    fragment StdEditionSummary on StandardEdition {
  code
  title {
    zh
    en
  }
  summary {
    zh
    en
  }
  status
  isCurrent
  version
  createdAt
  createdBy
  updatedAt
  publishedAt
  publishedBy
  approvalState
  approvedRevision
  submittedBy
  submittedAt
  decidedBy
  decidedAt
  basedOn {
    code
    title {
      zh
      en
    }
  }
}
fragment StdEditionResult on StandardEdition {
  ...StdEditionSummary
  validation {
    ok
    problems {
      path
      rule
      message
    }
  }
}`) as unknown as TypedDocumentString<StdApproveMutation, StdApproveMutationVariables>;
export const StdReturnDocument = new TypedDocumentString(`
    mutation StdReturn($editionCode: String!, $expectedVersion: Int!, $comment: String!) {
  returnStandardEdition(
    editionCode: $editionCode
    expectedVersion: $expectedVersion
    comment: $comment
  ) {
    ...StdEditionResult
  }
}
    fragment StdEditionSummary on StandardEdition {
  code
  title {
    zh
    en
  }
  summary {
    zh
    en
  }
  status
  isCurrent
  version
  createdAt
  createdBy
  updatedAt
  publishedAt
  publishedBy
  approvalState
  approvedRevision
  submittedBy
  submittedAt
  decidedBy
  decidedAt
  basedOn {
    code
    title {
      zh
      en
    }
  }
}
fragment StdEditionResult on StandardEdition {
  ...StdEditionSummary
  validation {
    ok
    problems {
      path
      rule
      message
    }
  }
}`) as unknown as TypedDocumentString<StdReturnMutation, StdReturnMutationVariables>;
export const StdValidationDocument = new TypedDocumentString(`
    query StdValidation($code: String!) {
  standardEdition(code: $code) {
    code
    version
    status
    approvalState
    validation {
      ok
      problems {
        path
        rule
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StdValidationQuery, StdValidationQueryVariables>;
export const StdEditionDocument = new TypedDocumentString(`
    query StdEdition($code: String!) {
  standardEdition(code: $code) {
    ...StdEditionSummary
    ...StdEditionContent
    validation {
      ok
      problems {
        path
        rule
        message
      }
    }
    history {
      id
      action
      fromState
      toState
      actorName
      comment
      revision
      occurredAt
    }
  }
}
    fragment StdOutletCategoryFields on OutletCategory {
  code
  categoryCode
  name {
    zh
    en
  }
  description {
    zh
    en
  }
  marketingStaffMin {
    value
    policy
  }
  salesServiceStaffMin {
    value
    policy
  }
  lobbyStaffTotal {
    policy
    value {
      min
      max
    }
  }
  staffing {
    position
    policy
    value {
      min
      max
    }
    note {
      zh
      en
    }
  }
  devices {
    deviceType
    value
    policy
  }
  smartDevices {
    value
    policy
  }
  zones {
    zone
    value
    policy
    note {
      zh
      en
    }
  }
  outboundMarketing {
    policy
    value {
      zh
      en
    }
  }
  notes {
    zh
    en
  }
}
fragment StdPositionFields on Position {
  code
  kind
  name {
    zh
    en
  }
  reportsTo
  summary {
    zh
    en
  }
  duties {
    value {
      zh
      en
    }
    policy
  }
  capabilities {
    zh
    en
  }
}
fragment StdZoneFields on Zone {
  code
  name {
    zh
    en
  }
  purpose {
    zh
    en
  }
  principles {
    zh
    en
  }
  positions
  equipment {
    value {
      code
      name {
        zh
        en
      }
    }
    policy
  }
}
fragment StdDeviceTypeFields on DeviceType {
  code
  kind
  name {
    zh
    en
  }
}
fragment StdCustomerTierFields on CustomerTier {
  code
  segment
  name {
    zh
    en
  }
  rule {
    zh
    en
  }
  principle {
    zh
    en
  }
  assetsFrom {
    value {
      amount
      currency
    }
    policy
  }
  assetsBelow {
    value {
      amount
      currency
    }
    policy
  }
  personalLoansFrom {
    value {
      amount
      currency
    }
    policy
  }
  thresholdPolicyReason {
    zh
    en
  }
  positions
  zones
}
fragment StdServiceRuleFields on ServiceRule {
  code
  category
  core
  title {
    zh
    en
  }
  text {
    zh
    en
  }
  parameters {
    __typename
    code
    type
    name {
      zh
      en
    }
    policy
    unit
    ... on IntParameter {
      intValue: value
    }
    ... on RangeParameter {
      range: value {
        min
        max
      }
    }
    ... on MoneyParameter {
      money: value {
        amount
        currency
      }
    }
    ... on CodeListParameter {
      codes: value {
        code
        label {
          zh
          en
        }
      }
    }
    ... on TextListParameter {
      texts: value {
        zh
        en
      }
    }
  }
}
fragment StdClassifierFields on Classifier {
  code
  kind
  name {
    zh
    en
  }
}
fragment StdEditionContent on StandardEdition {
  outletCategories {
    ...StdOutletCategoryFields
  }
  positions {
    ...StdPositionFields
  }
  zones {
    ...StdZoneFields
  }
  deviceTypes {
    ...StdDeviceTypeFields
  }
  customerTiers {
    ...StdCustomerTierFields
  }
  serviceRules {
    ...StdServiceRuleFields
  }
  classifiers {
    ...StdClassifierFields
  }
}
fragment StdEditionSummary on StandardEdition {
  code
  title {
    zh
    en
  }
  summary {
    zh
    en
  }
  status
  isCurrent
  version
  createdAt
  createdBy
  updatedAt
  publishedAt
  publishedBy
  approvalState
  approvedRevision
  submittedBy
  submittedAt
  decidedBy
  decidedAt
  basedOn {
    code
    title {
      zh
      en
    }
  }
}`) as unknown as TypedDocumentString<StdEditionQuery, StdEditionQueryVariables>;
export const StdDiffDocument = new TypedDocumentString(`
    query StdDiff($from: String!, $to: String!) {
  standardEditionDiff(from: $from, to: $to) {
    from {
      ...StdEditionSummary
      ...StdEditionLabels
    }
    to {
      ...StdEditionSummary
      ...StdEditionLabels
    }
    ...StdDiffChanges
  }
}
    fragment StdEditionLabels on StandardEdition {
  outletCategories {
    code
    name {
      zh
      en
    }
  }
  positions {
    code
    name {
      zh
      en
    }
  }
  zones {
    code
    name {
      zh
      en
    }
  }
  deviceTypes {
    code
    name {
      zh
      en
    }
  }
  customerTiers {
    code
    name {
      zh
      en
    }
  }
  serviceRules {
    code
    title {
      zh
      en
    }
  }
  classifiers {
    kind
    code
    name {
      zh
      en
    }
  }
}
fragment StdEditionSummary on StandardEdition {
  code
  title {
    zh
    en
  }
  summary {
    zh
    en
  }
  status
  isCurrent
  version
  createdAt
  createdBy
  updatedAt
  publishedAt
  publishedBy
  approvalState
  approvedRevision
  submittedBy
  submittedAt
  decidedBy
  decidedAt
  basedOn {
    code
    title {
      zh
      en
    }
  }
}
fragment StdDiffChanges on EditionDiff {
  changes {
    kind
    code
    change
    fields {
      field
      before
      after
    }
  }
}`) as unknown as TypedDocumentString<StdDiffQuery, StdDiffQueryVariables>;