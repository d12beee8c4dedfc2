// Session 48: lines four probes of real pages showed kept as reporting though they are a page's chrome.
// Lines written for the test.
import { describe, expect, it } from 'vitest';
import { why } from './__fixtures__/furniture-run';

describe('furniture: session 48', () => {
	it.each([
		['A view of the new road from Kelvarn to Portvale (courtesy Vera Lind’s Facebook page)', 'photo caption'],
		['Get notified of the latest updates from Harbour Post.', 'page chrome']
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
});
