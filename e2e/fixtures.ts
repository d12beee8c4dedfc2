/**
 * The test object every e2e file uses. It records, for each test, every request, page error
 * and console error, and fails the test if any request left the site's origin or anything
 * went wrong on the page. Helpers for the map live here too, typed once.
 */
import { expect, test as base, type Page } from '@playwright/test';

export interface PageWatch {
	offOrigin: string[];
	pageErrors: string[];
	consoleErrors: string[];
}

export const test = base.extend<{ watch: PageWatch; allowConsoleErrors: RegExp[] }>({
	/**
	 * Console errors a test provokes on purpose (a request it makes fail logs "Failed to load
	 * resource"): `test.use({ allowConsoleErrors: [/…/] })`. Every other console error still fails.
	 */
	allowConsoleErrors: [[], { option: true }],
	watch: [
		async ({ page, baseURL, allowConsoleErrors }, use) => {
			const origin = new URL(baseURL!).origin;
			const watch: PageWatch = { offOrigin: [], pageErrors: [], consoleErrors: [] };
			page.on('request', (req) => {
				const url = req.url();
				// data: and blob: URLs never leave the browser (MapLibre may make blob: images).
				if (url.startsWith('data:') || url.startsWith('blob:')) return;
				if (new URL(url).origin !== origin) watch.offOrigin.push(url);
			});
			page.on('pageerror', (err) => watch.pageErrors.push(err.message));
			page.on('console', (msg) => {
				if (msg.type() === 'error' && !allowConsoleErrors.some((re) => re.test(msg.text())))
					watch.consoleErrors.push(msg.text());
			});
			await use(watch);
			expect(watch.offOrigin, 'requests to other hosts').toEqual([]);
			expect(watch.pageErrors, 'page errors').toEqual([]);
			expect(watch.consoleErrors, 'console errors').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/** Waits until the map has drawn its first complete frame (`idle`). */
export async function waitForMap(page: Page): Promise<void> {
	await page.waitForFunction(() => document.querySelector('[data-map-status="idle"]') && window.__map);
}

/** Waits until the map is idle again after a change (a pan, a toggle). */
export async function waitForIdle(page: Page): Promise<void> {
	await page.evaluate(
		() =>
			new Promise<void>((resolve) => {
				const map = window.__map!;
				map.once('idle', () => resolve());
				// An idle map would not fire again without a frame to draw.
				map.triggerRepaint();
			})
	);
}

export async function mapCenter(page: Page): Promise<{ lng: number; lat: number }> {
	return page
		.evaluate(() => window.__map!.getCenter().toArray())
		.then(([lng, lat]) => ({ lng: lng!, lat: lat! }));
}

/**
 * The features drawn in these layers, with their feature state. Features the time shown hides stay in the tiles,
 * transparent (feature state `on: false`, see src/lib/map/feature-state.ts), so they are left out;
 * basemap features have no state and are kept.
 */
export async function renderedFeatures(
	page: Page,
	layers: string[]
): Promise<{ layer: string; properties: Record<string, unknown>; state: Record<string, unknown> }[]> {
	return page.evaluate(
		(layers) =>
			window
				.__map!.queryRenderedFeatures({ layers: layers.filter((l) => window.__map!.getLayer(l)) })
				.filter((f) => f.layer.id.startsWith('basemap-') || f.state?.on === true)
				.map((f) => ({ layer: f.layer.id, properties: f.properties, state: f.state })),
		layers
	);
}

/** The pixel position of a [lng, lat] on the page (for clicking a place). */
export async function pagePointOf(page: Page, lngLat: [number, number]): Promise<{ x: number; y: number }> {
	const canvasBox = await page.locator('canvas.maplibregl-canvas').boundingBox();
	const { x, y } = await page.evaluate((ll) => window.__map!.project(ll), lngLat);
	return { x: canvasBox!.x + x, y: canvasBox!.y + y };
}

/** Switches one period on or off with its checkbox, then waits for the map to draw it. */
export async function setPeriod(page: Page, id: string, on: boolean): Promise<void> {
	const box = page.getByTestId(`period-${id}`);
	if (on) await box.check();
	else await box.uncheck();
	await expect(page).toHaveURL(/./);
	await waitForIdle(page);
}

/** The browser asks sites to save data (`navigator.connection.saveData`): the page loads nothing ahead. */
export async function asSaveData(page: Page): Promise<void> {
	await page.addInitScript(() =>
		Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true })
	);
}
