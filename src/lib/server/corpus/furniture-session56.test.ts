// Session 56: lines a blind set showed read the wrong way. Lines written for the test.
import { describe, expect, it } from 'vitest';
import { laidOut, why } from './__fixtures__/furniture-run';

describe('furniture: session 56', () => {
	it('reads "Last modified on …" under a page’s date as its time stamp, not the story’s headline', () => {
		const layout = laidOut(
			[
				'World',
				'‘It was the quietest posting,’ says widow as a garrison town mourns its dead',
				'Families were told little, and the ministry has said less',
				'Vera Lind',
				'Sat 30 Sep 2023 07.00 BST',
				'Last modified on Sat 30 Sep 2023 09.14 BST',
				'The last letter she received from her husband was written on the back of a ration card.'
			].join('\n'),
			'‘It was the quietest posting,’ says widow as a garrison town mourns its dead | World'
		);
		expect(layout[5]![1]).toBe('time stamp');
		expect(why('First published on Sat 30 Sep 2023 09.14 BST')).toBe('time stamp');
	});

	it('reads a section, a day with no year but a time, and an update as a time stamp; a newspaper’s issue line as a masthead', () => {
		expect(why('HARBOUR | World | January 11, 21:05 UPD: January 11, 22:30')).toBe('time stamp');
		expect(why('Politics | World | Portvale Herald newspaper No. 68 of 18.04.2024, p. 6')).toBe('masthead');
	});

	it('reads a membership appeal and a reading-list prompt as appeals', () => {
		expect(why('Are you relying on the Portvale Herald for accurate news? Join our community.')).toBe(
			'appeal'
		);
		expect(why('Save articles to read them later and create your own reading list.')).toBe('appeal');
	});
});
