/**
 * What the first load of a prerendered page ships that is not MapLibre: the budget
 * `.size-limit.mjs` enforces (docs/performance.md). Read from the built site (build/), so it
 * measures exactly what `npm run build` writes:
 *
 * - JS: every `<link rel="modulepreload">` and `import("…")` of the page, SvelteKit's root
 *   layout and root error nodes (its client loads both at start), and everything those import
 *   statically, MapLibre's own files excepted (`maplibre-gl*.mjs`);
 * - data: the JSON SvelteKit inlined into the page (`data-sveltekit-fetched`).
 *
 * Data files the page fetches before the map is idle would count too; today there are none but
 * `basemap.geojson`, which the bare map loads as well. e2e/first-load.e2e.ts checks, in the
 * browser, that every script and fetch of a first visit is one of these or MapLibre's.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

/** MapLibre's script and worker: outside the budget (the bare map loads them too). */
export const isMapLibre = (/** @type {string} */ path) => /maplibre-gl[^/]*\.m?js$/.test(path);

/** The root layout's and the root error page's node files, which SvelteKit's client loads at start. */
const START_NODES = /^[01]\.[^/]*\.js$/;

/**
 * Paths of the JS a page's HTML names (preloads and dynamic imports), relative to the build root.
 * @param {string} html
 * @param {string} pagePath the page's path inside the build, e.g. `index.html`
 * @returns {string[]}
 */
export function namedScripts(html, pagePath = 'index.html') {
	const hrefs = [
		...[...html.matchAll(/<link\b[^>]*>/g)]
			.map((m) => m[0])
			.filter((tag) => /rel="modulepreload"/.test(tag))
			.map((tag) => /href="([^"]+)"/.exec(tag)?.[1]),
		...[...html.matchAll(/import\("([^"]+)"\)/g)].map((m) => m[1])
	].filter((h) => h !== undefined);
	return [...new Set(hrefs.map((h) => resolveHref(h, pagePath)))];
}

/** @param {string} href @param {string} from a file's path relative to the build root */
function resolveHref(href, from) {
	const path = href.startsWith('/') ? href.slice(1) : join(dirname(from), href);
	return normalize(path).replace(/\\/g, '/');
}

/**
 * The relative paths a chunk imports statically (`import … from "./x.js"`, `import "./x.js"`),
 * not those it loads later with `import()`.
 * @param {string} code
 * @returns {string[]}
 */
export function staticImports(code) {
	return [...code.matchAll(/(?:\bfrom|\bimport)\s*"(\.{1,2}\/[^"]+\.m?js)"/g)].map((m) => m[1] ?? '');
}

/** The JSON SvelteKit inlined into a prerendered page, one string per fetched file. */
export function inlineData(/** @type {string} */ html) {
	return [
		...html.matchAll(
			/<script type="application\/json"[^>]*data-sveltekit-fetched[^>]*data-url="([^"]*)"[^>]*>([\s\S]*?)<\/script>/g
		)
	].map((m) => ({ url: m[1] ?? '', body: m[2] ?? '' }));
}

/**
 * The first load of one page: the non-MapLibre JS files (relative to `root`) and the inlined data.
 * @param {string} root the built site (`build`)
 * @param {string} pagePath e.g. `index.html`
 */
export function firstLoad(root, pagePath = 'index.html') {
	const html = readFileSync(join(root, pagePath), 'utf8');
	const nodesDir = join(root, '_app/immutable/nodes');
	const startNodes = existsSync(nodesDir)
		? readdirSync(nodesDir)
				.filter((f) => START_NODES.test(f))
				.map((f) => `_app/immutable/nodes/${f}`)
		: [];
	const queue = [...namedScripts(html, pagePath), ...startNodes];
	/** @type {Set<string>} */
	const seen = new Set();
	while (queue.length) {
		const path = /** @type {string} */ (queue.shift());
		if (seen.has(path) || isMapLibre(path)) continue;
		const file = join(root, path);
		if (!existsSync(file)) throw new Error(`${pagePath} names ${path}, which is not in ${root}`);
		seen.add(path);
		for (const imp of staticImports(readFileSync(file, 'utf8'))) {
			queue.push(relative(root, join(dirname(file), imp)).replace(/\\/g, '/'));
		}
	}
	return { scripts: [...seen].sort(), data: inlineData(html) };
}
