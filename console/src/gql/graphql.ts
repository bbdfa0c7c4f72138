/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

export type CloseOrgUnitInput = {
  code: string;
  expectedVersion: number;
};

export type CreateOrgUnitInput = {
  address?: string | null | undefined;
  /** Outlets only: which category of the standard applies */
  category?: OutletCategoryCode | null | undefined;
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

export type CreateUserInput = {
  displayName: string;
  orgUnitCode: string;
  /** At least 15 characters; a passphrase works well */
  password: string;
  roles: Array<Role>;
  /** Lower-case letters, digits, ".", "_" or "-"; 3-64 characters */
  username: string;
};

export type IssueApiTokenInput = {
  expiresAt: string;
  name: string;
  /** The token reads this unit and everything below it */
  scopeUnitCode: string;
  /** Upper-case system code, e.g. QUEUE_MANAGEMENT */
  system: string;
};

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

/** 网点分类 outlet category */
export type OutletCategoryCode =
  /** 一般网点 */
  | 'GENERAL'
  /** 大型全功能网点 */
  | 'LARGE_FULL_FUNCTION'
  /** 中型全功能网点 */
  | 'MEDIUM_FULL_FUNCTION';

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

export type SetUserPasswordInput = {
  newPassword: string;
  username: string;
};

/** Which kind of tier-two unit: 二级分行 or 城区管辖支行 */
export type TierTwoKind =
  /** 二级分行 tier-two branch */
  | 'BRANCH'
  /** 城区管辖支行 city-managing sub-branch */
  | 'CITY_MANAGING_SUB_BRANCH';

export type UpdateOrgUnitInput = {
  /** Empty string clears it */
  address?: string | null | undefined;
  /** Outlets only */
  category?: OutletCategoryCode | null | undefined;
  /** Empty string clears it */
  city?: string | null | undefined;
  code: string;
  /** The version you edited; a newer one means someone else changed the unit */
  expectedVersion: number;
  name?: LocalizedTextInput | null | undefined;
  tierTwoKind?: TierTwoKind | null | undefined;
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

export type OrgUnitFieldsFragment = { id: string, code: string, level: OrgLevel, tierTwoKind: TierTwoKind | null, category: OutletCategoryCode | null, status: OrgUnitStatus, city: string | null, address: string | null, closedAt: string | null, version: number, createdAt: string, updatedAt: string, childCount: number, name: { zh: string, en: string }, parent: { code: string, level: OrgLevel, name: { zh: string, en: string } } | null };

export type OrgUnitSummaryFieldsFragment = { code: string, level: OrgLevel, status: OrgUnitStatus, childCount: number, name: { zh: string, en: string } };

export type ConsoleOrgUnitsQueryVariables = Exact<{
  filter?: OrgUnitFilter | null | undefined;
  first: number;
  offset?: number | null | undefined;
  after?: string | null | undefined;
  orderBy: OrgUnitOrderField;
  descending: boolean;
}>;


export type ConsoleOrgUnitsQuery = { orgUnits: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, code: string, level: OrgLevel, tierTwoKind: TierTwoKind | null, category: OutletCategoryCode | null, status: OrgUnitStatus, city: string | null, address: string | null, closedAt: string | null, version: number, createdAt: string, updatedAt: string, childCount: number, name: { zh: string, en: string }, parent: { code: string, level: OrgLevel, name: { zh: string, en: string } } | null }> } };

export type ConsoleOrgUnitQueryVariables = Exact<{
  code: string;
}>;


export type ConsoleOrgUnitQuery = { orgUnit: { id: string, code: string, level: OrgLevel, tierTwoKind: TierTwoKind | null, category: OutletCategoryCode | null, status: OrgUnitStatus, city: string | null, address: string | null, closedAt: string | null, version: number, createdAt: string, updatedAt: string, childCount: number, ancestors: Array<{ code: string, level: OrgLevel, name: { zh: string, en: string } }>, name: { zh: string, en: string }, parent: { code: string, level: OrgLevel, name: { zh: string, en: string } } | null } | null };

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


export type ConsoleCreateOrgUnitMutation = { createOrgUnit: { id: string, code: string, level: OrgLevel, tierTwoKind: TierTwoKind | null, category: OutletCategoryCode | null, status: OrgUnitStatus, city: string | null, address: string | null, closedAt: string | null, version: number, createdAt: string, updatedAt: string, childCount: number, name: { zh: string, en: string }, parent: { code: string, level: OrgLevel, name: { zh: string, en: string } } | null } };

export type ConsoleUpdateOrgUnitMutationVariables = Exact<{
  input: UpdateOrgUnitInput;
}>;


export type ConsoleUpdateOrgUnitMutation = { updateOrgUnit: { id: string, code: string, level: OrgLevel, tierTwoKind: TierTwoKind | null, category: OutletCategoryCode | null, status: OrgUnitStatus, city: string | null, address: string | null, closedAt: string | null, version: number, createdAt: string, updatedAt: string, childCount: number, name: { zh: string, en: string }, parent: { code: string, level: OrgLevel, name: { zh: string, en: string } } | null } };

export type ConsoleMoveOrgUnitMutationVariables = Exact<{
  input: MoveOrgUnitInput;
}>;


export type ConsoleMoveOrgUnitMutation = { moveOrgUnit: { id: string, code: string, level: OrgLevel, tierTwoKind: TierTwoKind | null, category: OutletCategoryCode | null, status: OrgUnitStatus, city: string | null, address: string | null, closedAt: string | null, version: number, createdAt: string, updatedAt: string, childCount: number, ancestors: Array<{ code: string, level: OrgLevel, name: { zh: string, en: string } }>, name: { zh: string, en: string }, parent: { code: string, level: OrgLevel, name: { zh: string, en: string } } | null } };

export type ConsoleCloseOrgUnitMutationVariables = Exact<{
  input: CloseOrgUnitInput;
}>;


export type ConsoleCloseOrgUnitMutation = { closeOrgUnit: { id: string, code: string, level: OrgLevel, tierTwoKind: TierTwoKind | null, category: OutletCategoryCode | null, status: OrgUnitStatus, city: string | null, address: string | null, closedAt: string | null, version: number, createdAt: string, updatedAt: string, childCount: number, name: { zh: string, en: string }, parent: { code: string, level: OrgLevel, name: { zh: string, en: string } } | null } };

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

export type ConsoleAuditOperationsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleAuditOperationsQuery = { auditOperations: Array<string> };

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
export const ConsoleAuditOperationsDocument = new TypedDocumentString(`
    query ConsoleAuditOperations {
  auditOperations
}
    `) as unknown as TypedDocumentString<ConsoleAuditOperationsQuery, ConsoleAuditOperationsQueryVariables>;