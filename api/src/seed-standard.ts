/**
 * Seed entry point for the head-office standard: the one place that reads the
 * standard's demo data (seeds/standard) and turns it into the inputs the
 * standard's services take. The module itself knows no seed files.
 */
import type { MikroORM } from '@mikro-orm/postgresql';
import { bankStandard } from '../../seeds/standard/bank-standard.js';
import type { SeedParameter, SeedStandard } from '../../seeds/standard/types.js';
import { seedEdition, type EditionSeed } from './modules/standard/standard.seed.js';
import type { PlainData } from './modules/standard/standard.kind.js';
import type { RuleParameterInput } from './modules/standard/standard.types.js';

/** The seed's parameter shape (a tagged union) as the save mutation's input, with the value in the field its type names. */
export function toRuleParameter(p: SeedParameter): PlainData<RuleParameterInput> {
  const base = { code: p.code, name: p.name, policy: p.policy, type: p.value.type };
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

/** The seed's shapes as the save mutations' inputs (support roles are positions of their own kind). */
export function editionSeed(s: SeedStandard): EditionSeed {
  return {
    edition: s.edition,
    items: {
      positions: [
        ...s.positions.map((p) => ({ ...p, kind: 'POSITION' as const })),
        ...s.supportRoles.map((r) => ({ ...r, kind: 'SUPPORT_ROLE' as const, duties: { value: [], policy: 'EXTEND_ONLY' as const }, capabilities: [] })),
      ],
      zones: s.zones,
      deviceTypes: s.deviceTypes,
      outletCategories: s.categories,
      customerTiers: s.customerTiers,
      classifiers: [
        ...s.corporateKinds.map((k) => ({ ...k, kind: 'CORPORATE_KIND' as const })),
        ...s.corporateSizes.map((k) => ({ ...k, kind: 'CORPORATE_SIZE' as const })),
      ],
      serviceRules: s.serviceRules.map((r) => ({ ...r, parameters: r.parameters.map(toRuleParameter) })),
    },
  };
}

/** Loads the bank's head-office standard (HO-2026-01) unless it is there already. */
export const seedStandard = (orm: MikroORM, standard: SeedStandard = bankStandard) => seedEdition(orm, editionSeed(standard));
