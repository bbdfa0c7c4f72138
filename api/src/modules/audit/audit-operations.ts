import { STANDARD_AUDIT_OPERATIONS } from '../standard/standard.kinds.js';

/**
 * What an audit row is about, which decides who may still read its subject:
 * a unit (as `orgUnit(code)` would answer), a user (as `user(username)`), an
 * API token (as `apiTokens`), or head office's standard (rows kept at head
 * office, so only head-office callers read them at all), or a branch's layer
 * of the standard (a local version: readable by whoever sees its unit).
 */
export type AuditSubject = 'unit' | 'user' | 'apiToken' | 'standard' | 'layer';

export interface AuditOperationSpec {
  subject: AuditSubject;
  /** Snapshot fields naming another unit, by code (older rows may hold its id). */
  unitRefs: readonly string[];
  /**
   * Snapshot fields older rows hold but nobody is shown: internal ids and
   * materialized paths. New rows no longer write them.
   */
  internal: readonly string[];
}

const op = (subject: AuditSubject, refs: { unitRefs?: string[]; internal?: string[] } = {}): AuditOperationSpec => ({
  subject,
  unitRefs: refs.unitRefs ?? [],
  internal: refs.internal ?? [],
});

/**
 * Every operation the audit trail records, with what its snapshots refer to.
 * Recording an operation missing here fails, and the scope test walks this
 * list, so a new operation cannot reach the trail without saying which of its
 * fields point at units and being tested against a branch auditor.
 */
export const AUDIT_OPERATIONS: Readonly<Record<string, AuditOperationSpec>> = {
  'orgUnit.create': op('unit', { unitRefs: ['parentCode'] }),
  'orgUnit.update': op('unit'),
  'orgUnit.rename': op('unit'),
  'orgUnit.move': op('unit', { unitRefs: ['parentCode'], internal: ['path'] }),
  'orgUnit.close': op('unit'),
  'user.create': op('user', { unitRefs: ['orgUnitCode'] }),
  'user.update': op('user', { unitRefs: ['orgUnitCode'] }),
  'user.setPassword': op('user'),
  'user.changeOwnPassword': op('user'),
  'user.signIn': op('user', { internal: ['sessionId'] }),
  'user.signOut': op('user', { internal: ['sessionId'] }),
  'apiToken.issue': op('apiToken', { unitRefs: ['scopeUnitCode'] }),
  'apiToken.revoke': op('apiToken', { unitRefs: ['scopeUnitCode'] }),
  // The edition's own operations and each content kind's save and remove, named by the kind registry.
  ...Object.fromEntries(STANDARD_AUDIT_OPERATIONS.map((operation) => [operation, op('standard')])),
  // Branches' local versions: their edits, and every approval-workflow transition (history kept in approval_event too).
  'localVersion.create': op('layer', { unitRefs: ['orgUnitCode'] }),
  'localVersion.setValue': op('layer', { unitRefs: ['orgUnitCode'] }),
  'localVersion.clearChange': op('layer', { unitRefs: ['orgUnitCode'] }),
  'localVersion.markNotApplicable': op('layer', { unitRefs: ['orgUnitCode'] }),
  'localVersion.rebase': op('layer', { unitRefs: ['orgUnitCode'] }),
  'approval.submit': op('layer'),
  'approval.withdraw': op('layer'),
  'approval.approve': op('layer'),
  'approval.return': op('layer'),
  'approval.supersede': op('layer'),
};

export function auditOperation(operation: string): AuditOperationSpec {
  const spec = AUDIT_OPERATIONS[operation];
  if (!spec) throw new Error(`audit operation "${operation}" is not listed in AUDIT_OPERATIONS`);
  return spec;
}
