import { Migration } from '@mikro-orm/migrations';

/**
 * Sign-in throttling moves to rate-limiter-flexible's PostgreSQL store (the
 * table layout is the library's own), and the attempt log records what each
 * password check was for and how it ended, throttled ones included.
 */
export class Migration20261123030000_sign_in_throttle extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "sign_in_throttle" ("key" varchar(255) not null, "points" int not null default 0, "expire" bigint null, constraint "sign_in_throttle_pkey" primary key ("key"));`);
    this.addSql(`create index "sign_in_throttle_expire_idx" on "sign_in_throttle" ("expire");`);

    this.addSql(`alter table "sign_in_attempt" add column "purpose" text check ("purpose" in ('SIGN_IN', 'PASSWORD_CHANGE')) not null default 'SIGN_IN', add column "outcome" text check ("outcome" in ('ACCEPTED', 'REFUSED', 'THROTTLED')) null;`);
    this.addSql(`update "sign_in_attempt" set "outcome" = case when "succeeded" then 'ACCEPTED' else 'REFUSED' end;`);
    this.addSql(`alter table "sign_in_attempt" alter column "purpose" drop default, alter column "outcome" set not null, drop column "succeeded";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "sign_in_attempt" add column "succeeded" boolean null;`);
    this.addSql(`update "sign_in_attempt" set "succeeded" = ("outcome" = 'ACCEPTED');`);
    this.addSql(`alter table "sign_in_attempt" alter column "succeeded" set not null, drop column "purpose", drop column "outcome";`);
    this.addSql(`drop table if exists "sign_in_throttle" cascade;`);
  }

}
