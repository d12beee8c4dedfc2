// Session 49: speakers a blind set and four probes of real pages showed lost or given the wrong form.
// Paragraphs written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';

describe('speakers: session 49', () => {
	it.each([
		'the HRC office in Portvale said in a statement',
		'the HRC delegation in Portvale said',
		'the HRC’s delegation in Portvale said',
		'a spokesperson of the HRC delegation in Portvale said'
	])('gives "%s" to the organisation, as its acronym, as "the HRC said" is', (said) => {
		expect(
			speakersOf(
				'The Harbour Rescue Committee has moved patients from Kelvarn to Portvale.',
				`“We act as a neutral intermediary,” ${said}.`
			)
		).toEqual([['We act as a neutral intermediary,', 'HRC']]);
	});

	it('keeps a body whose name ends in "Office" as that body', () => {
		expect(speakersOf('“The crews will stay,” the Dornian Foreign Office said in a statement.')).toEqual([
			['The crews will stay,', 'Dornian Foreign Office']
		]);
	});

	it('resolves "she" to a woman named before "will travel"', () => {
		expect(
			speakersOf(
				'Anna Petrosyan will travel to Kelvarn in the coming days. She has said that “the council will stand with the people of Kelvarn, wherever they are,” and the office is preparing help.'
			)
		).toEqual([['the council will stand with the people of Kelvarn, wherever they are,', 'Anna Petrosyan']]);
	});

	it.each(['Administrator', 'Harbour Agency Administrator', 'Special Rapporteur', 'Director'])(
		'reads a name after the title "%s" as a person\'s, so "she" finds her',
		(title) => {
			expect(
				speakersOf(
					`${title} Vera Lind will travel to Kelvarn in the coming days. “We will stand with the people,” she said.`
				)
			).toEqual([['We will stand with the people,', 'Vera Lind']]);
		}
	);
});
