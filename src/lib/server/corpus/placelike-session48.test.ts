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

	it('reports the villages a bulleted list under "the following villages" gives, one a line', () => {
		const { unmatched } = placesJudged(
			[
				'Units entered the district on Tuesday.',
				'According to the ministry, the following villages of the district were taken under control:',
				'• Kelvarn',
				'• Dornick',
				'• Lindmoor',
				'The road to the district centre remains closed, the ministry said.'
			].join('\n\n'),
			'2020-12-01'
		);
		expect(unmatched).toEqual(expect.arrayContaining(['Kelvarn', 'Dornick', 'Lindmoor']));
	});

	it('reports the posts a numbered list gives under "the posts … from west to east:"', () => {
		const { unmatched } = placesJudged(
			[
				'The ministry listed the posts of the road from west to east:',
				'1. Kelvarn (on the northern side)',
				'2. Dornick',
				'3. below Lindmoor',
				'Traffic on the road resumed in the evening.'
			].join('\n\n'),
			'2020-11-16'
		);
		expect(unmatched).toEqual(expect.arrayContaining(['Kelvarn', 'Dornick', 'Lindmoor']));
	});

	it('reports no place for a numbered list of names under an introduction that is not about places', () => {
		const { unmatched } = placesJudged(
			[
				'The council named its new members on Monday:',
				'1. Kelvarn',
				'2. Dornick',
				'The members will meet next week.'
			].join('\n\n'),
			'2021-03-01'
		);
		expect(unmatched).toEqual([]);
	});

	it('joins no country to a given name that ends in "s" before a verb ("Francis appealed")', () => {
		expect(placesJudged('Pope Francis appealed for peace in Kelvarn.', '2023-09-20').joined).toEqual([]);
	});

	it('reports the villages listed after "villages …:"', () => {
		const { unmatched } = placesJudged(
			'Some posts sit near villages whose names appear on no tourist map: Kelvarn and Dornick in the hills.',
			'2021-03-01'
		);
		expect(unmatched).toEqual(expect.arrayContaining(['Kelvarn', 'Dornick']));
	});

	it('reports "the Vatican"', () => {
		expect(
			placesJudged('The pope appealed for peace during the general audience at the Vatican.', '2023-09-20')
				.unmatched
		).toContain('Vatican');
	});

	it('reads "The Times of Israel" as an outlet, not a place', () => {
		expect(
			placesJudged('"It matters to us," said a researcher, speaking to The Times of Israel.', '2024-04-20')
				.unmatched
		).toEqual([]);
	});
});
