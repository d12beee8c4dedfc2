// Session 33: lines a probe of real pages and a blind set showed (read through the search tool's stored
// pages, not copied): dates and times in other forms and languages, chrome in the site's own script,
// wire and live-page notes. Lines written for the test.
import { describe, expect, it } from 'vitest';
import { why } from './__fixtures__/furniture-run';
import { paragraphs } from './extract';

const texts = (body: string, title = 'T') =>
	paragraphs(body, title).map((p) => [body.slice(p.start, p.end), p.furniture ?? false]);

describe('furniture: session 33', () => {
	it('knows a page’s date and time in other forms', () => {
		expect(why('3 ноября 2022, 09:15')).toBe('time stamp');
		expect(why('March 4 2022 08:30:00')).toBe('time stamp');
		expect(why('June 12, 2024 at 9:05 AM GMT+4')).toBe('time stamp');
		expect(why('Yerevan, Armenia, May 2, 17:45')).toBe('time stamp');
		expect(why('12 aprel 2024')).toBe('date line');
		expect(why('On May 2 the convoy left at 17:45 for the border.')).toBeNull();
	});

	it('takes a line in the site’s own script, with no English word, as the site’s', () => {
		expect(why('ახალი ამბები საქართველოდან')).toBe('in the site’s own language');
		expect(why('Լուրեր Արցախից')).toBe('in the site’s own language');
		expect(why('Автор: Пётр Сидоров')).toBe('byline');
		expect(why('Müəllif: Səbinə Əliyeva')).toBe('byline');
		// A line with an English word in it is read as English.
		expect(why('The sign read «Добро пожаловать» in Russian and Armenian.')).toBeNull();
	});

	it('knows wire and live-page notes', () => {
		expect(why('Correction: A previous version of this story gave the wrong date of the handover.')).toBe(
			'editor’s note'
		);
		expect(why('— With additional assistance from Anna Melkonyan')).toBe('wire credits');
		expect(why('ENDS')).toBe('wire sign-off');
		expect(why('We’re pausing our live coverage for now. Thank you for following.')).toBe('editor’s note');
		expect(why('Read a recap of Monday’s events here')).toBe('“read more” link');
		expect(why('Live')).toBe('page chrome');
		expect(why('Soldiers load a truck at the base near Khojaly (file photo).')).toBe('photo caption');
		expect(why('Officers salute at the ceremony. DHA Photo')).toBe('photo caption');
		expect(why('Harbour Post is a non-partisan information portal on the Caucasus.')).toBe('publisher line');
	});

	it('keeps the headline under a date and time in another language as the story’s own', () => {
		const body = [
			'Новости | Политика',
			'5 октября 2023, 18:20',
			'Peacekeepers leave a post near Martuni',
			'The contingent’s vehicles left the hill above the town on Thursday morning, residents of a nearby village said.'
		].join('\n');
		expect(texts(body)).toEqual([
			['Новости | Политика', true],
			['5 октября 2023, 18:20', true],
			['Peacekeepers leave a post near Martuni', false],
			[
				'The contingent’s vehicles left the hill above the town on Thursday morning, residents of a nearby village said.',
				false
			]
		]);
	});

	it('keeps a headline under a view count, or in title case under a share row, as the story’s own', () => {
		const counted = [
			'12 марта 2022, 10:05',
			'Просмотры: 4 210',
			'Peacekeepers open a second post near Lachin',
			'The post stands on the road above the town, the contingent’s press office said in a short statement on Saturday.'
		].join('\n');
		expect(texts(counted).map(([, f]) => f)).toEqual([true, true, false, false]);
		const titled = [
			'June 12, 2024 at 9:05 AM GMT+4',
			'Share this | Save',
			'Last Russian Column Leaves Karabakh After Three and a Half Years',
			'The final convoy of the peacekeeping contingent crossed into Russia on Wednesday, the defence ministry said.'
		].join('\n');
		expect(texts(titled).map(([, f]) => f)).toEqual([true, true, false, false]);
		// A list of tags in title case stays a tag bar.
		expect(why('Armenia Azerbaijan Russia Peacekeepers Karabakh')).toBe('tag bar');
	});
});
