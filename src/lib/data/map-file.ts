/**
 * map.json as stored, and back. The map's feature properties (label, kind, dates, quote total)
 * follow from each feature's details and quote dates, and a detail's centre from its geometry, so
 * the file carries each fact once and `expandMapFile` derives the rest where it is loaded
 * (load.ts: on the server for the prerendered page, in the browser after). The page inlines
 * the stored form: this keeps ~1 KB gzip out of the first load (docs/performance.md).
 */
import type { FeatureCollection, Geometry, Position } from 'geojson';
import { drawnProps, type MapData } from './map-data';
import { quotesTotal } from './quote-dates';
import type { FeatureDetails, MapFile } from './data-files';

type Drawn = FeatureCollection<Geometry, { id: string }>;

export interface StoredMapFile extends Omit<MapData, 'places' | 'lines' | 'posts'> {
	places: Drawn;
	lines: Drawn;
	posts: Drawn;
	details: Record<string, Omit<FeatureDetails, 'center'>>;
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
	const drawn = (fc: MapData['places']): Drawn => ({
		type: 'FeatureCollection',
		features: fc.features.map((f) => ({
			type: 'Feature',
			geometry: f.geometry,
			properties: { id: f.properties.id }
		}))
	});
	const details = Object.fromEntries(
		// eslint-disable-next-line @typescript-eslint/no-unused-vars
		Object.entries(map.details).map(([id, { center, ...rest }]) => [id, rest])
	);
	return { ...map, places: drawn(map.places), lines: drawn(map.lines), posts: drawn(map.posts), details };
}

export function expandMapFile(stored: StoredMapFile): MapFile {
	const geometry = new Map<string, Geometry>();
	const drawn = (fc: Drawn): MapData['places'] => ({
		type: 'FeatureCollection',
		features: fc.features.map((f) => {
			const d = stored.details[f.properties.id];
			if (!d) throw new Error(`map.json: no details for ${f.properties.id}`);
			geometry.set(f.properties.id, f.geometry);
			return {
				type: 'Feature',
				geometry: f.geometry,
				properties: drawnProps(d.properties, quotesTotal(stored.featureQuoteDates, f.properties.id))
			};
		})
	});
	const places = drawn(stored.places);
	const lines = drawn(stored.lines);
	const posts = drawn(stored.posts);
	const details: Record<string, FeatureDetails> = {};
	for (const [id, d] of Object.entries(stored.details)) {
		const g = geometry.get(id);
		if (!g) throw new Error(`map.json: no geometry for ${id}`);
		details[id] = { ...d, center: centerOf(g) };
	}
	return { ...stored, places, lines, posts, details };
}
