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

export enum PasswordCheckPurpose {
  SIGN_IN = 'SIGN_IN',
  PASSWORD_CHANGE = 'PASSWORD_CHANGE',
}

export enum PasswordCheckOutcome {
  /** The password was right (and, for sign-in, the user and unit active). */
  ACCEPTED = 'ACCEPTED',
  /** Wrong password, unknown user, or a disabled user or closed unit. */
  REFUSED = 'REFUSED',
  /** Refused by the throttle before the password was even checked. */
  THROTTLED = 'THROTTLED',
}

/**
 * Every password check (sign-in and changing one's own password), whatever
 * came of it: the record of failures and throttling for investigations. The
 * throttle itself keeps its counters in `sign_in_throttle`.
 */
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

  @Enum({ items: () => PasswordCheckPurpose, type: 'string' })
  purpose!: PasswordCheckPurpose;

  @Enum({ items: () => PasswordCheckOutcome, type: 'string' })
  outcome!: PasswordCheckOutcome;

  @Property({ type: 'datetime' })
  at: Date = new Date();
}

/**
 * rate-limiter-flexible's PostgreSQL store (its own column layout), shared by
 * every sign-in limiter and every API process. Mapped here only so the
 * entities-vs-migrations check covers it; nothing reads it through the ORM.
 */
@Entity({ tableName: 'sign_in_throttle' })
export class SignInThrottleEntry {
  /** A limiter's prefix and a hash of what it counts (account, address or both). */
  @PrimaryKey({ type: 'string', length: 255 })
  key!: string;

  @Property({ type: 'integer', default: 0 })
  points: number = 0;

  /** Epoch milliseconds when the count (or block) ends; expired rows are swept. */
  @Property({ type: 'bigint', nullable: true })
  @Index({ name: 'sign_in_throttle_expire_idx' })
  expire?: string | null;
}
