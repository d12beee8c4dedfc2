// Session 23: a headline that gives its speaker and the topic before a colon ("Zakharova on the
// withdrawal: ‘…’"), and a speaker who "keeps repeating" or "repeated" the words. Text written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';

describe('speakers: session 23', () => {
	it('gives a headline’s quote to the one named before "on" and the topic', () => {
		expect(
			speakersOf(
				'Orlova on the pull-out: ‘The soldiers did what was asked of them’\n\nForeign ministry spokeswoman Vera Orlova spoke to reporters on Thursday.'
			)
		).toEqual([['The soldiers did what was asked of them', 'Vera Orlova']]);
		// A plural before "on" is a group the headline describes, not a speaker.
		expect(speakersOf('Farmers on the border road: ‘We have nowhere to sell the grapes’')).toEqual([
			['We have nowhere to sell the grapes', null]
		]);
	});

	it('reads "keeps repeating that" and "repeated" as speech verbs', () => {
		expect(
			speakersOf(
				'The Transport Ministry keeps repeating that "the road is open to every lorry that has papers," but the queue grows.'
			)
		).toEqual([['the road is open to every lorry that has papers,', 'Transport Ministry']]);
		expect(speakersOf('"We will not leave the pass," Lev Orlov repeated.')).toEqual([
			['We will not leave the pass,', 'Lev Orlov']
		]);
	});
});
