// Session 50: names a blind set and four probes of real pages showed reported wrongly. Sentences written for the
// test; GeoNames and the curated geodata as the engine loads them.
import { describe, expect, it } from 'vitest';
import { curatedGeodata, placesJudged } from './__fixtures__/article-text';

describe.runIf(curatedGeodata)('places: session 50', () => {
	it('reports no place in a sentence that opens "Vehicles crossing the …"', () => {
		expect(
			placesJudged(
				'“Vehicles crossing the territory of Dornia are subject to the same rules as at any other border,” the service said.',
				'2023-05-01'
			).unmatched
		).not.toContain('Vehicles crossing');
	});

	it('still reports a crossing named before its head', () => {
		expect(
			placesJudged('The convoy waited for hours at the Kelvarn crossing on Tuesday.', '2023-05-01').unmatched
		).toContain('Kelvarn crossing');
	});
});
