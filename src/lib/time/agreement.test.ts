// Every curated feature × several selections, on the real geodata and the approved joined corpus:
// the map's feature state (what it draws and counts), the popup's "When" line and the popup's quote
// list must say the same thing. The built site is checked the same way in e2e/time.e2e.ts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prepareMapData } from '$lib/data/map-data';
import type { ArticleMeta, QuoteRecord } from '$lib/data/types';
import { loadGeodata } from '$lib/server/geodata/load';
import { curatedFeatures } from '$lib/map/curated';
import { featureStates } from '$lib/map/feature-state';
import { quotesFor } from '$lib/ui/quotes';
import { featureTime, missionRange, selectionOf, type DateRange } from './model';
import { STATE_LABEL } from './state-label';
import { stateText } from './text';

const { geodata } = loadGeodata('geodata');
const joined = JSON.parse(readFileSync('src/lib/server/corpus/__golden__/joined.json', 'utf8')) as {
	articles: ArticleMeta[];
	quotes: QuoteRecord[];
};
const map = prepareMapData(geodata!, joined.quotes, joined.articles);
const curated = curatedFeatures(map);
const articles = new Map(joined.articles.map((a) => [a.id, a]));
const periods = geodata!.periods;
const byId = new Map(
	[...geodata!.places.features, ...geodata!.lines.features, ...geodata!.posts.features].map((f) => [
		f.properties.id,
		f.properties
	])
);

const selections: [string, DateRange[]][] = [
	['the whole mission', [missionRange(periods)]],
	...periods.map((p): [string, DateRange[]] => [
		p.id,
		selectionOf({ periods: [p.id], range: null }, periods)
	]),
	['2020 and 2023', selectionOf({ periods: ['2020', '2023'], range: null }, periods)],
	['the blockade', [{ start: '2022-12-12', end: '2023-04-23' }]],
	['2021', [{ start: '2021-01-01', end: '2021-12-31' }]]
];

describe.each(selections)('in %s', (_, selection) => {
	const states = featureStates(curated.features, map.featureQuoteDates, selection, null);

	it('the map state, the popup line and the popup list agree for every feature', () => {
		expect(Object.keys(states)).toHaveLength(byId.size);
		for (const [id, props] of byId) {
			const state = states[id]!;
			const when = stateText(featureTime(props, selection), props.valid_from, props.valid_to);
			expect(when.startsWith(STATE_LABEL[state.time]), `${id}: "${when}" vs ${state.time}`).toBe(true);
			const listed = quotesFor(id, joined.quotes, articles, selection, props);
			expect(listed.length, `${id}: popup lists what the map counts`).toBe(state.count);
			if (!state.on) expect(state.count, `${id} is not drawn, so nothing is counted`).toBe(0);
		}
	});
});

describe('the real data', () => {
	it('draws every 2020 post as dismantled when 2020 and 2023 are on (none as standing)', () => {
		const states = featureStates(
			curated.features,
			map.featureQuoteDates,
			selections.find(([name]) => name === '2020 and 2023')![1],
			null
		);
		const posts = curated.features.filter(
			(f) =>
				f.properties.group === 'post' && f.properties.valid_to !== '' && f.properties.valid_to < '2023-12-31'
		);
		expect(posts.length).toBeGreaterThan(20);
		for (const f of posts) expect(states[f.properties.id]!.time, f.properties.id).toBe('dismantled');
	});

	it('counts some quotes in the whole mission (the check can fail)', () => {
		const states = featureStates(curated.features, map.featureQuoteDates, selections[0]![1], null);
		expect(Object.values(states).reduce((n, s) => n + s.count, 0)).toBeGreaterThan(10);
	});
});
