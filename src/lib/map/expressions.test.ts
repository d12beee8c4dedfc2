import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { groundRadius, inPeriods, postStanding, quoteCount } from './expressions';

function styleWith(layer: LayerSpecification): StyleSpecification {
	return {
		version: 8,
		sources: { s: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } },
		layers: [layer]
	};
}

describe('period expressions', () => {
	it.each([[[]], [['2020']], [['2020', '2023']]])('are valid style expressions for %j', (active) => {
		const layer: LayerSpecification = {
			id: 'x',
			type: 'circle',
			source: 's',
			filter: ['all', inPeriods(active), ['>', quoteCount(active), 0]],
			paint: {
				'circle-color': ['case', postStanding(active), '#000000', '#ffffff'],
				'circle-radius': groundRadius(['match', ['get', 'precision'], 'schematic', 10, 5])
			}
		};
		expect(validateStyleMin(styleWith(layer))).toEqual([]);
	});

	it('sizes the uncertainty disc to the ground distance', () => {
		const expr = groundRadius(10) as unknown[];
		// At zoom 10, 10 km at 40° N is about 171 px (59,959 m/px at z0 / 1024).
		const z16 = expr[6] as [string, number, number];
		expect(10 * (z16[2] / 2 ** 6)).toBeCloseTo(170.8, 0);
	});
});
