import { Arg, Args, Ctx, Field, FieldResolver, InputType, Query, Resolver, Root } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { AuditEvent, type FieldChange } from './audit-event.entity.js';
import { REDACTED, auditView } from './audit.redaction.js';
import { AUDIT_OBJECT_TYPES, AUDIT_OPERATIONS } from './audit-operations.js';
import { OrgUnit, OrgLevel } from '../org-unit/org-unit.entity.js';
import { OrgUnitView } from '../org-unit/org-unit.view.js';
import { unitById } from '../org-unit/org-unit.queries.js';
import { ConnectionType, PageArgs, fetchPage, readPageArgs, type ListOrder } from '../../shared/pagination.js';
import { forbidden, notFound } from '../../shared/errors.js';
import { Role } from '../../shared/auth/roles.js';
import type { RequestContext } from '../../graphql/context.js';

export const AuditEventConnection = ConnectionType(AuditEvent, 'AuditEvent');

/** Newest first; the id breaks ties between events of the same instant. */
const AUDIT_ORDER: ListOrder = {
  name: 'auditEvents',
  keys: [{ sql: 't.occurred_at', type: 'timestamp' }, { sql: 't.id', type: 'uuid' }],
  descending: true,
};

@InputType()
class AuditEventFilter {
  @Field(() => String, { nullable: true, description: 'Changes in this unit and below' })
  under?: string | null;

  @Field(() => String, { nullable: true, description: 'Exact actor name (username or token:<name>)' })
  actorName?: string | null;

  @Field(() => String, { nullable: true })
  objectType?: string | null;

  @Field(() => String, { nullable: true, description: 'Business key, e.g. a unit code or username' })
  objectLabel?: string | null;

  @Field(() => String, { nullable: true })
  operation?: string | null;

  @Field(() => Date, { nullable: true })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Exclusive' })
  to?: Date | null;
}

@Resolver(() => AuditEvent)
export class AuditResolver {
  @Query(() => [String], { description: 'Every operation the audit trail records (the audit registry), e.g. for a filter' })
  auditOperations() {
    return Object.keys(AUDIT_OPERATIONS);
  }

  @Query(() => [String], { description: 'Every object type audit rows name (OrgUnit, User, StandardEdition, OutletCategory…), from the audit registry, e.g. for a filter' })
  auditObjectTypes() {
    return AUDIT_OBJECT_TYPES;
  }

  @Query(() => AuditEventConnection, {
    description: 'The audit trail of your part of the network, newest first (auditors, administrators and head office)',
  })
  async auditEvents(
    @Args(() => PageArgs) pageArgs: PageArgs,
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => AuditEventFilter, { nullable: true }) filter?: AuditEventFilter,
  ) {
    const { scope, em } = ctx;
    const headOffice = scope.actor.unit?.level === OrgLevel.HEAD_OFFICE && scope.actor.kind === 'USER';
    if (!headOffice && !scope.hasRole(Role.AUDITOR, Role.ADMIN)) {
      throw forbidden('auditEvents: needs the role AUDITOR or ADMIN, or a head-office user');
    }
    const page = readPageArgs(pageArgs, AUDIT_ORDER);
    const base = em.getKnex()('audit_event as t').whereRaw(...scope.subtreeSql('t.unit_path'));
    const f = filter ?? {};
    if (f.under) {
      const unit = await em.findOne(OrgUnit, { code: f.under });
      if (!unit || !scope.canReadUnit(unit)) throw notFound('filter.under', 'unit', f.under);
      base.where('t.unit_path', 'like', unit.path + '%');
    }
    if (f.actorName) base.where('t.actor_name', f.actorName);
    if (f.objectType) base.where('t.object_type', f.objectType);
    if (f.objectLabel) base.where('t.object_label', f.objectLabel);
    if (f.operation) base.where('t.operation', f.operation);
    if (f.from) base.where('t.occurred_at', '>=', f.from);
    if (f.to) base.where('t.occurred_at', '<', f.to);
    return fetchPage(em, AuditEvent, base, page);
  }

  // What each caller reads of an event goes through one redaction (audit.redaction.ts).
  @FieldResolver(() => String, { description: `Username, \`token:<name>\` or \`system\`; "${REDACTED}" when outside your scope` })
  async actorName(@Root() event: AuditEvent, @Ctx() ctx: RequestContext): Promise<string> {
    return (await ctx.loaders.get(auditView).load(event)).actorName;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: `Business key of the object (unit code, username, token name…); "${REDACTED}" when outside your scope`,
  })
  async objectLabel(@Root() event: AuditEvent, @Ctx() ctx: RequestContext): Promise<string | null> {
    return (await ctx.loaders.get(auditView).load(event)).objectLabel;
  }

  @FieldResolver(() => GraphQLJSONObject, {
    description: `Changed fields: { field: { before, after } }. A value outside your scope (a unit it names, or anything about an object that has left your scope) reads "${REDACTED}"`,
  })
  async changes(@Root() event: AuditEvent, @Ctx() ctx: RequestContext): Promise<Record<string, FieldChange>> {
    return (await ctx.loaders.get(auditView).load(event)).changes;
  }

  @FieldResolver(() => [String], {
    description: 'What was withheld from you because it lies outside your scope: `actorName`, `objectLabel` or `changes.<field>`',
  })
  async redactedFields(@Root() event: AuditEvent, @Ctx() ctx: RequestContext): Promise<string[]> {
    return (await ctx.loaders.get(auditView).load(event)).redactedFields;
  }

  @FieldResolver(() => OrgUnitView, { nullable: true, description: 'The unit the change belongs to' })
  unit(@Root() event: AuditEvent, @Ctx() ctx: RequestContext) {
    const ids = event.unitPath.split('/').filter(Boolean);
    return ids.length ? ctx.loaders.get(unitById).load(ids[ids.length - 1]) : null;
  }
}
