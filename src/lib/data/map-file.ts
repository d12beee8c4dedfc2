/**
 * map.json as stored, and back. The map's feature properties (label, kind, dates, quote total)
 * follow from each feature's details and quote dates, a detail's centre from its geometry, and
 * its id and group from where it is filed, so the file carries each fact once: one entry per
 * feature, by id, with its details and geometry. `expandMapFile` derives the rest where it is
 * loaded (load.ts: on the server for the prerendered page, in the browser after). The page
 * inlines the stored form: this keeps ~1.7 KB gzip out of the first load (docs/performance.md).
 */
import type { Geometry, Position } from 'geojson';
import { drawnProps, type MapData } from './map-data';
import { quotesTotal } from './quote-dates';
import type { FeatureDetails, MapFile } from './data-files';

type Properties = FeatureDetails['properties'];
/** Per kind of feature, its properties without the id (the key it is stored under). */
type WithoutId<P> = P extends unknown ? Omit<P, 'id'> : never;

/** One curated feature as stored: no id (the key), no centre (from the geometry), its geometry. */
export interface StoredFeature extends Omit<FeatureDetails, 'center' | 'properties'> {
	properties: WithoutId<Properties>;
	geometry: Geometry;
}

export interface StoredMapFile extends Omit<MapData, 'places' | 'lines' | 'posts'> {
	/** Every curated feature by id: places, then lines, then posts, each group in drawing order. */
	features: Record<string, StoredFeature>;
}

function positions(g: Geometry): Position[] {
	switch (g.type) {
		case 'Point':
			return [g.coordinates];
		case 'MultiPoint':
		case 'LineString':
			return g.coordinates;
		case 'MultiLineString':
		case 'Polygon':
			return g.coordinates.flat();
		case 'MultiPolygon':
			return g.coordinates.flat(2);
		case 'GeometryCollection':
			return g.geometries.flatMap(positions);
	}
}

/** Where to centre the map on a feature: the point, or the middle of its bounding box. */
export function centerOf(geometry: Geometry): [number, number] {
	const ps = positions(geometry);
	if (geometry.type === 'Point') return [ps[0]![0]!, ps[0]![1]!];
	let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const [x, y] of ps) {
		w = Math.min(w, x!);
		e = Math.max(e, x!);
		s = Math.min(s, y!);
		n = Math.max(n, y!);
	}
	return [(w + e) / 2, (s + n) / 2];
}

export function compactMapFile(map: MapFile): StoredMapFile {
	const { places, lines, posts, details, ...rest } = map;
	const drawn = [...places.features, ...lines.features, ...posts.features];
	if (drawn.length !== Object.keys(details).length) throw new Error('map.json: details and features differ');
	const features: Record<string, StoredFeature> = {};
	for (const { geometry, properties: drawnProps } of drawn) {
		const d = details[drawnProps.id];
		if (!d) throw new Error(`map.json: no details for ${drawnProps.id}`);
		// The id is the key, the centre follows from the geometry: both derived on load.
		// eslint-disable-next-line @typescript-eslint/no-unused-vars
		const { id, ...properties } = d.properties;
		features[drawnProps.id] = { group: d.group, properties, periods: d.periods, geometry };
	}
	return { ...rest, features };
}

export function expandMapFile(stored: StoredMapFile): MapFile {
	const { features, ...rest } = stored;
	const collection = (): MapData['places'] => ({ type: 'FeatureCollection', features: [] });
	const map: MapFile = {
		...rest,
		places: collection(),
		lines: collection(),
		posts: collection(),
		details: {}
	};
	const groups = { place: map.places, line: map.lines, post: map.posts };
	for (const [id, { geometry, properties, ...kept }] of Object.entries(features)) {
		const p = { id, ...properties } as Properties;
		map.details[id] = { ...kept, properties: p, center: centerOf(geometry) };
		groups[kept.group].features.push({
			type: 'Feature',
			geometry,
			properties: drawnProps(p, quotesTotal(stored.featureQuoteDates, id))
		});
	}
	return map;
}
