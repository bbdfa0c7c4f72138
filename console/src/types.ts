// The console's records, built on the types GraphQL Code Generator derives
// from schema/schema.graphql and the console's documents (src/gql/): what the
// API answers is never typed by hand here.

import type {
  ConsoleApiTokenFieldsFragment,
  ConsoleAuditEventsQuery,
  ConsoleUserFieldsFragment,
  LocalizedTextInput,
  OrgLevel,
  OrgUnitFieldsFragment,
  OrgUnitStatus,
  OrgUnitSummaryFieldsFragment,
  TierTwoKind,
  UserStatus,
} from './gql/graphql';

export type { OrgLevel, OrgUnitStatus, TierTwoKind, UserStatus };

/**
 * Every value of a union of strings, in the order given. The compiler refuses
 * a list that misses a value or names an unknown one, so a value the schema
 * adds shows up here as an error, not as a missing choice in a form.
 */
export const allValuesOf =
  <T extends string>() =>
  <const L extends readonly T[]>(values: L & ([T] extends [L[number]] ? unknown : { missing: Exclude<T, L[number]> })): L =>
    values;

export const ORG_LEVELS = allValuesOf<OrgLevel>()(['HEAD_OFFICE', 'TIER_ONE_BRANCH', 'TIER_TWO_BRANCH', 'OUTLET']);
export const TIER_TWO_KINDS = allValuesOf<TierTwoKind>()(['BRANCH', 'CITY_MANAGING_SUB_BRANCH']);
/**
 * 网点分类: outlet category codes are open; an edition may define any (the API
 * checks outlets' categories against the edition in force). These are the
 * bank's three today, listed large to small for display; others follow them.
 */
export type OutletCategoryCode = string;
export const OUTLET_CATEGORY_CODES: readonly string[] = ['LARGE_FULL_FUNCTION', 'MEDIUM_FULL_FUNCTION', 'GENERAL'];
/** Display order of categories: the known ones large to small, then any others by code. */
export const categoryOrder = (a: string, b: string): number => {
  const rank = (c: string) => (OUTLET_CATEGORY_CODES.includes(c) ? OUTLET_CATEGORY_CODES.indexOf(c) : OUTLET_CATEGORY_CODES.length);
  return rank(a) - rank(b) || a.localeCompare(b);
};
export const ORG_UNIT_STATUSES = allValuesOf<OrgUnitStatus>()(['OPEN', 'CLOSED']);

/** Text in Chinese and English: the schema's input shape, which is also what every text reads back as. */
export type LocalizedText = LocalizedTextInput;

/** A unit as the console reads it (OrgUnitFields), with its chain above when the show page asks. */
export type OrgUnitNode = OrgUnitFieldsFragment & { ancestors?: OrgUnitSummary[] };

/** A unit in trees and breadcrumbs (ancestors are read without status and child count). */
export type OrgUnitSummary = Pick<OrgUnitSummaryFieldsFragment, 'code' | 'name' | 'level'> &
  Partial<Pick<OrgUnitSummaryFieldsFragment, 'status' | 'childCount'>>;

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


export const USER_STATUSES = allValuesOf<UserStatus>()(['ACTIVE', 'DISABLED']);

/** A user as react-admin sees it: `id` is the username. */
export type UserRecord = Omit<ConsoleUserFieldsFragment, 'id'> & {
  id: string;
  uid: string;
  orgUnitCode: string;
};

export type ApiTokenRecord = ConsoleApiTokenFieldsFragment;

/** { field: { before, after } }; `before` is absent for a creation, `after` for a removal. */
export type AuditChanges = Record<string, { before?: unknown; after?: unknown }>;

/**
 * An audit row. `changes` is a JSON object in the schema; its shape (before
 * and after per field) is the audit trail's own convention, stated here.
 * `redactedFields` names `actorName`, `objectLabel` or `changes.<field>` when
 * withheld because it lies outside the user's scope.
 */
export type AuditEventRecord = Omit<ConsoleAuditEventsQuery['auditEvents']['nodes'][number], 'changes'> & {
  changes: AuditChanges;
};

/** What the API puts in place of a value outside the user's scope (listed in `redactedFields`). */
export const AUDIT_REDACTED = '[redacted: outside your scope]';

