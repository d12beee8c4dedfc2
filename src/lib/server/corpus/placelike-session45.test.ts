// Session 45: names holdout74 and probes 30 and 31 showed reported as places though they are none, lost though they are
// places, or joined to the wrong feature. Sentences written for the test; GeoNames and the curated geodata as the engine loads them.
import { describe, expect, it } from 'vitest';
import { curatedGeodata, placesJudged } from './__fixtures__/article-text';

describe.runIf(curatedGeodata)('places: session 45', () => {
	it('reports the place a collective farm is named after', () => {
		expect(
			placesJudged('Two posts stand near the former collective farm of Dornick, on the coast road.').unmatched
		).toContain('Dornick');
	});

	it('reports the other name given after "the Azerbaijani name of the village,"', () => {
		expect(
			placesJudged(
				'The ministry wrote that no such village existed, using the Azerbaijani name of the village, Kelvarn, instead.'
			).unmatched
		).toContain('Kelvarn');
	});
});
