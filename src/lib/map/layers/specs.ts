/**
 * Every data layer of the map as a pure, typed MapLibre layer: what it draws, its filter, paint and
 * layout, without the map. The components in this folder hand these to MapLayer.svelte, and
 * specs.test.ts checks them all, with the basemap, against the MapLibre style spec, so a misspelt
 * key or a bad expression fails the unit tests, not the page. Colours come from the palette only.
 * https://maplibre.org/maplibre-style-spec/layers/
 */
import type { ExpressionSpecification, LayerSpecification, LineLayerSpecification } from 'maplibre-gl';
import type { LineKindName } from '$lib/model/rules';
import { PRECISION_KM } from '$lib/model/precision';
import { LABEL_FONT } from '../basemap-style';
import { inGroup, linesOfKind, pointPlace } from '../curated';
import { COUNT_GROUP, COUNT_SHOWN, groundRadius } from '../expressions';
import { byTime, COUNT, DISMANTLED, ESTABLISHED, ifSelected, ON, whenOn, wider } from '../feature-state';
import { palette } from '../palette';
import type { LayerId } from '../zorder';

type WithSource = Extract<LayerSpecification, { source: string }>;

/**
 * One layer of the curated source, typed by MapLibre's own layer types: its id is one the z-order
 * list knows (zorder.ts) and the source is the one it is placed in (<GeoJSONSource>).
 */
export type DataLayer = {
	[T in WithSource['type']]: { id: LayerId; type: T } & Pick<
		Extract<WithSource, { type: T }>,
		'paint' | 'layout' | 'filter' | 'minzoom'
	>;
}[WithSource['type']];

type LinePaint = NonNullable<LineLayerSpecification['paint']>;

/** Dashed where the geometry is a reconstruction: the legend says so. */
const DASH_BY_PRECISION: ExpressionSpecification = [
	'match',
	['get', 'precision'],
	'schematic',
	['literal', [2, 1.5]],
	['literal', [1, 0]]
];

/**
 * The same value for every feature, written so MapLibre reads it per feature (a `case` on a feature
 * state whose branches agree: short, for the first load's size). MapLibre compiles one shader
 * program per layer type and set of paint properties that vary by feature; under software WebGL
 * each program costs the first load ~50–100 ms of main thread. So the layers of one type vary the
 * same properties where bytes allow, and share a program (specs.test.ts; docs/performance.md).
 */
const perFeature = <T extends string | number>(value: T): ExpressionSpecification => [
	'case',
	ON,
	value,
	value
];

/** Rounded ends and joins: for lines whose ends are places (roads), and the halo drawn under them. */
export const ROUND_LINE = { 'line-join': 'round', 'line-cap': 'round' } as const;

/** A curated line of one kind: dashed where schematic, its opacity following the time shown. */
const curatedLine = (
	id: LayerId,
	kind: LineKindName,
	paint: LinePaint & Required<Pick<LinePaint, 'line-color' | 'line-width'>>,
	layout?: LineLayerSpecification['layout']
): DataLayer => ({
	id,
	type: 'line',
	filter: linesOfKind(kind),
	...(layout && { layout }),
	paint: { 'line-dasharray': DASH_BY_PRECISION, ...paint }
});

/** Reference boundaries, e.g. the former Nagorno-Karabakh Autonomous Oblast (1923–1991). */
export const boundary = curatedLine('nkao-outline', 'boundary', {
	'line-color': perFeature(palette.nkao),
	'line-width': ifSelected(3, 1),
	'line-opacity': byTime(0.7)
});

/** The Lachin corridor: the 2020–2022 road and the 2022–2023 road that bypassed Lachin. */
export const corridor = curatedLine(
	'corridor',
	'corridor',
	{
		'line-color': perFeature(palette.corridor),
		'line-width': ifSelected(6, wider(3.5)),
		'line-opacity': byTime(0.85)
	},
	ROUND_LINE
);

/** The lines of contact: 1994–2020 (approximate, solid) and after 10 Nov 2020 (schematic, dashed). */
export const lineOfContact = curatedLine(
	'line-of-contact',
	'line of contact',
	{
		// A line that ended with the 10 Nov 2020 statement is the old (1994) line; later ones are the new front.
		'line-color': [
			'case',
			['all', ['!=', ['get', 'valid_to'], ''], ['<', ['get', 'valid_to'], '2020-12-01']],
			palette.line1994,
			palette.zone2020
		],
		'line-width': ifSelected(5, wider(3)),
		'line-opacity': byTime(1)
	},
	{ 'line-join': 'round' }
);

/** The area left under the peacekeepers (10 Nov 2020 – Sep 2023): a tint and a dashed edge. */
export const zoneFill: DataLayer = {
	id: 'zone-fill',
	type: 'fill',
	filter: linesOfKind('zone'),
	paint: {
		'fill-color': palette.zone2020,
		'fill-opacity': whenOn(ifSelected(0.22, ['case', DISMANTLED, 0.04, 0.1]))
	}
};

export const zoneOutline = curatedLine('zone-outline', 'zone', {
	'line-color': perFeature(palette.zone2020),
	'line-width': perFeature(1.2),
	'line-opacity': byTime(1)
});

/** A post's colour by its state in the time shown: standing, established within it, dismantled within it. */
const postColour: ExpressionSpecification = [
	'case',
	DISMANTLED,
	palette.postDismantled,
	ESTABLISHED,
	palette.postNew,
	palette.post
];

/** A soft disc the size of a post's uncertainty (PRECISION_KM), never a crisp pin. */
export const postsUncertainty: DataLayer = {
	id: 'posts-uncertainty',
	type: 'circle',
	filter: ['all', inGroup('post'), ['!=', ['get', 'precision'], 'exact']],
	paint: {
		'circle-radius': groundRadius([
			'match',
			['get', 'precision'],
			'schematic',
			PRECISION_KM.schematic,
			PRECISION_KM.approx
		]),
		'circle-color': postColour,
		'circle-opacity': whenOn(0.08),
		'circle-blur': 0.5,
		// No ring, written per feature as the other circles' rings are, so all circles share one program.
		'circle-stroke-color': perFeature(palette.post),
		'circle-stroke-width': perFeature(0),
		'circle-stroke-opacity': perFeature(1)
	}
};

/** The post itself: a small ring, hollow once dismantled. */
export const posts: DataLayer = {
	id: 'posts',
	type: 'circle',
	filter: inGroup('post'),
	paint: {
		'circle-radius': ['interpolate', ['linear'], ['zoom'], 6, ifSelected(5, 2.5), 10, ifSelected(8, 5)],
		'circle-color': ['case', DISMANTLED, palette.hollow, postColour],
		'circle-opacity': whenOn(1),
		'circle-stroke-color': postColour,
		'circle-stroke-width': ifSelected(2.5, ['case', DISMANTLED, 1.5, 1]),
		'circle-stroke-opacity': whenOn(1)
	}
};

const quoted: ExpressionSpecification = ['>', COUNT, 0];
const placeRadius: ExpressionSpecification = [
	'+',
	ifSelected(3, 0),
	['interpolate', ['linear'], COUNT, 0, 4, 1, 8, 10, 14, 40, 22]
];

/** A place's dot, larger by its count of quotes in the time shown. */
export const placesCircle: DataLayer = {
	id: 'places-circle',
	type: 'circle',
	filter: pointPlace,
	paint: {
		// The same at every zoom, but by zoom as the posts' radii are, for the one circle program (perFeature).
		'circle-radius': ['interpolate', ['linear'], ['zoom'], 0, placeRadius, 24, placeRadius],
		'circle-color': ['case', quoted, palette.placeQuoted, palette.place],
		'circle-opacity': whenOn(['case', DISMANTLED, 0.3, quoted, 0.85, 0.7]),
		'circle-stroke-color': perFeature(palette.onColour),
		'circle-stroke-width': ifSelected(3, 1.5),
		'circle-stroke-opacity': whenOn(1)
	}
};

/** The count on a place's dot: one copy of the point per possible count, the one equal to it shown (see countPoints). */
export const placesCount: DataLayer = {
	id: 'places-count',
	type: 'symbol',
	filter: ['==', ['get', 'group'], COUNT_GROUP],
	layout: {
		'text-field': ['get', 'text'],
		'text-font': ['Noto Sans'],
		'text-size': 11,
		'text-allow-overlap': true,
		'text-ignore-placement': true
	},
	paint: { 'text-color': palette.onColour, 'text-opacity': COUNT_SHOWN }
};

/** A place's name under its dot, both names for a contested place (the `label` property). */
export const placesLabel: DataLayer = {
	id: 'places-label',
	type: 'symbol',
	filter: pointPlace,
	layout: {
		'text-font': LABEL_FONT,
		'text-size': 12,
		'text-field': ['get', 'label'],
		'text-anchor': 'top',
		'text-offset': [0, 1.1],
		'text-optional': true,
		// Places with quotes win label collisions (by their total: layout cannot follow the time shown).
		'symbol-sort-key': ['-', 0, ['to-number', ['get', 'quotes_total'], 0]]
	},
	paint: {
		'text-color': palette.label,
		'text-halo-color': palette.labelHalo,
		'text-halo-width': 1.5,
		'text-opacity': whenOn(1)
	}
};
