/**
 * How far along an outlet plan is, in three equal parts: the facts recorded,
 * the gaps covered (each by a dated action or a justification, as the API's
 * `addressed` says), and submitted. A plan without gaps has nothing left to
 * cover once its facts are in; a withdrawn plan starts again from nothing.
 * Kept free of React so a test can drive it.
 */
export interface ProgressOf {
  status: string;
  gaps: readonly { addressed: boolean }[];
}

export function planProgress(plan: ProgressOf | null) {
  const facts = !!plan && plan.status !== 'WITHDRAWN';
  const gaps = facts ? plan!.gaps.length : 0;
  const covered = facts ? plan!.gaps.filter((g) => g.addressed).length : 0;
  const submitted = !!plan && (plan.status === 'SUBMITTED' || plan.status === 'APPROVED');
  const parts = (facts ? 1 : 0) + (facts ? (gaps ? covered / gaps : 1) : 0) + (submitted ? 1 : 0);
  return { facts, gaps, covered, submitted, percent: Math.round((parts / 3) * 100) };
}
