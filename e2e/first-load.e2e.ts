/**
 * The size gate (`npm run test:size`, scripts/size/first-load.mjs) reads the first load from the
 * built files; this checks in the browser that it misses nothing: every script and data request
 * of a first visit, up to the map's first idle, is one the gate counts, MapLibre's own, or the
 * basemap (which the bare map loads too).
 */
import { firstLoad, isMapLibre } from '../scripts/size/first-load.mjs';
import { asSaveData, expect, test, waitForMap } from './fixtures';

const EXEMPT_DATA = ['/data/basemap.geojson'];

test('the size gate counts every script and data file the first view loads', async ({ page, baseURL }) => {
	// The first view ends when the map reports idle: the page notes that moment in its own clock, and
	// each request is judged by when the browser started it (what loads after idle is not first load).
	await page.addInitScript(() => {
		new MutationObserver((_, observer) => {
			if (!document.querySelector('[data-map-status="idle"]')) return;
			(window as { __idleAt?: number }).__idleAt = performance.timeOrigin + performance.now();
			observer.disconnect();
		}).observe(document, {
			subtree: true,
			childList: true,
			attributes: true,
			attributeFilter: ['data-map-status']
		});
	});
	const finished: import('@playwright/test').Request[] = [];
	page.on('requestfinished', (req) => {
		if (new URL(req.url()).origin === new URL(baseURL!).origin) finished.push(req);
	});
	await page.goto('/');
	await waitForMap(page);
	await page.waitForLoadState('networkidle');
	const idleAt = await page.evaluate(() => (window as { __idleAt?: number }).__idleAt!);
	expect(idleAt).toBeGreaterThan(0);
	const requested = finished
		.filter((req) => req.timing().startTime < idleAt)
		.map((req) => ({ path: new URL(req.url()).pathname, type: req.resourceType() }));

	const { scripts, data } = firstLoad(process.env.BUILD_DIR ?? 'build');
	const counted = new Set([...scripts.map((s) => `/${s}`), ...data.map((d) => d.url)]);
	const js = requested.filter((r) => r.type === 'script' || /\.m?js$/.test(r.path));
	const fetched = requested.filter((r) => r.type === 'fetch' || r.type === 'xhr');
	expect(js.length).toBeGreaterThan(5);
	expect(js.filter((r) => !isMapLibre(r.path) && !counted.has(r.path)).map((r) => r.path)).toEqual([]);
	expect(
		fetched.filter((r) => !EXEMPT_DATA.includes(r.path) && !counted.has(r.path)).map((r) => r.path)
	).toEqual([]);
	// The check can fail: what loads after the first idle (the map's summary) is seen and left out. It
	// starts when the browser is idle, which a loaded machine may put after "networkidle": polled.
	await expect
		.poll(() => finished.some((req) => req.timing().startTime >= idleAt && /\.js$/.test(req.url())))
		.toBe(true);
});

test('after the first view the first popup’s code and data load ahead, so the popup fetches nothing', async ({
	page
}) => {
	await page.goto('/');
	const quotes = page.waitForResponse('**/data/quotes.json');
	const notes = page.waitForResponse('**/data/notes.json');
	await waitForMap(page);
	await Promise.all([quotes, notes]);
	await page.waitForLoadState('networkidle');
	const later: string[] = [];
	page.on('request', (req) => later.push(new URL(req.url()).pathname));
	await page.getByTestId('index-shusha').click();
	const details = page.getByTestId('details');
	await expect(details).toHaveAttribute('aria-busy', 'false');
	await expect(details.getByTestId('quote').first()).toBeVisible();
	expect(later.filter((path) => /\.(js|json)$/.test(path))).toEqual([]);
});

test('a browser that asks to save data loads nothing ahead: the first popup fetches its quotes', async ({
	page
}) => {
	await asSaveData(page);
	const requested: string[] = [];
	page.on('request', (req) => requested.push(new URL(req.url()).pathname));
	await page.goto('/');
	await waitForMap(page);
	// A pointer moving over the page is the sign of intent that otherwise loads them at once.
	await page.mouse.move(400, 300);
	await page.mouse.move(420, 320);
	await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
	expect(requested.filter((path) => path.endsWith('/quotes.json'))).toEqual([]);
	const quotes = page.waitForRequest('**/data/quotes.json');
	await page.getByTestId('index-shusha').click();
	await quotes;
	await expect(page.getByTestId('details')).toHaveAttribute('aria-busy', 'false');
});
