// Session 21: a name after a rank gets the whole title before the rank ("Russian Deputy Defence
// Minister Colonel General X" is "the Russian deputy minister"); "he" and "she" stand for a person,
// never a phrase with a possessive in it ("Russia's RIA Novosti"), a military district or a plural noun
// opening a sentence ("Analysts say"); more ways the press keeps a source unnamed ("who did not want to
// give her name", "without giving his name", "The wife of one officer"). Text written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';

describe('speakers: an unnamed source stays unnamed', () => {
	it('keeps a source unnamed who did not want to give a name, with an agency named in between', () => {
		expect(
			speakersOf(
				'Ferry crews at the pier. A deckhand at the gate, quoted by Portvale’s Harbour Radio, says the crews will wait. “We are not striking. We are waiting for our wages,” he says.'
			)
		).toEqual([['We are not striking. We are waiting for our wages,', null]]);
		expect(
			speakersOf(
				'Analysts say the strike will last. The wife of one captain, who did not want to give her name, said her family was calm. “The neighbours bring us bread,” she said.'
			)
		).toEqual([['The neighbours bring us bread,', null]]);
	});

	it('keeps "the officer" unnamed when he spoke without giving his name', () => {
		expect(
			speakersOf(
				'Captain Tomas Vell, the harbour master, opened the gates on Monday.\n\n“The cranes go home. The sheds are handed over,” the officer said, without giving his name.'
			)
		).toEqual([['The cranes go home. The sheds are handed over,', null]]);
	});

	it('reads a colleague who asked not to be named as unnamed, not the district named before', () => {
		expect(
			speakersOf(
				'Four other sailors died, among them an officer of the Northern Military District. A former colleague of one of them, who asked not to be named, said the men knew the risks. “Everybody knew the posts were exposed,” he said.'
			)
		).toEqual([['Everybody knew the posts were exposed,', null]]);
	});
});

describe('speakers: a title before a rank before a name', () => {
	it('gives the whole title to a name after a rank, so "the Russian deputy minister" finds him', () => {
		expect(
			speakersOf(
				'The ceremony was attended by Turkish Defence Minister Colonel General Tomas Vell and Russian Deputy Defence Minister Colonel General Piet Arndt.\n\nArndt thanked the hosts. Vell spoke next.\n\n“The cranes will work day and night,” the Russian deputy minister said.'
			)
		).toEqual([['The cranes will work day and night,', 'Piet Arndt']]);
	});
});
