// The Natural Earth extracts in geodata/basemap/ are checked like the curated files before the
// basemap is built: a corrupt polygon would otherwise be published and the land layer would
// silently vanish in the browser. Same geometry rules (geometry.ts), same one-line messages, minus
// what only curated data promises (the region box, 5 decimals).
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Geometry } from 'geojson';
import { checkGeometry } from '../../src/lib/server/geodata/geometry.ts';
import { formatGeodataError, type GeodataError } from '../../src/lib/server/geodata/load.ts';
import { MAX_GEODATA_FILE_BYTES } from '../../src/lib/server/geodata/load.ts';

/** Each basemap file and the geometry types its layer draws. */
export const BASEMAP_FILES: Record<string, readonly Geometry['type'][]> = {
	ne_10m_land: ['Polygon', 'MultiPolygon'],
	ne_10m_lakes: ['Polygon', 'MultiPolygon'],
	ne_10m_lakes_europe: ['Polygon', 'MultiPolygon'],
	ne_10m_rivers_lake_centerlines: ['LineString', 'MultiLineString'],
	ne_10m_rivers_europe: ['LineString', 'MultiLineString'],
	ne_10m_admin_0_boundary_lines_land: ['LineString', 'MultiLineString'],
	ne_10m_populated_places: ['Point'],
	ne_10m_geography_regions_elevation_points: ['Point']
};

/** Every problem of the basemap files, as the data step prints them (file, feature, field). */
export function checkBasemap(dir: string): string[] {
	const errors: GeodataError[] = [];
	for (const [name, allowed] of Object.entries(BASEMAP_FILES)) {
		const file = join(dir, `${name}.geojson`);
		const report = (feature: string | null, field: string | null, message: string) =>
			errors.push({ file, feature, field, message });
		const size = statSync(file, { throwIfNoEntry: false })?.size;
		if (size === undefined) {
			report(null, null, 'file is missing');
			continue;
		}
		if (size > MAX_GEODATA_FILE_BYTES) {
			report(null, null, `${size} bytes, over the limit of ${MAX_GEODATA_FILE_BYTES}`);
			continue;
		}
		let fc: { type?: unknown; features?: unknown };
		try {
			fc = JSON.parse(readFileSync(file, 'utf8'));
		} catch (e) {
			report(null, null, `invalid JSON (${(e as Error).message.split('\n')[0]})`);
			continue;
		}
		if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
			report(null, 'type', 'must be a GeoJSON FeatureCollection with a features array');
			continue;
		}
		fc.features.forEach((f: { geometry?: unknown } | null, i: number) => {
			for (const p of checkGeometry(f?.geometry, allowed, 'world', { decimals: false, crossings: 'rings' }))
				report(`#${i}`, p.field, p.message);
		});
	}
	return errors.map(formatGeodataError);
}
