/** Every module's entities and resolvers, in one place for the ORM and the schema. */
import { LocalizedText } from '../shared/localized-text.js';
import { OrgUnit } from './org-unit/org-unit.entity.js';
import { OrgUnitResolver } from './org-unit/org-unit.resolver.js';
import { AuditEvent } from './audit/audit-event.entity.js';

export const entities = [LocalizedText, OrgUnit, AuditEvent];

export const resolvers = [OrgUnitResolver] as const;
