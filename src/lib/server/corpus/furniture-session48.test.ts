// Session 48: lines four probes of real pages showed kept as reporting though they are a page's chrome.
// Lines written for the test.
import { describe, expect, it } from 'vitest';
import { why } from './__fixtures__/furniture-run';
import { paragraphs } from './extract';

describe('furniture: session 48', () => {
	it.each([
		['A view of the new road from Kelvarn to Portvale (courtesy Vera Lind’s Facebook page)', 'photo caption'],
		['Get notified of the latest updates from Harbour Post.', 'page chrome'],
		['This text available in   Dornian and Русский', 'page chrome'],
		[
			'FILE - In this file photo taken on Nov. 18, 2020, a ferry leaves Kelvarn for Portvale ...',
			'photo caption'
		]
	])('skips %j as %s', (line, reason) => {
		expect(why(line)).toBe(reason);
	});

	it('keeps a sentence with a courtesy in brackets inside it as reporting', () => {
		expect(
			why(
				'The map (courtesy of the council) shows the road from Kelvarn to Portvale and the two posts on it.'
			)
		).toBeNull();
	});

	const reasonsOf = (lines: string[], title: string) => {
		const body = lines.join('\n\n');
		return paragraphs(body, title).map((p) => [body.slice(p.start, p.end), p.why ?? null]);
	};

	it('keeps a numbered list that a sentence of the story introduces with a colon as reporting', () => {
		const reasons = reasonsOf(
			[
				'Ferry posts set up along the coast',
				'The harbour office listed the new posts from west to east, starting at the old pier:',
				'1. Kelvarn (on the northern shore)',
				'2. the town of Portvale',
				'3. Dornick',
				'4. below the Lindmoor lighthouse',
				'The posts will be manned around the clock until the spring, the office said.'
			],
			'Ferry posts set up along the coast'
		);
		expect(reasons.slice(2, 6).map(([, reason]) => reason)).toEqual([null, null, null, null]);
	});

	it('keeps the rows of a table under "in the following order:" as reporting', () => {
		const reasons = reasonsOf(
			[
				'Posts removed',
				'According to the Harbour Post, the posts were removed in the following order:',
				'Post | District | Removed',
				'Kelvarn | Portvale | 28 September',
				'Dornick | Portvale | 29 September',
				'Lindmoor pier | Lindmoor | 2 October',
				'The last post on the coast will go by the end of the month, officials said.'
			],
			'Posts removed'
		);
		expect(reasons.slice(3, 6).map(([, reason]) => reason)).toEqual([null, null, null]);
	});

	it('still skips a numbered list of other stories under "Most read"', () => {
		const reasons = reasonsOf(
			[
				'The ferry resumed on Monday after a week of storms, the harbour office said in a statement.',
				'Most read',
				'1. Fish prices steady as boats return to Lindmoor',
				'2. Portvale council approves new pier',
				'3. Storm warning lifted for Kelvarn'
			],
			'Ferry resumes'
		);
		expect(reasons.slice(2).every(([, reason]) => reason !== null)).toBe(true);
	});

	it('skips a quote set again with its speaker after a dash as a pull quote', () => {
		const reasons = reasonsOf(
			[
				'"The patrols came here in a difficult time," Vera Lind, adviser to the mayor, said in Portvale, "and they leave at a time when the town has its road back."',
				'"They leave at a time when the town has its road back" – Vera Lind',
				'She thanked the harbour office for its help and said the ferry would run twice a day.'
			],
			'Patrols leave Portvale'
		);
		expect(reasons[1]).toEqual([
			'"They leave at a time when the town has its road back" – Vera Lind',
			'pull quote'
		]);
	});

	it('keeps a wire’s last wrapped line ending in "Enditem" as reporting', () => {
		expect(why('Group, co-chaired by Dornia, Portvale and the Harbour States. Enditem')).toBeNull();
	});
});
