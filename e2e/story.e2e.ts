/**
 * The guided story: loaded on first use, stepped with buttons, arrow keys and the URL; each step sets
 * the time shown, the selected feature and the camera; leaving returns to the free map.
 */
import { expect, test, waitForMap } from './fixtures';

test('the story loads on first use and steps with buttons, keys and the URL', async ({ page }) => {
	const fetched: string[] = [];
	page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
	await page.goto('/');
	await waitForMap(page);
	expect(fetched.filter((p) => p.endsWith('/story.json'))).toEqual([]);
	await page.getByTestId('story-open').click();
	const panel = page.getByTestId('story-panel');
	await expect(panel).toHaveAttribute('data-step', '1');
	expect(fetched.filter((p) => p.endsWith('/story.json'))).toHaveLength(1);
	await expect(page).toHaveURL(/story=mission&step=1/);
	await expect(page).toHaveURL(/from=2020-11-10&to=2020-11-30/);
	await expect(page).toHaveURL(/place=line-of-contact-2020/);
	await expect(page.getByTestId('time-shown')).toContainText('10 Nov 2020 – 30 Nov 2020');
	await expect(panel).toContainText('Deployment, November 2020');

	await page.getByTestId('story-next').click();
	await expect(panel).toHaveAttribute('data-step', '2');
	await expect(page).toHaveURL(/step=2/);
	await expect(page).toHaveURL(/place=lachin-corridor-2020/);

	// Arrow keys step when the focus is on the page, not in the map or a field.
	await page.locator('h1').click();
	await page.keyboard.press('ArrowRight');
	await expect(panel).toHaveAttribute('data-step', '3');
	await expect(page).toHaveURL(/place=lachin-corridor-2022/);
	await expect(page).toHaveURL(/from=2022-08-30&to=2022-11-30/);
	await page.keyboard.press('ArrowLeft');
	await expect(panel).toHaveAttribute('data-step', '2');
	// Back walks the steps taken (1 → 2 → 3 → 2).
	await page.goBack();
	await expect(panel).toHaveAttribute('data-step', '3');

	await page.getByTestId('story-leave').click();
	await expect(panel).toHaveCount(0);
	await expect(page).not.toHaveURL(/story=|from=|place=/);
	await expect(page.getByTestId('time-shown')).toContainText('27 Sept 2020 – 12 Jun 2024');
});

test('a link to a step opens it with its feature and camera; unknown stories give the free map', async ({
	page
}) => {
	await page.goto('/?story=mission&step=7');
	await waitForMap(page);
	const panel = page.getByTestId('story-panel');
	await expect(panel).toHaveAttribute('data-step', '7');
	await expect(panel).toContainText('Withdrawal, April–June 2024');
	await expect(page.getByTestId('story-next')).toBeDisabled();
	await expect(
		page.getByRole('heading', { name: /Russian peacekeepers’ headquarters|headquarters/i }).first()
	).toBeVisible();
	await page.waitForFunction(() => !window.__map!.isMoving() && window.__map!.getZoom() > 8.5);
	const c = await page.evaluate(() => window.__map!.getCenter().toArray());
	expect(Math.abs(c[0]! - 46.78)).toBeLessThan(0.6);

	for (const bad of ['/?story=nowhere&step=1', '/?story=mission&step=99']) {
		await page.goto(bad);
		await waitForMap(page);
		await expect(page).not.toHaveURL(/story=/);
		await expect(page.getByTestId('story-panel')).toHaveCount(0);
		await expect(page.getByTestId('story-open')).toBeVisible();
	}
});
