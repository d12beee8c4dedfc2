// Session 54: lines a blind set showed read the wrong way. Lines written for the test.
import { describe, expect, it } from 'vitest';
import { laidOut, why } from './__fixtures__/furniture-run';

describe('furniture: session 54', () => {
	it('reads a page’s section and name before its date and time as its time stamp, but not a table’s row', () => {
		expect(why('Politics | 19.11.2020 | 14:37')).toBe('time stamp');
		expect(why('HARBOURNEWS | World | 12 June 2024, 17:25')).toBe('time stamp');
		// Two words are a reporter's name; a row with no time is a table's.
		expect(why('Vera Lind | 30.01.2021')).toBe('byline');
		expect(why('Lindmoor | Portvale | 3 October')).not.toBe('time stamp');
	});

	it('frees a hard-wrapped page’s first paragraph from the time stamp printed over it', () => {
		const lines = laidOut(
			[
				'HARBOURNEWS | World | 12 June 2024, 17:25',
				'Last Dornian troops leave Lindmoor, ministry says',
				'',
				'According to the ministry, the final column of 64 vehicles, including',
				'18 armoured personnel carriers, crossed the border at Portvale on',
				'Wednesday morning and was met by the regional governor.'
			].join('\n'),
			'Last Dornian troops leave Lindmoor, ministry says'
		);
		expect(lines.map(([text, reason]) => [String(text).slice(0, 12), reason])).toEqual([
			['HARBOURNEWS ', 'time stamp'],
			['Last Dornian', null],
			['According to', null]
		]);
	});

	it('reads a box of ways to give and a list of more to read as chrome', () => {
		expect(
			why(
				'How to help: The Red Cross appeal for Lindmoor is 62 per cent funded. Donations: redcross.example/give'
			)
		).toBe('page chrome');
		expect(
			why('HOW TO HELP: the Lindmoor Fund and the Portvale Relief Society are accepting donations.')
		).toBe('page chrome');
		expect(why('Donate: the diocese is collecting funds for families displaced from Lindmoor')).toBe(
			'page chrome'
		);
		expect(why('More to Read: Portvale rally draws thousands | Lindmoor’s families arrive in Kelvarn')).toBe(
			'“read more” link'
		);
		// A sentence that asks how to help stays the story's.
		expect(why('How to help the families who arrived in Portvale is now the mayor’s only question.')).toBe(
			null
		);
	});

	it('finds a translated page’s headline under its site, section and time and its translator’s note', () => {
		const lines = laidOut(
			[
				'Harbour.ru | Former USSR | 26 April 2024, 10:14',
				'Translated from Russian',
				'Peacekeepers’ columns leave Lindmoor through Portvale',
				'The first columns of the peacekeepers withdrawn from Lindmoor have crossed the border at Portvale, the regional governor said on Friday.'
			].join('\n'),
			'Колонны миротворцев уходят из Линдмура'
		);
		expect(lines.map(([text, reason]) => [String(text).slice(0, 12), reason])).toEqual([
			['Harbour.ru |', 'time stamp'],
			['Translated f', 'editor’s note'],
			['Peacekeepers', null],
			['The first co', null]
		]);
	});

	it('takes a headline closed on its genre ("… The main points") as the page’s headline', () => {
		const lines = laidOut(
			[
				'Harbour | Politics | 21 Sep 2023, 12:47',
				'Translated from Russian',
				'Peacekeepers killed in Lindmoor. The main points',
				'Six servicemen, including the deputy commander of the contingent, were killed near Portvale on Wednesday, the ministry said.'
			].join('\n'),
			'В Линдмуре погибли миротворцы. Главное'
		);
		expect(lines.map(([text, reason]) => [String(text).slice(0, 12), reason])).toEqual([
			['Harbour | Po', 'time stamp'],
			['Translated f', 'editor’s note'],
			['Peacekeepers', null],
			['Six servicem', null]
		]);
	});

	it('reads "Other news:" and an outlet’s "full coverage:" as links, a coverage plug and an ad-blocker plea as chrome', () => {
		expect(why('Other news: Deputy minister holds meeting in Lindmoor with residents')).toBe(
			'“read more” link'
		);
		expect(why('Harbour’s full coverage: "Lindmoor after the conflict"')).toBe('“read more” link');
		expect(why('For ongoing coverage of Lindmoor and Dornia, follow Harbour Media on Twitter.')).toBe(
			'share or subscribe line'
		);
		expect(
			why(
				'We urge you to turn off your ad blocker for The Harbour website so that you can continue to access our content.'
			)
		).toBe('share or subscribe line');
		// A sentence about other news stays the story's.
		expect(why('Other news from the front was worse: two villages had emptied overnight.')).toBe(null);
	});

	it('reads credits, a contributor’s byline, an interview’s note after the guest’s line and a plea to donate', () => {
		expect(why('Harbour’s Vera Lind in London and Lev Darvin in Istanbul contributed reporting.')).toBe(
			'byline'
		);
		expect(why('By Karo Dornick, Special to the Harbour-Spectator')).toBe('byline');
		expect(
			why(
				'Vera Lind is a sociologist based in Portvale. This interview has been edited and condensed for clarity.'
			)
		).toBe('editor’s note');
		expect(why('To donate to the Lindmoor Fund’s relief campaign, visit the Fund’s website.')).toBe(
			'page chrome'
		);
		expect(why('Lindmoor: the reproduction of materials is allowed only with reference to the agency.')).toBe(
			'copyright line'
		);
	});

	it('reads the author’s post with "the" at the foot ("X is the Harbour-Spectator’s senior columnist.") as the author’s note', () => {
		expect(why('Karo Y. Dornick is the Harbour-Spectator’s senior columnist.')).toBe('author’s note');
		expect(why('Vera Lind is the Portvale bureau chief. Lev Darvin reported from Kelvarn.')).toBe(
			'author’s note'
		);
		// A person described in the story is no author's note.
		expect(why('Lev Darvin is the ministry’s chief negotiator.')).toBe(null);
	});

	it('reads a wire’s live stamps between plus signs as time stamps, so each entry’s heading is the story’s', () => {
		const lines = laidOut(
			[
				'LIVE: Dornia launches military operation in Lindmoor',
				'+++ 15:55 +++',
				'Peacekeepers killed near Portvale',
				'Several servicemen were killed when their vehicle came under fire near the village of Portvale, the ministry said.',
				'+++ 19 September, 22:00 +++',
				'Kelvarn calls for an end to fighting',
				'The foreign minister of Kelvarn urged Dornia to stop the offensive at once, her office said in a statement.'
			].join('\n'),
			'LIVE: Dornia launches military operation in Lindmoor'
		);
		expect(lines.map(([text, reason]) => [String(text).slice(0, 12), reason])).toEqual([
			['LIVE: Dornia', null],
			['+++ 15:55 ++', 'time stamp'],
			['Peacekeepers', null],
			['Several serv', null],
			['+++ 19 Septe', 'time stamp'],
			['Kelvarn call', null],
			['The foreign ', null]
		]);
	});

	it('reads a republishing licence, a messenger channel’s plug and a box still loading as furniture', () => {
		expect(why('This article is republished from The Harbour under a Creative Commons license.')).toBe(
			'copyright line'
		);
		expect(why('Harbour.Ru in Telegram: subscribe')).toBe('share or subscribe line');
		expect(why('Loading...')).toBe('page chrome');
	});

	it('reads an amendment note, a photographer’s byline, a closed discussion and a readers’ appeal as furniture', () => {
		expect(
			why('This article was amended on 2 October 2023 to correct the number of actors in the troupe.')
		).toBe('editor’s note');
		expect(why('Text and photos by Vera Lindova')).toBe('byline');
		expect(why('Discussion closed. Read our comment rules.')).toBe('page chrome');
		expect(why('Harbour’s investigative reporting is supported by readers. Donate here.')).toBe(
			'page chrome'
		);
	});

	it('reads an opinion’s byline with its disclaimer as the disclaimer', () => {
		expect(why('Opinion by Vera Lind. Views expressed are the author’s own.')).toBe('disclaimer');
	});
});
