import { Field, InputType, ObjectType } from 'type-graphql';
import { Role } from '../../shared/auth/roles.js';
import { User } from '../user/user.entity.js';
import { OrgUnitView } from '../org-unit/org-unit.view.js';

@ObjectType({ description: 'A successful sign-in' })
export class SignInResult {
  @Field(() => String, { description: 'Session token for `Authorization: Bearer`; the console uses the httpOnly cookie set alongside instead' })
  token!: string;

  @Field(() => Date)
  expiresAt!: Date;

  @Field(() => User)
  user!: User;
}

@ObjectType({ description: 'Who is calling: a signed-in user or an integration token' })
export class Me {
  @Field(() => String, { description: 'USER or API_TOKEN' })
  kind!: string;

  @Field(() => String, { description: 'Username, or the API token name' })
  username!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => OrgUnitView, { nullable: true, description: 'The unit the caller belongs to (or a token is scoped to)' })
  orgUnit!: OrgUnitView | null;

  @Field(() => [Role])
  roles!: Role[];

  @Field(() => Boolean)
  readOnly!: boolean;
}

@InputType()
export class ChangeMyPasswordInput {
  @Field(() => String)
  currentPassword!: string;

  @Field(() => String)
  newPassword!: string;
}
