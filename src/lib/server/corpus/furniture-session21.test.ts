// Page furniture the blind sets of session 21 showed, on lines written for the test: a page's date with its
// time or its update in the short and day-first forms; a gallery's "3 / 8." counter before each caption;
// "Interview by …" and a wire's "With assistance from …"; the reader's tools under a story ("Save articles
// …", "Share it with a friend!", Ctrl+Enter typo notes, a Russian site's "subscribe" line); a newsletter
// box's line opening with its name.
import { describe, expect, it } from 'vitest';
import { why } from './__fixtures__/furniture-run';

describe('furniture: session 21', () => {
	it('skips a page’s date with its time or its update', () => {
		expect(why('Mar 4, 2021 Updated 5 hrs ago')).toBe('time stamp');
		expect(why('14 Jun 2022 | Updated 18:05')).toBe('time stamp');
		expect(why('9:40 am, April 2, 2022')).toBe('time stamp');
	});

	it('keeps a date alone (a timeline’s heading) and a sentence with a date', () => {
		expect(why('14 June 2022')).not.toBe('time stamp');
		expect(why('On 14 June 2022 the ferry sailed at 18:05 from Portvale.')).toBeNull();
	});

	it('skips a gallery’s counter and its caption', () => {
		expect(why('3 / 8. Fishermen mend their nets on the pier at dawn.')).toBe('photo caption');
		expect(why('3/4 of the fleet stayed in port, the harbour master said.')).toBeNull();
	});

	it('skips an interviewer’s credit and a wire’s assistance line', () => {
		expect(why('Interview by Lena Marsh')).toBe('byline');
		expect(why('--With assistance from Tom Reyes.')).toBe('wire credits');
	});

	it('skips the reader’s tools and a newsletter line that opens with its name', () => {
		expect(why('Save articles to read later and create your own reading list.')).toBe('page chrome');
		expect(why('Liked this story? Share it with a friend!')).toBe('page chrome');
		expect(why('Found a typo? Select the text and press Ctrl+Enter')).toBe('page chrome');
		expect(why('Подписывайтесь на «Вестник» в Telegram')).toBe('page chrome');
		expect(why('Harbour Daily Newsletter: Keep up to date with what’s happening in the region.')).toBe(
			'page chrome'
		);
	});
});
