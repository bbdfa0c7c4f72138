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
import { EffectiveStandardResolver, ValueSourceResolver } from './standard/effective-standard.resolver.js';

export const entities = [
  LocalizedText, OrgUnit, AuditEvent, User, Session, SignInAttempt, SignInThrottleEntry, ApiToken,
  StandardEdition, EditionItem, ...KINDS.map((k) => k.entity),
];

export const resolvers = [OrgUnitResolver, AuditResolver, IdentityResolver, ApiTokenResolver, StandardEditionResolver, EffectiveStandardResolver, ValueSourceResolver, ...kindResolvers] as const;
