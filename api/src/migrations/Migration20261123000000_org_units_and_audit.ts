import { Migration } from '@mikro-orm/migrations';

export class Migration20261123000000_org_units_and_audit extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_event" ("id" uuid not null, "occurred_at" timestamptz not null default now(), "actor_id" uuid null, "actor_name" varchar(100) not null, "operation" varchar(100) not null, "object_type" varchar(60) not null, "object_id" varchar(100) not null, "object_label" varchar(100) null, "unit_path" text not null, "changes" jsonb not null, "request_id" varchar(64) null, constraint "audit_event_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_event_occurred_at_idx" on "audit_event" ("occurred_at");`);
    this.addSql(`create index "audit_event_object_idx" on "audit_event" ("object_type", "object_id");`);
    this.addSql(`create index "audit_event_unit_path_idx" on "audit_event" ("unit_path" text_pattern_ops, "occurred_at");`);

    this.addSql(`create table "org_unit" ("id" uuid not null, "code" varchar(32) not null, "name_zh" varchar(200) not null, "name_en" varchar(200) not null, "level" text check ("level" in ('HEAD_OFFICE', 'TIER_ONE_BRANCH', 'TIER_TWO_BRANCH', 'OUTLET')) not null, "tier_two_kind" text check ("tier_two_kind" in ('BRANCH', 'CITY_MANAGING_SUB_BRANCH')) null, "parent_id" uuid null, "path" text not null, "status" text check ("status" in ('OPEN', 'CLOSED')) not null default 'OPEN', "city" varchar(100) null, "address" varchar(300) null, "closed_at" timestamptz null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "org_unit_pkey" primary key ("id"), constraint org_unit_root_has_no_parent check (("parent_id" is null) = ("level" = 'HEAD_OFFICE')));`);
    this.addSql(`alter table "org_unit" add constraint "org_unit_code_unique" unique ("code");`);
    this.addSql(`create unique index "org_unit_single_head_office" on "org_unit" ((true)) where "level" = 'HEAD_OFFICE';`);
    this.addSql(`create index "org_unit_level_code_idx" on "org_unit" ("level", "code");`);
    this.addSql(`create index "org_unit_parent_code_idx" on "org_unit" ("parent_id", "code");`);
    this.addSql(`create index "org_unit_path_idx" on "org_unit" ("path" text_pattern_ops);`);

    this.addSql(`alter table "org_unit" add constraint "org_unit_parent_id_foreign" foreign key ("parent_id") references "org_unit" ("id") on update cascade on delete no action;`);

    // The audit trail is append-only in the database itself, not only in the API.
    this.addSql(`create function audit_event_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'audit events are append-only: % is not allowed', tg_op;
      end $$;`);
    this.addSql(`create trigger audit_event_no_update_or_delete before update or delete on "audit_event"
      for each row execute function audit_event_append_only();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists audit_event_no_update_or_delete on "audit_event";`);
    this.addSql(`drop function if exists audit_event_append_only();`);
    this.addSql(`alter table "org_unit" drop constraint "org_unit_parent_id_foreign";`);

    this.addSql(`drop table if exists "audit_event" cascade;`);

    this.addSql(`drop table if exists "org_unit" cascade;`);
  }

}
