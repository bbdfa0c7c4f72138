import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { Role } from '../../shared/auth/roles.js';
import { User, UserStatus } from './user.entity.js';
import { OrgUnit } from '../org-unit/org-unit.entity.js';

@InputType()
export class UserFilter {
  @Field(() => String, { nullable: true, description: 'Matches username or display name' })
  search?: string | null;

  @Field(() => String, { nullable: true, description: 'Users of this unit and the units below it' })
  under?: string | null;

  @Field(() => Role, { nullable: true })
  role?: Role | null;

  @Field(() => UserStatus, { nullable: true })
  status?: UserStatus | null;
}

@InputType()
export class CreateUserInput {
  @Field(() => String, { description: 'Lower-case letters, digits, ".", "_" or "-"; 3-64 characters' })
  username!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => String)
  orgUnitCode!: string;

  @Field(() => [Role])
  roles!: Role[];

  @Field(() => String, { description: 'At least 15 characters; a passphrase works well' })
  password!: string;
}

@InputType()
export class UpdateUserInput {
  @Field(() => String)
  username!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => String, { nullable: true })
  displayName?: string | null;

  @Field(() => String, { nullable: true })
  orgUnitCode?: string | null;

  @Field(() => [Role], { nullable: true })
  roles?: Role[] | null;

  @Field(() => UserStatus, { nullable: true, description: 'DISABLED also ends the user\'s sessions' })
  status?: UserStatus | null;
}

@InputType()
export class SetUserPasswordInput {
  @Field(() => String)
  username!: string;

  @Field(() => String)
  newPassword!: string;
}
