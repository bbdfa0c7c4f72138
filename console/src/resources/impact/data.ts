/**
 * The impact preview (impactPreview): which outlets below a draft would see
 * which values change, typed from the schema by the generator.
 */
import { graphql } from '../../gql';
import type { ImpactPreviewQuery } from '../../gql/graphql';
import { gql } from '../../graphql';

const IMPACT_QUERY = graphql(`
  query ImpactPreview($localVersionId: ID, $editionCode: String) {
    impactPreview(localVersionId: $localVersionId, editionCode: $editionCode) {
      subjectKind subjectCode outletsBelow outletsAffected unitsAffected
      compliance { outletsAssessed stopMeeting startMeeting examples { outletCode nameZh nameEn direction gapKinds } }
      groups {
        tierOneCode tierTwoCode outletCategory outlets
        tierOneBranch { code name { zh en } }
        tierTwoBranch { code name { zh en } }
        changes {
          path
          before { ...ImpactSide }
          after { ...ImpactSide }
        }
      }
    }
  }
`);

graphql(`
  fragment ImpactSide on PolicedValue {
    path policy setBy { unitCode layerCode }
    ... on IntValue { int: value }
    ... on RangeValue { range: value { min max } }
    ... on MoneyValue { money: value { amount currency } }
    ... on TextValue { text: value { zh en } }
    ... on TextListValue { texts: value { zh en } }
    ... on CodeListValue { codes: value { code } }
    ... on RequirementValue { requirement: value }
  }
`);

export type ImpactPreview = ImpactPreviewQuery['impactPreview'];
export type ImpactGroup = ImpactPreview['groups'][number];
export type ImpactSide = NonNullable<ImpactGroup['changes'][number]['before']>;

/** The draft whose impact is shown: a branch's local version by id, or head office's draft edition by code. */
export type ImpactSubject = { localVersionId: string } | { editionCode: string };

export async function fetchImpactPreview(subject: ImpactSubject, signal?: AbortSignal): Promise<ImpactPreview> {
  const data = await gql(IMPACT_QUERY, subject, { signal });
  return data.impactPreview;
}

/** A value in a short form for the table: numbers as they are, ranges as min–max, lists by length. */
export function shortValue(v: ImpactSide | null | undefined, zh: boolean): string {
  if (!v) return '—';
  const x = v as Record<string, any>;
  if (x.int != null) return String(x.int);
  if (x.range) return `${x.range.min ?? ''}–${x.range.max ?? ''}`;
  if (x.money) return `${x.money.amount} ${x.money.currency}`;
  if (x.text) return zh ? x.text.zh : x.text.en;
  if (x.texts) return x.texts.map((t: { zh: string; en: string }) => (zh ? t.zh : t.en)).join('; ');
  if (x.codes) return x.codes.map((c: { code: string }) => c.code).join(', ');
  if (x.requirement) return x.requirement;
  return '—';
}

/** Affected outlets per tier-one branch, largest first: what the chart draws. */
export function outletsByTierOne(groups: readonly ImpactGroup[]): { code: string; outlets: number }[] {
  const totals = new Map<string, number>();
  for (const g of groups) totals.set(g.tierOneCode, (totals.get(g.tierOneCode) ?? 0) + g.outlets);
  return [...totals].map(([code, outlets]) => ({ code, outlets })).sort((a, b) => b.outlets - a.outlets || (a.code < b.code ? -1 : 1));
}
