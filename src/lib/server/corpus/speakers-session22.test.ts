// Session 22: a place is never the speaker. A town after "in" is where the speaker is ("One officer I
// know in Stepanakert put it like this: …"), and a country's possessive is whose, not who ("… for
// Azerbaijan's continued neutrality. “…,” the diplomat said"); a body's possessive is the body ("the
// Kremlin's readout said"). Text written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';

describe('speakers: a place is never the speaker', () => {
	it('reads a town after "in" before a colon as where the unnamed speaker is', () => {
		expect(
			speakersOf('One officer I know in Stepanakert put it like this to me: «We are guests in this house.»')
		).toEqual([['We are guests in this house.', null]]);
	});

	it('never gives a quote to a country’s possessive, and gives a body’s possessive to the body', () => {
		expect(
			speakersOf(
				'A western diplomat in Baku said Moscow had traded the mission for Azerbaijan’s continued neutrality. "The Kremlin needed the troops elsewhere," the diplomat said.'
			)
		).toEqual([['The Kremlin needed the troops elsewhere,', null]]);
		expect(speakersOf('"The talks were frank," the Kremlin’s readout said.')).toEqual([
			['The talks were frank,', 'Kremlin']
		]);
	});
});

describe('speakers: a sentence’s opening adverb is no part of the name', () => {
	it('drops "Earlier", "Later", "Separately" before the name that speaks', () => {
		expect(
			speakersOf(
				'Earlier Tomas Vell, aide to the harbour master, said the decision was final. "The ferries stop on Monday," he said.'
			)
		).toEqual([['The ferries stop on Monday,', 'Tomas Vell']]);
	});
});

describe('speakers: a body’s document is the body', () => {
	it('gives "the X Ministry’s daily bulletin said" to the ministry', () => {
		expect(
			speakersOf(
				'The Lindian Harbour Ministry’s daily bulletin said the crews were "negotiating with the port to reopen the quay".'
			)
		).toEqual([['negotiating with the port to reopen the quay', 'Lindian Harbour Ministry']]);
	});
});

describe('speakers: an office named by the leader it serves', () => {
	it('keeps "the office of the X president" whole', () => {
		expect(
			speakersOf(
				'The office of the Portvale president, Aram Vell, says it has accepted the proposal. "The crews will stand down," the statement says.'
			)
		).toEqual([['The crews will stand down,', 'office of the Portvale president']]);
	});
});

describe('speakers: a person’s noun, then a lone first name before "said"', () => {
	it('gives "he said" to the first name in apposition after "A driver from X," and "A resident … reached by telephone,"', () => {
		expect(
			speakersOf(
				'A driver from Portvale, Aram, said he had carried medicine for a pharmacy. "Now I drive to the pier and back," he said.'
			)
		).toEqual([['Now I drive to the pier and back,', 'Aram']]);
		expect(
			speakersOf(
				'A resident of Portvale reached by telephone, Anahit, said her family spent the night in a basement. "We have no bread," she said.'
			)
		).toEqual([['We have no bread,', 'Anahit']]);
	});
});
