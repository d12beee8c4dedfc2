// Faults in the browser: no WebGL, a data file that fails to load, garbage in the URL. Each must
// leave a working page: the list or the map, a clear notice, and no page error.
import { asSaveData, expect, test, waitForMap } from './fixtures';

const PERIODS = ['2020', '2023', '2024'];

/** The whole mission, no period preset on, no popup. */
async function expectDefaultView(page: import('@playwright/test').Page) {
	await expect(page.getByTestId('time-mission')).toHaveAttribute('aria-pressed', 'true');
	for (const id of PERIODS) await expect(page.getByTestId(`period-${id}`)).not.toBeChecked();
	await expect(page.getByTestId('details')).toHaveCount(0);
	expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
}

test.describe('without WebGL', () => {
	test.beforeEach(async ({ page }) => {
		// What a browser without WebGL (or with it blocked) does: getContext returns null.
		await page.addInitScript(() => {
			const original = HTMLCanvasElement.prototype.getContext;
			HTMLCanvasElement.prototype.getContext = function (
				this: HTMLCanvasElement,
				type: string,
				...rest: unknown[]
			) {
				if (/webgl/i.test(type)) return null;
				return (original as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest);
			} as typeof HTMLCanvasElement.prototype.getContext;
		});
	});

	test('the home page shows a notice and every place as a list', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByTestId('no-map-notice')).toContainText('WebGL 2 is not available');
		const list = page.getByTestId('place-list');
		await expect(list).toBeVisible();
		await expect(list.getByTestId('list-place').first()).toBeVisible();
		expect(await list.getByTestId('list-place').count()).toBeGreaterThan(10);
		await expect(page.locator('canvas.maplibregl-canvas')).toHaveCount(0);
		// The quotes still arrive in the list.
		await expect(list.getByTestId('quote').first()).toBeVisible();
	});
});

test.describe('a data file that fails to load', () => {
	test.use({ allowConsoleErrors: [/Failed to load resource: the server responded with a status of 500/] });

	test('quotes.json → 500: the popup and a banner say so, and the map and the index still work', async ({
		page
	}) => {
		let failed = 0;
		await page.route('**/data/quotes.json', (route) => {
			failed++;
			return route.fulfill({ status: 500, contentType: 'text/plain', body: 'Internal Server Error' });
		});
		await page.goto('/');
		await waitForMap(page);
		// The first view needs no quote: the index counts come with the map data.
		await expect(page.getByTestId('index-shusha').locator('.count')).toHaveText(/^\d+$/);
		// The quotes are fetched ahead once the map is idle; that failure waits for a reader who needs them.
		await expect.poll(() => failed).toBe(1);
		await expect(page.getByTestId('quotes-error')).toHaveCount(0);
		await page.getByTestId('index-shusha').click();
		const details = page.getByTestId('details');
		await expect(details).toHaveAttribute('data-feature', 'shusha');
		await expect(details.getByRole('alert')).toContainText(/Quotes could not be loaded \(.*HTTP 500/);
		await expect(page.getByTestId('quotes-error')).toContainText('Quotes could not be loaded');
		await expect(details).toHaveAttribute('aria-busy', 'false');
		expect(failed).toBe(2);
		await expect(details.getByTestId('sources')).toBeVisible();
	});

	test('notes.json → 500: the popup says its sources could not be loaded, and shows the rest', async ({
		page
	}) => {
		await page.route('**/data/notes.json', (route) =>
			route.fulfill({ status: 500, contentType: 'text/plain', body: 'Internal Server Error' })
		);
		await page.goto('/?place=shusha');
		const details = page.getByTestId('details');
		await expect(details.getByTestId('sources').getByRole('alert')).toContainText(
			'Sources could not be loaded'
		);
		await expect(details.getByRole('heading', { level: 2 })).toHaveText('Shusha (Shushi)');
		await expect(details.getByTestId('quote').first()).toBeVisible();
	});

	test('quotes.json that is not JSON: the banner says so', async ({ page }) => {
		await page.route('**/data/quotes.json', (route) =>
			route.fulfill({ status: 200, contentType: 'application/json', body: '[{"id": ' })
		);
		await page.goto('/');
		await waitForMap(page);
		// A search over the words of the quotes loads them.
		await page.getByPlaceholder(/Search/).fill('Galuzin');
		await expect(page.getByTestId('quotes-error')).toContainText('not valid JSON');
		await expect(page.getByTestId('index-shusha')).toHaveCount(0);
	});
});

test.describe('code that fails to load', () => {
	test.use({ allowConsoleErrors: [/Failed to load resource|Failed to fetch dynamically imported module/] });

	test('the popup’s code → network error: a notice says so, and the map and the index still work', async ({
		page
	}) => {
		// A browser that saves data loads nothing ahead, so the popup's chunk loads with the click.
		await asSaveData(page);
		await page.goto('/');
		await waitForMap(page);
		// Everything the first view needs is in; what loads later (the popup's chunk) fails.
		let blocked = 0;
		await page.route('**/_app/immutable/**', (route) => {
			blocked++;
			return route.abort('failed');
		});
		await page.getByTestId('index-shusha').click();
		await expect(
			page.getByRole('alert').filter({ hasText: 'This part of the page could not be loaded' })
		).toBeVisible();
		expect(blocked).toBeGreaterThan(0);
		await expect(page.getByTestId('details')).toHaveCount(0);
		await expect(page.getByTestId('index-gyumri')).toBeVisible();
		await expect(page.locator('canvas.maplibregl-canvas')).toBeVisible();
	});
});

test.describe('garbage in the URL gives the default view', () => {
	// Every parsing case is a unit test (src/lib/state/url-garbage.test.ts); these need a page:
	// markup that must not run, a request line near the server's limit, a camera hash.
	const cases: [string, string][] = [
		['a script in period', `/?period=${encodeURIComponent('<script>window.__pwned=1</script>')}`],
		// Huge, but under the 16 KB a Node server accepts in a request line (past it: HTTP 431).
		['a huge place', `/?place=${'a'.repeat(8_000)}`],
		['a garbage camera hash', '/?place=javascript:alert(1)#NaN/Infinity/-999999']
	];
	for (const [name, url] of cases) {
		test(name, async ({ page }) => {
			await page.goto(url);
			await waitForMap(page);
			await expectDefaultView(page);
			const center = await page.evaluate(() => window.__map!.getCenter().toArray());
			expect(center.every(Number.isFinite)).toBe(true);
		});
	}

	test('the list and a reader with garbage parameters still render', async ({ page }) => {
		await page.goto(`/list?period=<script>&place=../../`);
		await expect(page.getByTestId('place-list')).toBeVisible();
		await page.goto('/articles/2023-10-09-azatutyun-galuzin-peacekeepers-stay?x=<script>#q-<img>');
		await expect(page.getByTestId('article-body')).toBeVisible();
	});
});
