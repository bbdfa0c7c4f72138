import { Migration } from '@mikro-orm/migrations';

/**
 * Each unit's number of direct children, stored on the unit (`child_count`).
 *
 * The tree query asked PostgreSQL to count the children of every unit it
 * listed, one more statement per level that walked all 40,000 outlets for the
 * tier-two level (most of the tree's database CPU). Kept in the row, the count
 * arrives with the unit.
 *
 * Triggers keep it, not the service: they run in the writing transaction, so
 * the count is never seen out of step with the rows, and they also cover writes
 * that bypass the service (the bench's generated network, bulk loads). They are
 * statement-level with transition tables, so a bulk insert of a level updates
 * each parent once. Counts change by deltas (`child_count + n`), which stay
 * right when two transactions add children to one parent at the same time:
 * the second waits for the first's row lock and then adds to its result.
 * Closing a unit keeps it a child (lists show closed units), so only inserts,
 * re-parenting and deletes touch the count.
 */
export class Migration20261205400000_child_count extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "org_unit" add column "child_count" int not null default 0;`);
    this.addSql(`update "org_unit" p set "child_count" = c.n
      from (select "parent_id", count(*)::int as n from "org_unit" where "parent_id" is not null group by "parent_id") c
      where p."id" = c."parent_id";`);
    this.addSql(`create function org_unit_child_count_apply(deltas jsonb) returns void language plpgsql as $$
      begin
        update "org_unit" p set "child_count" = p."child_count" + d.delta
        from (select key::uuid as parent_id, value::int as delta from jsonb_each_text(deltas)) d
        where p."id" = d.parent_id and d.delta <> 0;
      end $$;`);
    // Inserts add one per row to its parent, deletes take one away: the same grouping, with the sign of the operation.
    for (const [op, rows, sign] of [['insert', 'new_units', ''], ['delete', 'old_units', '-']] as const) {
      this.addSql(`create function org_unit_child_count_${op}() returns trigger language plpgsql as $$
        declare deltas jsonb;
        begin
          select jsonb_object_agg(parent_id, ${sign}n) into deltas
          from (select "parent_id", count(*) as n from ${rows} where "parent_id" is not null group by "parent_id") c;
          if deltas is not null then perform org_unit_child_count_apply(deltas); end if;
          return null;
        end $$;`);
    }
    // An update that re-parents nothing (every count update is one) changes no count and runs no further update.
    this.addSql(`create function org_unit_child_count_update() returns trigger language plpgsql as $$
      declare deltas jsonb;
      begin
        select jsonb_object_agg(parent_id, delta) into deltas
        from (
          select parent_id, sum(delta) as delta from (
            select o."parent_id", -1 as delta from old_units o join new_units n on n."id" = o."id"
              where o."parent_id" is distinct from n."parent_id" and o."parent_id" is not null
            union all
            select n."parent_id", 1 from old_units o join new_units n on n."id" = o."id"
              where o."parent_id" is distinct from n."parent_id" and n."parent_id" is not null
          ) moves group by parent_id
        ) d;
        if deltas is not null then perform org_unit_child_count_apply(deltas); end if;
        return null;
      end $$;`);
    this.addSql(`create trigger org_unit_child_count_insert after insert on "org_unit"
      referencing new table as new_units for each statement execute function org_unit_child_count_insert();`);
    this.addSql(`create trigger org_unit_child_count_update after update on "org_unit"
      referencing old table as old_units new table as new_units for each statement execute function org_unit_child_count_update();`);
    this.addSql(`create trigger org_unit_child_count_delete after delete on "org_unit"
      referencing old table as old_units for each statement execute function org_unit_child_count_delete();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists org_unit_child_count_insert on "org_unit";`);
    this.addSql(`drop trigger if exists org_unit_child_count_update on "org_unit";`);
    this.addSql(`drop trigger if exists org_unit_child_count_delete on "org_unit";`);
    this.addSql(`drop function if exists org_unit_child_count_insert();`);
    this.addSql(`drop function if exists org_unit_child_count_update();`);
    this.addSql(`drop function if exists org_unit_child_count_delete();`);
    this.addSql(`drop function if exists org_unit_child_count_apply(jsonb);`);
    this.addSql(`alter table "org_unit" drop column "child_count";`);
  }

}
