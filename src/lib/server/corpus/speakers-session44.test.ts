// Session 44: speakers holdout72 and probes 28 and 29 (real pages) showed lost or given to the wrong person. Paragraphs
// written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';

describe('speakers: session 44, a body’s spokesperson', () => {
	it('gives the words of "An X Ministry spokesperson" and "An EU spokesperson" to the body (eval/README, session 36)', () => {
		expect(
			speakersOf('A Dornian Harbour Ministry spokesperson said: “The ferries will sail on Monday.”')
		).toEqual([['The ferries will sail on Monday.', 'Dornian Harbour Ministry']]);
		expect(speakersOf('An EU spokesperson said the bloc “hopes the ferries will sail again soon”.')).toEqual([
			['hopes the ferries will sail again soon', 'EU']
		]);
	});

	it('gives "the spokesperson said" after such a sentence to the same body', () => {
		expect(
			speakersOf(
				'In Lindmoor, the Dornian Harbour Ministry welcomed the news. A ministry spokesperson said the quay would reopen.',
				'“The harbour has always been open to both sides,” the spokesperson told journalists.'
			)
		).toEqual([['The harbour has always been open to both sides,', 'Dornian Harbour Ministry']]);
		expect(
			speakersOf(
				'A Dornian Harbour Ministry spokesperson said the strike was a “provocation”. “If the crews cared about the town, they would sail,” the spokesperson said.'
			)
		).toEqual([['If the crews cared about the town, they would sail,', 'Dornian Harbour Ministry']]);
	});

	it('keeps a spokesperson of no named body, and one asked not to be named, unnamed', () => {
		expect(speakersOf('A spokesperson said: “The ferries will sail on Monday.”')).toEqual([
			['The ferries will sail on Monday.', null]
		]);
	});
});
