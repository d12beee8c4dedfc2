/**
 * The size gate (`npm run test:size`, scripts/size/first-load.mjs) reads the first load from the
 * built files; this checks in the browser that it misses nothing: every script and data request
 * of a first visit, up to the map's first idle, is one the gate counts, MapLibre's own, or the
 * basemap (which the bare map loads too).
 */
import { firstLoad, isMapLibre } from '../scripts/size/first-load.mjs';
import { expect, test, waitForMap } from './fixtures';

const EXEMPT_DATA = ['/data/basemap.geojson'];

test('the size gate counts every script and data file the first view loads', async ({ page, baseURL }) => {
	const requested: { path: string; type: string }[] = [];
	let idle = false;
	page.on('request', (req) => {
		const url = new URL(req.url());
		if (idle || url.origin !== new URL(baseURL!).origin) return;
		requested.push({ path: url.pathname, type: req.resourceType() });
	});
	await page.goto('/');
	await waitForMap(page);
	idle = true;

	const { scripts, data } = firstLoad(process.env.BUILD_DIR ?? 'build');
	const counted = new Set([...scripts.map((s) => `/${s}`), ...data.map((d) => d.url)]);
	const js = requested.filter((r) => r.type === 'script' || /\.m?js$/.test(r.path));
	const fetched = requested.filter((r) => r.type === 'fetch' || r.type === 'xhr');
	expect(js.length).toBeGreaterThan(5);
	expect(js.filter((r) => !isMapLibre(r.path) && !counted.has(r.path)).map((r) => r.path)).toEqual([]);
	expect(
		fetched.filter((r) => !EXEMPT_DATA.includes(r.path) && !counted.has(r.path)).map((r) => r.path)
	).toEqual([]);
});
