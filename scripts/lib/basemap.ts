// Builds the offline basemap (one GeoJSON, every feature tagged with its `layer`) from the
// Natural Earth extracts vendored in geodata/basemap/. See geodata/basemap/SOURCE.md.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

export type BasemapLayer = 'land' | 'lake' | 'river' | 'border' | 'city' | 'country' | 'sea' | 'peak';

type NEFeature = Feature<Geometry, Record<string, unknown>>;

function read(dir: string, name: string): NEFeature[] {
	const fc = JSON.parse(readFileSync(join(dir, `${name}.geojson`), 'utf8')) as FeatureCollection;
	return fc.features as NEFeature[];
}

function tagged(layer: BasemapLayer, geometry: Geometry, props: Record<string, unknown> = {}): Feature {
	return { type: 'Feature', geometry, properties: { layer, ...props } };
}

/**
 * Natural Earth places we must not label. Why each one:
 * - "Agdam" in NE 4.0 is a namesake village in Tovuz district, not Aghdam city (which the curated layer draws);
 * - places the curated gazetteer draws itself (with both names and sources) would be labelled twice.
 */
function skipPlace(props: Record<string, unknown>, curatedNames: Set<string>): boolean {
	const name = String(props.NAME ?? '');
	if (name === 'Agdam' && props.FEATURECLA === 'Historic place') return true;
	return curatedNames.has(name.toLowerCase()) || curatedNames.has(String(props.name_en ?? '').toLowerCase());
}

/** Label anchors for country and sea names; Natural Earth has no label points at this scale. */
const AREA_LABELS: { layer: BasemapLayer; name: string; at: [number, number] }[] = [
	{ layer: 'country', name: 'ARMENIA', at: [44.75, 40.55] },
	{ layer: 'country', name: 'AZERBAIJAN', at: [48.1, 40.75] },
	{ layer: 'country', name: 'GEORGIA', at: [44.4, 41.95] },
	{ layer: 'country', name: 'IRAN', at: [47.2, 38.35] },
	{ layer: 'country', name: 'TURKEY', at: [43.45, 39.55] },
	{ layer: 'country', name: 'RUSSIA', at: [47.2, 42.35] },
	{ layer: 'sea', name: 'Caspian Sea', at: [50.4, 39.6] }
];

export function buildBasemap(dir: string, curatedNames: Set<string>): FeatureCollection {
	const features: Feature[] = [];
	for (const f of read(dir, 'ne_10m_land')) features.push(tagged('land', f.geometry));
	for (const f of [...read(dir, 'ne_10m_lakes'), ...read(dir, 'ne_10m_lakes_europe')])
		features.push(tagged('lake', f.geometry, { name: f.properties.name ?? null }));
	for (const f of [...read(dir, 'ne_10m_rivers_lake_centerlines'), ...read(dir, 'ne_10m_rivers_europe')])
		features.push(tagged('river', f.geometry, { name: f.properties.name_en ?? f.properties.name ?? null }));
	for (const f of read(dir, 'ne_10m_admin_0_boundary_lines_land'))
		features.push(tagged('border', f.geometry));
	for (const f of read(dir, 'ne_10m_populated_places')) {
		if (skipPlace(f.properties, curatedNames)) continue;
		features.push(
			tagged('city', f.geometry, {
				name: f.properties.name_en ?? f.properties.NAME,
				rank: Number(f.properties.SCALERANK ?? 10)
			})
		);
	}
	for (const f of read(dir, 'ne_10m_geography_regions_elevation_points'))
		features.push(tagged('peak', f.geometry, { name: f.properties.name ?? null }));
	for (const l of AREA_LABELS)
		features.push(tagged(l.layer, { type: 'Point', coordinates: l.at }, { name: l.name }));
	return { type: 'FeatureCollection', features };
}
