// Session 27: page chrome that real pages (read through the search tool's stored pages, not copied)
// carried into the story: a comment form's notices, an AI audio note, a news feed's button. Lines
// written for the test.
import { describe, expect, it } from 'vitest';
import { why } from './__fixtures__/furniture-run';

describe('furniture: session 27', () => {
	it('knows a comment form’s notices', () => {
		expect(why('You must be logged in to post a comment.')).toBe('comment section chrome');
		expect(
			why('Dear visitors, you can leave your opinion on the material using your social account. Be polite.')
		).toBe('comment section chrome');
		// A reader's letter quoted in a story is no form.
		expect(why('Dear visitors were welcomed at the monastery gate by two monks.')).toBeNull();
	});

	it('knows an AI audio note and a news feed’s button', () => {
		expect(why('This audio is created with AI assistance')).toBe('page chrome');
		expect(why('Show news feed')).toBe('page chrome');
	});
});
