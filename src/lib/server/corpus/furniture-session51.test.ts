// Session 51: lines a blind set and three probes of real pages showed read the wrong way. Lines written for the test.
import { describe, expect, it } from 'vitest';
import { laidOut, why } from './__fixtures__/furniture-run';

describe('furniture: session 51', () => {
	it.each([
		['Give this article', 'page chrome'],
		['Harbour Post is an independent, non-profit online magazine.', 'publisher line'],
		['Harbour United 2 – 1 Kelvarn-2 (Lindmoor)', 'score line'],
		['Standings: 1. Harbour United 38 | 2. Kelvarn 33 | 3. Portvale 29', 'page chrome'],
		['Next match: Harbour United vs Portvale, 17 February, 14:00, Lindmoor', 'page chrome'],
		['Dornian First League, Round 16', 'section label'],
		['Abonnez-vous pour 1€', 'share or subscribe line'],
		['RÉSERVÉ AUX ABONNÉS', 'share or subscribe line'],
		['This investigation was supported by the Harbour Reporting fund.', 'disclaimer'],
		['Reprinting Harbour Post materials is allowed with a hyperlink to the source.', 'disclaimer'],
		["Before it's here, it's on the Bloomberg Terminal.", 'page chrome'],
		['Discover stories from this section and more in the list of contents', 'page chrome'],
		['Dear readers, We are facing unprecedented challenges. Support us today.', 'page chrome'],
		['Harbour Post is blocked in Dornia. Help us keep working: support Harbour Post.', 'page chrome'],
		['Feature', 'section label'],
		['Programme', 'section label']
	])('skips %j as %s', (line, reason) => {
		expect(why(line)).toBe(reason);
	});

	it.each([
		'Lindmoor | 1,500 (private sale) | 1,300 | 0 of 14',
		'Portvale (Dornia) | 490 | 470 | 11 of 11',
		'Kelvarn | 480 | 460 | all'
	])('keeps the table row %j as the story’s data', (line) => {
		expect(why(line)).toBeNull();
	});

	it('still skips a menu of sections between bars', () => {
		expect(why('Economy | Society | Environment | Lindmoor')).toBe('navigation');
	});

	it('keeps a newsletter’s greeting that opens its reporting', () => {
		expect(
			why(
				'Dear readers, this week the stand-off on the Lindmoor road took a new turn, and talks moved to Portvale. Here are the stories that mattered.'
			)
		).toBeNull();
	});

	it('takes the headline under a rubric and a time stamp, its title in another language', () => {
		const lines = laidOut(
			[
				'Harbour.az',
				'Politics | Economy | Society | World | Sports',
				'23 April, 2023 18:27',
				'Foreign policy',
				'Checkpoint established at the start of the Lindmoor road',
				'Dornia has established a checkpoint at the beginning of the Lindmoor road on the border with Portvale, the agency said.'
			].join('\n\n'),
			'Lindmoor yolunun başlanğıcında məntəqə yaradılıb'
		);
		expect(lines[4]).toEqual(['Checkpoint established at the start of the Lindmoor road', null, true]);
		expect(lines[3]![1]).not.toBeNull();
	});

	it('takes a live page’s headline with its tag lines and time under it', () => {
		const lines = laidOut(
			[
				'Harbour.am',
				'Dornia | Politics | Society | Economy | World',
				'Updates: Lindmoor road blocked for second day',
				'Region: Dornia, Lindia',
				'Theme: Politics',
				'19:55, 13.12.2022',
				'19:52 The ministry said the crews were holding talks with both sides to restore traffic on the road.'
			].join('\n\n'),
			'Lindmoor road blocked: live updates - Harbour.am'
		);
		expect(lines[2]).toEqual(['Updates: Lindmoor road blocked for second day', null, true]);
	});
});
