// Session 33: names a probe of real pages showed the engine taking for places, or missing: a monument's or
// movement's "Mother Armenia", a security service named after its country, TASS's "engagement line", the
// "-gh" spelling of Karabakh with its first word. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { curatedGeodata, placesJudged } from './__fixtures__/article-text';

describe.runIf(curatedGeodata)('places: session 33', () => {
	it('takes no country from a monument’s or a movement’s “Mother …” name', () => {
		const { joined } = placesJudged(
			'Protesters gathered at the Mother Armenia statue, then marched to the square in Yerevan.',
			'2024-05-09'
		);
		expect(joined).toEqual(['Yerevan → yerevan']);
	});

	it('takes no place from a security service named after its country', () => {
		const { joined, unmatched } = placesJudged(
			'The Artsakh NSS said on Monday that the Nagorno-Karabakh National Security Service had opened a case in Martuni.',
			'2022-06-01'
		);
		expect(joined).toEqual(['Martuni → martuni']);
		expect(unmatched).toEqual([]);
	});

	it('joins the “engagement line” to the line of contact of the article’s date', () => {
		expect(
			placesJudged('Observation posts now stand along the engagement line near Martuni.', '2021-02-01').joined
		).toEqual(['engagement line → line-of-contact-2020', 'Martuni → martuni']);
	});

	it('joins “Nagorno Karabagh” and “Upper Karabagh” whole', () => {
		const { joined, unmatched } = placesJudged(
			'New offices opened in Nagorno Karabagh this week; Upper Karabagh had none before.',
			'2021-02-01'
		);
		expect(joined).toEqual(['Nagorno Karabagh → nagorno-karabakh', 'Upper Karabagh → nagorno-karabakh']);
		expect(unmatched).toEqual([]);
	});

	it('joins a town an editor set in brackets, then a corridor, to the corridor ("[Lachin] corridor")', () => {
		expect(
			placesJudged('“The [Lachin] corridor has to open again,” one of the protesters said.', '2023-01-10')
				.joined
		).toEqual(['[Lachin] corridor → lachin-corridor-2022']);
	});
});
