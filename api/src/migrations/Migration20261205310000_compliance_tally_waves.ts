import { Migration } from '@mikro-orm/migrations';

/**
 * The roll-up by rollout wave (issue 11): the tally of migration
 * 20261205300000 also counts each parent's outlets by rollout wave, keyed
 * `<rollout id>/<wave>/<wave end>/<compliant>`, so a head-office roll-up by
 * wave reads the same few thousand rows instead of joining 40,000 outlets to
 * their waves and plans. The wave's end is in the key because "late" (the
 * wave is over and the outlet does not yet meet the standard) depends on the
 * day. rollout_outlet_wave changes (a tier-two scheme approved) recount the
 * parents of the outlets they place, like plan and outlet changes do.
 */
const FACTS = (withWaves: boolean) => `create or replace function "compliance_outlet_facts"(parents uuid[], outlets uuid[])
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
                   group by 1, 2, 4${withWaves ? `
        union all select u.id, u.parent_id, 'wave', w.rollout_id || '/' || w.wave || '/' || w."end" || '/' || (u.compliance = 'COMPLIANT'), 1
                    from u join rollout_outlet_wave w on w.outlet_id = u.id` : ''}
      $$;`;

export class Migration20261205310000_compliance_tally_waves extends Migration {
  override async up(): Promise<void> {
    this.addSql(FACTS(true));
    this.addSql(`create function "compliance_tally_on_waves"() returns trigger language plpgsql as $$
      begin
        if tg_op = 'INSERT' then
          perform compliance_tally_refresh(array(select u.parent_id from new_rows r join org_unit u on u.id = r.outlet_id));
        elsif tg_op = 'DELETE' then
          perform compliance_tally_refresh(array(select u.parent_id from old_rows r join org_unit u on u.id = r.outlet_id));
        else
          perform compliance_tally_refresh(array(
            select u.parent_id from new_rows r join org_unit u on u.id = r.outlet_id
            union select u.parent_id from old_rows r join org_unit u on u.id = r.outlet_id));
        end if;
        return null;
      end $$;`);
    for (const [op, refs] of [['insert', 'new table as new_rows'], ['update', 'old table as old_rows new table as new_rows'], ['delete', 'old table as old_rows']]) {
      this.addSql(`create trigger "compliance_tally_waves_${op}" after ${op} on "rollout_outlet_wave" referencing ${refs} for each statement execute function "compliance_tally_on_waves"();`);
    }
    this.addSql(`select compliance_tally_refresh(array(select distinct u.parent_id from rollout_outlet_wave w join org_unit u on u.id = w.outlet_id));`);
  }

  override async down(): Promise<void> {
    for (const op of ['insert', 'update', 'delete']) this.addSql(`drop trigger if exists "compliance_tally_waves_${op}" on "rollout_outlet_wave";`);
    this.addSql(`drop function if exists "compliance_tally_on_waves"();`);
    this.addSql(FACTS(false));
    this.addSql(`delete from compliance_tally where dimension = 'wave';`);
  }
}
