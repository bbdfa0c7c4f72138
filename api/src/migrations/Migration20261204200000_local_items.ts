import { Migration } from '@mikro-orm/migrations';

/**
 * Local items: the items a branch's local version adds to the standard it
 * inherits (JSON, like its changes). An approved version's items are as
 * immutable as its changes, so the guard learns about them; re-basing may
 * still flag or clear their conflicts.
 */
export class Migration20261204200000_local_items extends Migration {

  override async up(): Promise<void> {
    // Existing versions add nothing; afterwards the entity always writes the column, like changes and removals.
    this.addSql(`alter table "local_version" add column "items" jsonb not null default '[]';`);
    this.addSql(`alter table "local_version" alter column "items" drop default;`);
    this.addSql(guard('old.changes || old.removals || old.items', 'new.changes || new.removals || new.items'));
  }

  override async down(): Promise<void> {
    this.addSql(guard('old.changes || old.removals', 'new.changes || new.removals'));
    this.addSql(`alter table "local_version" drop column "items";`);
  }

}

/** The immutability guard of 20261203310000, comparing `oldEntries` and `newEntries` without their conflict flags. */
function guard(oldEntries: string, newEntries: string): string {
  return `create or replace function "local_version_approved_immutable"() returns trigger language plpgsql as $$
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
          select coalesce(jsonb_agg(e - 'conflict'), '[]'::jsonb) into unflagged_old from jsonb_array_elements(${oldEntries}) e;
          select coalesce(jsonb_agg(e - 'conflict'), '[]'::jsonb) into unflagged_new from jsonb_array_elements(${newEntries}) e;
          if new.status not in ('APPROVED', 'SUPERSEDED') or new.unit_id <> old.unit_id or new.code <> old.code
             or new.title_zh <> old.title_zh or new.title_en <> old.title_en or unflagged_new <> unflagged_old then
            raise exception 'local version % is approved and immutable; start a new version', old.code;
          end if;
        end if;
        return new;
      end $$;`;
}
