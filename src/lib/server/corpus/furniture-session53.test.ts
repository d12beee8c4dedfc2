// Session 53: lines a blind set showed read the wrong way. Lines written for the test.
import { describe, expect, it } from 'vitest';
import { laidOut, why } from './__fixtures__/furniture-run';

describe('furniture: session 53', () => {
	it('reads a byline with a lowercase particle and a row of gift, share and reading-time buttons', () => {
		expect(why('By Karo de Lindmoor')).toBe('byline');
		expect(why('Gift Article | Share | 5 min')).toBe('share or subscribe line');
	});

	it('finds the printed headline over its byline, date and buttons when the saved title is worded otherwise', () => {
		const lines = laidOut(
			[
				'Opinions',
				'Guest opinion',
				'Lindmoor’s villagers are starving in plain sight of the peacekeepers',
				'By Karo de Lindmoor',
				'August 22, 2023 at 7:00 a.m. EDT',
				'Gift Article | Share | 5 min',
				'Every morning, about 400 trucks wait in the heat outside Portvale, the last village before the bridge, and every evening they are still there.'
			].join('\n'),
			'Opinion | The peacekeepers who keep nothing - The Daily Ledger'
		);
		expect(lines.map(([text, reason]) => [text.slice(0, 12), reason])).toEqual([
			['Opinions', 'page header'],
			['Guest opinio', 'headline or caption'],
			['Lindmoor’s v', null],
			['By Karo de L', 'byline'],
			['August 22, 2', 'time stamp'],
			['Gift Article', 'share or subscribe line'],
			['Every mornin', null]
		]);
	});
});
