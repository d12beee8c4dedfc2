// Session 44: lines the blind set holdout72 and probes 28 and 29 (real pages) showed kept as reporting though they are a page's
// chrome, or skipped though they are reporting. Lines written for the test.
import { describe, expect, it } from 'vitest';
import { why } from './__fixtures__/furniture-run';
import { paragraphs } from './extract';

/** Each line of `body` with its furniture reason (null: reporting), and whether it is the story's own heading. */
const laidOut = (body: string, title: string) =>
	paragraphs(body, title).map((p) => [body.slice(p.start, p.end), p.why ?? null, !!p.headline]);

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
		['Click the alert icon to follow topics:', 'page chrome']
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
});
