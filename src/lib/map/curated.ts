/**
 * Every curated feature (places, lines and areas, posts) in one GeoJSON source. MapLibre builds
 * tiles per source, in its worker, on the cores SwiftShader draws with: three sources were a
 * third of the map's load time beyond a bare basemap (`npm run bench`, figure 1). Each feature
 * is tagged with its group, and each layer filters on it.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import type { FeatureCollection, Geometry } from 'geojson';
import type { FeatureGroup } from '$lib/data/data-files';
import type { MapData, MapFeatureProps } from '$lib/data/map-data';
import type { LineKindName } from '$lib/model/rules';

export type CuratedProps = MapFeatureProps & { group: FeatureGroup };

export function curatedFeatures(map: MapData): FeatureCollection<Geometry, CuratedProps> {
	const tag = (group: FeatureGroup, fc: MapData['places']) =>
		fc.features.map((f) => ({ ...f, properties: { ...f.properties, group } }));
	return {
		type: 'FeatureCollection',
		features: [...tag('line', map.lines), ...tag('post', map.posts), ...tag('place', map.places)]
	};
}

export function inGroup(group: FeatureGroup): ExpressionSpecification {
	return ['==', ['get', 'group'], group];
}

/** The curated lines of one kind: the kind is typed, so a misspelt kind fails the type check. */
export function linesOfKind(kind: LineKindName): ExpressionSpecification {
	return ['all', inGroup('line'), ['==', ['get', 'kind'], kind]];
}

/**
 * Kinds drawn as no dot: a count bubble on a region or a country would sit on its towns. The
 * map's summary lists them with their counts (src/lib/ui/MapSummary.svelte).
 */
export const AREA_KINDS: readonly string[] = ['region', 'country'];

/** A place drawn as a dot: not a region or a country. */
export const pointPlace: ExpressionSpecification = [
	'all',
	inGroup('place'),
	['!', ['in', ['get', 'kind'], ['literal', AREA_KINDS]]]
];
