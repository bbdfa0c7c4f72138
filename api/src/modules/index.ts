/** Every module's entities and resolvers, in one place for the ORM and the schema. */
import { LocalizedText } from '../shared/localized-text.js';
import { OrgUnit } from './org-unit/org-unit.entity.js';
import { OrgUnitResolver } from './org-unit/org-unit.resolver.js';
import { AuditEvent } from './audit/audit-event.entity.js';
import { AuditResolver } from './audit/audit.resolver.js';
import { Session, SignInAttempt, SignInThrottleEntry, User } from './identity/user.entity.js';
import { IdentityResolver } from './identity/identity.resolver.js';
import { ApiToken } from './api-token/api-token.entity.js';
import { ApiTokenResolver } from './api-token/api-token.resolver.js';
import { EditionItem, StandardEdition } from './standard/standard.entities.js';
import { KINDS } from './standard/standard.kinds.js';
import { StandardEditionResolver, kindResolvers } from './standard/standard.resolver.js';
import { OutletCategoriesInForceResolver, outletCategoryCatalog } from './standard/standard.categories.js';
import { provideOutletCategoryCatalog } from './org-unit/org-unit.categories.js';

// The org tree checks outlet categories against the standard without importing it.
provideOutletCategoryCatalog(outletCategoryCatalog);

export const entities = [
  LocalizedText, OrgUnit, AuditEvent, User, Session, SignInAttempt, SignInThrottleEntry, ApiToken,
  StandardEdition, EditionItem, ...KINDS.map((k) => k.entity),
];

export const resolvers = [OrgUnitResolver, AuditResolver, IdentityResolver, ApiTokenResolver, StandardEditionResolver, OutletCategoriesInForceResolver, ...kindResolvers] as const;
