import { Migration } from '@mikro-orm/migrations';

/**
 * The approval workflow's history: one row per transition of anything sent
 * up for approval (local versions now), with its comments. Append-only; the
 * subject keeps its own current state.
 */
export class Migration20261203300000_approval_workflow extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "approval_event" ("id" uuid not null, "subject_type" text check ("subject_type" in ('LOCAL_VERSION')) not null, "subject_id" uuid not null, "unit_id" uuid not null, "revision" int not null, "action" text check ("action" in ('EDIT', 'SUBMIT', 'WITHDRAW', 'APPROVE', 'RETURN', 'SUPERSEDE')) not null, "from_state" text check ("from_state" in ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED', 'WITHDRAWN', 'SUPERSEDED')) not null, "to_state" text check ("to_state" in ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED', 'WITHDRAWN', 'SUPERSEDED')) not null, "actor_id" uuid null, "actor_name" varchar(100) not null, "comment" text null, "item_comments" jsonb not null, "occurred_at" timestamptz not null, constraint "approval_event_pkey" primary key ("id"));`);
    this.addSql(`comment on column "approval_event"."unit_id" is 'the unit that owns the subject';`);
    this.addSql(`create index "approval_event_subject_idx" on "approval_event" ("subject_type", "subject_id", "occurred_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "approval_event" cascade;`);
  }

}
