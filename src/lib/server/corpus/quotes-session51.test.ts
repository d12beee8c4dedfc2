// Session 51: quotes a probe of real pages showed run on into their attribution, opened with one kind of mark and
// closed with another. Paragraphs written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';

describe('quotes: session 51', () => {
	it('ends a quote opened with ‘ at the ” typed before its attribution', () => {
		expect(
			speakersOf(
				'Foreign Ministry spokeswoman Vera Lind spoke on Friday.',
				'‘We proceed from the fact that all decisions follow a study. The demand came after a series of unfriendly steps by official Portvale,” Lind said.'
			)
		).toEqual([
			[
				'We proceed from the fact that all decisions follow a study. The demand came after a series of unfriendly steps by official Portvale,',
				'Vera Lind'
			]
		]);
	});

	it('ends a quote opened with " at the ’ typed before its attribution', () => {
		expect(
			speakersOf(
				'Archbishop Karo Dornick leads the march.',
				'"I invite you to come and meet these people, not only as a politician, but also as a man,’ he said.'
			)
		).toEqual([
			[
				'I invite you to come and meet these people, not only as a politician, but also as a man,',
				'Karo Dornick'
			]
		]);
	});

	it('still reads a possessive inside a straight-marked quote as no end', () => {
		expect(
			speakersOf('"The peacekeepers’ posts are empty now, and the road is closed," Vera Lind said.')
		).toEqual([['The peacekeepers’ posts are empty now, and the road is closed,', 'Vera Lind']]);
	});

	it('takes a crowd’s shouted word for a term', () => {
		expect(
			speakersOf('Hundreds gathered outside the base in Lindmoor. Some shouted "Shame!" and others left.')
		).toEqual([]);
	});

	it('still takes longer shouted words for speech', () => {
		expect(
			speakersOf('Karo Dornick shouted "Get out of here, all of you!" and ran.').map(([q]) => q)
		).toEqual(['Get out of here, all of you!']);
	});
});
