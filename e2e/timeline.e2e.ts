/**
 * The time strip: it loads only when opened, its bands select periods, its handles are keyboard
 * sliders, dragging across it chooses a range, and the map follows each change.
 */
import type { Page } from '@playwright/test';
import { expect, test, waitForIdle, waitForMap } from './fixtures';

async function postState(page: Page, id: string): Promise<string> {
	return page.evaluate((id) => window.__map!.getFeatureState({ source: 'curated', id }).time as string, id);
}

test('the strip loads when first opened, and its bands select the named periods', async ({ page }) => {
	const fetched: string[] = [];
	page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
	await page.goto('/');
	await waitForMap(page);
	expect(fetched.filter((p) => p.endsWith('/timeline.json'))).toEqual([]);
	const scripts = fetched.length;
	await page.getByTestId('strip-toggle').click();
	await expect(page.getByTestId('strip-toggle')).toHaveAttribute('aria-expanded', 'true');
	const strip = page.getByTestId('time-strip');
	await expect(strip).toBeVisible();
	// Its code and its events came now, not with the first view.
	expect(fetched.slice(scripts).some((p) => p.endsWith('.js'))).toBe(true);
	expect(fetched.filter((p) => p.endsWith('/timeline.json'))).toHaveLength(1);
	await expect(strip.getByRole('list', { name: 'Events on the timeline' }).getByRole('listitem')).toHaveCount(
		13
	);

	await strip.getByTestId('band-2023').click();
	await expect(page).toHaveURL(/period=2023(?!,)/);
	await expect(page.getByTestId('period-2023')).toBeChecked();
	await expect(strip.getByTestId('band-2023')).toHaveAttribute('aria-pressed', 'true');
	await waitForIdle(page);
	expect(await postState(page, 'observation-post-north-01')).toBe('dismantled');
});

test('the handles are sliders: keys move the range and the map follows', async ({ page }) => {
	await page.goto('/');
	await waitForMap(page);
	await page.getByTestId('strip-toggle').click();
	const start = page.getByTestId('handle-start');
	const end = page.getByTestId('handle-end');
	await expect(start).toHaveAttribute('aria-valuetext', /27 Sept? 2020/);
	await end.focus();
	await page.keyboard.press('Home');
	// Home takes the end back to the start: one day, the first of the war.
	await expect(page).toHaveURL(/from=2020-09-27&to=2020-09-27/);
	for (let i = 0; i < 4; i++) await page.keyboard.press('PageUp');
	await expect(page).toHaveURL(/from=2020-09-27&to=2021-01-25/);
	await expect(end).toHaveAttribute('aria-valuetext', /25 Jan 2021/);
	await waitForIdle(page);
	expect(await postState(page, 'observation-post-north-01')).toBe('established');
	await start.focus();
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/from=2020-10-04&to=2021-01-25/);
	await expect(page.getByTestId('time-shown')).toContainText('4 Oct 2020 – 25 Jan 2021');
});

test('dragging across the strip chooses a range', async ({ page }) => {
	await page.goto('/');
	await waitForMap(page);
	await page.getByTestId('strip-toggle').click();
	const box = (await page.getByTestId('strip-track').boundingBox())!;
	const y = box.y + box.height / 2;
	// About mid-2021 to late 2022: the posts stood throughout.
	await page.mouse.move(box.x + box.width * 0.22, y);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width * 0.4, y, { steps: 4 });
	await page.mouse.move(box.x + box.width * 0.55, y, { steps: 4 });
	await page.mouse.up();
	await expect(page).toHaveURL(/from=2021-\d\d-\d\d&to=2022-\d\d-\d\d/);
	await waitForIdle(page);
	expect(await postState(page, 'observation-post-north-01')).toBe('standing');
	expect(await postState(page, 'monitoring-centre-aghdam')).toBe('standing');
	expect(await postState(page, 'lachin-corridor-2022')).toMatch(/not-yet|established/);
});

test('on a phone the strip is collapsed until asked for, and closes again', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 740 });
	await page.goto('/');
	await waitForMap(page);
	await expect(page.getByTestId('time-strip')).toHaveCount(0);
	await page.getByTestId('strip-toggle').click();
	await expect(page.getByTestId('time-strip')).toBeVisible();
	await page.getByTestId('strip-toggle').click();
	await expect(page.getByTestId('time-strip')).toBeHidden();
	await expect(page.getByTestId('strip-toggle')).toHaveAttribute('aria-expanded', 'false');
});
