/** Every module's entities and resolvers, in one place for the ORM and the schema. */
import { LocalizedText } from '../shared/localized-text.js';
import { Bookkept } from '../shared/bookkeeping.js';
import { OrgUnit } from './org-unit/org-unit.entity.js';
import { OrgUnitResolver } from './org-unit/org-unit.resolver.js';
import { AuditEvent } from './audit/audit-event.entity.js';
import { AuditResolver } from './audit/audit.resolver.js';
import { User } from './user/user.entity.js';
import { UserResolver } from './user/user.resolver.js';
import { provideUserSessions } from './user/user.sessions.js';
import { Session, SignInAttempt, SignInThrottleEntry } from './session/session.entity.js';
import { SessionResolver } from './session/session.resolver.js';
import { sessionsOfUsers } from './session/session.service.js';
import { ApiToken } from './api-token/api-token.entity.js';
import { ApiTokenResolver } from './api-token/api-token.resolver.js';
import { EditionItem, StandardEdition } from './standard/standard.entities.js';
import { KINDS } from './standard/standard.kinds.js';
import { StandardEditionResolver, kindResolvers } from './standard/standard.resolver.js';
import { EffectiveStandardResolver, ValueSourceResolver } from './standard/effective-standard.resolver.js';
import { OutletCategoriesInForceResolver, outletCategoryCatalog } from './standard/standard.categories.js';
import { provideOutletCategoryCatalog } from './org-unit/org-unit.categories.js';
import { provideOutletPlacementListener } from './org-unit/org-unit.ports.js';
import { provideEditionPublishedListener, provideLocalLayerSource, provideStandardInForceListener } from './standard/standard.ports.js';
import { ApprovalEvent } from './approval/approval-event.entity.js';
import { Reviewed } from './approval/reviewed.js';
import { LocalVersion } from './local-version/local-version.entity.js';
import { InboxResolver } from './inbox/inbox.resolver.js';
import { LocalVersionResolver, localItemResolvers } from './local-version/local-version.resolver.js';
import { approvedLayers, rebaseOnto } from './local-version/local-version.service.js';
import { ImpactComplianceResolver, ImpactResolver } from './impact/impact.resolver.js';
import { OutletPlan } from './outlet-plan/outlet-plan.entity.js';
import { OutletPlanResolver } from './outlet-plan/outlet-plan.resolver.js';
import { refreshGapSummaries } from './outlet-plan/gap-summaries.js';
import { ComplianceResolver, ComplianceRolloutResolver } from './compliance/compliance.resolver.js';
import { ComplianceTally } from './compliance/compliance-tally.entity.js';
import { Rollout, RolloutOutletWave, RolloutPlan } from './rollout/rollout.entity.js';
import { RolloutPlanResolver, RolloutResolver } from './rollout/rollout.resolver.js';

// Ports, wired once here so dependencies run one way: the org tree checks
// outlet categories against the standard without importing it, and user
// administration ends sessions without importing the session module.
provideOutletCategoryCatalog(outletCategoryCatalog);
provideUserSessions(sessionsOfUsers);
// The effective standard folds branches' approved local versions, and publishing
// an edition re-bases them, without the standard importing local versions.
provideLocalLayerSource({ approvedLayers });
// Approving a local version, publishing an edition, recategorizing an outlet
// or moving a unit changes what the outlets below are measured against: their
// plans' stored gap summaries follow in the same transaction, without the
// standard or the org tree importing outlet plans.
provideOutletPlacementListener({
  async outletsPlacedAnew(tx, below) {
    await refreshGapSummaries(tx, below);
  },
});
provideStandardInForceListener({
  async standardInForceChanged(tx, below) {
    await refreshGapSummaries(tx, below);
  },
});
provideEditionPublishedListener({
  async editionPublished(tx, scope, edition) {
    // Re-based first: conflicting local changes stop applying, and the summaries must measure what applies.
    await rebaseOnto(tx, scope, edition);
    await refreshGapSummaries(tx, null);
  },
});

export const entities = [
  LocalizedText, Bookkept, OrgUnit, AuditEvent, User, Session, SignInAttempt, SignInThrottleEntry, ApiToken,
  StandardEdition, EditionItem, ...KINDS.map((k) => k.entity), Reviewed, ApprovalEvent, LocalVersion, OutletPlan, ComplianceTally, Rollout, RolloutPlan, RolloutOutletWave,
];

export const resolvers = [OrgUnitResolver, AuditResolver, SessionResolver, UserResolver, ApiTokenResolver, StandardEditionResolver, EffectiveStandardResolver, ValueSourceResolver, OutletCategoriesInForceResolver, LocalVersionResolver, InboxResolver, ImpactResolver, ImpactComplianceResolver, OutletPlanResolver, ComplianceResolver, ComplianceRolloutResolver, RolloutResolver, RolloutPlanResolver, ...kindResolvers, ...localItemResolvers] as const;
