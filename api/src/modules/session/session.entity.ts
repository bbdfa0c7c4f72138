import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { v7 as uuidv7 } from 'uuid';
import { User } from '../user/user.entity.js';

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
