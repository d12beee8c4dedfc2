// Place-like names by the kinds the third real-news round showed, each on a sentence written for the
// test: a long list of villages read from the words after it, a capitalised feature head, "its
// capital is X", a span of months and a platform a statement was posted on, a village's qualifier
// (big, lower, new) before a curated name, and Karabakh's translated name.
import { describe, expect, it } from 'vitest';
import { articleOf, curatedGeodata } from './__fixtures__/article-text';
import { extractArticle, matcherFor } from './join';

const realGeodata = curatedGeodata;

describe.runIf(realGeodata)('place-like names, third real-news round (invented sentences)', () => {
	const run = (body: string, date?: string) => {
		const a = articleOf(body, date ? { date } : undefined);
		const r = extractArticle(a, matcherFor(realGeodata!));
		return {
			unmatched: r.unmatched.map((u) => u.name),
			mentions: r.mentions.map((m) => [a.body.slice(m.start, m.end), m.ids.join(',')])
		};
	};

	it('reports every name of a long list that ends in "villages", the first one too', () => {
		const r = run(
			'The army said it took Norvale Tor, Vantor, Bellin, Ostrand, Kellow, Marrick and Dunstane villages on Friday.'
		);
		expect(r.unmatched).toEqual(
			expect.arrayContaining(['Norvale Tor', 'Vantor', 'Bellin', 'Ostrand', 'Kellow', 'Marrick', 'Dunstane'])
		);
	});
	it('still reports no speaker listed beside a place', () => {
		expect(
			run('“The road is open,” said Ostrand Kellow. Kellow, Armenia and the envoys met on Friday.').unmatched
		).toEqual([]);
	});
	it('reports a name before a capitalised corridor, highway, bridge or airport', () => {
		expect(run('Trucks crossed the Norvale Corridor on Monday.').unmatched).toEqual(['Norvale Corridor']);
		expect(run('A new checkpoint stands beside the Vantor Bridge now.').unmatched).toEqual(['Vantor Bridge']);
	});
	it('reports the name after "its capital is" and "the capital"', () => {
		expect(run('The valley is small and its capital is Norvale, a market town.').unmatched).toEqual([
			'Norvale'
		]);
		expect(run('They reached the regional capital Vantor by noon.').unmatched).toEqual(['Vantor']);
	});
	it('never reports a span of months or a platform', () => {
		expect(run('During a war in September-November 2020 the roads were shut.').unmatched).toEqual([]);
		expect(run('The mayor posted to Facebook that the bridge to Vantor was open.').unmatched).toEqual([
			'Vantor'
		]);
	});
	it('reports a qualifier and a curated village as another village, and leaves the curated one alone', () => {
		const r = run('Shelling hit Taghavard and Boyuk Taghavard, then Ashagi Taghavard, on Monday.');
		expect(r.mentions).toEqual([['Taghavard', 'taghavard']]);
		expect(r.unmatched).toEqual(expect.arrayContaining(['Boyuk Taghavard', 'Ashagi Taghavard']));
		expect(run('Families fled Nor Goris on foot.').mentions).toEqual([]);
	});
	it('joins Upper Karabakh, a translation of the region’s name, to Nagorno-Karabakh whole', () => {
		expect(run('Talks on Upper Karabakh resumed in the spring.')).toEqual({
			unmatched: [],
			mentions: [['Upper Karabakh', 'nagorno-karabakh']]
		});
	});
	it('joins "the X River bridge" to the curated X bridge, and reports a river of no curated bridge', () => {
		// (A 2023 article: the curated bridge was built in August 2022, session 56.)
		expect(run('Guards stood at the Hakari River bridge all night.', '2023-07-01').mentions).toEqual([
			['Hakari River bridge', 'hakari-bridge']
		]);
		expect(run('Guards stood at the Norvale River bridge all night.').unmatched).toEqual([
			'Norvale River bridge'
		]);
	});
	it('reports the names after "the villages" with no "of"', () => {
		expect(
			run('The fate of the villages Norvale and Vantor-Tor worried the mayor.').unmatched.sort()
		).toEqual(['Norvale', 'Vantor-Tor']);
	});
	it('reports a country’s name as the country, with no town of that name from GeoNames', () => {
		const a = articleOf('The envoy flew to Poland on Monday.');
		const u = extractArticle(a, matcherFor(realGeodata!)).unmatched;
		expect(u.map((x) => [x.name, x.why, x.suggestion])).toEqual([['Poland', 'country', null]]);
	});
});
