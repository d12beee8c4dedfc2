/**
 * Embed and share: `/embed` (and `?embed` on the full map, for older links) shows the map, the time
 * strip and the popup only, with a link to the full map; the full map gives an `<iframe>` of the
 * view shown, which opens that view embedded.
 */
import { expect, test, waitForIdle, waitForMap } from './fixtures';

test('embed mode: the map, the strip and the popup, and a link to the full map', async ({ page }) => {
	await page.goto('/embed?from=2022-12-12&to=2023-04-23&place=shusha');
	await waitForMap(page);
	await expect(page.locator('aside.side')).toBeHidden();
	await expect(page.getByTestId('time-controls')).toBeHidden();
	await expect(page.locator('canvas.maplibregl-canvas')).toBeVisible();
	await expect(page.getByTestId('strip-toggle')).toBeVisible();
	await expect(page.getByRole('heading', { name: /Shusha \(Shushi\)/ })).toBeVisible();
	const full = page.getByTestId('open-full-map');
	await expect(full).toHaveAttribute('href', /\?from=2022-12-12&to=2023-04-23&place=shusha$/);
	// Nothing covers it once the map has settled (a trial click checks it would receive the click).
	await waitForIdle(page);
	await full.click({ trial: true, timeout: 5000 });
	await expect(page.locator('.summary-area')).toHaveCount(0);
	// The map fills the frame.
	const box = await page.locator('canvas.maplibregl-canvas').boundingBox();
	expect(box!.width).toBeGreaterThan((page.viewportSize()?.width ?? 0) - 5);

	// Unknown values fall back to the default view, still embedded.
	await page.goto('/embed?compare=garbage&story=NOPE&from=x');
	await waitForMap(page);
	await expect(page.locator('aside.side')).toBeHidden();
	await expect(page.getByTestId('open-full-map')).toHaveAttribute('href', /\/$/);

	// Links made for `?embed` on the full map still open the map alone.
	await page.goto('/?from=2022-12-12&to=2023-04-23&place=shusha&embed');
	await waitForMap(page);
	await expect(page.locator('aside.side')).toBeHidden();
	await expect(page.getByRole('heading', { name: /Shusha \(Shushi\)/ })).toBeVisible();
});

test('the embed page has no sidebar from its first paint: its prerendered HTML hides it', async ({
	request
}) => {
	const embed = await (await request.get('/embed')).text();
	expect(embed).toMatch(/<aside class="side[^"]*" hidden/);
	const full = await (await request.get('/')).text();
	expect(full).toMatch(/<aside class="side[^"]*">/);
});

test('the full map gives the embed code of the view shown, which opens it embedded', async ({ page }) => {
	await page.goto('/?compare=2020-12-01,2023-10-01');
	await waitForMap(page);
	await expect(page.getByTestId('compare-panel')).toBeVisible();
	await page.getByTestId('embed-code').click();
	const snippet = page.getByTestId('embed-snippet');
	await expect(snippet).toHaveValue(
		/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\?compare=2020-12-01,2023-10-01#[\d.]+\/[\d.]+\/[\d.]+" title="[^"]+"/
	);
	const src = (await snippet.inputValue()).match(/src="([^"]+)"/)![1]!.replace(/&amp;/g, '&');
	await page.goto(src);
	await waitForMap(page);
	await expect(page.locator('aside.side')).toBeHidden();
	await expect(page.getByTestId('embed-compare-legend')).toContainText('1 Dec 2020 → 1 Oct 2023');
	await page.waitForFunction(
		() =>
			window.__map!.getFeatureState({ source: 'curated', id: 'lachin-corridor-2022' }).change === 'moved-to'
	);
});
