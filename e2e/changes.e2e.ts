/**
 * "What changed": the view between two days loads on first use, draws each change as feature state
 * (halo and ring layers), lists the changes with their dates and sources, and follows the URL.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test, waitForIdle, waitForMap } from './fixtures';

const state = (page: Page, id: string) =>
	page.evaluate((id) => window.__map!.getFeatureState({ source: 'curated', id }), id);

test('the default comparison loads on first use and draws established, removed, moved, unchanged', async ({
	page
}) => {
	const fetched: string[] = [];
	page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
	await page.goto('/');
	await waitForMap(page);
	const first = fetched.length;
	expect(await page.evaluate(() => window.__map!.getLayer('change-halo'))).toBeUndefined();
	await page.getByTestId('compare-open').click();
	await expect(page).toHaveURL(/compare=2020-12-01,2023-10-01/);
	const panel = page.getByTestId('compare-panel');
	await expect(panel).toBeVisible();
	expect(fetched.slice(first).some((p) => p.endsWith('.js'))).toBe(true);
	await waitForIdle(page);
	expect(await page.evaluate(() => Boolean(window.__map!.getLayer('change-halo')))).toBe(true);

	expect(await state(page, 'lachin-corridor-2022')).toMatchObject({ change: 'moved-to', on: true });
	expect(await state(page, 'lachin-corridor-2020')).toMatchObject({
		change: 'moved-from',
		on: true,
		time: 'dismantled'
	});
	expect(await state(page, 'monitoring-centre-aghdam')).toMatchObject({
		change: 'established',
		time: 'established'
	});
	expect(await state(page, 'peacekeeping-zone-2020')).toMatchObject({ change: 'removed' });
	expect(await state(page, 'stepanakert')).toMatchObject({ change: 'unchanged', on: true });

	await expect(page.getByTestId('compare-legend')).toContainText('Moved');
	const list = page.getByTestId('compare-list');
	const moved = list.locator('li[data-id="lachin-corridor-2022"]');
	await expect(moved).toContainText('Moved');
	await expect(moved).toContainText('30 Aug 2022');
	await expect(moved).toContainText('replacing Lachin corridor (2020–2022 road)');
	await expect(moved.getByRole('link')).toHaveAttribute('href', /^https?:\/\//);
	await expect(list.locator('li[data-id="monitoring-centre-aghdam"]')).toContainText('30 Jan 2021');
	await expect(list.locator('li[data-status="removed"]').first()).toBeVisible();
	// A move is listed once, under its new route.
	await expect(list.locator('li[data-id="lachin-corridor-2020"]')).toHaveCount(0);

	await page.getByTestId('compare-close').click();
	await expect(page).not.toHaveURL(/compare=/);
	await expect(panel).toHaveCount(0);
	await waitForIdle(page);
	expect(await page.evaluate(() => window.__map!.getLayer('change-halo'))).toBeUndefined();
	expect(await state(page, 'lachin-corridor-2020')).toMatchObject({ on: true, time: 'dismantled' });
});

test('other days by link or by the date fields; a malformed link gives the default view', async ({
	page
}) => {
	await page.goto('/?compare=2020-12-01,2021-12-01');
	await waitForMap(page);
	await expect(page.getByTestId('compare-summary')).toContainText('1 established');
	await waitForIdle(page);
	expect(await state(page, 'lachin-corridor-2020')).toMatchObject({ change: 'unchanged' });
	expect(await state(page, 'lachin-corridor-2022')).toMatchObject({ change: 'absent', on: false });

	await page.getByTestId('compare-b').fill('2023-09-01');
	await expect(page).toHaveURL(/compare=2020-12-01,2023-09-01/);
	await waitForIdle(page);
	expect(await state(page, 'lachin-corridor-2022')).toMatchObject({ change: 'moved-to' });
	expect(await state(page, 'temporary-post-corridor-01')).toMatchObject({ change: 'removed' });
	expect(await state(page, 'observation-post-north-01')).toMatchObject({ change: 'unchanged' });

	await page.goto('/?compare=2023-10-01,2020-12-01');
	await waitForMap(page);
	await expect(page.getByTestId('compare-open')).toBeVisible();
	await expect(page.getByTestId('compare-panel')).toHaveCount(0);
});

test('the downloads of the comparison say the two days and each feature’s change', async ({ page }) => {
	await page.goto('/?compare=2020-12-01,2023-10-01');
	await waitForMap(page);
	await expect(page.getByTestId('compare-panel')).toBeVisible();
	const [geo] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId('export-geojson').click()
	]);
	const data = JSON.parse(readFileSync((await geo.path())!, 'utf8'));
	expect(data.metadata.compare).toEqual({ from: '2020-12-01', to: '2023-10-01' });
	const change = (id: string) =>
		data.features.find((f: { properties: { id: string } }) => f.properties.id === id)?.properties.change;
	expect(change('lachin-corridor-2022')).toBe('moved-to');
	expect(change('peacekeeping-zone-2020')).toBe('removed');
});
