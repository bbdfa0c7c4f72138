/**
 * Who may see and change what in the console: the one place these rules live.
 *
 * The API decides (scope.ts and the guard there); this mirrors its rules so the
 * console offers only what the API would allow. It is used two ways, both
 * through `can()` below:
 *  - authProvider.canAccess, which react-admin itself asks for menus, list /
 *    show / edit / create pages and its stock buttons (CreateButton, EditButton…);
 *  - `useCan()`, for the console's own buttons (move, close, add child, set
 *    password, issue and revoke tokens, the tree's "+").
 *
 * What a user sees: their own unit, everything below it and the chain of units
 * above it. What they may change: only inside their own subtree, and only with
 * the right role.
 */
import { usePermissions } from 'react-admin';
import { canStandard } from '../resources/standard-editions/permissions';
import type { Role } from '../gql/graphql';
import { allValuesOf, type LocalizedText, type OrgLevel } from '../types';

export type { Role };
export const ROLES = allValuesOf<Role>()(['STANDARDS_AUTHOR', 'BRANCH_STAFF', 'OUTLET_HEAD', 'APPROVER', 'AUDITOR', 'ADMIN']);

export interface UnitRef {
  code: string;
  name: LocalizedText;
  level: OrgLevel;
}

/** What getPermissions returns. */
export interface Permissions {
  roles: Role[];
  /** the signed-in user's own unit, and the chain of units above it (head office first) */
  unit: { code: string; level: OrgLevel; name: LocalizedText; ancestors: UnitRef[] } | null;
  /** API tokens are read-only; a signed-in person is not */
  readOnly: boolean;
}

/** The resources of the console (react-admin resource names). */
export const RESOURCES = {
  orgUnits: 'org-units',
  users: 'users',
  apiTokens: 'api-tokens',
  auditEvents: 'audit-events',
  standardEditions: 'standard-editions',
  localVersions: 'local-versions',
  outletPlans: 'outlet-plans',
  rollouts: 'rollouts',
  outletGaps: 'outlet-gaps',
} as const;

/**
 * Actions react-admin asks about ('list', 'show', 'create', 'edit', 'delete',
 * 'export', 'clone') plus the console's own ones.
 */
export type Action =
  | 'list'
  | 'show'
  | 'create'
  | 'edit'
  | 'delete'
  | 'export'
  | 'clone'
  | 'move'
  | 'close'
  | 'add-child'
  | 'set-password'
  | 'revoke';

const hasRole = (p: Permissions, ...roles: Role[]) => roles.some((r) => p.roles.includes(r));

/**
 * Whether a unit lies in the user's own subtree. Everything the user can see is
 * either there or on the chain above, so a unit is in the subtree unless it is
 * one of the ancestors.
 */
export function inOwnSubtree(p: Permissions, unitCode: string | null | undefined): boolean {
  if (!p.unit || !unitCode) return false;
  return !p.unit.ancestors.some((a) => a.code === unitCode);
}

interface RecordLike {
  id?: unknown;
  code?: string;
  status?: string;
  orgUnit?: { code?: string } | null;
  scopeUnit?: { code?: string } | null;
  revokedAt?: string | null;
}

/** True when the user may do `action` on `resource` (on `record`, if given). */
export function can(p: Permissions | null | undefined, action: string, resource: string, record?: RecordLike): boolean {
  if (!p || !p.unit) return false;
  const write = !['list', 'show', 'export'].includes(action);
  if (write && p.readOnly) return false;

  switch (resource) {
    case RESOURCES.orgUnits: {
      if (!write) return true; // scope is applied by the API: whatever it returns may be read
      if (!hasRole(p, 'ADMIN')) return false;
      if (action === 'create') return true;
      if (!record) return ['edit', 'move', 'close', 'add-child'].includes(action);
      const code = record.code ?? (record.id == null ? undefined : String(record.id));
      const open = record.status !== 'CLOSED';
      switch (action) {
        case 'edit':
        case 'move':
        case 'close':
        case 'add-child':
          return open && inOwnSubtree(p, code);
        default:
          return false; // units are closed, never deleted
      }
    }
    case RESOURCES.users: {
      if (!write) return hasRole(p, 'ADMIN', 'AUDITOR');
      if (!['create', 'edit', 'set-password'].includes(action)) return false; // users are disabled, never deleted
      return hasRole(p, 'ADMIN');
    }
    case RESOURCES.apiTokens: {
      if (action === 'list' || action === 'export') return hasRole(p, 'ADMIN', 'AUDITOR');
      if (action === 'create') return hasRole(p, 'ADMIN');
      if (action === 'revoke') return hasRole(p, 'ADMIN') && !record?.revokedAt;
      return false; // no page per token, and tokens are revoked rather than edited
    }
    case RESOURCES.auditEvents: {
      if (write) return false; // the audit trail is never edited
      return hasRole(p, 'AUDITOR', 'ADMIN') || p.unit.level === 'HEAD_OFFICE';
    }
    case RESOURCES.standardEditions:
      return canStandard(p, action, record); // resources/standard-editions/permissions.ts
    case RESOURCES.localVersions:
      return canLocalVersion(p, action, record);
    case RESOURCES.outletPlans:
    case RESOURCES.outletGaps:
      // The branches' lists of their outlets' plans and gaps (an outlet head has the wizard for their own); plans are written there, never here.
      return (action === 'list' || action === 'export') && p.unit.level !== 'OUTLET';
    case RESOURCES.rollouts:
      // Everyone signed in reads rollouts (they are head office's); head office's standards authors launch and edit them (from the show page).
      if (!write) return true;
      return (action === 'create' || action === 'edit') && p.unit.level === 'HEAD_OFFICE' && hasRole(p, 'STANDARDS_AUTHOR');
    default:
      return false;
  }
}

/**
 * Local versions: the list (and its menu entry) is for the units that have or
 * approve them, head office and the branches; an outlet has none, but its
 * head may still open the version that set a value they see ('show'; the API
 * answers only what they may read). Tier-one and tier-two branch staff start
 * and edit their own unit's drafts (and returned ones).
 */
function canLocalVersion(p: Permissions, action: string, record?: RecordLike): boolean {
  if (action === 'show') return true;
  if (action === 'list' || action === 'export') return p.unit?.level !== 'OUTLET';
  const branch = p.unit?.level === 'TIER_ONE_BRANCH' || p.unit?.level === 'TIER_TWO_BRANCH';
  if (!branch || !hasRole(p, 'BRANCH_STAFF')) return false;
  if (action === 'create') return true;
  if (action === 'edit') return !record || (record.orgUnit?.code === p.unit?.code && ['DRAFT', 'RETURNED'].includes(String(record.status)));
  return false;
}

/** May the user approve or return versions sent up from the unit `unitCode` (directly below theirs)? */
export function canDecide(p: Permissions | null | undefined, parentCode: string | null | undefined): boolean {
  return !!p?.unit && !p.readOnly && hasRole(p, 'APPROVER') && p.unit.code === parentCode;
}

/**
 * Whether the user has an approval inbox: branch staff (their versions come
 * back to them), outlet heads (their returned plans) and approvers (what the
 * units below send up awaits them).
 */
export function hasInbox(p: Permissions | null | undefined): boolean {
  return !!p?.unit && !p.readOnly && hasRole(p, 'BRANCH_STAFF', 'APPROVER', 'OUTLET_HEAD');
}

/** The signed-in user's permissions (undefined while they load). */
export function useConsolePermissions() {
  const { permissions, isPending } = usePermissions<Permissions>();
  return { permissions: permissions as Permissions | undefined, isPending };
}

/**
 * `can()` for the current user, for the console's own buttons. False while the
 * permissions load, so nothing flashes up that then disappears.
 */
export function useCan(action: Action, resource: string, record?: RecordLike): boolean {
  const { permissions } = useConsolePermissions();
  return can(permissions, action, resource, record);
}
