/**
 * Who may do what with the head-office standard (mirrors the API): everyone
 * signed in reads published editions (head office also sees drafts); only a
 * head-office STANDARDS_AUTHOR starts, edits, submits and publishes drafts;
 * a head-office APPROVER who did not submit a draft approves or returns it.
 * Only a draft or a returned draft changes, and only an approved one is published.
 */
import { usePermissions } from 'react-admin';
import type { Permissions } from '../../auth/permissions';

interface EditionLike {
  status?: string;
  /** Where the draft stands in the approval workflow (absent on records that do not say). */
  approvalState?: string;
  /** Who made the current submission (a username). */
  submittedBy?: string | null;
}

/** Workflow states in which the author may still change the draft (the API's workflow.ts). */
const EDITABLE_STATES = ['DRAFT', 'RETURNED'];

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
      return (
        isStandardsAuthor(p) &&
        (!record || record.status === undefined || record.status === 'DRAFT') &&
        (!record?.approvalState || EDITABLE_STATES.includes(record.approvalState))
      );
    case 'publish':
      return isStandardsAuthor(p) && record?.status === 'DRAFT' && record.approvalState === 'APPROVED';
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

export type EditionStep = 'submit' | 'withdraw' | 'approve' | 'return';

/**
 * The workflow steps the user may take on a draft: its authors submit (a
 * draft or a returned one) and withdraw (until it is approved); head
 * office's approvers approve or return a submitted draft, never their own
 * submission.
 */
export function editionSteps(p: Permissions | null | undefined, username: string | undefined, record: EditionLike | null | undefined): EditionStep[] {
  if (!p || p.readOnly || p.unit?.level !== 'HEAD_OFFICE' || !record || record.status !== 'DRAFT') return [];
  const state = record.approvalState ?? 'DRAFT';
  const steps: EditionStep[] = [];
  if (isStandardsAuthor(p) && EDITABLE_STATES.includes(state)) steps.push('submit');
  if (isStandardsAuthor(p) && [...EDITABLE_STATES, 'SUBMITTED'].includes(state)) steps.push('withdraw');
  if (p.roles.includes('APPROVER') && state === 'SUBMITTED' && record.submittedBy !== username) steps.push('approve', 'return');
  return steps;
}
