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
  /** What its rows name as `objectType`: the kind of thing changed (OrgUnit, User, OutletCategory…). */
  objectType: string;
  /** Snapshot fields naming another unit, by code (older rows may hold its id). */
  unitRefs: readonly string[];
  /**
   * Snapshot fields older rows hold but nobody is shown: internal ids and
   * materialized paths. New rows no longer write them.
   */
  internal: readonly string[];
}

const op = (subject: AuditSubject, objectType: string, refs: { unitRefs?: string[]; internal?: string[] } = {}): AuditOperationSpec => ({
  subject,
  objectType,
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
  'orgUnit.create': op('unit', 'OrgUnit', { unitRefs: ['parentCode'] }),
  'orgUnit.update': op('unit', 'OrgUnit'),
  'orgUnit.rename': op('unit', 'OrgUnit'),
  'orgUnit.move': op('unit', 'OrgUnit', { unitRefs: ['parentCode'], internal: ['path'] }),
  'orgUnit.close': op('unit', 'OrgUnit'),
  'user.create': op('user', 'User', { unitRefs: ['orgUnitCode'] }),
  'user.update': op('user', 'User', { unitRefs: ['orgUnitCode'] }),
  'user.setPassword': op('user', 'User'),
  'user.changeOwnPassword': op('user', 'User'),
  'user.signIn': op('user', 'User', { internal: ['sessionId'] }),
  'user.signOut': op('user', 'User', { internal: ['sessionId'] }),
  'apiToken.issue': op('apiToken', 'ApiToken', { unitRefs: ['scopeUnitCode'] }),
  'apiToken.revoke': op('apiToken', 'ApiToken', { unitRefs: ['scopeUnitCode'] }),
  // The edition's own operations and each content kind's save and remove, named by the kind registry.
  ...Object.fromEntries(STANDARD_AUDIT_OPERATIONS.map(({ operation, objectType }) => [operation, op('standard', objectType)])),
  // Branches' local versions: their edits, and every approval-workflow transition (history kept in approval_event too).
  // Each workflow subject has its own transition operations (approval.* for local versions, outletPlan.* for plans; approval.service.ts).
  'localVersion.create': op('layer', 'LocalVersion', { unitRefs: ['orgUnitCode'] }),
  'localVersion.setValue': op('layer', 'LocalVersion', { unitRefs: ['orgUnitCode'] }),
  'localVersion.clearChange': op('layer', 'LocalVersion', { unitRefs: ['orgUnitCode'] }),
  'localVersion.markNotApplicable': op('layer', 'LocalVersion', { unitRefs: ['orgUnitCode'] }),
  'localVersion.addItem': op('layer', 'LocalVersion', { unitRefs: ['orgUnitCode'] }),
  'localVersion.removeItem': op('layer', 'LocalVersion', { unitRefs: ['orgUnitCode'] }),
  'localVersion.rebase': op('layer', 'LocalVersion', { unitRefs: ['orgUnitCode'] }),
  'approval.submit': op('layer', 'LocalVersion'),
  'approval.withdraw': op('layer', 'LocalVersion'),
  'approval.approve': op('layer', 'LocalVersion'),
  'approval.return': op('layer', 'LocalVersion'),
  'approval.supersede': op('layer', 'LocalVersion'),
  // Outlets' implementation plans: their edits, and their workflow transitions (approval.* name LocalVersion rows, one type per operation).
  'outletPlan.saveFacts': op('layer', 'OutletPlan'),
  'outletPlan.addAction': op('layer', 'OutletPlan'),
  'outletPlan.updateAction': op('layer', 'OutletPlan'),
  'outletPlan.removeAction': op('layer', 'OutletPlan'),
  'outletPlan.justifyGap': op('layer', 'OutletPlan'),
  'outletPlan.acknowledgeRules': op('layer', 'OutletPlan'),
  'outletPlan.submit': op('layer', 'OutletPlan'),
  'outletPlan.withdraw': op('layer', 'OutletPlan'),
  'outletPlan.approve': op('layer', 'OutletPlan'),
  'outletPlan.return': op('layer', 'OutletPlan'),
  'outletPlan.supersede': op('layer', 'OutletPlan'),
  'rollout.launch': op('layer', 'Rollout'),
  'rollout.update': op('layer', 'Rollout'),
  'rolloutPlan.save': op('layer', 'RolloutPlan'),
  'rolloutPlan.submit': op('layer', 'RolloutPlan'),
  'rolloutPlan.withdraw': op('layer', 'RolloutPlan'),
  'rolloutPlan.approve': op('layer', 'RolloutPlan'),
  'rolloutPlan.return': op('layer', 'RolloutPlan'),
  'rolloutPlan.supersede': op('layer', 'RolloutPlan'),
};

/** Every object type audit rows name, in registry order: what the audit trail can be filtered by. */
export const AUDIT_OBJECT_TYPES: readonly string[] = [...new Set(Object.values(AUDIT_OPERATIONS).map((o) => o.objectType))];

export function auditOperation(operation: string): AuditOperationSpec {
  const spec = AUDIT_OPERATIONS[operation];
  if (!spec) throw new Error(`audit operation "${operation}" is not listed in AUDIT_OPERATIONS`);
  return spec;
}
