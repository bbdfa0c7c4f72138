import type { OutletFacts } from '../../api/src/modules/compliance/gaps.js';
import type { OutletStandard } from '../../api/src/modules/outlet-plan/outlet-plan.service.js';

/** Facts that meet every requirement of the outlet's standard, derived from the standard itself. */
export function compliantFacts(standard: OutletStandard, category: string): OutletFacts {
  const prefix = `outletCategories/${category}/`;
  const at = (p: string) => standard.values.get(prefix + p)?.value as never;
  const counts = new Map<string, number>();
  const zones: OutletFacts['zones'][number][] = [];
  const devices: OutletFacts['devices'][number][] = [];
  for (const v of standard.values.values()) {
    if (!v.path.startsWith(prefix)) continue;
    const [field, key] = v.path.slice(prefix.length).split('/');
    if (field === 'staffing') counts.set(key, (v.value as { min: number }).min);
    if (field === 'devices') devices.push({ deviceType: key, count: v.value as number });
    if (field === 'zones') zones.push({ zone: key, status: 'PRESENT' });
  }
  const lobby = at('lobbyStaffTotal') as { min: number } | undefined;
  const lobbyNow = (counts.get('LOBBY_MANAGER') ?? 0) + (counts.get('LOBBY_GUIDE') ?? 0);
  if (lobby && lobbyNow < lobby.min) counts.set('LOBBY_GUIDE', (counts.get('LOBBY_GUIDE') ?? 0) + lobby.min - lobbyNow);
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const minimum = Math.max((at('marketingStaffMin') as number | undefined) ?? 0, total);
  const free = [...standard.positions].find((p) => !counts.has(p))!;
  counts.set(free, minimum - total + ((at('salesServiceStaffMin') as number | undefined) ?? 0));
  return {
    floorArea: 900,
    staffing: [...counts].map(([position, current]) => ({ position, current, target: current })),
    zones,
    devices,
    acknowledgedRules: standard.coreRules.map((r) => r.code),
  };
}

