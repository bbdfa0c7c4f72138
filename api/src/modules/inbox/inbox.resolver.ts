import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import DataLoader from 'dataloader';
import type { RequestContext } from '../../graphql/context.js';
import type { LoaderContext } from '../../shared/loaders.js';
import { OrgUnitView } from '../org-unit/org-unit.view.js';
import { unitById } from '../org-unit/org-unit.queries.js';
import { ItemComment } from '../approval/approval-event.entity.js';
import { Inbox, InboxItem } from './inbox.types.js';
import * as service from './inbox.service.js';

const commentLoader = ({ em }: LoaderContext) =>
  new DataLoader<string, service.LatestComment>(async (ids) => {
    const byId = await service.latestComments(em, ids);
    return ids.map((id) => byId.get(id) ?? { comment: null, itemComments: [] });
  });

/** Thin: each subject module reads its own part (see inbox.sources.ts). */
@Resolver(() => InboxItem)
export class InboxResolver {
  @Query(() => Inbox, { description: 'What awaits you, and what you sent that came back' })
  async inbox(@Ctx() ctx: RequestContext): Promise<Inbox> {
    const found = await service.inbox(ctx.em, ctx.scope);
    return { ...found, awaitingCount: found.awaitingMe.length };
  }

  @FieldResolver(() => OrgUnitView, { nullable: true, description: 'The unit that sent it (head office for its editions)' })
  orgUnit(@Root() item: InboxItem, @Ctx() ctx: RequestContext) {
    return item.unitId ? ctx.loaders.get(unitById).load(item.unitId) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The comment of its latest step: the submitter’s note while it awaits, the approver’s reason once returned' })
  async comment(@Root() item: InboxItem, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.get(commentLoader).load(item.id)).comment;
  }

  @FieldResolver(() => [ItemComment], { description: 'The approver’s comments on single values, when it came back' })
  async itemComments(@Root() item: InboxItem, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.get(commentLoader).load(item.id)).itemComments;
  }
}
