import { expect, mapCenter, pagePointOf, renderedFeatures, test, waitForIdle, waitForMap } from './fixtures';

test('the home page draws the offline basemap with land, water and labels', async ({ page }, testInfo) => {
	await page.goto('/');
	await waitForMap(page);
	// The map opens on the mission (reader.e2e.ts); zoomed out, the South Caucasus from Gyumri to Baku.
	await page.evaluate(() => window.__map!.jumpTo({ center: [47, 40.3], zoom: 6.4 }));
	await waitForIdle(page);
	const drawn = await renderedFeatures(page, [
		'basemap-land',
		'basemap-lake',
		'basemap-city-label',
		'basemap-country-label',
		'places-label'
	]);
	const layers = new Set(drawn.map((f) => f.layer));
	expect(layers).toContain('basemap-land');
	expect(layers).toContain('basemap-lake');
	const countries = drawn.filter((f) => f.layer === 'basemap-country-label').map((f) => f.properties.name);
	expect(countries).toEqual(expect.arrayContaining(['ARMENIA', 'AZERBAIJAN', 'GEORGIA']));
	const cities = drawn.filter((f) => f.layer === 'basemap-city-label').map((f) => f.properties.name);
	expect(cities).toContain('Tbilisi');
	// Curated places carry both names of contested places.
	const places = drawn.filter((f) => f.layer === 'places-label').map((f) => f.properties.label);
	expect(places).toEqual(expect.arrayContaining(['Yerevan', 'Baku']));
	// The canvas really holds pixels (not a blank WebGL context).
	const shot = await page.locator('canvas.maplibregl-canvas').screenshot();
	await testInfo.attach('home-map', { body: shot, contentType: 'image/png' });
	expect(shot.byteLength).toBeGreaterThan(20_000);
});

test('dragging the map pans it', async ({ page }) => {
	await page.goto('/');
	await waitForMap(page);
	const before = await mapCenter(page);
	const start = await pagePointOf(page, [46.5, 40]);
	await page.mouse.move(start.x, start.y);
	await page.mouse.down();
	await page.mouse.move(start.x - 150, start.y - 60, { steps: 8 });
	await page.mouse.up();
	await waitForIdle(page);
	const after = await mapCenter(page);
	expect(after.lng).toBeGreaterThan(before.lng + 0.2);
	expect(after.lat).toBeLessThan(before.lat - 0.05);
});

test('the arrow keys pan the map and + zooms it', async ({ page }) => {
	await page.goto('/');
	await waitForMap(page);
	const before = await mapCenter(page);
	const zoomBefore = await page.evaluate(() => window.__map!.getZoom());
	await page.locator('canvas.maplibregl-canvas').focus();
	await page.keyboard.press('ArrowRight');
	await waitForIdle(page);
	const after = await mapCenter(page);
	expect(after.lng).toBeGreaterThan(before.lng);
	await page.keyboard.press('Equal');
	await waitForIdle(page);
	expect(await page.evaluate(() => window.__map!.getZoom())).toBeGreaterThan(zoomBefore);
});

test('MapLibre is fetched from a link in the head, on the map page only, and is what draws the map', async ({
	page,
	request
}) => {
	const preload = /<link rel="modulepreload" href="([^"]*maplibre-gl\.[\w-]+\.mjs)"/;
	const home = await (await request.get('/')).text();
	const href = home.match(preload)?.[1];
	expect(href, 'the home page preloads MapLibre').toBeTruthy();
	for (const path of ['/list', '/about']) expect(await (await request.get(path)).text()).not.toMatch(preload);

	// The preloaded file is the one the page imports: fetched once, and the map runs on it.
	const fetched: string[] = [];
	page.on('request', (r) => {
		if (/maplibre-gl\.[\w-]+\.mjs$/.test(r.url())) fetched.push(new URL(r.url()).pathname);
	});
	await page.goto('/');
	await waitForMap(page);
	expect(fetched).toEqual([href]);
});
