import { Migration } from '@mikro-orm/migrations';

export class Migration20261123010000_identity_and_api_tokens extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "api_token" ("id" uuid not null, "name" varchar(100) not null, "system" varchar(100) not null, "scope_unit_id" uuid not null, "token_hash" varchar(64) not null, "prefix" varchar(16) not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "last_used_at" timestamptz null, "created_by" varchar(64) not null, "created_at" timestamptz not null, constraint "api_token_pkey" primary key ("id"));`);
    this.addSql(`create index "api_token_scope_unit_idx" on "api_token" ("scope_unit_id");`);
    this.addSql(`alter table "api_token" add constraint "api_token_token_hash_unique" unique ("token_hash");`);

    this.addSql(`create table "sign_in_attempt" ("id" uuid not null, "username" varchar(64) not null, "address" varchar(64) not null, "succeeded" boolean not null, "at" timestamptz not null, constraint "sign_in_attempt_pkey" primary key ("id"));`);
    this.addSql(`create index "sign_in_attempt_address_idx" on "sign_in_attempt" ("address", "at");`);
    this.addSql(`create index "sign_in_attempt_username_idx" on "sign_in_attempt" ("username", "at");`);

    this.addSql(`create table "app_user" ("id" uuid not null, "username" varchar(64) not null, "display_name" varchar(100) not null, "org_unit_id" uuid not null, "roles" text[] not null, "password_hash" text not null, "status" text check ("status" in ('ACTIVE', 'DISABLED')) not null default 'ACTIVE', "last_sign_in_at" timestamptz null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "app_user_pkey" primary key ("id"));`);
    this.addSql(`alter table "app_user" add constraint "app_user_username_unique" unique ("username");`);
    this.addSql(`create index "app_user_org_unit_idx" on "app_user" ("org_unit_id");`);

    this.addSql(`create table "user_session" ("id" uuid not null, "token_hash" varchar(64) not null, "user_id" uuid not null, "created_at" timestamptz not null, "last_seen_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "address" varchar(64) null, constraint "user_session_pkey" primary key ("id"));`);
    this.addSql(`alter table "user_session" add constraint "user_session_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "user_session_user_idx" on "user_session" ("user_id");`);

    this.addSql(`alter table "api_token" add constraint "api_token_scope_unit_id_foreign" foreign key ("scope_unit_id") references "org_unit" ("id") on update cascade;`);

    this.addSql(`alter table "app_user" add constraint "app_user_org_unit_id_foreign" foreign key ("org_unit_id") references "org_unit" ("id") on update cascade;`);

    this.addSql(`alter table "user_session" add constraint "user_session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "user_session" drop constraint "user_session_user_id_foreign";`);

    this.addSql(`drop table if exists "api_token" cascade;`);

    this.addSql(`drop table if exists "sign_in_attempt" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "user_session" cascade;`);
  }

}
