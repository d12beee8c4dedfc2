// Session 49: names a blind set and four probes of real pages showed lost. Sentences written for the test;
// GeoNames and the curated geodata as the engine loads them.
import { describe, expect, it } from 'vitest';
import { curatedGeodata, placesJudged } from './__fixtures__/article-text';

describe.runIf(curatedGeodata)('places: session 49', () => {
	it('reports a name after "the lakes of"', () => {
		expect(
			placesJudged(
				'The clashes broke out near the lakes of Sev Kelvarn and the Dornick mountain.',
				'2021-11-16'
			).unmatched
		).toEqual(expect.arrayContaining(['Sev Kelvarn', 'Dornick mountain']));
	});
});
