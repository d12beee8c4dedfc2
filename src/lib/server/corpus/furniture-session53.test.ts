// Session 53: lines a blind set showed read the wrong way. Lines written for the test.
import { describe, expect, it } from 'vitest';
import { laidOut, why } from './__fixtures__/furniture-run';

describe('furniture: session 53', () => {
	it('reads a byline with a lowercase particle and a row of gift, share and reading-time buttons', () => {
		expect(why('By Karo de Lindmoor')).toBe('byline');
		expect(why('Gift Article | Share | 5 min')).toBe('page chrome');
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
		expect(lines.map(([text, reason]) => [String(text).slice(0, 12), reason])).toEqual([
			['Opinions', 'page header'],
			['Guest opinio', 'headline or caption'],
			['Lindmoor’s v', null],
			['By Karo de L', 'byline'],
			['August 22, 2', 'time stamp'],
			['Gift Article', 'page chrome'],
			['Every mornin', null]
		]);
	});

	it('reads an edition’s name over the story as the masthead, with its day as a date line', () => {
		expect(why('CNN World')).toBe('masthead');
		expect(why('Harbour Post English | World')).toBe('masthead');
		expect(why('Harbour Post English | 30.01.2021 | 15:22')).toBe('date line');
		expect(why('Hello World')).toBe(null);
	});

	it('takes a live page’s headline under its header and over its byline, not its first entry’s heading', () => {
		const lines = laidOut(
			[
				'CNN World',
				'Live Updates',
				'Dornia launches military operation in Lindmoor',
				'By Vera Lind and Lev Darvin, CNN',
				'Updated 6:40 p.m. ET, September 19, 2023',
				'6:40 p.m. ET',
				'Officials report shelling of villages near Portvale',
				'The ombudsman of the local administration said villages near Portvale had been shelled since the morning and that two people were wounded.'
			].join('\n'),
			'September 19, 2023 Lindmoor news | CNN'
		);
		expect(lines.map(([text, reason]) => [String(text).slice(0, 10), reason])).toEqual([
			['CNN World', 'masthead'],
			['Live Updat', 'page header'],
			['Dornia lau', null],
			['By Vera Li', 'byline'],
			['Updated 6:', 'time stamp'],
			['6:40 p.m. ', 'time stamp'],
			['Officials ', null],
			['The ombuds', null]
		]);
	});
});
