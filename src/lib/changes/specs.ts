// The "What changed" layers as typed specs, checked with the map's own (src/lib/map/layers/specs.test.ts).
import { inGroup } from '$lib/map/curated';
import { ROUND_LINE, type DataLayer } from '$lib/map/layers/specs';
import { changeColour, changed } from './states';

/** A halo under each line or area that changed, drawn round like the roads it sits under. */
export const changeHalo: DataLayer = {
	id: 'change-halo',
	type: 'line',
	filter: inGroup('line'),
	layout: ROUND_LINE,
	paint: { 'line-color': changeColour, 'line-width': 10, 'line-opacity': changed(0.45), 'line-blur': 1 }
};

/** A ring round each post or place that changed. */
export const changeRing: DataLayer = {
	id: 'change-ring',
	type: 'circle',
	filter: ['!', inGroup('line')],
	paint: {
		'circle-radius': ['interpolate', ['linear'], ['zoom'], 6, 7, 10, 11],
		'circle-color': changeColour,
		'circle-opacity': changed(0.18),
		'circle-stroke-color': changeColour,
		'circle-stroke-width': 2.5,
		'circle-stroke-opacity': changed(1)
	}
};
