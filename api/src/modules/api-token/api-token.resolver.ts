import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ApiToken } from './api-token.entity.js';
import * as service from './api-token.service.js';
import { OrgUnitView } from '../org-unit/org-unit.view.js';
import { unitById } from '../org-unit/org-unit.queries.js';
import { ConnectionType, PageArgs, readPageArgs } from '../../shared/pagination.js';
import type { RequestContext } from '../../graphql/context.js';

export const ApiTokenConnection = ConnectionType(ApiToken, 'ApiToken');

@InputType()
class IssueApiTokenInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'Upper-case system code, e.g. QUEUE_MANAGEMENT' })
  system!: string;

  @Field(() => String, { description: 'The token reads this unit and everything below it' })
  scopeUnitCode!: string;

  @Field(() => Date)
  expiresAt!: Date;
}

@ObjectType()
class IssuedApiToken {
  @Field(() => String, { description: 'The secret, shown this once: send it as `Authorization: Bearer <token>`' })
  token!: string;

  @Field(() => ApiToken)
  apiToken!: ApiToken;
}

@Resolver(() => ApiToken)
export class ApiTokenResolver {
  @Query(() => ApiTokenConnection, { description: 'Integration tokens scoped inside your unit (administrators and auditors)' })
  apiTokens(@Args(() => PageArgs) pageArgs: PageArgs, @Ctx() ctx: RequestContext) {
    return service.listApiTokens(ctx.em, ctx.scope, readPageArgs(pageArgs, service.API_TOKEN_ORDER));
  }

  @Mutation(() => IssuedApiToken, { description: 'Issues a read-only token for an integrating system' })
  issueApiToken(@Arg('input', () => IssueApiTokenInput) input: IssueApiTokenInput, @Ctx() ctx: RequestContext) {
    return service.issueApiToken(ctx.em, ctx.scope, input);
  }

  @Mutation(() => ApiToken)
  revokeApiToken(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return service.revokeApiToken(ctx.em, ctx.scope, id);
  }

  @FieldResolver(() => OrgUnitView)
  scopeUnit(@Root() token: ApiToken, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(unitById).load(token.scopeUnit.id);
  }
}
