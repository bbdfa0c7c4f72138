import { Embedded, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { v7 as uuidv7 } from 'uuid';
import { Reviewed } from '../approval/reviewed.js';
import { LocalizedText } from '../../shared/localized-text.js';
import { OrgUnit } from '../org-unit/org-unit.entity.js';
import { StandardEdition } from '../standard/standard.entities.js';
import type { Policy } from '../standard/standard.types.js';
import type { PolicyRule, ValueKind } from '../standard/policy.js';
import { ApprovalState } from '../approval/workflow.js';

/** Why a change no longer fits what it inherits (set by re-basing, cleared when the change is redone). */
export interface ChangeConflict {
  rule: PolicyRule;
  message: string;
}

/** One value the branch changes: its path, kind, the local value and the policy it hands down. */
export interface LocalChange {
  path: string;
  kind: ValueKind;
  value: unknown;
  policy: Policy;
  conflict: ChangeConflict | null;
}

/** One inherited item or keyed entry the branch marks not applicable. */
export interface LocalRemoval {
  path: string;
  conflict: ChangeConflict | null;
}

/**
 * One item the branch adds that the inherited standard lacks (a local
 * position such as 理财经理, a local service rule): its kind, its key within
 * the kind, and its data exactly as head office's edition would store an item
 * of that kind, checked by the same rules.
 */
export interface LocalItem {
  kind: string;
  key: string;
  data: Record<string, unknown>;
  conflict: ChangeConflict | null;
}

/**
 * 本地化版本: a tier-one or tier-two branch's localization of the standard.
 * It holds only what the branch changes, by value path (policy.ts), so it is
 * independent of how head office's edition stores its content; everything
 * else is inherited from head office's edition and the approved versions of
 * the branches above.
 *
 * Its state follows the approval workflow (approval/workflow.ts). At most one
 * version per unit is open (draft, submitted or returned) and at most one is
 * approved (in force); older approved ones are superseded and kept.
 */
@Entity({ tableName: 'local_version' })
@Index({
  name: 'local_version_one_open_per_unit',
  expression: `create unique index "local_version_one_open_per_unit" on "local_version" ("unit_id") where "status" in ('DRAFT', 'SUBMITTED', 'RETURNED')`,
})
@Index({
  name: 'local_version_one_approved_per_unit',
  expression: `create unique index "local_version_one_approved_per_unit" on "local_version" ("unit_id") where "status" = 'APPROVED'`,
})
@Index({ name: 'local_version_status_idx', properties: ['status', 'unit'] })
@ObjectType({ description: '本地化版本: a branch’s local version of the standard' })
export class LocalVersion extends Reviewed {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string = uuidv7();

  @ManyToOne(() => OrgUnit, { ref: true, deleteRule: 'no action' })
  unit!: Ref<OrgUnit>;

  @Property({ type: 'string', length: 40, unique: true })
  @Field(() => String, { description: 'e.g. GD-2026-01' })
  code!: string;

  @Embedded(() => LocalizedText, { prefix: 'title_' })
  @Field(() => LocalizedText)
  title!: LocalizedText;

  @Enum({ items: () => ApprovalState, type: 'string' })
  @Field(() => ApprovalState)
  status: ApprovalState = ApprovalState.DRAFT;

  /** The head-office edition its changes were last checked against (moved on by re-basing). */
  @ManyToOne(() => StandardEdition, { ref: true, deleteRule: 'no action' })
  baseEdition!: Ref<StandardEdition>;

  @Property({ type: 'json' })
  changes: LocalChange[] = [];

  @Property({ type: 'json' })
  removals: LocalRemoval[] = [];

  @Property({ type: 'json' })
  items: LocalItem[] = [];
}
