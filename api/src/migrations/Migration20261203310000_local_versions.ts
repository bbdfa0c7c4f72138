import { Migration } from '@mikro-orm/migrations';

/**
 * Branches' local versions of the standard: their changes by value path (JSON),
 * their workflow state, and the head-office edition they were last checked
 * against. At most one open and one approved version per unit.
 */
export class Migration20261203310000_local_versions extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "local_version" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "unit_id" uuid not null, "code" varchar(40) not null, "title_zh" varchar(200) not null, "title_en" varchar(200) not null, "status" text check ("status" in ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED', 'WITHDRAWN', 'SUPERSEDED')) not null default 'DRAFT', "base_edition_id" uuid not null, "changes" jsonb not null, "removals" jsonb not null, "created_by" varchar(100) not null, "submitted_by_id" uuid null, "submitted_by" varchar(100) null, "submitted_at" timestamptz null, "decided_by" varchar(100) null, "decided_at" timestamptz null, constraint "local_version_pkey" primary key ("id"));`);
    this.addSql(`alter table "local_version" add constraint "local_version_code_unique" unique ("code");`);
    this.addSql(`create index "local_version_status_idx" on "local_version" ("status", "unit_id");`);
    this.addSql(`create unique index "local_version_one_approved_per_unit" on "local_version" ("unit_id") where "status" = 'APPROVED';`);
    this.addSql(`create unique index "local_version_one_open_per_unit" on "local_version" ("unit_id") where "status" in ('DRAFT', 'SUBMITTED', 'RETURNED');`);
    this.addSql(`alter table "local_version" add constraint "local_version_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id") on update cascade on delete no action;`);
    this.addSql(`alter table "local_version" add constraint "local_version_base_edition_id_foreign" foreign key ("base_edition_id") references "standard_edition" ("id") on update cascade on delete no action;`);

    // An approved version is immutable in the database too, like a published
    // edition: its unit, code, title and what it changes stay as approved.
    // Re-basing may still flag (or clear) conflicts on its changes and move its
    // base edition, and the workflow may supersede it; a superseded version
    // (history) never changes again. Deleting either is refused.
    this.addSql(`create function "local_version_approved_immutable"() returns trigger language plpgsql as $$
      declare
        unflagged_old jsonb;
        unflagged_new jsonb;
      begin
        if tg_op = 'DELETE' then
          if old.status in ('APPROVED', 'SUPERSEDED') then
            raise exception 'local version % is % and immutable', old.code, lower(old.status);
          end if;
          return old;
        end if;
        if old.status = 'SUPERSEDED' then
          raise exception 'local version % is superseded and immutable', old.code;
        end if;
        if old.status = 'APPROVED' then
          select coalesce(jsonb_agg(e - 'conflict'), '[]'::jsonb) into unflagged_old from jsonb_array_elements(old.changes || old.removals) e;
          select coalesce(jsonb_agg(e - 'conflict'), '[]'::jsonb) into unflagged_new from jsonb_array_elements(new.changes || new.removals) e;
          if new.status not in ('APPROVED', 'SUPERSEDED') or new.unit_id <> old.unit_id or new.code <> old.code
             or new.title_zh <> old.title_zh or new.title_en <> old.title_en or unflagged_new <> unflagged_old then
            raise exception 'local version % is approved and immutable; start a new version', old.code;
          end if;
        end if;
        return new;
      end $$;`);
    this.addSql(`create trigger "local_version_approved_immutable" before update or delete on "local_version" for each row execute function "local_version_approved_immutable"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "local_version" cascade;`);
    this.addSql(`drop function if exists "local_version_approved_immutable"();`);
  }

}
