/**
 * The gap list (差距清单) in a real browser: Foshan's approver opens it from
 * the menu, keeps to one kind of gap, and exports it to Excel; the workbook
 * holds the known outlet's gaps of that kind, each with what closes it.
 * Foshan has no demo plans, so this file writes one for GD-FS-02 (a
 * medium-sized outlet short of devices) through the service before the
 * browser opens.
 *
 * Needs Debian's Chromium at /usr/bin/chromium (see standard.test.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { STEP_TIMEOUT, browserSession, browserTestsEnabled } from '../support/browser';
import { csvRows, downloadFrom, xlsxRows } from '../support/downloads';
import { SYSTEM_ACTOR } from '../../api/src/shared/actor';
import { Scope } from '../../api/src/shared/auth/scope';
import { addAction, saveFacts } from '../../api/src/modules/outlet-plan/outlet-plan.service';

const OUTLET = 'GD-FS-02';
const MEDIUM = 'outletCategories/MEDIUM_FULL_FUNCTION';

describe.skipIf(!browserTestsEnabled('gaps-e2e'))('the gap list in a browser', () => {
  const session = browserSession('gaps-e2e');

  beforeAll(async () => {
    const system = new Scope(SYSTEM_ACTOR);
    // One ATM, no cash recycler, one multi-function terminal (the standard asks for 1, 2 and 2); nothing else recorded.
    const plan = await saveFacts(session.db.orm.em.fork(), system, OUTLET, null, {
      floorArea: 500,
      staffing: [],
      zones: [],
      devices: [
        { deviceType: 'ATM', count: 1 },
        { deviceType: 'MULTI_FUNCTION_TERMINAL', count: 1 },
      ],
      acknowledgedRules: [],
    });
    await addAction(session.db.orm.em.fork(), system, OUTLET, plan.version, {
      who: '桂城支行 陈晨 (Chen Chen)',
      dueDate: '2027-04-30',
      what: '申领两台存取款一体机',
      expectedEffect: '存取款一体机达到2台',
      path: `${MEDIUM}/devices/CASH_RECYCLER`,
    });
  });

  it('lets a tier-two branch list its outlets’ gaps of one kind and export them to Excel', async () => {
    session.screenshotOnFailure('gaps');
    const page = await session.newPage();
    await session.signIn(page, 't2_staff');
    await page.getByRole('menuitem', { name: '差距清单' }).click();
    await expect.poll(() => page.url()).toMatch(/#\/outlet-gaps(\?|$)/);
    await page.getByTestId(`gap-list-row-${OUTLET}`).first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
    const kinds = page.getByTestId('gap-list-kind');
    // Unfiltered, the bare outlet has staffing and zone gaps as well as device ones.
    expect(new Set(await kinds.allInnerTexts()).size).toBeGreaterThan(1);

    await page.getByLabel('差距类型').click();
    await page.getByRole('option', { name: '设备不足' }).click();
    await expect.poll(async () => [...new Set(await kinds.allInnerTexts())], { timeout: STEP_TIMEOUT }).toEqual(['设备不足']);
    await expect.poll(() => kinds.count(), { timeout: STEP_TIMEOUT }).toBe(2);

    const xlsx = await downloadFrom(page, page.getByTestId('export-xlsx'));
    expect(xlsx.fileName).toBe('gaps-GD-FS-DEVICES_TOO_FEW.xlsx');
    const { rows } = await xlsxRows(xlsx.path);
    expect(rows.map((r) => [r.outlet_code, r.kind, r.requirement, r.requirement_name_zh, r.expected, r.actual, r.set_by, r.action_due, r.action_what])).toEqual([
      [OUTLET, 'DEVICES_TOO_FEW', `${MEDIUM}/devices/CASH_RECYCLER`, '存取款一体机', '≥ 2', '0', 'HO', '2027-04-30', '申领两台存取款一体机'],
      [OUTLET, 'DEVICES_TOO_FEW', `${MEDIUM}/devices/MULTI_FUNCTION_TERMINAL`, expect.any(String), '≥ 2', '1', 'HO', '', ''],
    ]);
    expect(rows[0]).toMatchObject({ outlet_name_zh: '佛山南海桂城支行', under: 'GD-FS', plan_status: 'DRAFT', addressed: 'yes' });
    expect(rows[1]).toMatchObject({ addressed: 'no', justification: '' });

    // A row opens the plan's review page, which exports that plan's gaps (every kind) in the same columns.
    await page.getByTestId(`gap-list-row-${OUTLET}`).first().click();
    await page.getByTestId('op-gaps').waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
    expect(page.url()).toContain(`#/outlet-plans/${OUTLET}/review`);
    const csv = await downloadFrom(page, page.getByTestId('review-export-csv'));
    expect(csv.fileName).toMatch(new RegExp(`^gaps-${OUTLET}-r\\d+\\.csv$`));
    const planRows = csvRows(csv.path);
    expect(planRows.length).toBeGreaterThan(2);
    expect(planRows.find((r) => r.requirement === `${MEDIUM}/devices/CASH_RECYCLER`)).toMatchObject({ outlet_code: OUTLET, kind: 'DEVICES_TOO_FEW', action_due: '2027-04-30', addressed: 'yes' });
  });
});
