// Speakers that session 16's reading of real news (and holdout15's misses) showed wrong, each as a
// general rule on texts written for the test (no sentence here comes from an article).
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';

describe('a bare quote after a sentence that opens with a person', () => {
	it('gives the quote to the person the sentence before opens with, whatever the verb', () => {
		expect(
			speakersOf(
				'Harbour officials praised the new ferry timetable on Monday.',
				'Aram Vardanyan, a councillor from the opposition, was less kind. “The ferry is late every single day of the week.”'
			)
		).toEqual([['The ferry is late every single day of the week.', 'Aram Vardanyan']]);
	});

	it('reads past an opening phrase and the role words before the name', () => {
		expect(
			speakersOf(
				'In Lindmoor, fishermen’s union chairman Oleg Varin addressed the strikers. “We will stay on the quay until the boats are paid for.”'
			)
		).toEqual([['We will stay on the quay until the boats are paid for.', 'Oleg Varin']]);
	});

	it('gives nobody when the sentence before opens with a thing or a group', () => {
		expect(
			speakersOf(
				'Lindmoor Armenians went back to their villages on Friday. “Nobody has seen a ship in a month.”',
				'The old ferry sank near the pier last winter. “It was our only link to the mainland.”'
			)
		).toEqual([
			['Nobody has seen a ship in a month.', null],
			['It was our only link to the mainland.', null]
		]);
	});
});
