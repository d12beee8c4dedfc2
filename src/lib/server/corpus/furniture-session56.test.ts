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

	it('reads the printed headline of a page saved under its original language’s title, or with buttons under it', () => {
		const story =
			'The kitchen is a green trailer with a chimney, parked behind sandbags at the edge of the village, and the soldiers eat in two shifts.';
		const french = laidOut(
			['International > Europe', 'In Kelvarn, the soldiers’ soup', story].join('\n'),
			'À Kelvarn, la soupe des soldats'
		);
		expect(french[1]![2]).toBe(true);
		const azerbaijani = laidOut(
			[
				'Portvale » Society » 12 December 2022 14:07',
				'Activists begin a protest near the town: talks under way',
				story
			].join('\n'),
			'Şəhər yaxınlığında fəallar aksiyaya başlayıb'
		);
		expect(azerbaijani[1]![2]).toBe(true);
		const buttons = laidOut(
			[
				'Thursday November 12 2020, 5.00pm, The Harbour',
				'Armour rolls into Kelvarn as families leave',
				'Share',
				'Save',
				story
			].join('\n'),
			'Troops roll into Kelvarn as families flee | World | The Harbour'
		);
		expect(buttons[1]![2]).toBe(true);
	});

	it('reads a page’s tool buttons, a reading time, a transcript’s credit, a links disclaimer and an author’s line with an initial', () => {
		expect(why('Resize')).toBe('page chrome');
		expect(why('Listen 6 min')).toBe('page chrome');
		expect(why('Updated through the day')).toBe('page chrome');
		expect(why('Time to 4 min.')).toBe('page chrome');
		expect(why('Transcript provided by Harbour Radio, Copyright Harbour Radio.')).toBe('copyright line');
		expect(why('The Portvale Herald is not responsible for content in external links.')).toBe('disclaimer');
		expect(why('Lev D. Darvin is a commentator and the author of several books on Caucasian affairs.')).toBe(
			'author’s note'
		);
	});

	it('reads the printed headline over a live page’s update note or a lead photo’s caption', () => {
		const story =
			'YEREVAN, November 25. The handover of the district was completed on Wednesday under the control of the peacekeepers, the ministry said.';
		const live = laidOut(
			[
				'HARBOUR News Agency',
				'Home / Politics',
				'25.11.2020 18:40',
				'Kelvarn handover completed under peacekeepers’ watch – ticker',
				'Updated through the day',
				story
			].join('\n'),
			'HARBOUR News Agency - Peacekeepers: Kelvarn handed over, new posts set up'
		);
		expect(live[3]![2]).toBe(true);
		const photo = laidOut(
			[
				'Portvale » Politics',
				'Joint monitoring centre opens in the Kelvarn district',
				'Photo gallery: the opening ceremony',
				story
			].join('\n'),
			'В Кельварнском районе начал работу мониторинговый центр'
		);
		expect(photo[1]![2]).toBe(true);
	});

	it('reads a three-word printed headline under a title in another language, and one over a live page’s stamp and note', () => {
		const story =
			'The first units have begun to withdraw from the region, the ministry said on Wednesday, and the posts in the mountains are closing first.';
		const short = laidOut(['Peacekeepers leave Kelvarn', story].join('\n'), 'Миротворцы покидают Кельварн');
		expect(short[0]![2]).toBe(true);
		const live = laidOut(
			[
				'Velsk launches offensive against Kelvarn: live updates',
				'Harbour | 19.09.2023 | Updated 23:40',
				'This page is updated continuously. Times are local time.',
				'13:05',
				story
			].join('\n'),
			'Վելսկը հարձակում է սկսել Կելվառնի դեմ | Harbour'
		);
		expect(live[0]![2]).toBe(true);
	});

	it('reads a saved page’s printed headline that shares no word with its title when the story runs right under it', () => {
		const layout = laidOut(
			[
				'Sign in | Subscribe',
				'World | Europe',
				'Lind’s soldiers take the long road to Kelvarn',
				'Transport planes from the north are landing around the clock as the capital stakes out a new garrison in the hills.',
				'The first of the transports lifted off shortly after midnight on Tuesday, and by Friday evening more than forty had landed.'
			].join('\n'),
			'Troops fly in to police the truce | World | The Harbour'
		);
		expect(layout[2]![2]).toBe(true);
	});
});
