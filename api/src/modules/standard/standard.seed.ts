import type { MikroORM } from '@mikro-orm/postgresql';
import { bankStandard } from '../../../../seeds/standard/bank-standard.js';
import type { SeedParameter, SeedStandard } from '../../../../seeds/standard/types.js';
import {
  Classifier,
  CustomerTier,
  DeviceType,
  OutletCategory,
  Position,
  ServiceRule,
  StandardEdition,
  Zone,
} from './standard.entities.js';
import { ClassifierKind, EditionStatus, ParameterType, Policy, PositionKind, type RuleParameter } from './standard.types.js';
import { recordAudit } from '../audit/audit.service.js';
import { SYSTEM_ACTOR } from '../../shared/actor.js';

/** The seed's parameter shape (a tagged union) as the stored, flattened one. */
export function toRuleParameter(p: SeedParameter): RuleParameter {
  const base = { code: p.code, name: p.name, policy: p.policy as Policy, type: p.value.type as ParameterType };
  switch (p.value.type) {
    case 'INTEGER':
      return { ...base, unit: p.value.unit, intValue: p.value.value };
    case 'RANGE':
      return { ...base, unit: p.value.unit, range: p.value.value };
    case 'MONEY':
      return { ...base, money: p.value.value };
    case 'CODE_LIST': {
      const labels = p.value.labels;
      return { ...base, codes: p.value.value.map((code) => ({ code, label: labels[code] })) };
    }
    case 'TEXT_LIST':
      return { ...base, texts: p.value.value };
  }
}

/**
 * Loads the bank's head-office standard as a published edition, current unless
 * another edition already is. Idempotent: an edition with the same code is left
 * exactly as it is. Content is written while the edition is still a draft
 * (the database refuses content for published editions), then it is published.
 */
export async function seedStandard(orm: MikroORM, standard: SeedStandard = bankStandard): Promise<boolean> {
  const em = orm.em.fork();
  return em.transactional(async (tx) => {
    if (await tx.count(StandardEdition, { code: standard.edition.code })) return false;
    const edition = tx.create(StandardEdition, {
      code: standard.edition.code,
      title: standard.edition.title,
      summary: standard.edition.summary,
      createdBy: SYSTEM_ACTOR.name,
    } as never);
    await tx.flush();
    const add = (entity: unknown, data: object) => tx.create(entity as never, { ...data, edition } as never);
    for (const p of standard.positions) add(Position, { ...p, kind: PositionKind.POSITION });
    for (const r of standard.supportRoles) {
      add(Position, { code: r.code, name: r.name, kind: PositionKind.SUPPORT_ROLE, duties: [], capabilities: [], dutiesPolicy: Policy.EXTEND_ONLY });
    }
    for (const z of standard.zones) add(Zone, z);
    for (const d of standard.deviceTypes) add(DeviceType, d);
    for (const c of standard.categories) add(OutletCategory, { ...c, staffing: c.staffing.map((s) => ({ note: null, ...s })) });
    for (const t of standard.customerTiers) add(CustomerTier, t);
    for (const k of standard.corporateKinds) add(Classifier, { ...k, kind: ClassifierKind.CORPORATE_KIND });
    for (const s of standard.corporateSizes) add(Classifier, { ...s, kind: ClassifierKind.CORPORATE_SIZE });
    for (const r of standard.serviceRules) add(ServiceRule, { ...r, parameters: r.parameters.map(toRuleParameter) });
    await tx.flush();

    const hasCurrent = (await tx.count(StandardEdition, { isCurrent: true })) > 0;
    edition.status = EditionStatus.PUBLISHED;
    edition.publishedAt = new Date();
    edition.publishedBy = SYSTEM_ACTOR.name;
    edition.isCurrent = !hasCurrent;
    recordAudit(tx, SYSTEM_ACTOR, {
      operation: 'standardEdition.publish',
      objectType: 'StandardEdition',
      objectId: edition.id,
      objectLabel: edition.code,
      unitPath: '/',
      after: { code: edition.code, status: edition.status, isCurrent: edition.isCurrent, source: 'seed' },
    });
    await tx.flush();
    return true;
  });
}
