// Session 43: speakers a blind set (holdout70) showed wrong or missing. Every sentence and every name is
// written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';

describe('speakers: session 43', () => {
	it('keeps "MEP" out of a member of the European Parliament’s name', () => {
		expect(
			speakersOf(
				'Dornish MEP Vera Lind said the union could no longer rely on the harbour board.',
				'“The board has become a spectator,” Lind said.'
			)
		).toEqual([['The board has become a spectator,', 'Vera Lind']]);
	});

	it('gives "a spokesperson said" to the body the paragraph before has act, alone', () => {
		expect(
			speakersOf(
				'The State Department urged both harbours to reopen the quay.',
				'“Closing the quay only raises the risk of new clashes,” a spokesperson said Thursday.'
			)
		).toEqual([['Closing the quay only raises the risk of new clashes,', 'State Department']]);
	});

	it('leaves "a spokesperson said" unnamed when no body acts alone before it', () => {
		expect(
			speakersOf(
				'Vera Lind and the harbour board met on Monday to talk about the quay.',
				'“Closing the quay only raises the risk of new clashes,” a spokesperson said Thursday.'
			)
		).toEqual([['Closing the quay only raises the risk of new clashes,', null]]);
	});
});
