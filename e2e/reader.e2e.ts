/**
 * The reader's first minute (issue 19): the opened feature stays beside its popup, the map opens
 * on the mission and stays on the basemap.
 */
import type { Page } from '@playwright/test';
import { expect, test, waitForMap } from './fixtures';

type Rect = { x: number; y: number; width: number; height: number };

/** The opened feature's box on the page (its point, or its line's or area's box), in pixels. */
async function featureRect(page: Page, id: string): Promise<Rect> {
	const canvas = (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
	const box = await page.evaluate((id) => {
		const map = window.__map!;
		const f = map
			.querySourceFeatures('curated')
			.filter((f) => f.properties.id === id)
			.map((f) => f.geometry);
		const coords: number[][] = [];
		const walk = (c: unknown): void => {
			if (Array.isArray(c) && typeof c[0] === 'number') coords.push(c as number[]);
			else if (Array.isArray(c)) c.forEach(walk);
		};
		f.forEach((g) => walk('coordinates' in g ? g.coordinates : []));
		const pts = coords.map((c) => map.project([c[0]!, c[1]!]));
		const xs = pts.map((p) => p.x);
		const ys = pts.map((p) => p.y);
		return {
			x: Math.min(...xs),
			y: Math.min(...ys),
			width: Math.max(...xs) - Math.min(...xs),
			height: Math.max(...ys) - Math.min(...ys)
		};
	}, id);
	return { ...box, x: box.x + canvas.x, y: box.y + canvas.y };
}

const overlaps = (a: Rect, b: Rect) =>
	a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const within = (a: Rect, b: Rect) =>
	a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height;

/** Whether the feature is drawn on the visible map and clear of the popup. */
async function clearOfPopup(page: Page, id: string): Promise<string> {
	const feature = await featureRect(page, id);
	const popup = (await page.getByTestId('details').boundingBox())!;
	const canvas = (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
	const viewport = page.viewportSize()!;
	const visible = {
		x: canvas.x,
		y: Math.max(canvas.y, 0),
		width: canvas.width,
		height: Math.min(canvas.y + canvas.height, viewport.height) - Math.max(canvas.y, 0)
	};
	if (!within(feature, visible)) return 'off the map';
	if (overlaps(feature, popup)) return 'under the popup';
	return 'clear';
}

for (const [name, size] of [
	['desktop', { width: 1280, height: 800 }],
	['phone', { width: 375, height: 740 }]
] as const) {
	test(`${name}: a feature opened from the index is moved beside its popup, not under it`, async ({
		page
	}) => {
		await page.setViewportSize(size);
		await page.goto('/');
		await waitForMap(page);
		// Martuni (east of Stepanakert) is on screen where the card opens; the 2020 line is wider
		// than the free part of the map at the first zoom.
		for (const id of ['martuni', 'line-of-contact-2020', 'lachin-corridor-2022']) {
			await page.getByTestId(`index-${id}`).click();
			await expect(page.getByTestId('details')).toHaveAttribute('data-feature', id);
			await expect.poll(() => clearOfPopup(page, id), { timeout: 10_000 }).toBe('clear');
		}
	});
}

test('a link to a place opens its popup with the place beside it', async ({ page }) => {
	await page.goto('/?place=aghdam');
	await waitForMap(page);
	await expect(page.getByTestId('details')).toHaveAttribute('data-feature', 'aghdam');
	await expect.poll(() => clearOfPopup(page, 'aghdam'), { timeout: 10_000 }).toBe('clear');
	expect(await page.evaluate(() => window.__map!.getZoom())).toBeCloseTo(9, 0);
});

for (const [name, size] of [
	['desktop', { width: 1280, height: 800 }],
	['phone', { width: 375, height: 740 }]
] as const) {
	test(`${name}: the map opens on the mission area, at a zoom where its lines and posts read`, async ({
		page
	}) => {
		await page.setViewportSize(size);
		await page.goto('/');
		await waitForMap(page);
		const [[west, south], [east, north]] = (await page.evaluate(() =>
			window.__map!.getBounds().toArray()
		)) as [[number, number], [number, number]];
		// The posts, the 2020 line and the corridor to Goris are in view…
		expect(west).toBeLessThan(46.29);
		expect(east).toBeGreaterThan(47.32);
		expect(south).toBeLessThan(39.51);
		expect(north).toBeGreaterThan(40.37);
		// …and fill it: not the whole South Caucasus (Gyumri to Baku).
		expect(east - west).toBeLessThan(name === 'phone' ? 2.5 : 4);
		expect(west).toBeGreaterThan(44.5);
		// The corridor's end at Goris is clear of the attribution and the Timeline button.
		const canvas = (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
		const goris = await page.evaluate(() => window.__map!.project([46.3417, 39.5111]));
		for (const control of ['.maplibregl-ctrl-attrib', '[data-testid="strip-toggle"]']) {
			const box = (await page.locator(control).boundingBox())!;
			const under =
				canvas.x + goris.x > box.x - 4 &&
				canvas.x + goris.x < box.x + box.width + 4 &&
				canvas.y + goris.y > box.y - 4 &&
				canvas.y + goris.y < box.y + box.height + 4;
			expect(under, control).toBe(false);
		}
	});
}

test('the camera stays where the basemap has land: never west of its edge', async ({ page }) => {
	await page.goto('/');
	await waitForMap(page);
	await page.evaluate(() => window.__map!.jumpTo({ center: [40, 40], zoom: 5 }));
	const [[west, south], [east, north]] = (await page.evaluate(() => window.__map!.getBounds().toArray())) as [
		[number, number],
		[number, number]
	];
	expect(west).toBeGreaterThanOrEqual(42.99);
	expect(south).toBeGreaterThanOrEqual(37.99);
	expect(east).toBeLessThanOrEqual(51.01);
	expect(north).toBeLessThanOrEqual(42.51);
});

test('the about page has contents and folding sections, and one post count: the one drawn', async ({
	page
}) => {
	await page.goto('/');
	await waitForMap(page);
	const drawn = await page.evaluate(
		() =>
			window
				.__map!.querySourceFeatures('curated')
				.filter((f) => f.properties.group === 'post' && f.properties.kind === 'observation post')
				.reduce((ids, f) => ids.add(String(f.properties.id)), new Set<string>()).size
	);
	expect(drawn).toBeGreaterThan(20);
	await page.goto('/about');
	const toc = page.getByTestId('toc');
	await expect(toc.getByRole('link')).toHaveCount(6);
	await expect(page.locator('details#articles')).not.toHaveAttribute('open');
	await toc.getByRole('link', { name: 'Articles' }).click();
	await expect(page.locator('details#articles')).toHaveAttribute('open');
	const sentence = page.getByTestId('post-count-drawn');
	await expect(sentence).toContainText(`The map draws ${drawn} observation posts`);
	// The later, different figures are given with their sources, not silently.
	await expect(sentence).toContainText(
		/Later reports give other figures: 27 on 3 Aug 2022 \(.+\); 30 on 17 Aug 2023/
	);
});

test('the list offers each quote once with its places, marks the search, and counts in good English', async ({
	page
}) => {
	await page.goto('/list');
	await expect(page.getByTestId('list-place').first()).toBeVisible();
	await page.getByRole('searchbox').fill('Galuzin');
	const byPlace = await page.getByTestId('quote').count();
	await page.getByTestId('by-quote').check();
	const quotes = page.getByTestId('quote');
	await expect(quotes.first()).toBeVisible();
	const texts = await quotes.locator('blockquote, .passage').allTextContents();
	expect(new Set(texts).size, 'each quote once').toBe(texts.length);
	expect(texts.length).toBeLessThan(byPlace);
	await expect(quotes.first().locator('.places')).toContainText('Places:');
	await expect(quotes.locator('mark').first()).toHaveText(/galuzin/i);
	const summary = page.getByTestId('list-summary');
	await expect(summary).not.toContainText(/\b1 (places|quotes)\b/);
	// One place: "1 place".
	await page.getByRole('searchbox').fill('Kornidzor');
	await page.getByTestId('by-place').check();
	await expect(summary).toContainText(/^1 place,/);
});

test('regions and countries are no bubble over towns; places with quotes outside the view are named', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/');
	await waitForMap(page);
	const kinds = await page.evaluate(() =>
		window.__map!.queryRenderedFeatures({ layers: ['places-circle'] }).map((f) => String(f.properties.kind))
	);
	expect(kinds.length).toBeGreaterThan(5);
	expect(kinds).not.toContain('region');
	expect(kinds).not.toContain('country');
	await expect(page.getByTestId('areas')).toContainText(/Nagorno-Karabakh \d+ quotes?/);
	const outside = page.getByTestId('outside-view');
	await expect(outside).toContainText(/Baku \d+ quotes?/);
	await expect(outside).toContainText(/Moscow \d+ quotes?/);
	await expect(outside).not.toContainText('Stepanakert');
	await outside.getByRole('button', { name: /^Baku/ }).click();
	await expect(page.getByTestId('details')).toHaveAttribute('data-feature', 'baku');
	await page.getByTestId('details').getByRole('button', { name: 'Close' }).click();
	// Panned to Baku, it is no longer outside.
	await page.evaluate(() => window.__map!.jumpTo({ center: [49.5, 40.3], zoom: 7 }));
	await expect(outside).not.toContainText('Baku');
});
