// Session 49: speakers a blind set and four probes of real pages showed lost or given the wrong form.
// Paragraphs written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';
import { roleOf } from './speaker-names';
import { peopleIn } from './speaker-people';

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

	it.each(['declared', 'said'])('gives "%s the Minister of Foreign Affairs, Name." the name', (verb) => {
		expect(
			speakersOf(
				`“Dornia must remain impartial in the talks,” ${verb} the Minister of Foreign Affairs, Vera Lind.`
			)
		).toEqual([['Dornia must remain impartial in the talks,', 'Vera Lind']]);
	});

	it('gives "a Dornian defence ministry statement said" the ministry', () => {
		expect(
			speakersOf('“No Lindian territory has been entered,” a Dornian defence ministry statement said.')
		).toEqual([['No Lindian territory has been entered,', 'Dornian defence ministry']]);
	});

	it("gives a body's bulletin, by its possessive, the body", () => {
		expect(
			speakersOf(
				'The Dornian Defence Ministry’s bulletin that day said, I quote, “the situation on the coast road is stable”.'
			)
		).toEqual([['the situation on the coast road is stable', 'Dornian Defence Ministry']]);
	});

	it("does not give a first name the surname of the page's author in the byline", () => {
		expect(
			speakersOf(
				'By Lev Darvin, Ani Lindqvist Dec 14, 2022',
				'In Portvale, shop shelves were already emptying. Ani, a 28-year-old teacher who asked that her surname not be used, said prices had doubled. “There are no eggs, no fruit,” she said.',
				'Lev Darvin is Harbour Post’s coast editor. Ani Lindqvist is a journalist based in Kelvarn.'
			)
		).toEqual([['There are no eggs, no fruit,', 'Ani']]);
	});

	it.each([
		['Yesterday Deputy Mayor of Kelvarn Vera Lind received calls from the port.', 'Deputy Mayor of Kelvarn'],
		['Dornia on Wednesday lambasted Prime Minister Lev Darvin over the talks.', 'Prime Minister'],
		[
			'HARBOURPRESS reports Dornian Defence Minister Karo Dornick said the road was open.',
			'Dornian Defence Minister'
		],
		[
			'Harbour.Net - Dornian parliament speaker Anush Darvin has declared the session open.',
			'Dornian parliament speaker'
		]
	])('keeps a time, a clause or a credit out of the role: %s', (text, role) => {
		expect(peopleIn(text).map((n) => roleOf(n))).toEqual([role]);
	});

	it("keeps a role cut off at its window's end to whole words", () => {
		const [n] = peopleIn(
			'“We stay,” said Aren Lindqvist, a boutique  winemaker whose vineyards were only 500 yards from Dornian  military positions.'
		);
		expect(roleOf(n!)).not.toMatch(/\bmilita$/);
	});

	it('resolves "he says" to a man named with his institution after "of" as the sentence opens', () => {
		expect(
			speakersOf(
				'For Dornia the departure is a matter of sovereignty. “The crews were temporary from the first day,” says Karo Dornick, the president’s adviser.',
				'Laurence Darvin of Harbour House puts it neatly. “The crews came to freeze a conflict and stayed to watch it end,” he says.'
			)
		).toEqual([
			['The crews were temporary from the first day,', 'Karo Dornick'],
			['The crews came to freeze a conflict and stayed to watch it end,', 'Laurence Darvin']
		]);
	});

	it('gives "said one of them, former Kelvarn premier X." the one named', () => {
		expect(
			speakersOf(
				'Two former officials spoke to the Harbour Post.',
				'“Any Dornian rule there must be ruled out,” said one of them, former Kelvarn premier Artak Lindqvist.'
			)
		).toEqual([['Any Dornian rule there must be ruled out,', 'Artak Lindqvist']]);
	});

	it('reads "remarked the archbishop on the matter" as the archbishop named before', () => {
		expect(
			speakersOf(
				'Archbishop Bagrat Lindqvist led the march to Portvale. Thousands followed him.',
				'“This is the way the government works,” remarked the archbishop on the matter.'
			)
		).toEqual([['This is the way the government works,', 'Bagrat Lindqvist']]);
	});
});
