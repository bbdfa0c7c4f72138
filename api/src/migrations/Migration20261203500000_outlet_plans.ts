import { Migration } from '@mikro-orm/migrations';

/**
 * Outlets' implementation plans: the outlet's facts, the action plan and the
 * justifications (JSON), the workflow state, and the engine's gap summary kept
 * beside the facts for roll-ups. At most one open and one approved plan per
 * outlet; an approved or superseded plan never changes.
 */
export class Migration20261203500000_outlet_plans extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "outlet_plan" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "unit_id" uuid not null, "status" text check ("status" in ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED', 'WITHDRAWN', 'SUPERSEDED')) not null default 'DRAFT', "facts" jsonb not null, "actions" jsonb not null, "justifications" jsonb not null, "compliant" boolean not null default false, "gap_count" int not null default 0, "gap_kinds" jsonb not null, "created_by" varchar(100) not null, "submitted_by_id" uuid null, "submitted_by" varchar(100) null, "submitted_at" timestamptz null, "decided_by" varchar(100) null, "decided_at" timestamptz null, constraint "outlet_plan_pkey" primary key ("id"));`);
    this.addSql(`create unique index "outlet_plan_one_approved_per_unit" on "outlet_plan" ("unit_id") where "status" = 'APPROVED';`);
    this.addSql(`create unique index "outlet_plan_one_open_per_unit" on "outlet_plan" ("unit_id") where "status" in ('DRAFT', 'SUBMITTED', 'RETURNED');`);
    this.addSql(`alter table "outlet_plan" add constraint "outlet_plan_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id") on update cascade on delete no action;`);

    // Outlet plans join local versions as subjects of the approval workflow.
    this.addSql(`alter table "approval_event" drop constraint if exists "approval_event_subject_type_check";`);
    this.addSql(`alter table "approval_event" add constraint "approval_event_subject_type_check" check ("subject_type" in ('LOCAL_VERSION', 'OUTLET_PLAN'));`);

    // Approved facts are the outlet's recorded state: the database refuses to
    // change them. The gap summary may still be refreshed when the standard
    // moves, and the workflow may supersede the plan; a superseded plan
    // (history) never changes again. Deleting either is refused.
    this.addSql(`create function "outlet_plan_approved_immutable"() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' then
          if old.status in ('APPROVED', 'SUPERSEDED') then
            raise exception 'outlet plan % is % and immutable', old.id, lower(old.status);
          end if;
          return old;
        end if;
        if old.status = 'SUPERSEDED' then
          raise exception 'outlet plan % is superseded and immutable', old.id;
        end if;
        if old.status = 'APPROVED' and (new.status not in ('APPROVED', 'SUPERSEDED') or new.unit_id <> old.unit_id
           or new.facts <> old.facts or new.actions <> old.actions or new.justifications <> old.justifications) then
          raise exception 'outlet plan % is approved and immutable; start a new plan', old.id;
        end if;
        return new;
      end $$;`);
    this.addSql(`create trigger "outlet_plan_approved_immutable" before update or delete on "outlet_plan" for each row execute function "outlet_plan_approved_immutable"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "approval_event" where "subject_type" = 'OUTLET_PLAN';`);
    this.addSql(`alter table "approval_event" drop constraint if exists "approval_event_subject_type_check";`);
    this.addSql(`alter table "approval_event" add constraint "approval_event_subject_type_check" check ("subject_type" in ('LOCAL_VERSION'));`);
    this.addSql(`drop table if exists "outlet_plan" cascade;`);
    this.addSql(`drop function if exists "outlet_plan_approved_immutable"();`);
  }

}
