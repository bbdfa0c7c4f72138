import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { v7 as uuidv7 } from 'uuid';
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
export class User {
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

  @Property({ type: 'integer', version: true })
  @Field(() => Int)
  version!: number;

  @Property({ type: 'datetime' })
  @Field(() => Date)
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  @Field(() => Date)
  updatedAt: Date = new Date();
}

/** A signed-in browser or API client. Only a hash of its token is stored. */
@Entity({ tableName: 'user_session' })
export class Session {
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Property({ type: 'string', length: 64, unique: true })
  tokenHash!: string;

  @ManyToOne(() => User, { ref: true })
  @Index({ name: 'user_session_user_idx' })
  user!: Ref<User>;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  lastSeenAt: Date = new Date();

  /** Absolute end of the session, whatever the activity. */
  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;

  @Property({ type: 'string', length: 64, nullable: true })
  address?: string | null;
}

/** Failed (and successful) sign-ins, for throttling by user and by address. */
@Entity({ tableName: 'sign_in_attempt' })
@Index({ name: 'sign_in_attempt_username_idx', properties: ['username', 'at'] })
@Index({ name: 'sign_in_attempt_address_idx', properties: ['address', 'at'] })
export class SignInAttempt {
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Property({ type: 'string', length: 64 })
  username!: string;

  @Property({ type: 'string', length: 64 })
  address!: string;

  @Property({ type: 'boolean' })
  succeeded!: boolean;

  @Property({ type: 'datetime' })
  at: Date = new Date();
}
