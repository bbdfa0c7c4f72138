import type { EntityManager } from '@mikro-orm/postgresql';
import { Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { OutletCategory } from './standard.entities.js';
import type { OutletCategoryCatalog } from '../org-unit/org-unit.categories.js';

/** The outlet categories of the edition in force, by code (as an edition lists its content); one statement. */
export function outletCategoriesInForce(em: EntityManager): Promise<OutletCategory[]> {
  return em.find(OutletCategory, { edition: { isCurrent: true } }, { populate: ['edition'], orderBy: { code: 'asc' } });
}

/** What the org-unit module checks an outlet's category against. */
export const outletCategoryCatalog: OutletCategoryCatalog = {
  async inForce(em) {
    const categories = await outletCategoriesInForce(em);
    if (!categories.length) return null;
    return { editionCode: categories[0].edition.getEntity().code, codes: categories.map((c) => c.code) };
  },
};

@Resolver()
export class OutletCategoriesInForceResolver {
  @Query(() => [OutletCategory], {
    description: 'The outlet categories of the edition in force: the codes an outlet’s `category` may take (empty while no edition is in force)',
  })
  outletCategoriesInForce(@Ctx() ctx: RequestContext) {
    return outletCategoriesInForce(ctx.em);
  }
}
