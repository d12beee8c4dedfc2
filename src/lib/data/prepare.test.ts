import { describe, expect, it } from 'vitest';
import { displayLabel, periodKey, prepareMapData, quoteCounts, quotesPerPeriod } from './prepare';
import type { ArticleMeta, Geodata, QuoteRecord } from './types';

const periods = [
	{ id: '2020', label: '2020', start: '2020-09-27', end: '2020-12-31', description: 'war' },
	{ id: '2023', label: '2023', start: '2023-09-19', end: '2023-12-31', description: 'exodus' }
];
const source = [{ title: 'src', url: 'https://example.org/' }];
const article = (id: string, ps: string[]): ArticleMeta => ({
	id,
	title: id,
	source: 'Outlet',
	date: '2020-11-02',
	date_note: null,
	url: null,
	periods: ps
});
const quote = (id: string, art: string, places: string[]): QuoteRecord => ({
	id,
	article: art,
	kind: 'quote',
	text: 'x',
	speaker: null,
	places,
	start: 0,
	end: 1
});

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
	it('labels contested places with both names', () => {
		expect(displayLabel('Stepanakert', 'Khankendi')).toBe('Stepanakert (Khankendi)');
		expect(displayLabel('Baku', null)).toBe('Baku');
	});

	it('counts quotes per place for every set of periods', () => {
		const counts = quoteCounts(
			[quote('q1', 'a', ['shusha']), quote('q2', 'b', ['shusha', 'baku'])],
			[article('a', ['2020']), article('b', ['2023'])],
			['2020', '2023']
		);
		expect(Object.fromEntries(counts.get('shusha')!)).toEqual({ '2020': 1, '2023': 1, '2020+2023': 2 });
		expect(counts.get('baku')?.get('2020')).toBeUndefined();
		expect(counts.get('baku')?.get('2020+2023')).toBe(1);
	});

	it('counts a quote once in a set when its article falls in two of the periods', () => {
		const counts = quoteCounts(
			[quote('q1', 'a', ['shusha'])],
			[article('a', ['2020', '2023'])],
			['2020', '2023']
		);
		expect(Object.fromEntries(counts.get('shusha')!)).toEqual({ '2020': 1, '2023': 1, '2020+2023': 1 });
	});

	it('counts every quote and passage per period for the switches', () => {
		const quotes = [quote('q1', 'a', ['shusha']), quote('q2', 'b', []), quote('q3', 'b', ['baku'])];
		const articles = [article('a', ['2020']), article('b', ['2023'])];
		expect(quotesPerPeriod(quotes, articles, [{ id: '2020' }, { id: '2023' }])).toEqual({
			'2020': 1,
			'2023': 2
		});
	});

	it('flattens features for expressions: label, period key, counts, post state', () => {
		const data = prepareMapData(geodata, [quote('q1', 'a', ['shusha'])], [article('a', ['2020'])]);
		expect(data.places.features[0]!.properties).toMatchObject({
			label: 'Shusha (Shushi)',
			period_key: periodKey(['2020', '2023']),
			count_2020: 1,
			count_2023: 0,
			'count_2020+2023': 1
		});
		// Dismantled on 6 Oct 2023: standing at the end of 2020, gone by the end of 2023.
		expect(data.posts.features[0]!.properties).toMatchObject({
			period_key: '|2020|2023|',
			state_2020: 'active',
			state_2023: 'dismantled'
		});
	});
});
