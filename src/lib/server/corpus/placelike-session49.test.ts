// Session 49: names a blind set and four probes of real pages showed lost. Sentences written for the test;
// GeoNames and the curated geodata as the engine loads them.
import { describe, expect, it } from 'vitest';
import { curatedGeodata, placesJudged, placesOf } from './__fixtures__/article-text';
import { matcherFor } from './join';

describe.runIf(curatedGeodata)('places: session 49', () => {
	it('reports a name after "the lakes of"', () => {
		expect(
			placesJudged(
				'The clashes broke out near the lakes of Sev Kelvarn and the Dornick mountain.',
				'2021-11-16'
			).unmatched
		).toEqual(expect.arrayContaining(['Sev Kelvarn', 'Dornick mountain']));
	});

	it('reads no cue across a paragraph\'s start: a headline ending "have fled" over "More than …"', () => {
		const { unmatched } = placesJudged(
			'Almost all of Kelvarn’s fishermen have fled\nMore than 1,000 people have crossed into Dornia in a week.',
			'2023-09-30'
		);
		expect(unmatched).not.toContain('More');
	});

	it('still reads a cue a hard-wrapped line break splits from its name', () => {
		expect(
			placesJudged(
				[
					'The column of cars, buses and lorries with families in the back fled',
					'slowly over the pass and then down the valley road all the way towards',
					'Kelvarn on Monday, the officials said, as the road was opened again.'
				].join('\n'),
				'2023-09-30'
			).unmatched
		).toContain('Kelvarn');
	});

	it('reads a genre in capitals before a dash as no dateline: "TIMELINE - …"', () => {
		expect(
			placesJudged('TIMELINE - The ferry patrol at Kelvarn, from its start to its end', '2024-06-01')
				.unmatched
		).not.toContain('TIMELINE');
	});

	it('reads a credit after a spaced dash as no part of a name: "continues in Karabakh - MoD"', () => {
		const title = 'Handover of weapons continues in Karabakh - MoD';
		const { joined } = placesOf(
			matcherFor(curatedGeodata!),
			`${title}\nPortvale. 23 September. The handover of weapons continues, the ministry said.`,
			{ title, date: '2023-09-23' }
		);
		expect(joined).toContain('Karabakh → nagorno-karabakh');
	});

	it.each([
		['Troops crossed the border near the Sev Kelvarn sanctuary on Wednesday.', 'Sev Kelvarn'],
		['They tried to advance on the Sev Kelvarn border section on Wednesday.', 'Sev Kelvarn']
	])('reports the name before a sanctuary or a border section: %s', (text, name) => {
		expect(placesJudged(text, '2021-05-20').unmatched).toContain(name);
	});
});
