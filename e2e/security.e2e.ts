// Security: no request leaves the origin in any state; every prerendered page carries a strict CSP
// and the map renders under it; hostile articles run nothing and show as text.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAYLOADS } from '../src/lib/server/corpus/__fixtures__/hostile-articles';
import { expect, test, waitForIdle, waitForMap } from './fixtures';
import {
	buildHostileSite,
	HOSTILE_URL,
	ids,
	PATCHED_URL,
	type HostileSite
} from './__fixtures__/hostile-site';

type Win = Window & { __pwned?: unknown; __cspViolations?: string[] };

/** Records CSP violations on the page, so a blocked resource fails the test even without a console error. */
async function watchCsp(page: import('@playwright/test').Page) {
	await page.addInitScript(() => {
		const w = window as Win;
		w.__cspViolations = [];
		addEventListener('securitypolicyviolation', (e) =>
			w.__cspViolations!.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`)
		);
	});
}
const violations = (page: import('@playwright/test').Page) =>
	page.evaluate(() => (window as Win).__cspViolations);
const pwned = (page: import('@playwright/test').Page) => page.evaluate(() => (window as Win).__pwned);

test('no request leaves the origin: map, popup, reader, list, about', async ({ page, watch, baseURL }) => {
	const visited = new Set<string>();
	page.on('request', (r) => visited.add(new URL(r.url()).pathname));
	await page.goto('/');
	await waitForMap(page);
	await page.getByTestId('index-shusha').click();
	await expect(page.getByTestId('details')).toHaveAttribute('data-feature', 'shusha');
	await waitForIdle(page);
	// Zoom in so the basemap and labels draw at another scale (glyphs for more text).
	await page.evaluate(() => window.__map!.zoomTo(10, { duration: 0 }));
	await waitForIdle(page);
	await page.goto('/list');
	await expect(page.getByTestId('place-list')).toBeVisible();
	// The reader, opened from a quote's "Read in context" link (with its #q- anchor).
	const reader = page.getByRole('link', { name: 'Read in context' }).first();
	await page.goto((await reader.getAttribute('href'))!);
	await expect(page.getByTestId('article-body')).toBeVisible();
	await page.goto('/about');
	await expect(page.locator('main')).toBeVisible();
	// The walk really happened, and every request was on this origin (the fixture checks after the test).
	expect(visited).toContain('/data/quotes.json');
	expect([...visited].some((p) => p.startsWith('/articles/'))).toBe(true);
	expect([...visited].some((p) => /\.(woff2?|pbf)$/.test(p) || p.includes('font'))).toBe(true);
	expect(watch.offOrigin).toEqual([]);
	expect(new URL(baseURL!).hostname).toBe('127.0.0.1');
});

test.describe('Content-Security-Policy', () => {
	const pages = [
		...readdirSync('build')
			.filter((f) => f.endsWith('.html'))
			.map((f) => join('build', f)),
		...readdirSync(join('build', 'articles'))
			.filter((f) => f.endsWith('.html'))
			.map((f) => join('build', 'articles', f))
	];

	test('every prerendered page has a strict policy in a meta tag', () => {
		expect(pages.length).toBeGreaterThanOrEqual(4);
		for (const file of pages) {
			const html = readFileSync(file, 'utf8');
			const metas = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"/gi)];
			expect(metas, file).toHaveLength(1);
			const policy = new Map(
				metas[0]![1]!.split(';').map((d) => {
					const [name, ...values] = d.trim().split(/\s+/);
					return [name!, values] as const;
				})
			);
			expect(policy.get('default-src'), file).toEqual(["'self'"]);
			expect(policy.get('object-src'), file).toEqual(["'none'"]);
			expect(policy.get('base-uri'), file).toEqual(["'self'"]);
			expect(policy.get('worker-src'), file).toEqual(["'self'"]);
			expect(policy.get('connect-src'), file).toEqual(["'self'"]);
			expect(policy.get('font-src'), file).toEqual(["'self'"]);
			// No 'unsafe-inline': only SvelteKit's route announcer style attribute, by its hash.
			expect(policy.get('style-src'), file).toEqual([
				"'self'",
				"'unsafe-hashes'",
				"'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='"
			]);
			const scripts = policy.get('script-src') ?? [];
			expect(scripts[0], file).toBe("'self'");
			for (const s of scripts.slice(1)) expect(s, file).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
			// Every inline script is allowed by its own hash and by nothing broader.
			for (const [, body] of html.matchAll(
				/<script(?![^>]*\b(?:src=|type="application\/json"))[^>]*>([\s\S]*?)<\/script>/g
			)) {
				const hash = `'sha256-${createHash('sha256').update(body!).digest('base64')}'`;
				expect(scripts, `${file}: inline script not hashed`).toContain(hash);
			}
			// No inline style attribute or handler the policy would have to allow.
			expect(html, file).not.toMatch(/\sstyle="|\son[a-z]+="/i);
		}
	});

	test('the map reaches idle under the policy, with no violation', async ({ page }) => {
		await watchCsp(page);
		await page.goto('/');
		await waitForMap(page);
		await page.getByTestId('index-stepanakert').click();
		await expect(page.getByTestId('details')).toBeVisible();
		await waitForIdle(page);
		expect(await violations(page)).toEqual([]);
		// The worker is the same-origin module file, not a blob.
		const workers = page.workers().map((w) => w.url());
		expect(workers.length).toBeGreaterThan(0);
		for (const url of workers) expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/.*\.m?js$/);
	});

	test('the list, the reader and the about page run under the policy, with no violation', async ({
		page
	}) => {
		await watchCsp(page);
		for (const path of ['/list', '/about', '/articles/2023-10-09-azatutyun-galuzin-peacekeepers-stay']) {
			await page.goto(path);
			await expect(page.locator('main').first()).toBeVisible();
			expect(await violations(page), path).toEqual([]);
		}
	});
});

test.describe('hostile articles, built into a throwaway copy of the site', () => {
	test.use({ baseURL: HOSTILE_URL });
	let site: HostileSite;
	test.beforeAll(async () => {
		// Copy, ingest, data step and vite build: about 1.5 min, much more on a loaded 2-core machine.
		test.setTimeout(600_000);
		site = await buildHostileSite();
	});
	test.afterAll(() => site?.close());

	test('ingest refused the javascript: URL with a clear error and wrote nothing for it', () => {
		expect(site.refusedUrl.status).toBe(1);
		expect(site.refusedUrl.stdout).toMatch(/url "javascript:.*" is not an http\(s\) URL \(header line 4\)/);
		expect(site.refusedUrl.stdout).toMatch(/0 read, 1 rejected/);
	});

	test('the reader shows markup as text and runs none of it', async ({ page }) => {
		await watchCsp(page);
		await page.goto(`/articles/${ids.markup}`);
		const body = page.getByTestId('article-body');
		await expect(body).toContainText(PAYLOADS.script);
		await expect(body).toContainText(PAYLOADS.img);
		await expect(body).toContainText(PAYLOADS.link);
		await expect(body).toContainText(PAYLOADS.template);
		await expect(page.locator('h1')).toContainText(PAYLOADS.script);
		await expect(page.locator('main')).toContainText(PAYLOADS.iframe);
		// Nothing became an element: only the reader's own marks, anchors and tags are in the body.
		const tags = await body.locator('*').evaluateAll((els) => [...new Set(els.map((e) => e.tagName))]);
		expect(
			tags.every((t) => ['MARK', 'SPAN', 'A'].includes(t)),
			tags.join()
		).toBe(true);
		expect(await body.locator('a[href^="javascript:"]').count()).toBe(0);
		await expect(page.locator('main script, main img, main svg, main iframe')).toHaveCount(0);
		// The source link is the URL itself, percent-encoded, and opens elsewhere safely.
		const link = page.getByRole('link', { name: /example\.org/ });
		await expect(link).toHaveAttribute(
			'href',
			new URL(`https://example.org/a?q="><script>window.__pwned='url'</script>`).href
		);
		await expect(link).toHaveAttribute('rel', /noopener/);
		expect(await pwned(page)).toBeUndefined();
		expect(await violations(page)).toEqual([]);
	});

	test('bidi and zero-width characters stay in the text; a non-http URL in the data is not a link', async ({
		page
	}) => {
		await page.goto(`/articles/${ids.invisible}`);
		const text = await page.getByTestId('article-body').textContent();
		expect(text).toContain('Stepa\u200bnakert');
		expect(text).toContain('\u202etrekanapetS\u202c');
		// Our annotations and the article's credits are isolated from the verbatim text's direction controls.
		const tags = page.getByTestId('mark-tags');
		expect(await tags.count()).toBeGreaterThan(0);
		for (const t of await tags.all())
			expect(await t.evaluate((el) => getComputedStyle(el).unicodeBidi)).toBe('isolate');
		expect(await page.locator('h1 > bdi').count()).toBe(1);
		await expect(page.locator('main')).toContainText(`Source (not a web link): ${PATCHED_URL}`);
		await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
		expect(await pwned(page)).toBeUndefined();
	});

	test('the popup and the list show the hostile quotes as text and run nothing', async ({ page }) => {
		await watchCsp(page);
		await page.goto('/?place=shusha');
		await waitForMap(page);
		// The outlets (article `source` headers) are credited in the map's attribution, which
		// MapLibre treats as HTML: they must arrive escaped, as text.
		await expect(page.locator('.maplibregl-ctrl-attrib-inner')).toContainText(PAYLOADS.svg);
		const details = page.getByTestId('details');
		await expect(details).toContainText(PAYLOADS.img);
		await expect(details.locator('img, script, svg, iframe')).toHaveCount(0);
		// Quote texts, speakers, titles and outlets are isolated (<bdi>) from the text around them.
		const cites = details.locator('[data-testid="quote"] cite');
		expect(await cites.count()).toBeGreaterThan(0);
		expect(await details.locator('[data-testid="quote"] cite > bdi').count()).toBe(await cites.count());
		expect(await details.locator('[data-testid="quote"] bdi.outlet').count()).toBe(await cites.count());
		await page.goto('/list');
		await expect(page.getByTestId('place-list')).toContainText(PAYLOADS.img);
		await expect(page.getByTestId('place-list').locator('img, script, svg, iframe')).toHaveCount(0);
		expect(await pwned(page)).toBeUndefined();
		expect(await violations(page)).toEqual([]);
	});
});
