/** Choices of the forms' selects: the edition's own positions, zones and device types. */
import { useText } from '../fields';
import type { EditionRecord } from '../types';

export interface Choice {
  id: string;
  name: string;
}

export function useEditionChoices(edition: EditionRecord) {
  const text = useText();
  const label = (i: { code: string; name: { zh: string; en: string } }) => `${text(i.name)} (${i.code})`;
  return {
    /** outlet posts only (no supporting roles) */
    posts: edition.positions.filter((p) => p.kind === 'POSITION').map((p) => ({ id: p.code, name: label(p) })),
    positions: edition.positions.map((p) => ({ id: p.code, name: label(p) })),
    zones: edition.zones.map((z) => ({ id: z.code, name: label(z) })),
    devices: edition.deviceTypes.map((d) => ({ id: d.code, name: label(d) })),
    selfServiceDevices: edition.deviceTypes.filter((d) => d.kind === 'SELF_SERVICE').map((d) => ({ id: d.code, name: label(d) })),
    smartDevices: edition.deviceTypes.filter((d) => d.kind === 'SMART').map((d) => ({ id: d.code, name: label(d) })),
  };
}

/** Choices for a list of enum values, labelled by translation keys under `prefix`. */
export const enumChoices = (values: readonly string[], prefix: string): Choice[] =>
  values.map((id) => ({ id, name: `${prefix}.${id}` }));
