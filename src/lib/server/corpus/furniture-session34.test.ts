// Session 34: lines a blind set (holdout52) and older sets showed (pages saved as editors keep them, read
// through the search tool's stored pages, not copied): a line of the page's particulars set together, a
// print page's address, a UN agency's note over its briefing, a foreign-agent label, "read also" in the
// site's language over an English headline, and the headline found under those lines. Lines written for the test.
import { describe, expect, it } from 'vitest';
import { why } from './__fixtures__/furniture-run';
import { paragraphs } from './extract';

const laid = (body: string, title = 'T') =>
	paragraphs(body, title).map((p) => [body.slice(p.start, p.end), p.furniture ?? false, p.headline ?? false]);

describe('furniture: session 34', () => {
	it('reads a line of the page’s particulars set together', () => {
		expect(why('09:12, 14.05.2022')).toBe('time stamp');
		expect(why('11.03.2023 - 09:40 | Güncelleme: 11.03.2023 - 10:02')).toBe('time stamp');
		expect(why('03.02.2022, 08:15 (updated: 03.02.2022, 09:30)')).toBe('time stamp');
		expect(why('👁 3 210 | ⏱ 4 min')).toBe('view count');
		expect(why('Okuma süresi: 2 dk | 👁 4.512')).toBe('view count');
		expect(why('⏱ 6 dəq. oxu | 👁 1 045')).toBe('view count');
		expect(why('Время чтения: 4 мин.')).toBe('page chrome');
		expect(why('Print | AMP')).toBe('page chrome');
		// A date alone keeps its own rule's name; years and a day's range are no particulars.
		expect(why('14 May 2022')).toBe('date line');
		expect(why('1994 / 2020')).toBe('headline or caption');
		expect(why('At 09:12 on 14.05.2022 the convoy left Goris.')).toBeNull();
	});

	it('knows a print page’s address, an app’s and a sponsor’s lines, and editors’ notes', () => {
		expect(why('Printed from https://news.example.org')).toBe('page chrome');
		expect(why('Download the Daily Ledger app for your phone.')).toBe('share or subscribe line');
		expect(why('Sponsor Message')).toBe('page chrome');
		expect(why('More Reading')).toBe('“read more” link');
		expect(why('Edited by Tom Avery.')).toBe('byline');
		expect(
			why(
				'This is a summary of what was said by the agency’s spokesperson at today’s press briefing in Geneva.'
			)
		).toBe('editor’s note');
		expect(why('Harbour Watch is registered as a foreign agent in Russia.')).toBe('disclaimer');
		expect(
			why('Harbour Watch said it was registered as a foreign agent in Russia in 2021, and appealed.')
		).toBeNull();
	});

	it('takes "read also" in the site’s language over an English headline as a link', () => {
		expect(why('Կարդացեք նաև՝ Goris: buses wait at the square')).toBe('“read more” link');
		expect(why('Həmçinin oxuyun: Convoy reaches the bridge')).toBe('“read more” link');
		expect(why('İlginizi çekebilir: Barış gücü üssünü boşalttı')).toBe('“read more” link');
	});

	it('finds the headline under the page’s counters, its print button or a lone dateline', () => {
		const rows = laid(
			[
				'DAILY LEDGER',
				'Главная | Новости | Кавказ',
				'12 марта 2023, 10:20',
				'👁 2 310 | ⏱ 3 мин.',
				'Версия для печати',
				'What next for the peacekeepers in the valley? Explained',
				'',
				'Three weeks after the road closed, about 2,000 soldiers remain in the valley, the ministry said on Sunday in its daily bulletin.'
			].join('\n'),
			'Что будет с миротворцами'
		);
		expect(rows[5]).toEqual(['What next for the peacekeepers in the valley? Explained', false, true]);
		const print = laid(
			[
				'Written by Ana Lee',
				'29 September 2023',
				'GORIS, Armenia',
				'Printed from https://news.example.org',
				'The long queue at the bridge',
				'',
				'The line of cars began at the bridge and wound back up the mountain for kilometres, the drivers said.'
			].join('\n\n'),
			'“We left the keys”: on the road to Goris'
		);
		expect(print[4]).toEqual(['The long queue at the bridge', false, true]);
	});

	it('keeps a headline alone when a saved page sets its chrome above it with no blank line', () => {
		const rows = laid(
			[
				'Politics  Society  Army  Economy  Sport',
				'14.11.2020 | 12:31',
				'(updated: 15:07 14.11.2020)',
				'© Daily Ledger / Ministry of Defence of the Republic of Lindmoor',
				'Soldiers take up positions along the valley road',
				'',
				'MOSCOW, 14 Nov. Units of the contingent have moved into the valley, the ministry said on Saturday in a statement.'
			].join('\n'),
			'Soldiers take up positions along the valley road'
		);
		expect(rows.map((r) => r[0])).toContain('Soldiers take up positions along the valley road');
	});

	it('reads a wire’s city and time, a link to the other language, and a related label the rules leave', () => {
		expect(why('ISTANBUL Jun 15, 2023 - 4:26 pm GMT+3')).toBe('time stamp');
		expect(why('Since 12 October 2023')).toBe('headline or caption');
		expect(why('Lire en français')).toBe('page chrome');
		const rows = laid(
			[
				'The convoy reached the bridge on Friday and unloaded in the square, the drivers said.',
				'',
				'Oxşar xəbərlər:',
				'Soldiers at the bridge: what is their status?',
				'Leaders to meet in Brussels'
			].join('\n')
		);
		expect(rows.slice(1).map((r) => r[1])).toEqual([true, true, true]);
	});

	it('finds the headline over a caption and a byline in the site’s language, or over its standfirst and date', () => {
		const rows = laid(
			[
				'30 января 2021, 15:12',
				'Lindmoor and Ostvik watch the truce from one room',
				'Антон Лавров',
				'Фото: ТАСС',
				'A joint centre for watching the ceasefire opened on Saturday in a field near the village, the ministry said in a statement.'
			].join('\n\n'),
			'Officers open ceasefire monitoring centre'
		);
		expect(rows[1]).toEqual(['Lindmoor and Ostvik watch the truce from one room', false, true]);
		const dek = laid(
			[
				'News | Conflict',
				'Soldiers leave valley monastery as pullout gets under way',
				'The spokesman confirms the pullout of the contingent sent in 2020, a year before its mandate ends.',
				'Published On 17 Apr 2024',
				'The contingent has begun to leave the valley, the spokesman told reporters on Wednesday when asked about the reports.'
			].join('\n\n'),
			'Pullout begins, spokesman confirms'
		);
		expect(dek[1]).toEqual(['Soldiers leave valley monastery as pullout gets under way', false, true]);
	});
});
