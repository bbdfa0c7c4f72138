// Types mirroring the GraphQL contract.

import type { Role } from './auth/permissions';
import type { OutletCategoryCode } from './standard/types';

export const ORG_LEVELS = ['HEAD_OFFICE', 'TIER_ONE_BRANCH', 'TIER_TWO_BRANCH', 'OUTLET'] as const;
export type OrgLevel = (typeof ORG_LEVELS)[number];

export const TIER_TWO_KINDS = ['BRANCH', 'CITY_MANAGING_SUB_BRANCH'] as const;
export type TierTwoKind = (typeof TIER_TWO_KINDS)[number];

/** 网点分类: which category of the standard an outlet falls under (outlets only). */
export { OUTLET_CATEGORY_CODES, type OutletCategoryCode } from './standard/types';

export const ORG_UNIT_STATUSES = ['OPEN', 'CLOSED'] as const;
export type OrgUnitStatus = (typeof ORG_UNIT_STATUSES)[number];

export interface LocalizedText {
  zh: string;
  en: string;
}

/** A unit as the API returns it (the subset the console asks for). */
export interface OrgUnitNode {
  id: string;
  code: string;
  name: LocalizedText;
  level: OrgLevel;
  tierTwoKind: TierTwoKind | null;
  category: OutletCategoryCode | null;
  status: OrgUnitStatus;
  city: string | null;
  address: string | null;
  closedAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  childCount: number;
  parent: { code: string; name: LocalizedText; level: OrgLevel } | null;
  ancestors?: OrgUnitSummary[];
}

export interface OrgUnitSummary {
  code: string;
  name: LocalizedText;
  level: OrgLevel;
  status?: OrgUnitStatus;
  childCount?: number;
}

/** A unit as react-admin sees it: `id` is the business code, not the database id. */
export interface OrgUnitRecord extends Omit<OrgUnitNode, 'id' | 'parent'> {
  id: string;
  /** the API's own id (uuid), kept for reference */
  uid: string;
  parentCode: string | null;
  parent: OrgUnitNode['parent'];
}

/** The level a unit's parent must have, or null for the head office. */
export function parentLevelOf(level: OrgLevel | null | undefined): OrgLevel | null {
  switch (level) {
    case 'TIER_ONE_BRANCH':
      return 'HEAD_OFFICE';
    case 'TIER_TWO_BRANCH':
      return 'TIER_ONE_BRANCH';
    case 'OUTLET':
      return 'TIER_TWO_BRANCH';
    default:
      return null;
  }
}

/** The level of a unit's children, or null for outlets. */
export function childLevelOf(level: OrgLevel | null | undefined): OrgLevel | null {
  switch (level) {
    case 'HEAD_OFFICE':
      return 'TIER_ONE_BRANCH';
    case 'TIER_ONE_BRANCH':
      return 'TIER_TWO_BRANCH';
    case 'TIER_TWO_BRANCH':
      return 'OUTLET';
    default:
      return null;
  }
}

/** 1-32 characters: capital letters, digits, "_" or "-", starting with a letter or digit. */
export const CODE_PATTERN = /^[A-Z0-9][A-Z0-9_-]{0,31}$/;

// ---------------------------------------------------------------------------
// Users, API tokens and the audit trail


export const USER_STATUSES = ['ACTIVE', 'DISABLED'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

/** A user as react-admin sees it: `id` is the username. */
export interface UserRecord {
  id: string;
  uid: string;
  username: string;
  displayName: string;
  roles: Role[];
  status: UserStatus;
  orgUnit: OrgUnitSummary;
  orgUnitCode: string;
  lastSignInAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface ApiTokenRecord {
  id: string;
  name: string;
  system: string;
  prefix: string;
  scopeUnit: OrgUnitSummary;
  createdAt: string;
  createdBy: string;
  expiresAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** { field: { before, after } }; `before` is absent for a creation, `after` for a removal. */
export type AuditChanges = Record<string, { before?: unknown; after?: unknown }>;

export interface AuditEventRecord {
  id: string;
  occurredAt: string;
  actorName: string;
  operation: string;
  objectType: string;
  objectLabel: string | null;
  /** `actorName`, `objectLabel` or `changes.<field>`: withheld because it lies outside the user's scope. */
  redactedFields: string[];
  requestId: string | null;
  changes: AuditChanges;
  unit: OrgUnitSummary | null;
}

/** What the API puts in place of a value outside the user's scope (listed in `redactedFields`). */
export const AUDIT_REDACTED = '[redacted: outside your scope]';

/** Object types the audit trail records today (its operations come from the API: `auditOperations`). */
export const AUDIT_OBJECT_TYPES = ['OrgUnit', 'User', 'ApiToken'] as const;
