import { Migration } from '@mikro-orm/migrations';

/**
 * Rollouts localized down the tree: head office's rollout (phases and pilot
 * units as JSON), the branches' plans (tier-one localizations and tier-two
 * implementation schemes, workflow subjects like local versions), and the
 * outlet→wave table written when a tier-two scheme is approved, so an
 * outlet's wave is one indexed lookup. An approved or superseded plan never
 * changes, and neither is deleted.
 */
export class Migration20261204400000_rollouts extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "rollout" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(40) not null, "edition_id" uuid not null, "title_zh" varchar(200) not null, "title_en" varchar(200) not null, "phases" jsonb not null, "pilot_unit_codes" jsonb not null, "created_by" varchar(100) not null, constraint "rollout_pkey" primary key ("id"));`);
    this.addSql(`alter table "rollout" add constraint "rollout_code_unique" unique ("code");`);
    this.addSql(`create table "rollout_plan" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "created_by" varchar(100) not null, "submitted_by_id" uuid null, "submitted_by" varchar(100) null, "submitted_at" timestamptz null, "decided_by" varchar(100) null, "decided_at" timestamptz null, "rollout_id" uuid not null, "unit_id" uuid not null, "status" text check ("status" in ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED', 'WITHDRAWN', 'SUPERSEDED')) not null default 'DRAFT', "phases" jsonb not null, "pilot_unit_codes" jsonb not null, "waves" jsonb not null, "actions" jsonb not null, constraint "rollout_plan_pkey" primary key ("id"));`);
    this.addSql(`create unique index "rollout_plan_one_approved_per_unit" on "rollout_plan" ("rollout_id", "unit_id") where "status" = 'APPROVED';`);
    this.addSql(`create unique index "rollout_plan_one_open_per_unit" on "rollout_plan" ("rollout_id", "unit_id") where "status" in ('DRAFT', 'SUBMITTED', 'RETURNED');`);
    this.addSql(`create table "rollout_outlet_wave" ("id" uuid not null, "rollout_id" uuid not null, "outlet_id" uuid not null, "plan_id" uuid not null, "wave" int not null, "start" varchar(10) not null, "end" varchar(10) not null, constraint "rollout_outlet_wave_pkey" primary key ("id"));`);
    this.addSql(`alter table "rollout_outlet_wave" add constraint "rollout_outlet_wave_unique" unique ("rollout_id", "outlet_id");`);
    this.addSql(`alter table "rollout" add constraint "rollout_edition_id_foreign" foreign key ("edition_id") references "standard_edition" ("id") on update cascade on delete no action;`);
    this.addSql(`alter table "rollout_plan" add constraint "rollout_plan_rollout_id_foreign" foreign key ("rollout_id") references "rollout" ("id") on update cascade on delete no action;`);
    this.addSql(`alter table "rollout_plan" add constraint "rollout_plan_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id") on update cascade on delete no action;`);
    this.addSql(`alter table "rollout_outlet_wave" add constraint "rollout_outlet_wave_rollout_id_foreign" foreign key ("rollout_id") references "rollout" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "rollout_outlet_wave" add constraint "rollout_outlet_wave_outlet_id_foreign" foreign key ("outlet_id") references "org_unit" ("id") on update cascade on delete no action;`);
    this.addSql(`alter table "rollout_outlet_wave" add constraint "rollout_outlet_wave_plan_id_foreign" foreign key ("plan_id") references "rollout_plan" ("id") on update cascade on delete no action;`);

    // Branches' rollout plans join the approval workflow's subjects.
    this.addSql(`alter table "approval_event" drop constraint if exists "approval_event_subject_type_check";`);
    this.addSql(`alter table "approval_event" add constraint "approval_event_subject_type_check" check ("subject_type" in ('LOCAL_VERSION', 'OUTLET_PLAN', 'STANDARD_EDITION', 'ROLLOUT_PLAN'));`);

    // What was approved is what the level below planned against: the database
    // refuses to change an approved plan's content (only the workflow may move
    // it on to SUPERSEDED), to touch a superseded one, or to delete either.
    this.addSql(`create function "rollout_plan_approved_immutable"() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' then
          if old.status in ('APPROVED', 'SUPERSEDED') then
            raise exception 'rollout plan % is % and immutable', old.id, lower(old.status);
          end if;
          return old;
        end if;
        if old.status = 'SUPERSEDED' then
          raise exception 'rollout plan % is superseded and immutable', old.id;
        end if;
        if old.status = 'APPROVED' and (new.status not in ('APPROVED', 'SUPERSEDED') or new.unit_id <> old.unit_id or new.rollout_id <> old.rollout_id
           or new.phases <> old.phases or new.pilot_unit_codes <> old.pilot_unit_codes or new.waves <> old.waves or new.actions <> old.actions) then
          raise exception 'rollout plan % is approved and immutable; start a new plan', old.id;
        end if;
        return new;
      end $$;`);
    this.addSql(`create trigger "rollout_plan_approved_immutable" before update or delete on "rollout_plan" for each row execute function "rollout_plan_approved_immutable"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "approval_event" where "subject_type" = 'ROLLOUT_PLAN';`);
    this.addSql(`alter table "approval_event" drop constraint if exists "approval_event_subject_type_check";`);
    this.addSql(`alter table "approval_event" add constraint "approval_event_subject_type_check" check ("subject_type" in ('LOCAL_VERSION', 'OUTLET_PLAN', 'STANDARD_EDITION'));`);
    this.addSql(`drop table if exists "rollout_outlet_wave" cascade;`);
    this.addSql(`drop table if exists "rollout_plan" cascade;`);
    this.addSql(`drop table if exists "rollout" cascade;`);
    this.addSql(`drop function if exists "rollout_plan_approved_immutable"();`);
  }

}
