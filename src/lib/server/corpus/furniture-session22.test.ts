// Page furniture the blind sets of session 22 showed, on lines written for the test: a wire's slugs and
// the desk a page took its story from; a caption's credit after its last sentence (a photographer and an
// outlet with a slash, a handout "via" an agency); a date with a middle dot before the time, a labelled
// publication time, a byline with the author's trade; players, share boxes, live pages' and paywalls'
// notices; source lines, photo labels and copyright notices in the languages saved pages come in.
import { describe, expect, it } from 'vitest';
import { why } from './__fixtures__/furniture-run';

describe('furniture: session 22', () => {
	it('skips a wire’s slugs and the desks a page credits', () => {
		expect(why('URGENT')).toBe('wire credits');
		expect(why('-- More to follow')).toBe('wire credits');
		expect(why('UPDATE 2 - adds minister’s comment, details')).toBe('wire credits');
		expect(why('(Harbour TV with AFP and Reuters)')).toBe('wire credits');
		// A sentence about an urgent matter, or what is to follow, is reporting.
		expect(why('More talks are to follow next week, the ministry said.')).toBeNull();
	});

	it('skips a caption whose credit follows its last sentence', () => {
		expect(why('Fishermen wait at the pier in Portvale on Thursday. Jane Doe/Harbour Times')).toBe(
			'photo caption'
		);
		expect(why('A ferry leaves Portvale, 1 October 2023. Harbour Ministry Press Office via AP')).toBe(
			'photo caption'
		);
		expect(why('The ferry left on Thursday. The talks went on via Reuters.')).toBeNull();
	});

	it('skips a date and time with a middle dot, a labelled publication time, a byline with a trade', () => {
		expect(why('August 10, 2023 · 5:04 AM ET')).toBe('time stamp');
		expect(why('0915 GMT')).toBe('time stamp');
		// A live page's entry with its day before the time is reporting, however short.
		expect(why('19 September, 23:50 — Harbour master: ferries told minutes before')).toBeNull();
		expect(why('Giriş Tarihi: 30.01.2021 13:45 | Son Güncelleme: 30.01.2021 15:02')).toBe('time stamp');
		expect(why('Опубликовано: 12.06.2024 18:05')).toBe('time stamp');
		expect(why('By Lena Marsh, military columnist')).toBe('byline');
		expect(why('5 MINUTES READ')).toBe('page chrome');
		expect(why('2843 views')).toBe('view count');
	});

	it('skips players, share boxes, live and paywall notices, a radio show’s line', () => {
		for (const line of [
			'Video PlayerClose',
			'Get short URL',
			'Paid Links',
			'You can share this story on social media:',
			'Follow this page for live updates. Refresh for the latest.',
			'Heard on Morning Edition',
			'Cet article est réservé aux abonnés. Il vous reste 85% à découvrir.',
			'A Message from The Harbour Times:'
		])
			expect(why(line), line).toBe('page chrome');
		// (A French page's stamp is its time stamp since session 43: the headline over it is found by it.)
		expect(why('Publié le 12/06/2024 à 18:05, mis à jour le 12/06/2024 à 19:40')).toBe('time stamp');
	});

	it('skips source lines, photo labels and copyright notices in other languages', () => {
		expect(why('Kaynak: AA')).toBe('source line');
		expect(why('Источник: ТАСС')).toBe('source line');
		expect(why('Bakan, merkezin açılış töreninde. (Fotoğraf: MSB)')).toBe('photo caption');
		expect(why('Le Portvale, 2024. Tous droits réservés.')).toBe('copyright line');
		expect(why('© 2024 Портвейл. Все права защищены.')).toBe('copyright line');
	});
});
