// Session 29: names the engine misread on real pages (read through the search tool's stored pages, not
// copied): a ministry's field after its "of", a company, a court, a historical state named for a place,
// a language's abbreviation before a village's other name. Text written for the test.
import { describe, expect, it } from 'vitest';
import { curatedGeodata, placesJudged } from './__fixtures__/article-text';

describe.runIf(curatedGeodata)('places: session 29', () => {
	it('never reports the field of a ministry or a committee, nor a company, as a place', () => {
		const { joined, unmatched } = placesJudged(
			'Experts from the Ministries of Economy, Ecology, and Natural Resources, the Ministry of Economy and the Lindgold Company toured the Kalbajar district with officials of the Ministry of Defence of Armenia.',
			'2023-11-10'
		);
		expect(unmatched).toEqual([]);
		expect(joined).toEqual(['Kalbajar → kalbajar', 'Armenia → armenia']);
	});

	it('never joins a court named for its city to the city', () => {
		expect(placesJudged('On Monday the Baku Court of Appeal heard the case.', '2024-01-23').joined).toEqual(
			[]
		);
	});

	it('reports a historical state named for a curated region, not the region', () => {
		const { joined, unmatched } = placesJudged(
			'In 1805 Russia signed a treaty with the Karabakh Khanate on its entry into the empire.',
			'2023-05-01'
		);
		expect(joined).toEqual(['Russia → russia']);
		expect(unmatched).toEqual(['Karabakh Khanate']);
	});

	it('reports a village’s other name after a language’s abbreviation, and not the abbreviation', () => {
		expect(
			placesJudged('The troops entered the village of Khramort (Azerb. Pirlar) in March.', '2022-03-25')
				.unmatched
		).toEqual(['Khramort', 'Pirlar']);
	});
});
