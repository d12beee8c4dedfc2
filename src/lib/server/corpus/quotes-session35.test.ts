// Session 35: a document's or a hearing's title in marks, as NGO, parliament and think-tank pages (read
// through the search tool's stored pages, not copied) set them. Text written for the test.
import { describe, expect, it } from 'vitest';
import { keptQuotes } from './__fixtures__/quotes-kept';
import { curatedGeodata, placesJudged } from './__fixtures__/article-text';

const quotes = keptQuotes;

describe('quotes: session 35', () => {
	it('takes a title in marks after a document’s noun, "titled" or "a hearing on", or before the noun, for no quote', () => {
		expect(
			quotes(
				'The Assembly adopted the resolution “Ensuring free passage through the Lachin Corridor” on Thursday.',
				'The group published the “Freedom on the Road 2024” report, and a hearing on “safeguarding the people of the valley” followed.',
				'The paper titled “Post-war Prospects for the Valley” says the ceasefire is fragile.'
			)
		).toEqual([]);
	});

	it('keeps a document’s own words in marks, in lower case or ending in a full stop, as quotes', () => {
		expect(
			quotes(
				'The resolution “calls on both sides to reopen the road to all traffic”, the Assembly said.',
				'The report said: “The blockade must end now.”'
			)
		).toEqual(['calls on both sides to reopen the road to all traffic', 'The blockade must end now.']);
	});

	it.runIf(curatedGeodata)('joins no place inside a title in marks, and places around it', () => {
		const r = placesJudged(
			'In Strasbourg the Assembly adopted the resolution “Ensuring free passage through the Lachin Corridor” on Thursday.',
			'2023-10-05'
		);
		expect(r.joined).toEqual([]);
		expect(r.unmatched).toEqual(['Strasbourg']);
	});
});
