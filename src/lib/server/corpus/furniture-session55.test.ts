// Session 55: lines a blind set showed read the wrong way. Lines written for the test.
import { describe, expect, it } from 'vitest';
import { laidOut, why } from './__fixtures__/furniture-run';

describe('furniture: session 55', () => {
	it('reads a page’s section and date with its time in square brackets, a long section name or an update in brackets as its time stamp', () => {
		expect(why('Society | 25.04.2023 [15:02]')).toBe('time stamp');
		expect(why('HARBOURNEWS | In the world | 09.03.2023 14:12 (updated: 14:40)')).toBe('time stamp');
		// A table's row with no time stays content.
		expect(why('Lindmoor | Portvale | Upper Kelvarn | 3 October')).not.toBe('time stamp');
	});

	it('reads a date line with its time zone, its update and its city in capitals after a dash as its time stamp', () => {
		expect(why('June 12, 2024 09:48 pm | Updated 10:05 pm IST - NEW DELHI')).toBe('time stamp');
	});

	it('reads a funder’s note, a note on the editions’ languages, a changed headline and a withheld name as the editor’s, a dated correction as a disclaimer', () => {
		expect(
			why(
				'This article was written with support from the Harbour Foundation. Its contents are the sole responsibility of Lindmoor Media.'
			)
		).toBe('editor’s note');
		expect(why('Harbour Group’s commentaries are available in English and Russian.')).toBe('editor’s note');
		expect(
			why(
				'Correction, October 27: An earlier version of this article gave the runway’s length as 3.5 kilometres. It is 3 kilometres.'
			)
		).toBe('disclaimer');
		expect(
			why(
				'This article’s headline was changed after publication. It first appeared as “Lindmoor ends its role”.'
			)
		).toBe('editor’s note');
		expect(why('The interviewee asked that his surname not be published. The editors know it.')).toBe(
			'editor’s note'
		);
		// A sentence about languages is no note.
		expect(
			why('In Lindmoor, road signs are now available in English and Russian, the mayor said.')
		).toBeNull();
	});

	it('reads a caption closed on its credit in capitals as a caption', () => {
		expect(why('Soldiers load equipment onto trucks near Lindmoor in October CREDIT: Harbour Agency')).toBe(
			'photo caption'
		);
	});

	it('reads a live page’s entry stamp with its time zone, its date and its city as a time stamp, and a date with a city alone as a date line', () => {
		expect(why('2:10 a.m. ET, September 20, 2023 | Lindmoor')).toBe('time stamp');
		expect(why('12 March 2023 | Lindmoor')).not.toBe('time stamp');
	});

	it('joins a hard-wrapped paragraph whose lines open on capitals when a quote runs on or a line ends on "In"', () => {
		const lines = laidOut(
			[
				'(HARBOUR) - LINDMOOR, SEP 30 - More than 100,000 people have now left',
				'the region for Dornia, almost the entire population of the region,',
				'officials said on Saturday, as Velsk announced a second aid flight.',
				'',
				'"As of 16:00, 100,417 forcibly displaced persons have entered',
				'Dornia," Vera Lind, spokeswoman for Prime Minister Karo',
				'Dornick, told reporters in Portvale.',
				'',
				"The bishops' conference appealed for prayers and donations. In",
				'Kelvarn, the community on the island of San',
				'Marco degli Armeni opened a collection.'
			].join('\n'),
			'Aid flight'
		);
		expect(lines.map(([t]) => String(t).split('\n').length)).toEqual([3, 3, 3]);
	});

	it('reads a reporter’s credit with the paper’s title and a note on the agencies’ share as the credits', () => {
		expect(why('Times staff writer Vera Lind reported from Portvale.')).toBe('byline');
		expect(
			why(
				'Vera Lind reported from Portvale. Some information for this report came from Harbour Press and AFP.'
			)
		).toBe('byline');
		expect(why('Some material in this story came from Harbour Press.')).toBe('byline');
	});

	it('reads the printed headline of a page saved under another title as the story’s, under the page’s furniture', () => {
		const lines = laidOut(
			[
				'The Harbour Times',
				'World | Europe',
				'Dornian armoured column reaches Lindmoor as truce holds',
				'First peacekeepers take up posts on the only road linking the valley to Dornia',
				'The first Dornian peacekeepers drove into Lindmoor yesterday, their vehicles still caked in mud from the pass.'
			].join('\n'),
			'Dornian troops roll into the valley as residents count their losses | World | The Harbour Times'
		);
		expect(lines.map(([t, w, h]) => [String(t).slice(0, 20), w, h])).toEqual([
			['The Harbour Times', expect.any(String), false],
			['World | Europe', expect.any(String), false],
			['Dornian armoured col', null, true],
			['First peacekeepers t', null, false],
			['The first Dornian pe', null, false]
		]);
	});

	it('takes no cookie line or section path for the printed headline', () => {
		const lines = laidOut(
			[
				'World / Russia & Central Asia',
				'Bu sitede çerezler kullanılmaktadır. Kabul et',
				'The convoy left Lindmoor at dawn on Monday, escorted by two armoured cars.'
			].join('\n'),
			'Convoy leaves Lindmoor | Harbour News'
		);
		expect(lines.filter(([, , h]) => h)).toEqual([]);
	});

	it('reads a player’s notices and a journal’s issue line as the page’s', () => {
		expect(why('Listen to article · 6 min')).toBe('page chrome');
		expect(why('Please use Chrome browser for a more accessible video player')).toBe('page chrome');
		expect(why('Publication: Harbour Review Volume: 21 Issue: 64')).toBe('masthead');
	});
});
