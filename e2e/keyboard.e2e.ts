/**
 * Keyboard and screen readers, and the small things a reader notices (issue 19): the skip link,
 * Escape, every drawn feature in the index, the kind's capitals, the legend, the phone's controls.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, waitForMap } from './fixtures';

test('a skip link jumps past the sidebar to the map', async ({ page }) => {
	await page.goto('/');
	await waitForMap(page);
	await page.keyboard.press('Tab');
	await expect(page.getByTestId('skip-link')).toBeFocused();
	await expect(page.getByTestId('skip-link')).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page.locator('canvas.maplibregl-canvas')).toBeFocused();
});

test('Escape closes the popup and returns focus to where it was', async ({ page }) => {
	await page.goto('/');
	await waitForMap(page);
	const opener = page.getByTestId('index-shusha');
	await opener.focus();
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('details')).toHaveAttribute('data-feature', 'shusha');
	await expect(page.locator('#details-title')).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(page.getByTestId('details')).toHaveCount(0);
	await expect(opener).toBeFocused();
	await expect(page).not.toHaveURL(/place=/);
});

test('every drawn feature is in the index, grouped: places, lines and areas, posts', async ({ page }) => {
	await page.goto('/');
	await waitForMap(page);
	const drawn = await page.evaluate(() => {
		const ids = new Set<string>();
		for (const f of window.__map!.querySourceFeatures('curated')) {
			const id = String(f.properties.id);
			if (window.__map!.getFeatureState({ source: 'curated', id }).on === true) ids.add(id);
		}
		return [...ids];
	});
	expect(drawn).toContain('observation-post-north-01');
	for (const id of drawn) await expect(page.getByTestId(`index-${id}`), id).toHaveCount(1);
	const posts = page.getByTestId('index-group-post');
	await expect(posts.getByTestId('index-peacekeeping-hq')).toHaveCount(1);
	await expect(page.getByTestId('index-group-line').getByTestId('index-line-of-contact-2020')).toHaveCount(1);
	await posts.getByTestId('index-observation-post-south-03').press('Enter');
	await expect(page.getByTestId('details')).toHaveAttribute('data-feature', 'observation-post-south-03');
});

test('a kind is written as a kind: "Line of contact", with no CSS capitals', async ({ page }) => {
	await page.goto('/?place=line-of-contact-2020');
	await waitForMap(page);
	const kind = page.getByTestId('details').getByTestId('kind');
	await expect(kind).toHaveText('Line of contact');
	expect(await kind.evaluate((el) => getComputedStyle(el).textTransform)).toBe('none');
});

test('the legend explains the headquarters, the monitoring centre and the 102nd base’s ring', async ({
	page
}) => {
	await page.goto('/');
	await expect(page.getByTestId('legend-sites')).toContainText('headquarters');
	await expect(page.getByTestId('legend-sites')).toContainText('monitoring centre');
	await expect(page.getByTestId('legend-base')).toContainText('102nd base');
});

// The first view adopts the prerendered legend without its component (LegendStatic.svelte); a map
// page reached by client-side navigation has no prerendered legend and must load it.
test('the legend is there after coming back to the map from the list', async ({ page }) => {
	await page.goto('/list');
	await page.getByRole('link', { name: '← Map' }).click();
	await expect(page.getByTestId('legend-base')).toContainText('102nd base');
	await expect(page.locator('#legend-title')).toHaveCount(1);
});

test('at 375 px the Timeline button and the map attribution do not overlap', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 740 });
	await page.goto('/');
	await waitForMap(page);
	const a = (await page.getByTestId('strip-toggle').boundingBox())!;
	const b = (await page.locator('.maplibregl-ctrl-attrib').boundingBox())!;
	const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
	expect(overlap).toBe(false);
});

test('no serious accessibility violations with the timeline open', async ({ page }) => {
	await page.goto('/');
	await waitForMap(page);
	await page.getByTestId('strip-toggle').click();
	await expect(page.locator('#time-strip [role="status"]')).toHaveCount(0);
	const result = await new AxeBuilder({ page }).analyze();
	const serious = result.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
	expect(serious).toEqual([]);
});

test('a speaker that only describes someone is not shown as a name', async ({ page }) => {
	// The corpus resolves its descriptors today, so one is put back into the quotes the popup loads.
	await page.route('**/data/quotes.json', async (route) => {
		const quotes = (await (await route.fetch()).json()) as { places: string[]; speaker: string | null }[];
		const first = quotes.find((q) => q.places.includes('shusha'));
		if (!first) throw new Error('the data has no quote tied to Shusha');
		first.speaker = 'senior U.S. official';
		await route.fulfill({ json: quotes });
	});
	await page.goto('/?place=shusha');
	await waitForMap(page);
	const credits = page.getByTestId('details').getByTestId('quote');
	await expect(credits.filter({ hasText: 'said by senior U.S. official' })).toHaveCount(1);
	await expect(
		page.getByTestId('details').locator('.speaker', { hasText: /^senior U\.S\. official$/ })
	).toHaveCount(0);
});
