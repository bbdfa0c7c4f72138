import { Migration } from '@mikro-orm/migrations';

export class Migration20261123020000_standard_editions extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "standard_edition" ("id" uuid not null, "code" varchar(40) not null, "title_zh" varchar(200) not null, "title_en" varchar(200) not null, "summary" jsonb not null, "status" text check ("status" in ('DRAFT', 'PUBLISHED')) not null default 'DRAFT', "based_on_id" uuid null, "is_current" boolean not null default false, "published_at" timestamptz null, "published_by" varchar(100) null, "created_by" varchar(100) not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "standard_edition_pkey" primary key ("id"));`);
    this.addSql(`alter table "standard_edition" add constraint "standard_edition_code_unique" unique ("code");`);
    this.addSql(`create unique index "standard_edition_single_current" on "standard_edition" ((true)) where "is_current";`);

    this.addSql(`create table "std_service_rule" ("id" uuid not null, "edition_id" uuid not null, "code" varchar(60) not null, "category" text check ("category" in ('ETIQUETTE', 'COMPLAINTS', 'EMERGENCY', 'SALES_BEHAVIOUR', 'SALES_TOOLS', 'MEETINGS', 'PROMOTION_COMPLIANCE', 'OPENING', 'MEDIA', 'ROLLOUT', 'SERVICE')) not null, "title_zh" varchar(200) not null, "title_en" varchar(200) not null, "text" jsonb not null, "core" boolean not null, "parameters" jsonb not null, constraint "std_service_rule_pkey" primary key ("id"));`);
    this.addSql(`alter table "std_service_rule" add constraint "std_service_rule_edition_code_unique" unique ("edition_id", "code");`);

    this.addSql(`create table "std_position" ("id" uuid not null, "edition_id" uuid not null, "code" varchar(60) not null, "kind" text check ("kind" in ('POSITION', 'SUPPORT_ROLE')) not null default 'POSITION', "name_zh" varchar(200) not null, "name_en" varchar(200) not null, "reports_to" varchar(60) null, "summary" jsonb null, "duties" jsonb not null, "capabilities" jsonb not null, "duties_policy" text check ("duties_policy" in ('LOCKED', 'RAISE_ONLY', 'LOWER_ONLY', 'EXTEND_ONLY', 'FREE')) not null default 'EXTEND_ONLY', constraint "std_position_pkey" primary key ("id"));`);
    this.addSql(`alter table "std_position" add constraint "std_position_edition_code_unique" unique ("edition_id", "code");`);

    this.addSql(`create table "std_outlet_category" ("id" uuid not null, "edition_id" uuid not null, "code" varchar(60) not null, "name_zh" varchar(200) not null, "name_en" varchar(200) not null, "description" jsonb not null, "marketing_staff_min" jsonb not null, "sales_service_staff_min" jsonb null, "lobby_staff_total" jsonb not null, "staffing" jsonb not null, "devices" jsonb not null, "smart_devices" jsonb null, "zones" jsonb not null, "outbound_marketing" jsonb not null, "notes" jsonb not null, constraint "std_outlet_category_pkey" primary key ("id"));`);
    this.addSql(`alter table "std_outlet_category" add constraint "std_outlet_category_edition_code_unique" unique ("edition_id", "code");`);

    this.addSql(`create table "std_device_type" ("id" uuid not null, "edition_id" uuid not null, "code" varchar(60) not null, "name_zh" varchar(200) not null, "name_en" varchar(200) not null, "kind" text check ("kind" in ('SELF_SERVICE', 'SMART')) not null, constraint "std_device_type_pkey" primary key ("id"));`);
    this.addSql(`alter table "std_device_type" add constraint "std_device_type_edition_code_unique" unique ("edition_id", "code");`);

    this.addSql(`create table "std_customer_tier" ("id" uuid not null, "edition_id" uuid not null, "code" varchar(60) not null, "segment" text check ("segment" in ('INDIVIDUAL', 'CORPORATE')) not null, "name_zh" varchar(200) not null, "name_en" varchar(200) not null, "rule" jsonb not null, "assets_from" jsonb null, "assets_below" jsonb null, "personal_loans_from" jsonb null, "threshold_policy" text check ("threshold_policy" in ('LOCKED', 'RAISE_ONLY', 'LOWER_ONLY', 'EXTEND_ONLY', 'FREE')) not null, "threshold_policy_reason" jsonb null, "principle" jsonb not null, "positions" text[] not null, "zones" text[] not null, constraint "std_customer_tier_pkey" primary key ("id"));`);
    this.addSql(`alter table "std_customer_tier" add constraint "std_customer_tier_edition_code_unique" unique ("edition_id", "code");`);

    this.addSql(`create table "std_classifier" ("id" uuid not null, "edition_id" uuid not null, "code" varchar(60) not null, "kind" text check ("kind" in ('CORPORATE_KIND', 'CORPORATE_SIZE')) not null, "name_zh" varchar(200) not null, "name_en" varchar(200) not null, constraint "std_classifier_pkey" primary key ("id"));`);
    this.addSql(`alter table "std_classifier" add constraint "std_classifier_edition_kind_code_unique" unique ("edition_id", "kind", "code");`);

    this.addSql(`create table "std_zone" ("id" uuid not null, "edition_id" uuid not null, "code" varchar(60) not null, "name_zh" varchar(200) not null, "name_en" varchar(200) not null, "purpose" jsonb not null, "principles" jsonb not null, "positions" text[] not null, "equipment" jsonb not null, "equipment_policy" text check ("equipment_policy" in ('LOCKED', 'RAISE_ONLY', 'LOWER_ONLY', 'EXTEND_ONLY', 'FREE')) not null default 'EXTEND_ONLY', constraint "std_zone_pkey" primary key ("id"));`);
    this.addSql(`alter table "std_zone" add constraint "std_zone_edition_code_unique" unique ("edition_id", "code");`);

    this.addSql(`alter table "standard_edition" add constraint "standard_edition_based_on_id_foreign" foreign key ("based_on_id") references "standard_edition" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "std_service_rule" add constraint "std_service_rule_edition_id_foreign" foreign key ("edition_id") references "standard_edition" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "std_position" add constraint "std_position_edition_id_foreign" foreign key ("edition_id") references "standard_edition" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "std_outlet_category" add constraint "std_outlet_category_edition_id_foreign" foreign key ("edition_id") references "standard_edition" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "std_device_type" add constraint "std_device_type_edition_id_foreign" foreign key ("edition_id") references "standard_edition" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "std_customer_tier" add constraint "std_customer_tier_edition_id_foreign" foreign key ("edition_id") references "standard_edition" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "std_classifier" add constraint "std_classifier_edition_id_foreign" foreign key ("edition_id") references "standard_edition" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "std_zone" add constraint "std_zone_edition_id_foreign" foreign key ("edition_id") references "standard_edition" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "org_unit" add column "category" text check ("category" in ('LARGE_FULL_FUNCTION', 'MEDIUM_FULL_FUNCTION', 'GENERAL')) null;`);

    // Published editions are immutable in the database itself: their content
    // rows cannot be inserted, changed or deleted, and the edition row may only
    // lose its "current" flag when a newer edition is published.
    this.addSql(`create function standard_content_frozen() returns trigger language plpgsql as $$
      declare
        editions uuid[];
      begin
        if tg_op = 'INSERT' then
          editions := array[new.edition_id];
        elsif tg_op = 'UPDATE' then
          editions := array[old.edition_id, new.edition_id];
        else
          editions := array[old.edition_id];
        end if;
        if exists (select 1 from standard_edition where id = any(editions) and status = 'PUBLISHED') then
          raise exception 'standard edition is published and immutable (% on %)', tg_op, tg_table_name;
        end if;
        if tg_op = 'DELETE' then
          return old;
        end if;
        return new;
      end $$;`);
    for (const table of ['std_position', 'std_zone', 'std_device_type', 'std_outlet_category', 'std_customer_tier', 'std_classifier', 'std_service_rule']) {
      this.addSql(`create trigger ${table}_frozen before insert or update or delete on "${table}"
        for each row execute function standard_content_frozen();`);
    }
    this.addSql(`create function standard_edition_frozen() returns trigger language plpgsql as $$
      begin
        if old.status = 'PUBLISHED' then
          if tg_op = 'DELETE' then
            raise exception 'a published standard edition cannot be deleted';
          end if;
          if (to_jsonb(new) - array['is_current', 'version', 'updated_at']) <> (to_jsonb(old) - array['is_current', 'version', 'updated_at']) then
            raise exception 'standard edition % is published and immutable', old.code;
          end if;
        end if;
        if tg_op = 'DELETE' then
          return old;
        end if;
        return new;
      end $$;`);
    this.addSql(`create trigger standard_edition_frozen before update or delete on "standard_edition"
      for each row execute function standard_edition_frozen();`);
  }

  override async down(): Promise<void> {
    for (const table of ['std_position', 'std_zone', 'std_device_type', 'std_outlet_category', 'std_customer_tier', 'std_classifier', 'std_service_rule']) {
      this.addSql(`drop trigger if exists ${table}_frozen on "${table}";`);
    }
    this.addSql(`drop trigger if exists standard_edition_frozen on "standard_edition";`);
    this.addSql(`drop function if exists standard_content_frozen();`);
    this.addSql(`drop function if exists standard_edition_frozen();`);
    this.addSql(`alter table "standard_edition" drop constraint "standard_edition_based_on_id_foreign";`);

    this.addSql(`alter table "std_service_rule" drop constraint "std_service_rule_edition_id_foreign";`);

    this.addSql(`alter table "std_position" drop constraint "std_position_edition_id_foreign";`);

    this.addSql(`alter table "std_outlet_category" drop constraint "std_outlet_category_edition_id_foreign";`);

    this.addSql(`alter table "std_device_type" drop constraint "std_device_type_edition_id_foreign";`);

    this.addSql(`alter table "std_customer_tier" drop constraint "std_customer_tier_edition_id_foreign";`);

    this.addSql(`alter table "std_classifier" drop constraint "std_classifier_edition_id_foreign";`);

    this.addSql(`alter table "std_zone" drop constraint "std_zone_edition_id_foreign";`);

    this.addSql(`drop table if exists "standard_edition" cascade;`);

    this.addSql(`drop table if exists "std_service_rule" cascade;`);

    this.addSql(`drop table if exists "std_position" cascade;`);

    this.addSql(`drop table if exists "std_outlet_category" cascade;`);

    this.addSql(`drop table if exists "std_device_type" cascade;`);

    this.addSql(`drop table if exists "std_customer_tier" cascade;`);

    this.addSql(`drop table if exists "std_classifier" cascade;`);

    this.addSql(`drop table if exists "std_zone" cascade;`);

    this.addSql(`alter table "org_unit" drop column "category";`);
  }

}
