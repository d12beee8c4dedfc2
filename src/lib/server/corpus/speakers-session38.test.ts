// Session 38: speakers a blind set (holdout60) and two probes of real pages showed wrong: a name with two
// appositives, an outlet's edition after the quote, "according to" as an aside, a second predicate after a
// quote, an outlet taken for the person "he" is. Text written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';

describe('speakers: session 38', () => {
	it('reads a name with two appositives as the speaker, not a name inside the first', () => {
		expect(
			speakersOf(
				'Vera Lind, the head of the Agency for Harbour Development, who visited Portvale on Monday, told reporters in Lindmoor: "The quay must open to every boat, and it must open now."'
			)
		).toEqual([['The quay must open to every boat, and it must open now.', 'Vera Lind']]);
		// An adverb or a place opening the clause is no name.
		expect(
			speakersOf(
				'Earlier, Harbour Minister Lev Darvin, speaking to sailors in Portvale, said: "The berths will be rebuilt by spring."'
			)
		).toEqual([['The berths will be rebuilt by spring.', 'Lev Darvin']]);
		expect(
			speakersOf(
				'In Lindmoor, the Harbour Board, which had kept silent for days, said: "The quay is open to all traffic today."'
			)
		).toEqual([['The quay is open to all traffic today.', 'Harbour Board']]);
	});

	it('gives the quote to the one named before it when an outlet’s edition only reports it after', () => {
		expect(
			speakersOf(
				'Harbour spokesman Lev Darvin said Portvale expects "all the boats named in the agreement to be let through," Sputnik Lindmoor reports with reference to TASS.'
			)
		).toEqual([['all the boats named in the agreement to be let through,', 'Lev Darvin']]);
	});

	it('reads "X, according to Y, raised “…”" as X’s words', () => {
		expect(
			speakersOf(
				'Lev Darvin, according to the Harbour Board, raised "the need to keep the quay open to every boat".'
			)
		).toEqual([['the need to keep the quay open to every boat', 'Lev Darvin']]);
	});

	it('gives "and added: “…”" the first predicate’s subject, however the clause names others', () => {
		expect(
			speakersOf(
				'A village head quoted by the Lindmoor service of a foreign radio said the families had left "with what they could carry, in the snow" and added: "If Varnek goes, who knows what comes next, and who will stop them."'
			)
		).toEqual([
			['with what they could carry, in the snow', null],
			['If Varnek goes, who knows what comes next, and who will stop them.', null]
		]);
	});

	it('never takes an outlet for the person "he" stands for, nor a columnist for the outlet', () => {
		expect(
			speakersOf(
				'The Portvale Weekly spoke to Vera Lind on the quay.',
				'He said: "I was born here, and the storm of 1992 did not move me."'
			)
		).toEqual([['I was born here, and the storm of 1992 did not move me.', null]]);
		expect(
			speakersOf(
				'A columnist for the Lindmoor weekly Tide wrote that "the silence of a town is not the same as its consent, and the board should know it."'
			)
		).toEqual([
			['the silence of a town is not the same as its consent, and the board should know it.', null]
		]);
	});

	it('keeps a ministry’s country, and reads a town and a noun before a name as where and what the speaker is', () => {
		expect(
			speakersOf(
				'The Portvale Harbour Ministry says its boats have taken 400 people off the island.',
				'The Lindish harbour ministry said the operation aimed to "restore order on every quay of the Lindish coast".'
			)
		).toEqual([['restore order on every quay of the Lindish coast', 'Lindish harbour ministry']]);
		expect(
			speakersOf('"I don’t think anyone will stay here at all," said Goris resident Vera Lind.')
		).toEqual([['I don’t think anyone will stay here at all,', 'Vera Lind']]);
	});

	it('reads "says Hayk’s mother" as someone unnamed, and no street as a person', () => {
		expect(
			speakersOf('Hayk is 12. "I know a family that waited on the quay for three days," says Hayk’s mother.')
		).toEqual([['I know a family that waited on the quay for three days,', null]]);
		expect(
			speakersOf(
				'A woman who works at the bakery on Tumanyan Street said to me: "We bake at night so that people have bread."',
				'The commander told us: "We are doing what is in our power, and we hope for a decision soon."'
			)
		).toEqual([
			['We bake at night so that people have bread.', null],
			['We are doing what is in our power, and we hope for a decision soon.', null]
		]);
	});

	it('reads ", as they reported:" before a quote as who relayed it, not who spoke', () => {
		expect(
			speakersOf(
				'The Lindish Defence Ministry said the ferry had left.',
				'One elderly woman told the sailors, as they reported: "I only want to take the photographs of my sons."'
			)
		).toEqual([['I only want to take the photographs of my sons.', null]]);
	});
});
