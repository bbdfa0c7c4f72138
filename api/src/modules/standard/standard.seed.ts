import type { MikroORM } from '@mikro-orm/postgresql';
import { StandardEdition } from './standard.entities.js';
import { KINDS, type Kind } from './standard.kinds.js';
import type { AnyKind, PlainData } from './standard.kind.js';
import { createDraft, saveItem, submitApproveAndPublish } from './standard.service.js';
import type { LocalizedText } from '../../shared/localized-text.js';
import { SYSTEM_ACTOR } from '../../shared/actor.js';
import { Scope } from '../../shared/auth/scope.js';

/**
 * An edition as data to load: its own facts and, per kind (the registry's list
 * names), its items exactly as the save mutations take them, so the compiler
 * checks every seeded row against the kind's input type.
 */
export interface EditionSeed {
  edition: { code: string; title: PlainData<LocalizedText>; summary: PlainData<LocalizedText> };
  items: { [K in Kind as K['list']]: PlainData<InstanceType<K['input']>>[] };
}

/**
 * Loads an edition through the same services as the API, under the system
 * actor: a draft, every item through saveItem (the save mutations' code path,
 * with their checks), then submit, approve and publish it (each refused if
 * the draft is invalid; the system takes every workflow step). All in one
 * transaction, so a failure leaves nothing half-loaded. Idempotent: an edition
 * with the same code is left exactly as it is. It becomes current only when no
 * edition is yet: demo data never displaces an edition people put in force.
 */
export async function seedEdition(orm: MikroORM, seed: EditionSeed): Promise<boolean> {
  const scope = new Scope(SYSTEM_ACTOR);
  return orm.em.fork().transactional(async (tx) => {
    if (await tx.count(StandardEdition, { code: seed.edition.code })) return false;
    let edition = await createDraft(tx, scope, { ...seed.edition, basedOnCode: null });
    for (const spec of KINDS as readonly AnyKind[]) {
      for (const input of (seed.items as Record<string, object[]>)[spec.list]) {
        edition = await saveItem(tx, scope, spec, edition.code, edition.version, input);
      }
    }
    await submitApproveAndPublish(tx, scope, edition.code, edition.version, { keepCurrent: true });
    return true;
  });
}
