/**
 * The impact preview at benchmark scale, measured in process (the service,
 * without HTTP: a draft is read by signed-in people, never by the bench's
 * API token). Also where the generated local versions are checked with the
 * local-version service's own policy check, since the network writes them
 * in bulk.
 */
import { performance } from 'node:perf_hooks';
import { initOrm } from '../api/src/db/orm.js';
import { SYSTEM_ACTOR } from '../api/src/shared/actor.js';
import { Scope } from '../api/src/shared/auth/scope.js';
import { OrgUnit } from '../api/src/modules/org-unit/org-unit.entity.js';
import { StandardEdition } from '../api/src/modules/standard/standard.entities.js';
import { itemData, loadContents } from '../api/src/modules/standard/standard.content.js';
import { kindSpec } from '../api/src/modules/standard/standard.kinds.js';
import { createDraft, saveItem } from '../api/src/modules/standard/standard.service.js';
import { checkChange, createLocalVersion, inheritedBy, setLocalValue } from '../api/src/modules/local-version/local-version.service.js';
import { editionImpact, localVersionImpact } from '../api/src/modules/impact/impact.service.js';
import { codes, LOCAL_CHANGES } from './network.js';

export interface ImpactTiming {
  label: string;
  /** Median of the timed runs, in milliseconds. */
  ms: number;
  outletsAffected: number;
  outletsBelow: number;
  groups: number;
}

/**
 * Checks the generated versions of B01 and B01-01 (every tier-one and every
 * tier-two branch has the same change) against what those units inherit,
 * with the check the services apply to every change. Throws on a violation.
 */
async function checkGeneratedVersions(em: Parameters<typeof inheritedBy>[0], edition: StandardEdition) {
  for (const [code, change] of [
    [codes.tierOne(1), LOCAL_CHANGES.TIER_ONE_BRANCH],
    [codes.tierTwo(1, 1), LOCAL_CHANGES.TIER_TWO_BRANCH],
  ] as const) {
    const unit = await em.findOneOrFail(OrgUnit, { code });
    const violation = checkChange(await inheritedBy(em, unit, edition), change as never);
    if (violation) throw new Error(`the generated local version of ${code} breaks its policy: ${violation.message}`);
  }
}

/** Times `run` `times` times after one untimed run (the edition in force gets cached), and gives the median. */
async function timed<T>(times: number, run: () => Promise<T>): Promise<{ ms: number; answer: T }> {
  let answer = await run();
  const runs: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    answer = await run();
    runs.push(performance.now() - started);
  }
  runs.sort((a, b) => a - b);
  return { ms: runs[Math.floor(runs.length / 2)], answer };
}

/**
 * Drafts a tier-one local version (B01 lowers nothing and raises the general
 * outlets' marketing minimum by one) and a head-office edition (the general
 * category's minimum raised by one), both through the services, then times the
 * impact preview of each.
 */
export async function measureImpact(databaseUrl: string, times = 5): Promise<ImpactTiming[]> {
  const orm = await initOrm({ url: databaseUrl });
  try {
    const system = new Scope(SYSTEM_ACTOR);
    const em = orm.em.fork();
    const current = await em.findOneOrFail(StandardEdition, { isCurrent: true });
    await checkGeneratedVersions(em, current);

    const categories = (await loadContents(em, [current.id])).get(current.id)!.outletCategories as unknown as { code: string; marketingStaffMin: { value: number } }[];
    const raised = categories.find((c) => c.code === 'GENERAL')!.marketingStaffMin.value + 1;

    const local = await createLocalVersion(em, system, { orgUnitCode: codes.tierOne(1), code: `${codes.tierOne(1)}-DRAFT`, title: { zh: '影响预览草稿', en: 'Impact preview draft' } });
    const drafted = await setLocalValue(em, system, { id: local.id, expectedVersion: local.version, path: 'outletCategories/GENERAL/marketingStaffMin', value: raised });

    let edition = await createDraft(em, system, { code: 'HO-BENCH-DRAFT', title: { zh: '基准草稿', en: 'Bench draft' } as never, basedOnCode: current.code });
    const draftGeneral = (await loadContents(em, [edition.id])).get(edition.id)!.outletCategories.find((c) => c.code === 'GENERAL')!;
    const data = itemData(draftGeneral) as { marketingStaffMin: { value: number } };
    data.marketingStaffMin.value = raised;
    edition = await saveItem(em, system, kindSpec('OUTLET_CATEGORY') as never, edition.code, edition.version, data as never);

    const results: ImpactTiming[] = [];
    const record = (label: string, { ms, answer }: { ms: number; answer: Awaited<ReturnType<typeof editionImpact>> }) =>
      results.push({ label, ms, outletsAffected: answer.outletsAffected, outletsBelow: answer.outletsBelow, groups: answer.groups.length });
    record(`tier-one draft (${codes.tierOne(1)})`, await timed(times, () => localVersionImpact(orm.em.fork(), system, drafted.id)));
    record('head-office draft edition', await timed(times, () => editionImpact(orm.em.fork(), system, edition.code)));
    return results;
  } finally {
    await orm.close(true);
  }
}
