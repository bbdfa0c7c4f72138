import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { v7 as uuidv7 } from 'uuid';
import { OrgUnit } from '../org-unit/org-unit.entity.js';

/**
 * A read-only credential for another bank system (queue management, form-free
 * pre-processing, sales management), scoped to one subtree of the network.
 * The token itself is shown once when issued; only its SHA-256 is stored.
 */
@Entity({ tableName: 'api_token' })
@ObjectType({ description: 'A read-only API credential for an integrating system' })
export class ApiToken {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string = uuidv7();

  @Property({ type: 'string', length: 100 })
  @Field(() => String, { description: 'What the token is for, e.g. "queue system, Guangdong pilot"' })
  name!: string;

  @Property({ type: 'string', length: 100 })
  @Field(() => String, { description: 'The integrating system, e.g. QUEUE_MANAGEMENT' })
  system!: string;

  @ManyToOne(() => OrgUnit, { ref: true })
  @Index({ name: 'api_token_scope_unit_idx' })
  scopeUnit!: Ref<OrgUnit>;

  @Property({ type: 'string', length: 64, unique: true, hidden: true })
  tokenHash!: string;

  @Property({ type: 'string', length: 16 })
  @Field(() => String, { description: 'First characters of the token, to recognise it' })
  prefix!: string;

  @Property({ type: 'datetime' })
  @Field(() => Date)
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  revokedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  lastUsedAt?: Date | null;

  @Property({ type: 'string', length: 64 })
  @Field(() => String)
  createdBy!: string;

  @Property({ type: 'datetime' })
  @Field(() => Date)
  createdAt: Date = new Date();
}
