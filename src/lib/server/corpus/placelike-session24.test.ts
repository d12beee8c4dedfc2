// Session 24: places real pages (read through the search tool's stored pages, not copied) lost or took
// wrongly: a village given with its other name in brackets and the region it lies in, a village after
// "reached", a village named by its railway station or by a massacre there, and an agency's name written
// in capitals. Text written for the test.
import { describe, expect, it } from 'vitest';
import { curatedGeodata, placesJudged } from './__fixtures__/article-text';

describe.runIf(curatedGeodata)('places: session 24', () => {
	const run = (body: string) => placesJudged(body);

	it('reports a village given with its other name in brackets, in a place', () => {
		expect(
			run(
				'The family had lived in Portvale before moving to the Kelvarn (Ostrabad) in Nagorno-Karabakh in 1997.'
			).unmatched
		).toEqual(['Portvale', 'Kelvarn', 'Ostrabad']);
		// Brackets that give a party's short name are no place.
		expect(run('The bill was backed by Civic Accord (Lindmoor) and two others.').unmatched).toEqual([]);
	});

	it('reports a village the convoy reached', () => {
		expect(run('The convoy reached Verin Kelvarn before noon.').unmatched).toEqual(['Verin Kelvarn']);
	});

	it('reports a village named by its railway station or by a massacre or pogroms there', () => {
		expect(run('Lorries were loaded at the Kelvarn railway station on Tuesday.').unmatched).toEqual([
			'Kelvarn'
		]);
		expect(run('Residents still remember the Ostrabad massacre of 1992.').unmatched).toEqual(['Ostrabad']);
		expect(run('He was charged over the 1991 Kelvarn pogroms.').unmatched).toEqual(['Kelvarn']);
		// A people's adjective before the event is no place.
		expect(run('They marked the anniversary of the Armenian massacres.').unmatched).toEqual([]);
	});

	it('never reports an agency named in capitals as a place', () => {
		const r = run(
			'YEREVAN, MARCH 3, ARMENPRESS. The peacekeepers opened a post near Martakert, AZERTAC reports.'
		);
		expect(r.unmatched).toEqual([]);
		expect(r.joined).toEqual(['YEREVAN → yerevan', 'Martakert → martakert']);
	});

	it('reports "St. X" from the saint’s abbreviation on, and never inside an organisation’s name', () => {
		expect(run('The St. Petersburg office confirmed it.').unmatched).toEqual(['St. Petersburg']);
		expect(run('The St. Petersburg Club of Submariners announced his death.').unmatched).toEqual([]);
		expect(run('He studied at St. Petersburg State University.').unmatched).toEqual([]);
	});

	it('never reports a legislature, a transcript’s speaker label or a reporter named with the outlet', () => {
		expect(run('Families wrote letters to Congress and the Senate.').unmatched).toEqual([]);
		expect(run('LENA MOSSBERG, BYLINE: Good morning, Ana.\n\nHOST: Thank you.').unmatched).toEqual([]);
		expect(run('That was NPR’s Lena Mossberg, reporting from Kelvarn.').unmatched).toEqual(['Kelvarn']);
	});

	it('never reports "Another" before a place noun, God, or the country inside Agence France Presse', () => {
		const r = run(
			'Another town resident told Agence France Presse that he would stay. “I fear only God,” he said.'
		);
		expect(r.unmatched).toEqual([]);
		expect(r.joined).toEqual([]);
	});

	it('reports a village given with its other name in another language, in square brackets too', () => {
		expect(
			run(
				'It was preceded by the events of Kelvarn [Ostrabad in Azerbaijani] and Norvale [Nurvala in Azerbaijani].'
			).unmatched
		).toEqual(['Kelvarn', 'Ostrabad', 'Norvale', 'Nurvala']);
	});

	it('reports a mountain’s or heights’ own word again when it stands alone later', () => {
		const { out } = placesJudged(
			'The army held the main part of Mount Kelvarn. The other side stayed on part of Kelvarn.',
			'2022-03-28'
		);
		expect(out.unmatched.map((u) => [u.name, u.count])).toEqual([['Mount Kelvarn', 2]]);
	});
});
