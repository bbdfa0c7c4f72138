/**
 * Who may do what with the head-office standard (mirrors the API): everyone
 * signed in reads published editions (head office also sees drafts); only a
 * head-office STANDARDS_AUTHOR starts, edits and publishes drafts, and only
 * drafts change.
 */
import { usePermissions } from 'react-admin';
import type { Permissions } from '../../auth/permissions';

interface EditionLike {
  status?: string;
}

/** Actions on the standard: react-admin's plus 'publish' and 'author' (edit the content). */
export type StandardAction = 'list' | 'show' | 'export' | 'create' | 'edit' | 'author' | 'publish' | 'delete' | 'clone' | string;

export function isStandardsAuthor(p: Permissions | null | undefined): boolean {
  return !!p && !p.readOnly && p.roles.includes('STANDARDS_AUTHOR') && p.unit?.level === 'HEAD_OFFICE';
}

/** can() for the standard-editions resource (see auth/permissions.ts). */
export function canStandard(p: Permissions | null | undefined, action: StandardAction, record?: EditionLike): boolean {
  if (!p || !p.unit) return false;
  switch (action) {
    case 'list':
    case 'show':
      return true;
    case 'create':
      return isStandardsAuthor(p);
    case 'edit':
    case 'author':
    case 'publish':
      return isStandardsAuthor(p) && (!record || record.status === undefined || record.status === 'DRAFT');
    default:
      return false; // editions are never deleted; a new draft is started instead of cloning
  }
}

/** Whether the signed-in user may change this edition (false while permissions load). */
export function useCanAuthor(record?: EditionLike | null): boolean {
  const { permissions } = usePermissions<Permissions>();
  return !!record && canStandard(permissions, 'author', record);
}

/** Whether the signed-in user may start drafts. */
export function useIsStandardsAuthor(): boolean {
  const { permissions } = usePermissions<Permissions>();
  return isStandardsAuthor(permissions);
}
