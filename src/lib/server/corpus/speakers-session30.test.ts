// Session 30: persons a blind set (holdout45) named in ways the engine did not read as a person: a rank
// cut short before the name ("Lt. Gen. Rustam Muradov"), and a name followed by the body the person
// works for ("X of the Y Center in Baku said"), which a later "he said" stands for. Text written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';

describe('speakers: session 30', () => {
	it('reads a person named after a rank cut short', () => {
		expect(
			speakersOf(
				'The leaders of Lindia and Portia signed the statement with Prime Minister Aram Vardanyan.',
				'Its first commander, Lt. Gen. Oleg Markin, liked to be filmed with children. “We did not come here for a year or two,” he told television that winter.'
			)
		).toEqual([['We did not come here for a year or two,', 'Oleg Markin']]);
	});

	it('reads the person before "of" and the body they work for as the one who speaks', () => {
		expect(
			speakersOf(
				'Kremlin spokesman Dmitry Peskov said the decision was made at the top.',
				'Analyst Rusif Aliyev of the Topchubashov Center in Baku said the\nwithdrawal reflected new realities. “There is nothing left for a\nmission to do,” he said.'
			)
		).toEqual([['There is nothing left for a\nmission to do,', 'Rusif Aliyev']]);
		// A body's own name with "of" stays the body.
		expect(
			speakersOf(
				'Kremlin spokesman Dmitry Peskov said the decision was made at the top.',
				'The Foreign Ministry of Lindia said the talks would go on. “We are ready,” it said.'
			)
		).toEqual([['We are ready,', 'Foreign Ministry of Lindia']]);
	});
});
