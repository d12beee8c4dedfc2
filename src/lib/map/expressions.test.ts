import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { Feature, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { COUNT_CAP, COUNT_SHOWN, countPoints, countStates, groundRadius } from './expressions';
import { byTime, COUNT, DISMANTLED, featureStates, ifSelected, ON, wider, whenOn } from './feature-state';
import { dateIndex } from '$lib/time/model';

function styleWith(...layers: LayerSpecification[]): StyleSpecification {
	return {
		version: 8,
		glyphs: 'http://localhost/{fontstack}/{range}.pbf',
		sources: { s: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } },
		layers
	};
}

describe('map expressions', () => {
	it('are valid style expressions, with one count label per possible count', () => {
		const circle: LayerSpecification = {
			id: 'c',
			type: 'circle',
			source: 's',
			paint: {
				'circle-color': ['case', DISMANTLED, '#000000', '#ffffff'],
				'circle-radius': ['+', ifSelected(3, 0), ['interpolate', ['linear'], COUNT, 0, 4, 40, 22]],
				'circle-opacity': whenOn(['case', ['>', COUNT, 0], 0.85, 0.7])
			}
		};
		const line: LayerSpecification = {
			id: 'l0',
			type: 'line',
			source: 's',
			paint: { 'line-opacity': byTime(0.8), 'line-width': ifSelected(5, wider(3)) }
		};
		const labels: LayerSpecification = {
			id: 'n',
			type: 'symbol',
			source: 's',
			filter: ['==', ['get', 'group'], 'count'],
			layout: {
				'text-field': ['get', 'text'],
				'symbol-sort-key': ['-', 0, ['to-number', ['get', 'quotes_total'], 0]]
			},
			paint: { 'text-opacity': COUNT_SHOWN }
		};
		expect(validateStyleMin(styleWith(circle, line, labels))).toEqual([]);
	});

	const place = (id: string, total: number, kind = 'city') => ({
		type: 'Feature' as const,
		geometry: { type: 'Point' as const, coordinates: [46, 40] },
		properties: { id, group: 'place', kind, quotes_total: total }
	});

	it('makes one count copy per possible count of a dot, none for areas or lines; "50+" caps them', () => {
		const copies = countPoints([
			place('a', 3),
			place('b', 0),
			place('r', 5, 'region'),
			{ ...place('l', 4), properties: { id: 'l', group: 'line', quotes_total: 4 } },
			place('big', 500)
		]);
		const ofA = copies.filter((c) => c.properties.place === 'a');
		expect(ofA.map((c) => [c.properties.id, c.properties.text])).toEqual([
			['a#1', '1'],
			['a#2', '2'],
			['a#3', '3']
		]);
		expect(ofA.every((c) => c.geometry.coordinates.join() === '46,40')).toBe(true);
		expect(copies.filter((c) => ['b', 'r', 'l'].includes(c.properties.place))).toEqual([]);
		const ofBig = copies.filter((c) => c.properties.place === 'big');
		expect(ofBig).toHaveLength(COUNT_CAP);
		expect(ofBig.at(-1)!.properties.text).toBe(`${COUNT_CAP}+`);
	});

	it('shows exactly the copy equal to the count in the time shown, none when not drawn or at 0', () => {
		const copies = countPoints([place('a', 3), place('big', 500)]);
		const view = (on: boolean, count: number) => ({ on, count, selected: false, time: 'standing' as const });
		const shown = (states: Parameters<typeof countStates>[1]) =>
			Object.entries(countStates(copies, states))
				.filter(([, s]) => s.shown)
				.map(([id]) => id);
		expect(shown({ a: view(true, 2), big: view(true, 70) })).toEqual(['a#2', `big#${COUNT_CAP}`]);
		expect(shown({ a: view(true, 3), big: view(true, COUNT_CAP - 1) })).toEqual([
			'a#3',
			`big#${COUNT_CAP - 1}`
		]);
		expect(shown({ a: view(false, 2), big: view(true, 0) })).toEqual([]);
		expect(shown({})).toEqual([]);
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
	const place = feature({ id: 'shusha', valid_from: '', valid_to: '' });
	const post = feature({ id: 'post-7', valid_from: '2020-11-10', valid_to: '2023-10-06' });
	const camp = feature({ id: 'kornidzor', valid_from: '2023-04-23', valid_to: '' });
	const quotes = {
		shusha: dateIndex(['2020-10-31', '2020-11-02', '2020-11-02', '2023-10-09', '2023-10-09']),
		'post-7': dateIndex(['2023-10-09']),
		kornidzor: dateIndex(['2023-10-09', '2023-10-09', '2023-10-10', '2023-10-11'])
	};
	const y2020 = { start: '2020-09-27', end: '2020-12-31' };
	const y2023 = { start: '2023-09-19', end: '2023-12-31' };
	const states = (sel: { start: string; end: string }[], selected: string | null) =>
		featureStates([place, post, camp], quotes, sel, selected);

	it('draws what the time model draws and counts its quotes in the time shown', () => {
		const both = states([y2020, y2023], null);
		expect(both.shusha).toEqual({ on: true, selected: false, count: 5, time: 'standing' });
		// Both periods on: the post was established in 2020 and dismantled in 2023. It must not
		// look like a post standing throughout (the bug of issue 15).
		expect(both['post-7']).toMatchObject({ on: true, time: 'dismantled', count: 1 });
		const only2023 = states([y2023], 'kornidzor');
		expect(only2023.shusha).toMatchObject({ on: true, count: 2 });
		expect(only2023['post-7']).toMatchObject({ on: true, time: 'dismantled' });
		expect(only2023.kornidzor).toMatchObject({ on: true, selected: true, count: 4, time: 'standing' });
	});

	it('counts nothing for a feature it does not draw', () => {
		const only2020 = states([y2020], 'kornidzor');
		expect(only2020.kornidzor).toEqual({ on: false, selected: true, count: 0, time: 'not-yet' });
		expect(only2020['post-7']).toMatchObject({ on: true, time: 'established' });
		const after = states([{ start: '2024-01-01', end: '2024-06-12' }], null);
		expect(after['post-7']).toMatchObject({ on: false, count: 0, time: 'gone' });
	});
});
