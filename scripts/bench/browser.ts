/**
 * Figures 1, 2 and 4 (and the fps of figure 6): the system Chromium driven by playwright-core,
 * WebGL in software (SwiftShader), a fresh browser context per run. Pages report through an init
 * script: every MapLibre `idle` after `window.__map` is set (the site and the baseline both set it
 * on the first idle), and the first frame showing the place index.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';
import type { LoadedResource } from './bundle';

const VIEWPORT = { width: 1280, height: 800 };
/** The map counts as settled when no `idle` followed the last one for this long. */
const QUIET_MS = 1500;

export async function launch(): Promise<Browser> {
	const executablePath = await findChromium();
	if (!executablePath) throw new Error('no Chromium found (see scripts/chromium.mjs)');
	return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

// \`__name\`: tsx (esbuild keepNames) wraps named functions in the callbacks this bench passes to
// page.evaluate with a helper that does not exist in the page.
const INIT = `(() => {
	window.__name ??= (f) => f;
	const b = (window.__bench = { idles: [], firstContent: null });
	let map;
	Object.defineProperty(window, '__map', {
		configurable: true,
		get: () => map,
		set: (m) => {
			map = m;
			b.idles.push(performance.now());
			m.on('idle', () => b.idles.push(performance.now()));
		}
	});
	const seen = () => {
		if (b.firstContent !== null || !document.querySelector('[data-testid^="index-"]')) return false;
		requestAnimationFrame(() => setTimeout(() => (b.firstContent ??= performance.now()), 0));
		return true;
	};
	new MutationObserver((_, obs) => seen() && obs.disconnect()).observe(document, { childList: true, subtree: true });
})();`;

/** What the bench reads from a MapLibre map in the page. */
type PageMap = { loaded(): boolean; getStyle(): { layers: unknown[] } };

export interface LoadRun {
	/** navigation start → the last map `idle` before the map settled (every layer drawn), ms */
	mapIdle: number;
	/** navigation start → first frame with the place index (site only), ms */
	firstContent: number | null;
	fcp: number | null;
	/** navigation start → the request for MapLibre's script, ms */
	maplibreStart: number | null;
	layers: number;
	resources?: LoadedResource[];
}

export async function newPage(browser: Browser): Promise<Page> {
	const context = await browser.newContext({ viewport: VIEWPORT });
	await context.addInitScript(INIT);
	return context.newPage();
}

/** Wait until the map has been idle for QUIET_MS with nothing loading, then read the marks. */
export async function settle(page: Page, minLayers = 0): Promise<Omit<LoadRun, 'resources'>> {
	await page.waitForFunction(
		([quiet, minLayers]) => {
			const w = window as unknown as { __bench: { idles: number[] }; __map?: PageMap };
			const idles = w.__bench.idles;
			const map = w.__map;
			if (!map || idles.length === 0) return false;
			return (
				map.loaded() &&
				map.getStyle().layers.length >= minLayers &&
				performance.now() - idles[idles.length - 1]! > quiet
			);
		},
		[QUIET_MS, minLayers] as const,
		{ timeout: 60_000, polling: 100 }
	);
	return page.evaluate(() => {
		const w = window as unknown as {
			__bench: { idles: number[]; firstContent: number | null };
			__map: PageMap;
		};
		const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
		// MapLibre's main script: the one JS file over 500 KB that is not its worker.
		const lib = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find(
			(e) => /\.m?js$/.test(e.name) && !/worker/.test(e.name) && e.decodedBodySize > 500_000
		);
		return {
			mapIdle: w.__bench.idles[w.__bench.idles.length - 1]!,
			firstContent: w.__bench.firstContent === null ? null : Math.max(w.__bench.firstContent, fcp ?? 0),
			fcp,
			maplibreStart: lib?.startTime ?? null,
			layers: w.__map.getStyle().layers.length
		};
	});
}

/** One cold load in a fresh context; with `record`, the body of every response too. */
export async function loadOnce(
	browser: Browser,
	url: string,
	minLayers = 0,
	record = false,
	after?: (page: Page) => Promise<void>
): Promise<LoadRun> {
	const page = await newPage(browser);
	const pending: Promise<void>[] = [];
	const resources: LoadedResource[] = [];
	// Only what the first load ships: responses after the map settled (the toggles and popups
	// that `after` drives, e.g. notes.json) are not recorded.
	let settled = false;
	if (record) {
		page.context().on('response', (res) => {
			if (settled) return;
			pending.push(
				res
					.body()
					.then((body) => void resources.push({ url: res.url(), type: res.request().resourceType(), body }))
					.catch(() => undefined)
			);
		});
	}
	await page.goto(url, { waitUntil: 'load' });
	const run = await settle(page, minLayers);
	settled = true;
	await Promise.all(pending);
	if (after) await after(page);
	await page.context().close();
	return record ? { ...run, resources } : run;
}
