/**
 * The outlet plan wizard's progress indicator (console/src/resources/outlet-plans/progress.ts).
 */
import { describe, expect, it } from 'vitest';
import { planProgress } from '../console/src/resources/outlet-plans/progress.js';

const gaps = (addressed: number, open: number) => [...Array(addressed).fill({ addressed: true }), ...Array(open).fill({ addressed: false })];

describe('plan progress', () => {
  it('is nothing before the facts are saved', () => {
    expect(planProgress(null)).toMatchObject({ facts: false, percent: 0 });
  });

  it('is a third once the facts are in, and grows with each gap covered', () => {
    expect(planProgress({ status: 'DRAFT', gaps: gaps(0, 4) })).toMatchObject({ facts: true, covered: 0, gaps: 4, percent: 33 });
    expect(planProgress({ status: 'DRAFT', gaps: gaps(2, 2) }).percent).toBe(50);
    expect(planProgress({ status: 'RETURNED', gaps: gaps(4, 0) })).toMatchObject({ covered: 4, percent: 67 });
  });

  it('counts a plan without gaps as covered', () => {
    expect(planProgress({ status: 'DRAFT', gaps: [] }).percent).toBe(67);
  });

  it('is complete once submitted or approved', () => {
    expect(planProgress({ status: 'SUBMITTED', gaps: gaps(3, 0) })).toMatchObject({ submitted: true, percent: 100 });
    expect(planProgress({ status: 'APPROVED', gaps: gaps(3, 0) }).percent).toBe(100);
  });

  it('starts again from nothing after a withdrawal', () => {
    expect(planProgress({ status: 'WITHDRAWN', gaps: gaps(3, 0) })).toMatchObject({ facts: false, submitted: false, percent: 0 });
  });
});
