import { Migration } from '@mikro-orm/migrations';

/**
 * The compliance roll-up's per-branch tally, kept by the database itself.
 *
 * Aggregating every outlet's plans on each call cost about 780 ms of
 * PostgreSQL CPU at 40,000 outlets (two joins of 40,000 rows, a sort that
 * spilled to disk, and a jsonb unnest of each plan's actions for the overdue
 * count). The roll-up only needs marginal counts (outlets by plan status, by
 * compliance, by gap kind, by category, and open actions by due date), so
 * each outlet's parent unit keeps one row per (dimension, key) with the
 * number of its open outlets there; a head-office roll-up then sums about
 * fifteen rows per tier-two branch instead of reading every plan.
 *
 * Statement-level triggers on outlet_plan and org_unit recompute the tally of
 * every parent whose outlets a statement touched, in the same transaction, so
 * whatever writes plans or outlets (the services, a standard refresh, the
 * bench generator's bulk SQL) leaves the tally true when it commits, and a
 * roll-up read after an approval sees it. Recomputing a parent's hundred or
 * so outlets, rather than applying deltas, keeps the rules in one place
 * (`compliance_outlet_facts`, which the roll-up also reads live for an
 * outlet's own figures).
 *
 * Two transactions touching outlets of the same parent are ordered by a
 * transaction-level advisory lock on that parent, taken (in id order, so two
 * statements cannot wait on each other) before the recount: the second
 * recounts after the first commits, in a new snapshot, and so counts both.
 * Overdue actions depend on the day, so the tally stores open actions by due
 * date and the roll-up sums those due before today.
 *
 * The roll-up by rollout wave reads the same tally: each parent's outlets by
 * (rollout, wave, wave end, compliant), recounted when rollout_outlet_wave
 * changes (a tier-two scheme approved), like plan and outlet changes.
 */
/** Transition tables can serve only one event per trigger: one trigger per event, each naming its tables. */
const TRIGGER_EVENTS = [
  ['insert', 'new table as new_rows'],
  ['update', 'old table as old_rows new table as new_rows'],
  ['delete', 'old table as old_rows'],
] as const;

export class Migration20261205300000_compliance_tally extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "compliance_tally" ("parent_id" uuid not null, "dimension" text not null, "key" text not null, "n" int not null,
      constraint "compliance_tally_pkey" primary key ("parent_id", "dimension", "key"));`);

    // One outlet's contribution, as (dimension, key, n) rows: the same rules
    // the roll-up has always applied (status of the open plan, else APPROVED;
    // compliance and gap kinds from the approved plan; open actions of the
    // current plan by due date; only open outlets). Category null is key ''.
    // Waves are keyed `<rollout id>/<wave>/<wave end>/<compliant>`: "late" (the
    // wave is over and the outlet does not meet the standard) depends on the day.
    this.addSql(`create function "compliance_outlet_facts"(parents uuid[], outlets uuid[])
      returns table (outlet_id uuid, parent_id uuid, dimension text, key text, n int)
      language sql stable as $$
        with u as (
          select u.id, u.parent_id, u.category,
                 coalesce(o.status, a.status, 'NONE') as status,
                 case when a.id is null then 'NOT_ASSESSED' when a.compliant then 'COMPLIANT' else 'WITH_GAPS' end as compliance,
                 coalesce(a.gap_kinds, '{}'::jsonb) as gap_kinds,
                 coalesce(o.actions, a.actions, '[]'::jsonb) as actions
            from org_unit u
            left join outlet_plan o on o.unit_id = u.id and o.status in ('DRAFT', 'SUBMITTED', 'RETURNED')
            left join outlet_plan a on a.unit_id = u.id and a.status = 'APPROVED'
           where u.level = 'OUTLET' and u.status = 'OPEN' and (u.parent_id = any(parents) or u.id = any(outlets))
        )
        select u.id, u.parent_id, 'outlets', '', 1 from u
        union all select u.id, u.parent_id, 'status', u.status, 1 from u
        union all select u.id, u.parent_id, 'compliance', u.compliance, 1 from u
        union all select u.id, u.parent_id, 'category', coalesce(u.category, ''), 1 from u
        union all select u.id, u.parent_id, 'kind', k, 1 from u cross join lateral jsonb_object_keys(u.gap_kinds) k
        union all select u.id, u.parent_id, 'due', e ->> 'dueDate', count(*)::int
                    from u cross join lateral jsonb_array_elements(u.actions) e
                   where e ->> 'done' = 'false'
                   group by 1, 2, 4
        union all select u.id, u.parent_id, 'wave', w.rollout_id || '/' || w.wave || '/' || w."end" || '/' || (u.compliance = 'COMPLIANT'), 1
                    from u join rollout_outlet_wave w on w.outlet_id = u.id
      $$;`);

    this.addSql(`create function "compliance_tally_refresh"(parents uuid[]) returns void language plpgsql as $$
      declare p uuid;
      begin
        parents := array(select distinct x from unnest(parents) x where x is not null order by 1);
        if cardinality(parents) = 0 then return; end if;
        -- Wait for whoever is recounting these parents to commit, then count afresh (each statement below takes a new snapshot).
        foreach p in array parents loop
          perform pg_advisory_xact_lock(1105, hashtext(p::text));
        end loop;
        delete from compliance_tally t where t.parent_id = any(parents);
        insert into compliance_tally (parent_id, dimension, key, n)
          select f.parent_id, f.dimension, f.key, sum(f.n)::int from compliance_outlet_facts(parents, '{}') f group by 1, 2, 3;
      end $$;`);

    // Plans and outlets' waves name their outlet (unit_id, outlet_id: the trigger's argument); the parents of the outlets a statement touched, before and after, are recounted.
    this.addSql(`create function "compliance_tally_on_outlet_rows"() returns trigger language plpgsql as $$
      declare parents uuid[];
      begin
        execute format(case tg_op
            when 'INSERT' then 'select array(select u.parent_id from new_rows r join org_unit u on u.id = r.%1$I)'
            when 'DELETE' then 'select array(select u.parent_id from old_rows r join org_unit u on u.id = r.%1$I)'
            else 'select array(select u.parent_id from new_rows r join org_unit u on u.id = r.%1$I
                               union select u.parent_id from old_rows r join org_unit u on u.id = r.%1$I)' end, tg_argv[0])
          into parents;
        perform compliance_tally_refresh(parents);
        return null;
      end $$;`);
    for (const [op, refs] of TRIGGER_EVENTS) {
      this.addSql(`create trigger "compliance_tally_plans_${op}" after ${op} on "outlet_plan" referencing ${refs} for each statement execute function "compliance_tally_on_outlet_rows"('unit_id');`);
      this.addSql(`create trigger "compliance_tally_waves_${op}" after ${op} on "rollout_outlet_wave" referencing ${refs} for each statement execute function "compliance_tally_on_outlet_rows"('outlet_id');`);
    }

    // Outlets opened, closed, recategorized, moved or removed move their old and new parents' tallies.
    // (A branch moved with its subtree changes no outlet's parent: the roll-up reads parents' paths live.)
    this.addSql(`create function "compliance_tally_on_units"() returns trigger language plpgsql as $$
      begin
        if tg_op = 'INSERT' then
          perform compliance_tally_refresh(array(select r.parent_id from new_rows r where r.level = 'OUTLET'));
        elsif tg_op = 'DELETE' then
          perform compliance_tally_refresh(array(select r.parent_id from old_rows r where r.level = 'OUTLET'));
        else
          perform compliance_tally_refresh(array(
            select x from old_rows o join new_rows n on n.id = o.id
                   cross join lateral (values (o.parent_id), (n.parent_id)) v(x)
             where (o.level = 'OUTLET' or n.level = 'OUTLET')
               and (o.parent_id, o.status, o.category, o.level) is distinct from (n.parent_id, n.status, n.category, n.level)));
        end if;
        return null;
      end $$;`);
    for (const [op, refs] of TRIGGER_EVENTS) {
      this.addSql(`create trigger "compliance_tally_units_${op}" after ${op} on "org_unit" referencing ${refs} for each statement execute function "compliance_tally_on_units"();`);
    }

    this.addSql(`select compliance_tally_refresh(array(select distinct parent_id from org_unit where level = 'OUTLET'));`);
  }

  override async down(): Promise<void> {
    for (const [op] of TRIGGER_EVENTS) {
      this.addSql(`drop trigger if exists "compliance_tally_plans_${op}" on "outlet_plan";`);
      this.addSql(`drop trigger if exists "compliance_tally_units_${op}" on "org_unit";`);
      this.addSql(`drop trigger if exists "compliance_tally_waves_${op}" on "rollout_outlet_wave";`);
    }
    this.addSql(`drop function if exists "compliance_tally_on_outlet_rows"();`);
    this.addSql(`drop function if exists "compliance_tally_on_units"();`);
    this.addSql(`drop function if exists "compliance_tally_refresh"(uuid[]);`);
    this.addSql(`drop function if exists "compliance_outlet_facts"(uuid[], uuid[]);`);
    this.addSql(`drop table if exists "compliance_tally" cascade;`);
  }
}
