/**
 * What a reader does on the map: choose the time shown, open popups by clicking and by link,
 * choose between overlapping places, go back and forward.
 */
import type { Page } from '@playwright/test';
import { expect, pagePointOf, renderedFeatures, setPeriod, test, waitForMap } from './fixtures';

const SHUSHA: [number, number] = [46.7499, 39.7601];
const STEPANAKERT: [number, number] = [46.7528, 39.8177];
const GYUMRI: [number, number] = [43.8464, 40.7931];

async function drawnIds(page: Page, layer: string): Promise<string[]> {
	const features = await renderedFeatures(page, [layer]);
	return [...new Set(features.map((f) => String(f.properties.id)))].sort();
}

/** Years of the articles quoted in the open popup. */
async function quoteYears(page: Page): Promise<string[]> {
	const times = await page.getByTestId('details').locator('[data-testid="quote"] time').all();
	return Promise.all(times.map(async (t) => (await t.getAttribute('datetime'))!.slice(0, 4)));
}

test('the whole mission by default; named periods are presets that show and hide each feature', async ({
	page
}) => {
	await page.goto('/');
	await waitForMap(page);
	await expect(page.getByTestId('time-mission')).toHaveAttribute('aria-pressed', 'true');
	expect(await drawnIds(page, 'line-of-contact')).toEqual(['line-of-contact-1994', 'line-of-contact-2020']);
	expect(await drawnIds(page, 'corridor')).toEqual(['lachin-corridor-2020', 'lachin-corridor-2022']);
	expect(await drawnIds(page, 'posts')).toContain('monitoring-centre-aghdam');

	await setPeriod(page, '2023', true);
	await expect(page).toHaveURL(/period=2023(?!,)/);
	// 2023 alone: the line as it ended, the new road, the posts dismantled.
	expect(await drawnIds(page, 'line-of-contact')).toEqual(['line-of-contact-2020']);
	expect(await drawnIds(page, 'corridor')).toEqual(['lachin-corridor-2022']);
	const posts = await renderedFeatures(page, ['posts']);
	const observation = posts.filter((f) => String(f.properties.id).startsWith('observation-post'));
	expect(observation.length).toBeGreaterThan(10);
	expect(observation.every((f) => f.state.time === 'dismantled')).toBe(true);
	expect(posts.some((f) => String(f.properties.id).startsWith('temporary-post-corridor'))).toBe(false);
	expect(await drawnIds(page, 'places-circle')).toContain('hakari-bridge');

	// 2020 and 2023 on: a post set up in 2020 and dismantled in 2023 is drawn dismantled, never standing.
	await setPeriod(page, '2020', true);
	await expect(page).toHaveURL(/period=2020,2023/);
	expect(await drawnIds(page, 'line-of-contact')).toEqual(['line-of-contact-1994', 'line-of-contact-2020']);
	const both = (await renderedFeatures(page, ['posts'])).filter((f) =>
		String(f.properties.id).startsWith('observation-post')
	);
	expect(both.length).toBeGreaterThan(10);
	expect(both.every((f) => f.state.time === 'dismantled')).toBe(true);

	await setPeriod(page, '2023', false);
	await expect(page).toHaveURL(/period=2020(?!,)/);
	expect(await drawnIds(page, 'corridor')).toEqual(['lachin-corridor-2020']);
	expect(await drawnIds(page, 'places-circle')).not.toContain('hakari-bridge');
	expect(await drawnIds(page, 'posts')).not.toContain('monitoring-centre-aghdam');

	// The withdrawal: the base at Khojaly and the monitoring centre both closed within it.
	await setPeriod(page, '2020', false);
	await setPeriod(page, '2024', true);
	const withdrawal = await renderedFeatures(page, ['posts']);
	const stateOf = (id: string) => withdrawal.find((f) => f.properties.id === id)?.state.time;
	expect(stateOf('monitoring-centre-aghdam')).toBe('dismantled');
	expect(stateOf('observation-post-north-01')).toBeUndefined();

	await page.getByTestId('time-mission').click();
	await expect(page).not.toHaveURL(/period=/);
	expect(await drawnIds(page, 'corridor')).toEqual(['lachin-corridor-2020', 'lachin-corridor-2022']);
});

test('clicking Shusha opens its popup with both names and its quotes', async ({ page }) => {
	await page.goto('/#10/39.79/46.75');
	await waitForMap(page);
	const at = await pagePointOf(page, SHUSHA);
	await page.mouse.click(at.x, at.y);
	const details = page.getByTestId('details');
	await expect(details.getByRole('heading', { level: 2 })).toHaveText('Shusha (Shushi)');
	await expect(details).toContainText('Choucha');
	// Description and sources load with the first popup (notes.json), after the first view.
	await expect(details.getByTestId('sources').getByRole('link', { name: /GeoNames/ })).toBeVisible();
	await expect(details).toContainText('Hilltop town above Stepanakert');
	await expect(details.getByTestId('quote').first()).toBeVisible();
	await expect(details.getByTestId('precision')).toContainText('exact');
	await expect(page).toHaveURL(/place=shusha/);
});

test('clicking Stepanakert opens its popup, not the zone or a post around it', async ({ page }) => {
	await page.goto('/#10/39.79/46.75');
	await waitForMap(page);
	const at = await pagePointOf(page, STEPANAKERT);
	await page.mouse.click(at.x, at.y);
	const details = page.getByTestId('details');
	await expect(details).toHaveAttribute('data-feature', 'stepanakert');
	await expect(details.getByRole('heading', { level: 2 })).toHaveText('Stepanakert (Khankendi)');
	await expect(details.getByTestId('quote').first()).toBeVisible();
	expect(await quoteYears(page)).toContain('2020');
});

test('Gyumri and the Russian base overlap; the reader chooses between them', async ({ page }) => {
	await page.goto('/#9/40.79/43.85');
	await waitForMap(page);
	const at = await pagePointOf(page, GYUMRI);
	await page.mouse.click(at.x, at.y);
	const choices = page.getByTestId('choices');
	await expect(choices.getByRole('button', { name: /Gyumri/ })).toBeVisible();
	await expect(choices.getByRole('button', { name: /102nd/ })).toBeVisible();
	// "a military base in Gumri" is tied to the base the phrase names, not to the town.
	await choices.getByRole('button', { name: /102nd/ }).click();
	const details = page.getByTestId('details');
	await expect(details).toHaveAttribute('data-feature', 'russian-102nd-base');
	await expect(details.getByTestId('quote').first()).toContainText(/base in Gumri/);
});

test('a link opens the map centred on a place with its popup, filtered by period', async ({ page }) => {
	await page.goto('/?place=shusha');
	await waitForMap(page);
	await expect(page.getByTestId('details')).toHaveAttribute('data-feature', 'shusha');
	// Zoomed to Shusha, beside the popup (not under it: reader.e2e.ts).
	await expect
		.poll(() =>
			page.evaluate((p) => window.__map!.getBounds().contains(p) && window.__map!.getZoom(), SHUSHA)
		)
		.toBeCloseTo(9, 0);

	await page.goto('/?place=stepanakert&period=2020');
	await waitForMap(page);
	await expect(page.getByTestId('details').getByTestId('quote').first()).toBeVisible();
	expect(new Set(await quoteYears(page))).toEqual(new Set(['2020']));
	await expect(page.getByTestId('period-2023')).not.toBeChecked();

	// In 2023 alone, the line of contact carries the 2023 article's quotes only.
	await page.goto('/?place=line-of-contact-2020&period=2023');
	await waitForMap(page);
	await expect(page.getByTestId('details').getByTestId('quote').first()).toBeVisible();
	expect(new Set(await quoteYears(page))).toEqual(new Set(['2023']));
});

test('a post’s popup says it is schematic and what it was in the time shown', async ({ page }) => {
	await page.goto('/?place=observation-post-south-05&period=2023');
	await waitForMap(page);
	const details = page.getByTestId('details');
	await expect(details.getByTestId('precision')).toContainText('schematic');
	await expect(details.getByTestId('time-status')).toContainText('Dismantled within the time shown');
	await page.goto('/?place=observation-post-south-05&period=2020');
	await waitForMap(page);
	await expect(details.getByTestId('time-status')).toContainText('Established within the time shown');
	await page.goto('/?place=observation-post-south-05&from=2021-01-01&to=2022-12-31');
	await waitForMap(page);
	await expect(details.getByTestId('time-status')).toContainText('Standing throughout the time shown');
	await expect(details.getByTestId('off-note')).toHaveCount(0);
});

test('a feature opened by link while the time shown hides it is shown with a note', async ({ page }) => {
	await page.goto('/?place=observation-post-south-05&period=2024');
	await waitForMap(page);
	const details = page.getByTestId('details');
	await expect(details).toHaveAttribute('data-time', 'gone');
	await expect(details.getByTestId('off-note')).toContainText('Not on the map in the time shown');
	await expect(details.getByTestId('quote')).toHaveCount(0);
	await details.getByTestId('show-its-time').click();
	await expect(page).toHaveURL(/from=2020-11-15&to=2023-10-06/);
	await expect(details).toHaveAttribute('data-time', 'standing');
	await expect(details.getByTestId('off-note')).toHaveCount(0);
	// Khudavang is Dadivank's Azerbaijani name: the link opens the one monastery.
	await page.goto('/?place=khudavang');
	await waitForMap(page);
	await expect(details).toHaveAttribute('data-feature', 'dadivank');
	await expect(details).toContainText('Dadivank monastery (Khudavang)');
});

test('the place index opens popups with Enter, and back/forward walk the selections', async ({ page }) => {
	await page.goto('/');
	await waitForMap(page);
	await page.getByTestId('index-baku').focus();
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('details')).toHaveAttribute('data-feature', 'baku');
	await page.getByTestId('index-yerevan').click();
	await expect(page.getByTestId('details')).toHaveAttribute('data-feature', 'yerevan');
	await page.goBack();
	await expect(page.getByTestId('details')).toHaveAttribute('data-feature', 'baku');
	await page.goBack();
	await expect(page.getByTestId('details')).toHaveCount(0);
	await page.goForward();
	await expect(page.getByTestId('details')).toHaveAttribute('data-feature', 'baku');
});

test('the index counts what the popup then lists; the quotes are fetched once', async ({ page }) => {
	// The first view needs no quote (e2e/first-load.e2e.ts: nothing the size gate does not count loads
	// before the map is idle); after it, the prefetch and every popup share one fetch.
	const fetched: string[] = [];
	page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
	await page.goto('/');
	await waitForMap(page);
	const counted = async (id: string) => {
		const badge = page.getByTestId(`index-${id}`).locator('.count');
		return (await badge.count()) === 0 ? 0 : Number(await badge.innerText());
	};
	const listed = async (id: string) => {
		await page.getByTestId(`index-${id}`).click();
		const details = page.getByTestId('details');
		await expect(details).toHaveAttribute('data-feature', id);
		await expect(details).toHaveAttribute('aria-busy', 'false');
		return details.getByTestId('quote').count();
	};
	const places = ['stepanakert', 'shusha', 'gyumri', 'yerevan'];
	for (const id of places) expect(await listed(id), id).toBe(await counted(id));
	expect(await counted('yerevan')).toBeGreaterThan(0);
	expect(fetched.filter((p) => p.endsWith('/quotes.json'))).toHaveLength(1);
	// One period on: the index and the popup agree on the smaller counts.
	await setPeriod(page, '2023', true);
	for (const id of places) expect(await listed(id), `${id} in 2023`).toBe(await counted(id));
	expect(await counted('stepanakert')).toBe(0);
});

test('search finds places by any alias, by speaker and by words in quotes', async ({ page }) => {
	await page.goto('/');
	await waitForMap(page);
	const search = page.getByPlaceholder(/Search/);
	await search.fill('Khankendi');
	await expect(page.getByTestId('index-stepanakert')).toBeVisible();
	await expect(page.getByTestId('index-baku')).toHaveCount(0);
	await search.fill('Choucha');
	await expect(page.getByTestId('index-shusha')).toBeVisible();
	await search.fill('Galuzin');
	await expect(page.locator('[data-testid^="index-"]').first()).toBeVisible();
	await search.fill('zzzz-nothing');
	await expect(page.locator('[data-testid^="index-"]')).toHaveCount(0);
});

test('a search by alias typed before notes.json arrives runs again when it does', async ({ page }) => {
	// The aliases come with notes.json, which the first view does not load (docs/performance.md).
	let release: () => void = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/data/notes.json', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('/');
	await waitForMap(page);
	await page.getByPlaceholder(/Search/).fill('Շուշի');
	await expect(page.getByRole('status').filter({ hasText: 'the other names are loading' })).toBeVisible();
	await expect(page.getByTestId('index-shusha')).toHaveCount(0);
	release();
	await expect(page.getByTestId('index-shusha')).toBeVisible();
});

test('read in context opens the article with the passage highlighted', async ({ page }) => {
	// "a military base in Gumri": the base the phrase names, not the town (docs/geoparser.md).
	await page.goto('/?place=russian-102nd-base');
	await waitForMap(page);
	const quote = page.getByTestId('details').getByTestId('quote').first();
	const text = await quote.locator('blockquote, .passage').first().innerText();
	await quote.getByRole('link', { name: 'Read in context' }).click();
	await expect(page).toHaveURL(/\/articles\/.+#q-\d+/);
	const current = page.locator('mark.current');
	await expect(current).toHaveCount(1);
	await expect(current).toBeInViewport();
	// The highlighted mark holds the quote's text (the passage text, minus its "Report" tag).
	await expect(current).toContainText(text.replace(/^REPORT\s*/i, '').slice(0, 40));
	await expect(current.getByRole('link', { name: 'Russian 102nd Military Base' })).toBeVisible();
});

test('on a phone the popup is a bottom sheet', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 740 });
	await page.goto('/?place=shusha');
	await waitForMap(page);
	const box = await page.getByTestId('details').boundingBox();
	expect(box!.width).toBeGreaterThan(360);
	expect(Math.round(box!.y + box!.height)).toBeGreaterThanOrEqual(739);
});
