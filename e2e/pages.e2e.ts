/**
 * The pages beyond the map: the list view, the article reader, the about page, and an
 * accessibility scan of each (axe: no serious or critical violations).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, waitForMap } from './fixtures';

const ARTICLE = '2023-10-09-azatutyun-galuzin-peacekeepers-stay';

async function seriousViolations(page: Page) {
	const result = await new AxeBuilder({ page }).analyze();
	return result.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
}

test('the list view shows every place with its quotes and follows the time shown', async ({ page }) => {
	await page.goto('/list');
	const shusha = page.locator('[data-place="shusha"]');
	await expect(shusha.getByRole('heading', { name: 'Shusha (Shushi)' })).toBeVisible();
	await expect(shusha.getByTestId('quote').first()).toBeVisible();
	const all = await page.getByTestId('list-place').count();
	await page.getByTestId('period-2023').check();
	await expect(page).toHaveURL(/period=2023/);
	// Shusha is quoted only in 2020 articles; in 2023 alone it has no quotes.
	await expect(shusha.getByTestId('quote')).toHaveCount(0);
	await expect.poll(() => page.getByTestId('list-place').count()).toBeLessThan(all);
	await page.getByRole('searchbox').fill('Galuzin');
	// Every quote left is his (the speaker line names him) or has his name in its words.
	await expect(page.getByTestId('quote').first()).toContainText('Galuzin');
	for (const text of await page.getByTestId('quote').allInnerTexts()) expect(text).toContain('Galuzin');
	await shusha.waitFor({ state: 'detached' });
});

test('the reader shows the verbatim body with every quote marked', async ({ page, request }) => {
	await page.goto(`/articles/${ARTICLE}`);
	const article = await (await request.get(`/data/articles/${ARTICLE}.json`)).json();
	const body = page.getByTestId('article-body');
	// The text minus the place/speaker tags is the article body, character for character.
	const text = await body.evaluate((el) => {
		const copy = el.cloneNode(true) as HTMLElement;
		copy.querySelectorAll('[data-testid="mark-tags"]').forEach((t) => t.remove());
		return copy.textContent;
	});
	expect(text).toBe(article.body);
	expect(await page.getByTestId('mark').count()).toBeGreaterThan(5);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.meta.title);
});

test('the about page lists periods, precision classes and sources', async ({ page }) => {
	await page.goto('/about');
	await expect(page.getByRole('heading', { name: 'Precision classes' })).toBeVisible();
	// Sections fold; a link of the contents unfolds its section.
	await page.getByTestId('toc').getByRole('link', { name: 'Precision classes' }).click();
	await expect(page.getByText(/schematic \(a reconstruction/)).toBeVisible();
	await page.getByTestId('toc').getByRole('link', { name: 'Sources of the geodata' }).click();
	await expect(page.getByRole('heading', { name: 'Sources of the geodata' })).toBeVisible();
	expect(await page.locator('.sources li').count()).toBeGreaterThan(10);
});

// The whole joined data, from the about page (the home page's downloads follow the time shown: exports.e2e.ts).
test('exports download the joined data as GeoJSON and CSV', async ({ page, request }) => {
	await page.goto('/about');
	await page.getByTestId('toc').getByRole('link', { name: 'Basemap, fonts and downloads' }).click();
	const geojsonHref = await page
		.getByRole('link', { name: 'places with quotes (GeoJSON)' })
		.getAttribute('href');
	const csvHref = await page.getByRole('link', { name: 'quotes (CSV)' }).getAttribute('href');
	const geojson = await (await request.get(geojsonHref!)).json();
	const shusha = geojson.features.find((f: { properties: { id: string } }) => f.properties.id === 'shusha');
	expect(shusha.properties.quotes.length).toBeGreaterThan(0);
	const csv = await (await request.get(csvHref!)).text();
	expect(csv.split('\r\n')[0]).toBe('place,kind,text,speaker,article,title,source,date,url,start,end');
	expect(csv).toContain('russian-102nd-base,');
});

for (const path of [
	'/',
	'/list',
	'/about',
	`/articles/${ARTICLE}#q-0`,
	'/?place=shusha',
	'/embed?place=shusha'
]) {
	test(`no serious accessibility violations on ${path}`, async ({ page }) => {
		await page.goto(path);
		if (path.startsWith('/?') || path.startsWith('/embed') || path === '/') await waitForMap(page);
		expect(await seriousViolations(page)).toEqual([]);
	});
}
