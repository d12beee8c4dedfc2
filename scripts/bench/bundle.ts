/**
 * Figure 3: what the first load ships, split into maplibre / framework / app / data. The bench
 * records every response of a first visit (browser.ts); this file attributes each JS file's bytes
 * to its sources with the build's hidden source maps (`vite build --sourcemap hidden`: .map files
 * next to the chunks, not referenced by them, so the page loads exactly what `npm run build` ships),
 * and gzips everything the way a static host would.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** `markup`: HTML outside inlined data; `other`: JS that could not be attributed. */
export type Category =
	'maplibre' | 'framework' | 'app' | 'data' | 'basemap' | 'markup' | 'other' | 'unmapped';

export interface LoadedResource {
	url: string;
	type: string;
	body: Buffer;
}

export interface ShippedRow {
	path: string;
	category: Category | 'mixed';
	raw: number;
	gzip: number;
	split: Partial<Record<Category, number>>;
}

export const gz = (b: Buffer | string): number => gzipSync(b, { level: 9 }).length;

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Map([...B64].map((c, i) => [c, i]));

/** Decode one VLQ-encoded segment ("AAgBC") into its numbers. */
export function decodeVlq(segment: string): number[] {
	const out: number[] = [];
	let value = 0;
	let shift = 0;
	for (const ch of segment) {
		const digit = B64_INDEX.get(ch);
		if (digit === undefined) throw new Error(`bad VLQ character "${ch}"`);
		value += (digit & 31) << shift;
		if (digit & 32) shift += 5;
		else {
			out.push(value & 1 ? -(value >>> 1) : value >>> 1);
			value = 0;
			shift = 0;
		}
	}
	return out;
}

export function categoryOfSource(source: string): Category {
	if (/node_modules\/maplibre-gl\//.test(source)) return 'maplibre';
	if (/node_modules\//.test(source) || /\.svelte-kit\/generated|sveltekit|vite\//.test(source))
		return 'framework';
	return 'app';
}

/** Characters of `code` per category, from its source map (`unmapped`: no segment covers them). */
export function attribute(
	code: string,
	map: { sources: string[]; mappings: string }
): Partial<Record<Category, number>> {
	const cats = map.sources.map(categoryOfSource);
	const out: Partial<Record<Category, number>> = {};
	const add = (c: Category, n: number) => (out[c] = (out[c] ?? 0) + n);
	const lines = code.split('\n');
	const mapLines = map.mappings.split(';');
	let src = 0;
	lines.forEach((line, li) => {
		const segs = (mapLines[li] ?? '').split(',').filter(Boolean);
		let col = 0;
		let prevCol = 0;
		let prevCat: Category = 'unmapped';
		for (const seg of segs) {
			const v = decodeVlq(seg);
			col += v[0]!;
			add(prevCat, col - prevCol);
			if (v.length >= 4) {
				src += v[1]!;
				prevCat = cats[src] ?? 'unmapped';
			} else prevCat = 'unmapped';
			prevCol = col;
		}
		add(prevCat, line.length - prevCol + 1);
	});
	return out;
}

/** The JSON SvelteKit inlined into a prerendered page (`<script type="application/json" data-sveltekit-fetched>`). */
export function inlineData(html: string): string {
	return [
		...html.matchAll(/<script type="application\/json"[^>]*data-sveltekit-fetched[^>]*>([\s\S]*?)<\/script>/g)
	]
		.map((m) => m[1])
		.join('');
}

/** One row per response: JS split by source map, data and basemap by name. */
export function classify(resources: LoadedResource[], root: string | null): ShippedRow[] {
	const rows: ShippedRow[] = [];
	for (const r of resources) {
		const path = new URL(r.url).pathname;
		const g = gz(r.body);
		if (/\.m?js$/.test(path)) {
			const mapFile = root ? join(root, `${path}.map`) : '';
			if (/maplibre-gl/.test(path))
				rows.push({ path, category: 'maplibre', raw: r.body.length, gzip: g, split: { maplibre: g } });
			else if (mapFile && existsSync(mapFile)) {
				const chars = attribute(r.body.toString('utf8'), JSON.parse(readFileSync(mapFile, 'utf8')));
				// Unmapped characters (bundler glue, a dependency's own minified code) go to the file's main source.
				const { unmapped = 0, ...mapped } = chars;
				const main = (Object.entries(mapped).sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'framework') as Category;
				Object.keys(chars).forEach((k) => delete chars[k as Category]);
				Object.assign(chars, mapped);
				chars[main] = (chars[main] ?? 0) + unmapped;
				const total = Object.values(chars).reduce((a, b) => a + b, 0) || 1;
				const split = Object.fromEntries(Object.entries(chars).map(([k, n]) => [k, (g * n) / total]));
				const top = Object.entries(chars).sort((a, b) => b[1] - a[1])[0]?.[0] as Category;
				rows.push({
					path,
					category: Object.keys(chars).length > 1 ? 'mixed' : top,
					raw: r.body.length,
					gzip: g,
					split
				});
			} else if (!root) {
				// The baseline's single bundle (no source map): MapLibre plus a few lines.
				rows.push({ path, category: 'maplibre', raw: r.body.length, gzip: g, split: { maplibre: g } });
			} else {
				// SvelteKit's tiny entry stubs have no map; anything big here means build/ lost its maps.
				const category: Category = r.body.length < 4096 ? 'framework' : 'other';
				rows.push({ path, category, raw: r.body.length, gzip: g, split: { [category]: g } });
			}
		} else if (/basemap\.geojson$/.test(path)) {
			rows.push({ path, category: 'basemap', raw: r.body.length, gzip: g, split: { basemap: g } });
		} else if (/\.(json|geojson)$/.test(path)) {
			rows.push({ path, category: 'data', raw: r.body.length, gzip: g, split: { data: g } });
		} else if (r.type === 'document') {
			const data = inlineData(r.body.toString('utf8'));
			const dg = data ? gz(data) : 0;
			rows.push({
				path,
				category: 'markup',
				raw: r.body.length,
				gzip: g,
				split: { data: dg, markup: g - dg }
			});
		}
	}
	return rows;
}

export function totals(rows: ShippedRow[]): Record<Category, number> {
	const out: Record<Category, number> = {
		maplibre: 0,
		framework: 0,
		app: 0,
		data: 0,
		basemap: 0,
		markup: 0,
		other: 0,
		unmapped: 0
	};
	for (const r of rows) for (const [k, v] of Object.entries(r.split)) out[k as Category] += v;
	return out;
}
