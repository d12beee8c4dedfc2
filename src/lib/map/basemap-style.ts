import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { palette } from './palette';

/**
 * Font stack for every label. No `glyphs` URL: MapLibre then draws glyphs locally with
 * TinySDF from these CSS families, which the site self-hosts (@fontsource), so no glyph
 * server is contacted. Names must equal the CSS family names.
 */
export const LABEL_FONT = ['Noto Sans', 'Noto Sans Armenian'];

export const BASEMAP_SOURCE = 'basemap';

type Bounds = [[number, number], [number, number]];

/**
 * The region the map opens on: the mission area (the posts, the 2020 line and zone, the Lachin
 * corridor to Goris), so the lines and posts read on a phone too. `HOME_PADDING` keeps it clear
 * of the map's summary (top) and of the attribution and the Timeline button (bottom). Places beyond it are counted
 * in the map's "outside the map" note instead of zooming out to them. camera.test.ts
 * checks that every post, the corridor and the 2020 line lie inside.
 */
export const HOME_BOUNDS: Bounds = [
	[46.25, 39.45],
	[47.4, 40.45]
];

export const HOME_PADDING = { top: 64, bottom: 48, left: 16, right: 16 };

/**
 * What the basemap covers: its Natural Earth extracts are clipped to this box (geodata/basemap/
 * SOURCE.md); beyond it there is no land to draw, so the camera is kept inside (`maxBounds`).
 * camera.test.ts checks that the land extract reaches every edge of it.
 */
export const BASEMAP_BOUNDS: Bounds = [
	[43, 38],
	[51, 42.5]
];

const byLayer = (layer: string) => ['==', ['get', 'layer'], layer] as ['==', ['get', string], string];

/** The basemap's layers, in draw order (see zorder.ts). */
export function basemapLayers(): LayerSpecification[] {
	const halo = { 'text-halo-color': palette.labelHalo, 'text-halo-width': 1.4 };
	return [
		{ id: 'basemap-background', type: 'background', paint: { 'background-color': palette.background } },
		{
			id: 'basemap-land',
			type: 'fill',
			source: BASEMAP_SOURCE,
			filter: byLayer('land'),
			paint: { 'fill-color': palette.land }
		},
		{
			id: 'basemap-lake',
			type: 'fill',
			source: BASEMAP_SOURCE,
			filter: byLayer('lake'),
			paint: { 'fill-color': palette.water }
		},
		{
			id: 'basemap-river',
			type: 'line',
			source: BASEMAP_SOURCE,
			filter: byLayer('river'),
			paint: {
				'line-color': palette.river,
				'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.6, 10, 2]
			}
		},
		{
			id: 'basemap-border',
			type: 'line',
			source: BASEMAP_SOURCE,
			filter: byLayer('border'),
			paint: {
				'line-color': palette.border,
				// Solid on purpose: dashes on this map mean "schematic" (see the legend).
				'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.9, 10, 2.2]
			}
		},
		{
			id: 'basemap-peak-label',
			type: 'symbol',
			source: BASEMAP_SOURCE,
			filter: byLayer('peak'),
			minzoom: 7,
			layout: { 'text-field': ['concat', '▲ ', ['get', 'name']], 'text-font': LABEL_FONT, 'text-size': 11 },
			paint: { 'text-color': palette.peak, ...halo }
		},
		{
			id: 'basemap-city-label',
			type: 'symbol',
			source: BASEMAP_SOURCE,
			filter: [
				'all',
				byLayer('city'),
				['<=', ['get', 'rank'], ['step', ['zoom'], 4, 6.5, 7, 7.5, 8, 8.5, 10]]
			],
			layout: {
				'text-field': ['get', 'name'],
				'text-font': LABEL_FONT,
				'text-size': 12,
				'text-anchor': 'top',
				'text-offset': [0, 0.3]
			},
			paint: { 'text-color': palette.label, ...halo }
		},
		{
			id: 'basemap-sea-label',
			type: 'symbol',
			source: BASEMAP_SOURCE,
			filter: byLayer('sea'),
			layout: { 'text-field': ['get', 'name'], 'text-font': LABEL_FONT, 'text-size': 13 },
			paint: { 'text-color': palette.waterLabel }
		},
		{
			id: 'basemap-country-label',
			type: 'symbol',
			source: BASEMAP_SOURCE,
			filter: byLayer('country'),
			maxzoom: 9,
			layout: {
				'text-field': ['get', 'name'],
				'text-font': LABEL_FONT,
				'text-size': 14,
				'text-letter-spacing': 0.2
			},
			paint: { 'text-color': palette.countryLabel, ...halo }
		}
	];
}

/**
 * The whole basemap as a MapLibre style. `basemapUrl` is the GeoJSON written by
 * `npm run data`, served from the site's own origin.
 */
export function basemapStyle(basemapUrl: string): StyleSpecification {
	return {
		version: 8,
		name: 'South Caucasus (Natural Earth, offline)',
		sources: {
			[BASEMAP_SOURCE]: {
				type: 'geojson',
				data: basemapUrl,
				attribution: 'Made with Natural Earth'
			}
		},
		layers: basemapLayers()
	};
}
