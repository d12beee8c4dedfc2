// Session 57: lines a blind set showed read the wrong way. Lines written for the test.
import { describe, expect, it } from 'vitest';
import { laidOut, why } from './__fixtures__/furniture-run';
import { speakersOn } from './__fixtures__/speaker-run';

describe('furniture: session 57', () => {
	it('reads a live page’s reworded headline as its own when the title has the day before it ("March 3, 2022 - …")', () => {
		const layout = laidOut(
			[
				'HARBOUR',
				'Live Updates',
				'Portvale declares “security measures” along the Lindmoor road',
				'By Vera Lind, Harbour',
				'Updated 9:12 a.m. ET, March 3, 2022',
				'Portvale said on Thursday that its troops had closed the road to Lindmoor for what it called security reasons.'
			].join('\n'),
			'March 3, 2022 - Portvale declares emergency measures along the Lindmoor road | Harbour'
		);
		expect(layout[2]![1]).toBeNull();
		expect(layout[2]![2]).toBe(true);
	});

	it('reads a site’s notices: reprint terms, a newsroom’s line about itself, an opinion disclaimer, a correction, a grant', () => {
		for (const [line, reason] of [
			['Republication of Harbour materials requires a hyperlink to the source.', 'copyright line'],
			['Copying the news is allowed only with an active hyperlink to Harbour.az', 'copyright line'],
			[
				'The Harbour Post is a non-profit newsroom. Republish our articles for free under a Creative Commons licence.',
				'publisher line'
			],
			['Lev Darvin is a senior research fellow. The opinions expressed are the author’s own.', 'disclaimer'],
			[
				'This story has been corrected to show that the convoy stopped near Lindmoor, not near Portvale.',
				'editor’s note'
			],
			['This feature was produced with the support of a regional reporting grant.', 'editor’s note'],
			['The Harbour Institute | 12 Quay Street NW, Suite 4, Portvale 20005', 'publisher line']
		] as [string, string][])
			expect(why(line), line).toBe(reason);
	});

	it('reads a page’s chrome: a section menu of three, a site’s rubric and time, buttons, a live page’s label, a caption’s credit', () => {
		for (const [line, reason] of [
			['Society & Culture | Military & Defense | World', 'navigation'],
			['24.am | Society | 20.07.2023 | 12:44', 'time stamp'],
			['Playlist', 'page chrome'],
			['(Photo)(Video)', 'page chrome'],
			['What we covered here', 'section label'],
			['Soldiers load a truck outside Lindmoor on Friday. PHOTO: VERA LIND/HARBOUR', 'photo caption'],
			['Soldiers at the gate of the Dornick monastery, on May 2. Photo Harbour', 'photo caption']
		] as [string, string][])
			expect(why(line), line).toBe(reason);
		expect(why('Lindmoor | Portvale | 2023')).not.toBe('navigation');
	});

	it('reads bylines: writers with trades and beats, a story credited to an outlet, an agency’s editor tag, notes with marks', () => {
		for (const [line, reason] of [
			['By Vera Lind, Senior Analyst, South Caucasus, and Lev Darvin, Analyst, Black Sea', 'byline'],
			['Story by Harbour', 'byline'],
			['[Editor: harbour]', 'byline'],
			['Notes: [1] Harbour Post, April 17, 2024. [2] Lindmoor Centre, survey, April 24, 2024.', 'footnote']
		] as [string, string][])
			expect(why(line), line).toBe(reason);
	});

	it('gives a page’s headline quote under the page’s own stamp no speaker from the story below', () => {
		const said = speakersOn(
			'2023-02-23',
			'24.am | Society | 23.02.2023 | 12:40',
			'“There is bread, there is no fuel”: the villages of Lindmoor in the cold',
			'In Lindmoor, the head of the village, Lev Darvin, keeps a list. “We cut wood behind the school, and we bake at home,” he told 24.am.'
		);
		expect(said).toEqual([
			['There is bread, there is no fuel', null],
			['We cut wood behind the school, and we bake at home,', 'Lev Darvin']
		]);
	});
});
