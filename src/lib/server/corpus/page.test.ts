// Saved web pages → articles: Readability on linkedom finds the text, the header comes from the
// page's metadata with where each value was found, and page furniture, bylines, captions and a
// paywall stub stay out of the body. The pages in __fixtures__/pages/ were written for these tests.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingest, scratchRepo, tree } from './__fixtures__/processes';
import { parseArticle } from './article';
import { readPage } from './page';

const PAGES = 'src/lib/server/corpus/__fixtures__/pages';
const page = (name: string, opts: { date?: string } = {}) =>
	readPage(readFileSync(join(PAGES, name)), name, opts);
const html = (head: string, body: string) =>
	new TextEncoder().encode(
		`<!doctype html><html><head><meta charset="utf-8">${head}</head><body><article><h1>Heading</h1>${body}</article></body></html>`
	);
const PARAS =
	'<p>Peacekeepers left the post near Shusha on Monday, residents said.</p><p>“We saw the trucks go,” a farmer told the paper from Stepanakert.</p>';

describe('a saved page becomes an article', () => {
	it('furniture, byline and caption stay out; the header comes from og: and article: meta and the canonical link', () => {
		const p = page('furniture.html');
		expect(p.header).toEqual({
			title: 'Peacekeepers reopen the Lachin road',
			source: 'Fixture Gazette',
			date: '2023-09-21',
			url: 'https://gazette.example.org/world/peacekeepers-reopen-lachin-road'
		});
		expect(p.inferred).toEqual([
			'title from <meta property="og:title">',
			'source from <meta property="og:site_name">',
			'date from <meta property="article:published_time">',
			'url from <link rel="canonical">'
		]);
		expect(p.body.split('\n\n')).toHaveLength(4);
		expect(p.body.startsWith('Russian peacekeepers reopened the road')).toBe(true);
		// HTML line breaks inside a paragraph are not text: one space.
		expect(p.body).toContain('the convoy of trucks carrying flour');
		for (const furniture of [
			'cookies',
			'Home',
			'Most read',
			'All rights reserved',
			'Jane Fixture',
			'Photo: Fixture Agency',
			'analytics',
			'promo'
		])
			expect(p.body).not.toContain(furniture);
		// What the page's markup marks as not the article is listed, once each (the author link inside the byline is not listed again).
		expect(p.removed).toEqual([
			{ text: 'By Jane Fixture, Caucasus correspondent', why: 'byline (page markup)' },
			{ text: 'A convoy waits at a checkpoint. Photo: Fixture Agency', why: 'photo caption (page markup)' }
		]);
	});
	it('JSON-LD gives the title, date and outlet (a broken JSON-LD block is skipped); the paywall stub and sign-up box stay out', () => {
		const p = page('paywall-jsonld.html');
		expect(p.header).toMatchObject({
			title: 'Monitoring centre near Aghdam closes',
			source: 'The Fixture Ledger',
			date: '2023-10-05'
		});
		expect(p.inferred).toContain('date from JSON-LD datePublished');
		expect(p.body).not.toMatch(/Subscribe|subscriber|inbox|Front page/);
		expect(p.body.split('\n\n')).toHaveLength(2);
		expect(p.removed).toContainEqual({
			text: 'Subscribe to continue reading. Already a subscriber? Log in.',
			why: 'paywall or sign-up box (page markup)'
		});
	});
	it('a page with no date is refused, saying how to give one; --date gives it and says so', () => {
		expect(() => page('no-date.html')).toThrow(
			/the page gives no publication date .*: give it with --date YYYY-MM-DD/
		);
		const p = page('no-date.html', { date: '2023-09-30' });
		expect(p.header.date).toBe('2023-09-30');
		expect(p.inferred).toEqual([
			'title from <title>',
			'source from <meta property="og:site_name">',
			'date from --date (the page gives none)'
		]);
	});
	it("the outlet's name is cut from a <title> headline, on either side, and only next to a separator", () => {
		const title = (t: string) =>
			readPage(
				html(
					`<title>${t}</title><meta property="og:site_name" content="Caucasus Report"><meta property="article:published_time" content="2024-06-12">`,
					PARAS
				),
				'x.html'
			);
		expect(title('Last peacekeepers leave - Caucasus Report').header.title).toBe('Last peacekeepers leave');
		expect(title('CAUCASUS REPORT | Last peacekeepers leave').header.title).toBe('Last peacekeepers leave');
		expect(title('Last peacekeepers leave - Caucasus Report').inferred[0]).toBe(
			"title from <title>, without the outlet's name"
		);
		expect(title('Caucasus Report').header.title).toBe('Caucasus Report');
		expect(title('Caucasus Reporters say peacekeepers leave').header.title).toBe(
			'Caucasus Reporters say peacekeepers leave'
		);
		expect(title('Peacekeepers leave - Caucasus Report - Caucasus Report').header.title).toBe(
			'Peacekeepers leave - Caucasus Report'
		);
	});
	it('a page that names no outlet gets "Unknown outlet", and says so', () => {
		const p = readPage(
			html('<title>T</title><meta property="article:published_time" content="2023-09-25">', PARAS),
			'x.html'
		);
		expect(p.header.source).toBe('Unknown outlet');
		expect(p.inferred).toContain(
			'source: the page names no outlet (no og:site_name, no JSON-LD publisher): "Unknown outlet"'
		);
	});
	it('values from a page obey the header rules: a javascript: canonical link and a soft hyphen in the title are refused', () => {
		const head = (extra: string) =>
			`<title>T</title><meta property="article:published_time" content="2023-09-25">${extra}`;
		const asArticle = (bytes: Uint8Array) => {
			const p = readPage(bytes, 'x.html');
			return () =>
				parseArticle(
					new TextEncoder().encode(
						`${Object.entries(p.header)
							.map(([k, v]) => `${k}: ${v}`)
							.join('\n')}\n\n${p.body}`
					),
					'x.html'
				);
		};
		expect(asArticle(html(head('<link rel="canonical" href="javascript:alert(1)">'), PARAS))).toThrow(
			/url "javascript:alert\(1\)" is not an http\(s\) URL/
		);
		expect(asArticle(html(head('<meta property="og:title" content="Peace\u00adkeepers">'), PARAS))).toThrow(
			/title: contains the invisible or control character U\+00AD/
		);
	});
	it('a page with no article text is refused', () => {
		const empty =
			'<html><head><meta property="article:published_time" content="2023-09-25"></head><body><nav> </nav></body></html>';
		expect(() => readPage(new TextEncoder().encode(empty), 'empty.html')).toThrow(/no article text found/);
	});
});

describe('npm run ingest on pages (CLI)', () => {
	let dir: string;
	let corpusDir: string;
	beforeEach(() => {
		dir = mkdtempSync(join(tmpdir(), 'pages-'));
		corpusDir = scratchRepo(dir);
	});
	afterEach(() => rmSync(dir, { recursive: true, force: true }));

	it('a folder is one run: one page without a date and nothing is written; with --date all three are, verbatim', () => {
		const before = tree(join(dir, 'corpus'));
		const refused = ingest(corpusDir, '--write', PAGES);
		expect(refused.status).toBe(1);
		expect(refused.stdout).toMatch(/✗ .*no-date\.html\n {2}the page gives no publication date/);
		expect(refused.stdout).toContain(
			'taken from the page (check them):\n   - title from <meta property="og:title">'
		);
		expect(refused.stdout).toMatch(/nothing was written: a run adds all its files or none/);
		expect(tree(join(dir, 'corpus'))).toEqual(before);

		const res = ingest(corpusDir, '--write', '--date', '2023-09-30', PAGES);
		expect(res.status, res.stdout).toBe(0);
		const id = '2023-09-21-fixture-peacekeepers-reopen-the-lachin-road';
		expect(res.stdout).toContain(`written to ${corpusDir}/: `);
		const saved = readFileSync(join(corpusDir, `${id}.txt`), 'utf8');
		expect(saved).toMatch(
			/^title: Peacekeepers reopen the Lachin road\nsource: Fixture Gazette\ndate: 2023-09-21\nurl: https:\/\/gazette\.example\.org\/world\/peacekeepers-reopen-lachin-road\nsha256: [0-9a-f]{64}\n\n/
		);
		expect(saved.split('\n\n').slice(1).join('\n\n')).toBe(page('furniture.html').body);
		// The same pages again are duplicates of what is now in the corpus.
		const again = ingest(corpusDir, '--write', '--date', '2023-09-30', PAGES);
		expect(again.status).toBe(1);
		expect(again.stdout).toMatch(/duplicate: the same body is already in/);
	}, 90_000);

	it('a page is written as its text: the saved HTML is never copied into the corpus', () => {
		const p = join(dir, 'p.html');
		writeFileSync(
			p,
			html(
				'<meta property="og:site_name" content="Fixture Daily"><meta property="article:published_time" content="2023-09-25T10:00:00Z"><title>Posts left</title>',
				PARAS
			)
		);
		const res = ingest(corpusDir, '--write', p);
		expect(res.status, res.stdout).toBe(0);
		const files = Object.keys(tree(corpusDir)).filter((f) => f.includes('posts-left'));
		expect(files).toHaveLength(1);
		expect(readFileSync(files[0]!, 'utf8')).not.toMatch(/<p>|<article>|<!doctype/i);
	}, 60_000);
});
