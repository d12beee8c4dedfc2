// The credits stay one tap away on a phone without covering the map; on a desktop they show.
import { expect, test, waitForMap } from './fixtures';

test('on a phone the attribution starts folded and its button opens it', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 760 });
	await page.goto('/');
	await waitForMap(page);
	const attribution = page.locator('.maplibregl-ctrl-attrib');
	const credits = attribution.locator('.maplibregl-ctrl-attrib-inner');
	await expect(credits).toBeHidden();
	await attribution.locator('.maplibregl-ctrl-attrib-button').click();
	await expect(credits).toContainText('Natural Earth');
	await expect(credits).toBeVisible();
});

test('on a desktop the attribution shows its credits', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 760 });
	await page.goto('/');
	await waitForMap(page);
	await expect(page.locator('.maplibregl-ctrl-attrib-inner')).toContainText('Natural Earth');
	// The outlets quoted, from map.json: the first view loads no articles.json.
	await expect(page.locator('.maplibregl-ctrl-attrib-inner')).toContainText(
		'Quotes: Azatutyun.am; Azatutyun.am, via Asbarez; unnamed outlets'
	);
	await expect(page.locator('.maplibregl-ctrl-attrib-inner')).toBeVisible();
});
