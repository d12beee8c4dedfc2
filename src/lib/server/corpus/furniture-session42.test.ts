// Session 42: lines two blind sets (holdout67, holdout68) showed kept as reporting though they are a page's
// chrome. Lines written for the test.
import { describe, expect, it } from 'vitest';
import { why } from './__fixtures__/furniture-run';
import { paragraphs } from './extract';

/** Each line of `body` with its furniture reason (null: reporting), and whether it is the story's own heading. */
const laidOut = (body: string, title: string) =>
	paragraphs(body, title).map((p) => [body.slice(p.start, p.end), p.why ?? null, !!p.headline]);

const STORY =
	'The harbour board said on Tuesday that the ferry quay at Lindmoor would reopen after the storm, and that the first boats would leave at dawn.';

describe('furniture: session 42', () => {
	it.each([
		['Harbour Post is supported by its readers. Donate to keep local reporting free.', 'page chrome'],
		[
			'All information posted on this site is for personal use only and may not be reproduced without the written consent of Harbour Post.',
			'disclaimer'
		],
		['Ferry workers on the quay at Lindmoor in 2021 [File: Harbour Images]', 'photo caption'],
		['Listen to this story. Enjoy more audio and podcasts on iOS or Android.', 'page chrome'],
		['💬 Comments (3)', 'view count']
	])('%s → %s', (line, reason) => expect(why(line)).toBe(reason));

	it('keeps an editor’s bracket that ends a sentence, and a reader supported by the board', () => {
		expect(why('The board said it would pay [the ferry workers].')).toBeNull();
		expect(why('The plan is supported by its readers’ votes, the board said.')).toBeNull();
	});

	it('reads the rubric the title starts with, printed over the headline, as the page’s', () => {
		const body = ['Harbour Post', 'Opinion', 'The Quay That Waits', 'By Vera Lind', STORY].join('\n');
		const lines = laidOut(body, 'Opinion: The Quay That Waits - Harbour Post');
		expect(lines[1]).toEqual(['Opinion', 'section label', false]);
		expect(lines[2]).toEqual(['The Quay That Waits', null, true]);
	});

	it('reads an embedded post’s author over its text, signed again under it, as the post’s header', () => {
		const body = [
			STORY,
			'Lev Darvin, the board’s chairman, posted on X:',
			'Lev Darvin',
			'“The quay reopens at dawn. Every crew is ready.”',
			'#Lindmoor #Ferry',
			'— Lev Darvin (@LevDarvin) March 25, 2022',
			STORY
		].join('\n');
		const lines = laidOut(body, 'Ferry quay reopens');
		expect(lines[2]![1]).toBe('embedded post');
		// The name in the sentence that introduces the post stays reporting.
		expect(lines[1]![1]).toBeNull();
	});
});
