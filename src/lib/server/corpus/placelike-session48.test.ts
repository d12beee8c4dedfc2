// Session 48: names four probes of real pages showed lost. Sentences written for the test; GeoNames and the
// curated geodata as the engine loads them.
import { describe, expect, it } from 'vitest';
import { curatedGeodata, placesJudged } from './__fixtures__/article-text';

describe.runIf(curatedGeodata)('places: session 48', () => {
	it('reports a name ending like a plural demonym before "villages"', () => {
		const { unmatched } = placesJudged(
			'Guards took a section of the border near Kelvarn and Dornanis villages in Tavush.',
			'2024-05-01'
		);
		expect(unmatched).toEqual(expect.arrayContaining(['Kelvarn', 'Dornanis']));
	});

	it('reports a hyphenated name opening a list before "villages"', () => {
		const { unmatched } = placesJudged(
			'It is about the Dornanis-Ayrum, Kelvarn and Portvale villages.',
			'2024-05-01'
		);
		expect(unmatched).toContain('Dornanis-Ayrum');
	});

	it('still reads a plural demonym before "villages" as no place', () => {
		expect(placesJudged('The Azerbaijanis villages were quiet.', '2024-05-01').unmatched).toEqual([]);
	});

	it('reports a name that "is located in" a province', () => {
		expect(
			placesJudged('Nerkin Kelvarn is located in the southern Syunik province.', '2023-09-01').unmatched
		).toContain('Nerkin Kelvarn');
	});
});
