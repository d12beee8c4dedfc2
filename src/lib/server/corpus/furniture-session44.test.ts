// Session 44: lines the blind set holdout72 and probes 28 and 29 (real pages) showed kept as reporting though they are a page's
// chrome, or skipped though they are reporting. Lines written for the test.
import { describe, expect, it } from 'vitest';
import { laidOut, why } from './__fixtures__/furniture-run';

describe('furniture: session 44', () => {
	it.each([
		['Vera Lind, Lindmoor | Lev Darvin', 'byline'],
		['Harbour Post and Agencies', 'byline'],
		['By Lev Darvin, Special correspondent', 'byline'],
		['Trucks wait near the quay at Lindmoor, July 27, 2023. (credit: HARBOUR/VERA LIND)', 'photo caption'],
		[
			'Disclosure statement: The author does not work for or receive funding from any company that would benefit from this article.',
			'disclaimer'
		],
		['Partners: The Harbour Review receives funding from these organisations', 'disclaimer'],
		['Want to write? Join a community of writers and researchers.', 'disclaimer'],
		['Republish this article: Republish our articles for free, online or in print.', 'disclaimer'],
		['Click the alert icon to follow topics:', 'page chrome'],
		['Harbour Media is a member of the Northern Sea Media Network.', 'disclaimer'],
		['Ferries leave the quay at Lindmoor on Tuesday. Pic: Reuters', 'photo caption'],
		['By AFP and Harbour Staff  17 April 2024, 3:48 pm', 'byline'],
		['Also available in Русский', 'page chrome'],
		['Published On 17 Apr 2024 17 Apr 2024', 'time stamp'],
		['20 SEP 2023', 'time stamp']
	])('%s → %s', (line, reason) => {
		expect(why(line)).toBe(reason);
	});

	it('keeps reporting that reads like those lines', () => {
		expect(why('Lindmoor and Portvale agencies said the ferries would run again.')).toBeNull();
		expect(
			why(
				'The partners of the harbour board said the quay would reopen (credit for the work went to the crews).'
			)
		).toBeNull();
	});

	it('takes a headline that opens with the title’s first six words as the story’s own, even in two sentences', () => {
		const title = 'Last Ferries Leave Lindmoor Harbour at Dawn, Closing a Chapter - The Harbour Times';
		const body = [
			'World | Europe',
			'Last ferries leave Lindmoor harbour at dawn. What that says about Portvale’s reach.',
			'By Vera Lind',
			'June 13, 2024',
			'The last ferries left the quay at Lindmoor on Wednesday, ending a service that began forty years ago and was meant to run until next spring.'
		].join('\n\n');
		const lines = laidOut(body, title);
		expect(lines[1]).toEqual([
			'Last ferries leave Lindmoor harbour at dawn. What that says about Portvale’s reach.',
			null,
			true
		]);
	});

	it('reads the links under "Explore more" and "Recommended" as links, a speaker’s quote among them', () => {
		const story = [
			'Ferries Return to Lindmoor',
			'By Vera Lind',
			'The first ferries left the quay at Lindmoor on Tuesday, a day after the storm that had closed the harbour for a week ended.',
			'Explore more',
			'Lindmoor: What is in the harbour deal?',
			'Recommended',
			'Harbour flag raised in Portvale after 30 years',
			'Lev Darvin: “Lindmoor and Portvale are ours again”',
			'Portvale residents ride the new ferry for the first time',
			'In Portvale, across the bay, families waited on the pier for the first boat of the season to come in on Wednesday.'
		];
		const lines = laidOut(story.join('\n\n'), 'Ferries Return to Lindmoor');
		expect(lines.map((l) => l[1])).toEqual([
			null,
			'byline',
			null,
			expect.anything(),
			'“read more” link',
			expect.anything(),
			'“read more” link',
			'“read more” link',
			'“read more” link',
			null
		]);
	});

	it('keeps an explainer’s question crosshead with prose under it, even after a list of links', () => {
		const story = [
			'Explainer: Why the Ferries Stopped',
			'By Vera Lind',
			'For seven months the only ferry from Lindmoor to Portvale has not sailed, and the islands have run short of food and fuel.',
			'Recommended',
			'Harbour Board Skips Drills as Rift Widens',
			'What does Portvale propose?',
			'Portvale offers to supply Lindmoor by the northern route, from the mainland, instead of the old ferry line.'
		];
		const lines = laidOut(story.join('\n\n'), 'Explainer: Why the Ferries Stopped');
		expect(lines[4]![1]).toBe('“read more” link');
		expect(lines[5]![1]).toBeNull();
	});
});
