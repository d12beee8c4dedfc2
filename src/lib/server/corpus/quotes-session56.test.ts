// Session 56: a headline's straight single marks a blind set showed read as an apostrophe. Lines written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';

describe('quotes: session 56', () => {
	it('closes a straight single mark after a plural before a spaced dash ("… on the trees\' - refugees …")', () => {
		expect(
			speakersOf("Kelvarn exodus: 'We left the apples on the trees' - refugees pour into the valley")
		).toEqual([['We left the apples on the trees', null]]);
		// A plural's possessive before a noun stays an apostrophe.
		expect(
			speakersOf("The farmers' union said: 'We left the apples on the trees' orchard to the birds.'")
		).toEqual([["We left the apples on the trees' orchard to the birds.", "farmers' union"]]);
	});
});
