// Session 32: lines real saved pages and a blind set showed (read through the search tool's stored pages,
// not copied): a live blog's entry times with their weekday, its "Key events" links, and readers' comments
// under a story after the comment form's prompt. Lines written for the test.
import { describe, expect, it } from 'vitest';
import { why } from './__fixtures__/furniture-run';
import { paragraphs } from './extract';

const texts = (body: string, title = 'T') =>
	paragraphs(body, title).map((p) => [body.slice(p.start, p.end), p.furniture ?? false]);

describe('furniture: session 32', () => {
	it('knows a live entry time that opens with its weekday, and the key events box above the entries', () => {
		expect(why('Wed 20 Sep 2023 09.40 BST')).toBe('time stamp');
		expect(why('Thursday 21 Sep 2023 14:05 GMT')).toBe('time stamp');
		expect(why('3h ago Convoy reaches the border crossing')).toBe('key events link');
		expect(why('Three hours ago the convoy reached the border crossing.')).toBeNull();
	});

	it('keeps the heading under a weekday entry time as the entry’s own words', () => {
		const body = [
			'Share',
			'Wed 20 Sep 2023 09.40 BST',
			'Convoy reaches Kornidzor',
			'The first lorries crossed the bridge at dawn, the local mayor told reporters by phone.',
			'Share'
		].join('\n');
		expect(texts(body)).toEqual([
			['Share', true],
			['Wed 20 Sep 2023 09.40 BST', true],
			['Convoy reaches Kornidzor', false],
			['The first lorries crossed the bridge at dawn, the local mayor told reporters by phone.', false],
			['Share', true]
		]);
	});

	it('reads everything under a comment form’s prompt as readers’ comments when the reporting is above it', () => {
		const story = [
			'Peacekeepers escorted the convoy along the road to the bridge, the ministry said on Tuesday.',
			'Residents of the village said the lorries had waited for two days at the checkpoint.',
			'The ministry added that the next convoy would leave for Goris on Friday morning.'
		];
		const comments = [
			'Dear reader, to leave comments on the publication, you must sign in.',
			'1. karen77 Offline karen77',
			'karen77 12 March 2023 10: 15',
			'Nobody in Goris believes a word of it, the road has been shut for months and Moscow only watches.'
		];
		const out = texts([...story, ...comments].join('\n'));
		expect(out.map(([, f]) => f)).toEqual([false, false, false, true, true, true, true]);
		expect(why(comments[0]!)).toBe('comment section chrome');
		// A "Comments" link above the reporting leaves the story alone.
		expect(texts(['Comments (4)', ...story].join('\n')).map(([, f]) => f)).toEqual([
			true,
			false,
			false,
			false
		]);
	});

	it('knows a bulleted or marked page time, an archive heading, an ad slot and a reprint’s source', () => {
		expect(why('  • 2021-05-14 09:12:40')).toBe('time stamp');
		expect(why('# 16:05')).toBe('time stamp');
		expect(why('Tag Archives: peacekeepers')).toBe('page chrome');
		expect(why('ARTICLE AD BOX')).toBe('page chrome');
		expect(why('(Source: Hurriyet Daily News)')).toBe('page chrome');
		// A date alone may head a timeline's entry.
		expect(why('2021-05-14')).not.toBe('time stamp');
	});
});
