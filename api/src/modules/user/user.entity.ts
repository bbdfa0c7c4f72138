import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { v7 as uuidv7 } from 'uuid';
import { Bookkept } from '../../shared/bookkeeping.js';
import { OrgUnit } from '../org-unit/org-unit.entity.js';
import { Role } from '../../shared/auth/roles.js';

export enum UserStatus {
  ACTIVE = 'ACTIVE',
  DISABLED = 'DISABLED',
}
registerEnumType(UserStatus, { name: 'UserStatus', description: 'A disabled user cannot sign in; nothing is deleted' });

/** A person who signs in. Belongs to one org unit, which bounds what they see and change. */
@Entity({ tableName: 'app_user' })
@ObjectType({ description: 'A person who signs in to the console or the API' })
export class User extends Bookkept {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string = uuidv7();

  @Property({ type: 'string', length: 64, unique: true })
  @Field(() => String)
  username!: string;

  @Property({ type: 'string', length: 100 })
  @Field(() => String)
  displayName!: string;

  @ManyToOne(() => OrgUnit, { ref: true })
  @Index({ name: 'app_user_org_unit_idx' })
  orgUnit!: Ref<OrgUnit>;

  @Property({ type: 'text[]' })
  @Field(() => [Role])
  roles: Role[] = [];

  @Property({ type: 'text', hidden: true, lazy: true })
  passwordHash!: string;

  @Enum({ items: () => UserStatus, type: 'string', default: UserStatus.ACTIVE })
  @Field(() => UserStatus)
  status: UserStatus = UserStatus.ACTIVE;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  lastSignInAt?: Date | null;
}
