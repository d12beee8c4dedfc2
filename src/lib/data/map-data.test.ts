import { describe, expect, it } from 'vitest';
import { countIn } from '$lib/time/model';
import { outletsOf, prepareMapData } from './map-data';
import type { Geodata } from './types';
import { articleMeta as article, quoteRecord } from './__fixtures__/records';

const periods = [
	{ id: '2020', label: '2020', start: '2020-09-27', end: '2020-12-31', description: 'war' },
	{ id: '2023', label: '2023', start: '2023-09-19', end: '2023-12-31', description: 'exodus' }
];
const source = [{ title: 'src', url: 'https://example.org/' }];
const quote = (id: string, art: string, places: string[]) => quoteRecord(art, places, { id });

const geodata = {
	periods,
	places: {
		type: 'FeatureCollection',
		features: [
			{
				type: 'Feature',
				geometry: { type: 'Point', coordinates: [46.75, 39.76] },
				properties: {
					id: 'shusha',
					name: 'Shusha',
					contested_name: 'Shushi',
					aliases: [],
					kind: 'town',
					precision: 'exact',
					sources: source
				}
			}
		]
	},
	lines: { type: 'FeatureCollection', features: [] },
	posts: {
		type: 'FeatureCollection',
		features: [
			{
				type: 'Feature',
				geometry: { type: 'Point', coordinates: [46.8, 39.7] },
				properties: {
					id: 'post-s01',
					name: 'Post S1',
					aliases: [],
					kind: 'observation post',
					precision: 'schematic',
					sources: source,
					valid_from: '2020-11-10',
					valid_to: '2023-10-06'
				}
			}
		]
	},
	postCounts: []
} as unknown as Geodata;

describe('map data', () => {
	const y2020 = [{ start: '2020-09-27', end: '2020-12-31' }];
	const blockade = [{ start: '2022-12-12', end: '2023-04-23' }];

	it('flattens features for expressions: label, dates, total quotes; counts every quote by date', () => {
		const data = prepareMapData(
			geodata,
			[quote('q1', 'a', ['shusha']), quote('q2', 'b', [])],
			[article('a', ['2020']), article('b', [], '2022-12-15')]
		);
		expect(data.places.features[0]!.properties).toEqual({
			id: 'shusha',
			label: 'Shusha (Shushi)',
			kind: 'town',
			precision: 'exact',
			valid_from: '',
			valid_to: '',
			quotes_total: 1
		});
		expect(data.posts.features[0]!.properties).toMatchObject({
			valid_from: '2020-11-10',
			valid_to: '2023-10-06',
			quotes_total: 0
		});
		expect(countIn(data.quoteDates, blockade)).toBe(1);
		expect(countIn(data.quoteDates, y2020)).toBe(1);
	});

	it('names the outlets the attribution credits: once each, sorted, no unknown outlet', () => {
		const at = (id: string, source: string) => ({ ...article(id, []), source });
		expect(
			outletsOf([at('a', 'Zeta'), at('b', 'Unknown outlet (wire copy)'), at('c', 'Alpha'), at('d', 'Zeta')])
		).toEqual(['Alpha', 'Zeta']);
	});
});
