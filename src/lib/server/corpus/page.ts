/**
 * A web page saved from the browser → an article header and body, for ingest. The article is
 * found by Mozilla's Readability (Firefox's Reader View) on linkedom, a DOM without a browser;
 * the header comes from the page's own metadata, and every value says where it was found so the
 * editor can check it before `--write`. The body is the extracted text, one paragraph per block,
 * and is verbatim from then on (the article format's rule).
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { ArticleError, type HeaderKey } from './article';
import { escapeRegExp } from './scan';

export const isPage = (file: string) => /\.x?html?$/i.test(file);

export interface Page {
	header: Partial<Record<HeaderKey, string>>;
	body: string;
	/** "title: from <meta property="og:title">", one line per header value. */
	inferred: string[];
	/** Text the page marks as not the article (captions, bylines, sign-up boxes), removed before
	 * reading: listed with the paragraphs left out as furniture, so the editor can check it. */
	removed: { text: string; why: string }[];
}

/**
 * Page parts that are not the article and that Readability keeps: a paywall or subscription box
 * inside the text ("Subscribe to continue reading"), captions of photos, and the page's own chrome.
 * Readability already drops navigation, sidebars, comments and bylines by its own rules.
 */
const NOT_ARTICLE = [
	'figcaption',
	'figure',
	'script',
	'style',
	'noscript',
	'template',
	'[class*="paywall" i]',
	'[id*="paywall" i]',
	'[class*="subscri" i]',
	'[class*="newsletter" i]',
	'[class*="caption" i]',
	'[class*="byline" i]',
	'[rel="author"]',
	'[aria-hidden="true"]',
	'[hidden]'
].join(', ');

/** Why a part of the page was removed, by the first selector of NOT_ARTICLE it matches. */
const REMOVED_AS: [string, string][] = [
	['figcaption, figure, [class*="caption" i]', 'photo caption (page markup)'],
	['[class*="byline" i], [rel="author"]', 'byline (page markup)'],
	[
		'[class*="paywall" i], [id*="paywall" i], [class*="subscri" i], [class*="newsletter" i]',
		'paywall or sign-up box (page markup)'
	],
	['[aria-hidden="true"], [hidden]', 'hidden on the page']
];

/** Elements that end a paragraph: their text is one paragraph of the body. */
const BLOCKS = new Set([
	'P',
	'H1',
	'H2',
	'H3',
	'H4',
	'H5',
	'H6',
	'LI',
	'BLOCKQUOTE',
	'PRE',
	'TD',
	'TH',
	'DT',
	'DD'
]);

/** One line: HTML whitespace (newlines, tabs, runs of spaces) is not significant. */
const oneLine = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The article's text, one paragraph per block element, paragraphs separated by a blank line. */
function textOf(root: Element): string {
	const paras: string[] = [];
	let current = '';
	const flush = () => {
		const p = oneLine(current);
		if (p) paras.push(p);
		current = '';
	};
	const walk = (node: Node) => {
		if (node.nodeType === 3) current += node.textContent ?? '';
		else if (node.nodeType === 1) {
			const el = node as Element;
			if (el.tagName === 'BR') current += ' ';
			const block = BLOCKS.has(el.tagName) || el.tagName === 'DIV' || el.tagName === 'SECTION';
			if (block) flush();
			for (const child of Array.from(el.childNodes)) walk(child);
			if (block) flush();
		}
	};
	walk(root);
	flush();
	return paras.join('\n\n');
}

/** Objects in the page's JSON-LD blocks (a @graph is flattened); a block that is not JSON is skipped. */
function jsonLd(doc: Document): Record<string, unknown>[] {
	const out: Record<string, unknown>[] = [];
	const add = (x: unknown) => {
		if (Array.isArray(x)) x.forEach(add);
		else if (x && typeof x === 'object') {
			out.push(x as Record<string, unknown>);
			if ('@graph' in x) add((x as { '@graph': unknown })['@graph']);
		}
	};
	for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
		try {
			add(JSON.parse(s.textContent ?? ''));
		} catch {
			/* not JSON: the page's problem, not a reason to refuse the article */
		}
	}
	return out;
}

/** The first candidate with a value, and where it came from. */
function first(candidates: [string, string | null | undefined][]): [string, string] | null {
	for (const [where, value] of candidates) {
		const v = oneLine(value);
		if (v) return [v, where];
	}
	return null;
}

/** Browsers' <title> usually carries the outlet ("Headline - Outlet", "Outlet | Headline"); the
 * header's title is the headline alone. Only a separator next to the outlet's exact name is cut. */
function withoutOutlet(title: string, outlet: string): string {
	const name = escapeRegExp(outlet);
	const bare = title
		.replace(new RegExp(`\\s+[-–—|:·•]\\s+${name}$`, 'iu'), '')
		.replace(new RegExp(`^${name}\\s+[-–—|:·•]\\s+`, 'iu'), '');
	return bare.trim() ? bare : title;
}

export function readPage(bytes: Uint8Array, file: string, opts: { date?: string } = {}): Page {
	const html = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
	const { document } = parseHTML(html);
	const meta = (attr: string, name: string) =>
		document.querySelector(`meta[${attr}="${name}"]`)?.getAttribute('content');
	const ld = jsonLd(document);
	const ldValue = (pick: (o: Record<string, unknown>) => unknown) => {
		for (const o of ld) {
			const v = pick(o);
			if (typeof v === 'string' && v.trim()) return v;
		}
		return undefined;
	};
	const found = {
		title: first([
			['<meta property="og:title">', meta('property', 'og:title')],
			['JSON-LD headline', ldValue((o) => o.headline)],
			['<title>', document.querySelector('title')?.textContent]
		]),
		// The date as the page writes it, in the outlet's own time zone: the first 10 characters.
		date: first([
			['<meta property="article:published_time">', meta('property', 'article:published_time')?.slice(0, 10)],
			['JSON-LD datePublished', ldValue((o) => o.datePublished)?.slice(0, 10)],
			['--date (the page gives none)', opts.date]
		]),
		source: first([
			['<meta property="og:site_name">', meta('property', 'og:site_name')],
			['JSON-LD publisher.name', ldValue((o) => (o.publisher as { name?: unknown } | undefined)?.name)]
		]),
		url: first([
			['<link rel="canonical">', document.querySelector('link[rel="canonical"]')?.getAttribute('href')],
			['<meta property="og:url">', meta('property', 'og:url')]
		])
	};
	if (found.title?.[1] === '<title>' && found.source) {
		const bare = withoutOutlet(found.title[0], found.source[0]);
		if (bare !== found.title[0]) found.title = [bare, "<title>, without the outlet's name"];
	}
	if (!found.date) {
		throw new ArticleError(
			'the page gives no publication date (no <meta property="article:published_time">, no JSON-LD datePublished): ' +
				'give it with --date YYYY-MM-DD after checking the page'
		);
	}
	// Strip what is not the article before Readability scores the page, then take its choice as a DOM node.
	const removed: Page['removed'] = [];
	for (const el of Array.from(document.querySelectorAll(NOT_ARTICLE))) {
		// Code and nested parts are not listed: the outermost part carries the text once.
		const why = REMOVED_AS.find(([sel]) => el.matches(sel))?.[1];
		const text = oneLine(el.textContent);
		if (why && text && !el.parentElement?.closest(NOT_ARTICLE)) removed.push({ text, why });
		el.remove();
	}
	const article = new Readability<Node>(document as unknown as Document, { serializer: (n) => n }).parse();
	const body = article?.content ? textOf(article.content as Element) : '';
	if (!body) throw new ArticleError(`no article text found in the page ${file}`);
	const header: Page['header'] = {};
	const inferred: string[] = [];
	for (const key of ['title', 'source', 'date', 'url'] as const) {
		const f = found[key];
		if (f) {
			header[key] = f[0];
			inferred.push(`${key} from ${f[1]}`);
		}
	}
	if (!header.title && article?.title) {
		header.title = oneLine(article.title);
		inferred.push('title from the article heading (Readability)');
	}
	if (!header.source) {
		header.source = 'Unknown outlet';
		inferred.push(
			'source: the page names no outlet (no og:site_name, no JSON-LD publisher): "Unknown outlet"'
		);
	}
	return { header, body, inferred, removed };
}
