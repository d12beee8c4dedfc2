// Session 46: words in marks that probes 32 and 33 and holdout77 showed taken for speech though they are a nickname,
// a body's name, a chant or a heading's word. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';

describe('quotes: session 46', () => {
	it.each([
		['The road, known by local residents as ‘the road of life’, was closed.'],
		['Harbour media said the “People’s Coastal Defense Army” confirmed the losses.'],
		['The crowd answered with chants of “We will not leave!” before dispersing.']
	])('%s has no quote', (text) => {
		expect(speakersOf(text)).toEqual([]);
	});

	it('takes a live entry’s heading word in marks after its colon for a term', () => {
		expect(
			speakersOf(
				'22:40',
				'Harbour crews evacuate civilians',
				'The ministry said its crews had taken civilians off the quay.',
				'16:45',
				"Dornia: 'immediate' end to hostilities",
				'The foreign secretary has called on Lindmoor to halt its operation.'
			)
		).toEqual([]);
	});

	it('keeps speech after a colon, and a short answer in a sentence of its own', () => {
		expect(speakersOf('He said: “No.” Then he left.')).toEqual([['No.', null]]);
		expect(speakersOf('Vera Lind said: “We will not leave the harbour,” and walked away.')).toEqual([
			['We will not leave the harbour,', 'Vera Lind']
		]);
	});
});
