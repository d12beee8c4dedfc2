import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { Feature, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { groundRadius, quoteCountIn } from './expressions';
import { COUNT, featureStates, ifSelected, ON, STANDING, whenOn } from './feature-state';
import { countKey, periodSets } from '$lib/data/prepare';

function styleWith(...layers: LayerSpecification[]): StyleSpecification {
	return {
		version: 8,
		glyphs: 'http://localhost/{fontstack}/{range}.pbf',
		sources: { s: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } },
		layers
	};
}

describe('map expressions', () => {
	it.each([[[]], [['2020']], [['2020', '2023']]])('are valid style expressions for the periods %j', (set) => {
		const circle: LayerSpecification = {
			id: 'c',
			type: 'circle',
			source: 's',
			filter: ['>', quoteCountIn(set), 0],
			paint: {
				'circle-color': ['case', STANDING, '#000000', '#ffffff'],
				'circle-radius': ['+', ifSelected(3, 0), ['interpolate', ['linear'], COUNT, 0, 4, 40, 22]],
				'circle-opacity': whenOn(['case', ['>', COUNT, 0], 0.85, 0.7])
			}
		};
		const label: LayerSpecification = {
			id: 'l',
			type: 'symbol',
			source: 's',
			layout: {
				'text-field': ['to-string', quoteCountIn(set)],
				'symbol-sort-key': ['-', 0, quoteCountIn(set)]
			},
			paint: {
				'text-opacity': ['case', ['all', ON, ['==', ['feature-state', 'counted'], countKey(set)]], 1, 0]
			}
		};
		expect(validateStyleMin(styleWith(circle, label))).toEqual([]);
	});

	it('rejects feature state where MapLibre cannot read it (the check can fail)', () => {
		const bad: LayerSpecification = {
			id: 'x',
			type: 'circle',
			source: 's',
			filter: ON as never
		};
		expect(validateStyleMin(styleWith(bad)).length).toBeGreaterThan(0);
	});

	it('sizes the uncertainty disc to the ground distance', () => {
		const expr = groundRadius(10) as unknown[];
		// At zoom 10, 10 km at 40° N is about 171 px (59,959 m/px at z0 / 1024).
		const z16 = expr[6] as [string, number, number];
		expect(10 * (z16[2] / 2 ** 6)).toBeCloseTo(170.8, 0);
	});
});

const feature = (properties: Record<string, unknown>): Feature<Point, never> =>
	({ type: 'Feature', geometry: { type: 'Point', coordinates: [46.7, 39.8] }, properties }) as never;

describe('feature states', () => {
	const place = feature({
		id: 'shusha',
		period_key: '|2020|2023|',
		count_2020: 3,
		count_2023: 2,
		'count_2020+2023': 5
	});
	const post = feature({
		id: 'post-7',
		period_key: '|2020|',
		state_2020: 'active',
		state_2023: 'dismantled'
	});
	const camp = feature({ id: 'kornidzor', period_key: '|2023|', count_2020: 0, count_2023: 4 });

	it('turns features on by period and reads their quote count for the periods on', () => {
		const both = featureStates([place, post, camp], ['2020', '2023'], null);
		expect(both.shusha).toEqual({
			on: true,
			selected: false,
			count: 5,
			standing: false,
			counted: '2020+2023'
		});
		expect(both['post-7']).toMatchObject({ on: true, standing: true });
		const only2023 = featureStates([place, post, camp], ['2023'], 'kornidzor');
		expect(only2023.shusha).toMatchObject({ on: true, count: 2, counted: '2023' });
		expect(only2023['post-7']).toMatchObject({ on: false, standing: false });
		expect(only2023.kornidzor).toMatchObject({ on: true, selected: true, count: 4 });
	});

	it('turns everything off when no period is on', () => {
		const none = featureStates([place, post, camp], [], 'shusha');
		expect(Object.values(none).every((s) => !s.on && s.count === 0)).toBe(true);
		expect(none.shusha!.selected).toBe(true);
	});

	it('does not mistake one period id for part of another', () => {
		const odd = feature({ id: 'x', period_key: '|2020-2023|' });
		expect(featureStates([odd], ['2020'], null).x!.on).toBe(false);
	});

	it('names one count label per set of periods, whatever order they were switched on in', () => {
		expect(periodSets(['2020', '2023']).map(countKey)).toEqual(['2020', '2023', '2020+2023']);
		expect(countKey(['2023', '2020'])).toBe('2020+2023');
		expect(periodSets(['a', 'b', 'c'])).toHaveLength(7);
	});
});
