// Session 39: places two probes of real pages showed lost or invented, in lines written for the test.
import { describe, expect, it } from 'vitest';
import { curatedGeodata, placesJudged } from './__fixtures__/article-text';

describe.runIf(curatedGeodata)('places: session 39', () => {
	it('reads "Following" and "Recently" opening a sentence as no part of a name', () => {
		expect(
			placesJudged('Following Kazakhstan’s proposal, the guests met at the quay.', '2023-10-02').unmatched
		).toEqual(['Kazakhstan']);
		expect(
			placesJudged('Recently, US Secretary of State Antony Blinken held talks with both sides.', '2023-10-02')
				.unmatched
		).toEqual([]);
	});
});
