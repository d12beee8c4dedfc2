// Page furniture and headlines the tuned sets showed (session 20), on lines written for the test: a
// live blog's entry times with AM/PM and an offset ("6:40 PM GMT+4") and the entry's heading under
// one, which is content; a reporter's name and the day after a bar; a wire page's date in capitals
// with a slash and "UPDATED 3 HOURS AGO"; "Details added: first version posted on …"; "See earlier
// reports: …" and "All news on the topic …"; an outlet describing itself; "Here's the latest:"; a dek
// in the headline's style under the byline; a reworded headline wrapped over two lines; a saved page's
// chrome in Russian, Turkish and French; captions dated day first or credited in brackets.
import { describe, expect, it } from 'vitest';
import { kept, why } from './__fixtures__/furniture-run';

describe('furniture: time stamps, bylines, link lists, the outlet’s own lines', () => {
	it('skips a live blog’s entry time with AM/PM and an offset', () => {
		expect(why('6:40 PM GMT+4')).toBe('time stamp');
		expect(why('11:05 am UTC+1')).toBe('time stamp');
	});

	it('skips a wire page’s date in capitals with its update, and an agency’s added-details note', () => {
		expect(why('MARCH 3, 2021 / 9:15 AM / UPDATED 2 HOURS AGO')).toBe('time stamp');
		expect(why('Details added: first version posted on 09:40')).toBe('time stamp');
	});

	it('skips a reporter’s name and the day after a bar', () => {
		expect(why('Aram Petrosyan | 03.02.2021')).toBe('byline');
	});

	it('skips lists of earlier reports and topic pages', () => {
		expect(why('See earlier reports: "Ferry returns", "Harbour reopens"')).toBe('“read more” link');
		expect(why('See the "Lindmoor Herald" chronicle "Strike at the harbour"')).toBe('“read more” link');
		expect(why('All news on the topic "Strike at the harbour"')).toBe('“read more” link');
	});

	it('skips an outlet describing itself and a live blog’s label', () => {
		expect(
			why('Harbourline is an independent news organization that covers the coast and its islands.')
		).toBe('publisher line');
		expect(why('Here’s the latest:')).toBe('section label');
	});

	it('skips a saved page’s chrome in the languages it comes in', () => {
		expect(why('12:05 03.02.2021 (updated: 14:10 03.02.2021)')).toBe('time stamp');
		expect(why('3 марта 2021, 12:05 | Просмотров: 1 204')).toBe('view count');
		expect(why('Главная · Новости · Общество · Мир')).toBe('navigation');
		expect(why('İlgili Haberler')).toBe('page chrome');
		expect(why('İLGİNİZİ ÇEKEBİLİR')).toBe('page chrome');
		expect(why('Bu haber Liman Haber tarafından hazırlanmıştır. Tüm hakları saklıdır.')).toBe(
			'copyright line'
		);
		expect(why('Par Claire Martin (Portvale, envoyée spéciale)')).toBe('byline');
		expect(why('By Harbour Radio’s Coastal Service')).toBe('byline');
		expect(why('WORLD / CIS / SOUTH COAST')).toBe('section label');
		expect(why('Follow the day’s events as they happened. All times are Paris time (GMT+2).')).toBe(
			'editor’s note'
		);
	});

	it('skips captions dated day first, credited "(photo Name)", "(Name/Outlet)" or "(AA)"', () => {
		expect(why('Ferries at the pier near Lindmoor, 11 November 2020')).toBe('photo caption');
		expect(why('The coast road, closed since May 3 (photo Anna Petrosyan)')).toBe('photo caption');
		expect(why('A ferry leaves the harbour at dawn. (Anna Petrosyan/Harbour Radio)')).toBe('photo caption');
		expect(why('Limandaki törenden bir kare (AA)')).toBe('photo caption');
	});

	it('keeps reporting that opens like those lines', () => {
		expect(why('More than two thousand people left the town on Monday.')).toBeNull();
		expect(why('The mayor (AA) said the port would reopen.')).toBeNull();
		expect(why('See the report the ministry published on Monday for the figures.')).toBeNull();
		expect(why('The harbour is an independent port authority, the mayor said.')).toBeNull();
	});
});

describe('headlines a page sets apart: content, not captions', () => {
	it('keeps a live blog entry’s heading between its time and its text', () => {
		expect(
			kept(
				'Live updates | Storm hits Lindmoor\n\n6:40 PM GMT+4\nFerries stay in Portvale\n\nThe harbour master said no ferry would leave before noon.\n\n5:15 PM GMT+4\nRoad to Lindmoor closed\n\nPolice closed the coast road after a landslide.',
				'Live updates | Storm hits Lindmoor'
			)
		).toEqual([
			'Live updates | Storm hits Lindmoor',
			'Ferries stay in Portvale',
			'The harbour master said no ferry would leave before noon.',
			'Road to Lindmoor closed',
			'Police closed the coast road after a landslide.'
		]);
	});

	it('keeps a dek in the headline’s style under the byline', () => {
		expect(
			kept(
				'Harbour office opens in Lindmoor\nAram Petrosyan | 03.02.2021\nOffice in Lindmoor to check ferries between Portvale, Eastholm\nLINDMOOR\n\nThe harbour office opened on Wednesday.',
				'Harbour office opens in Lindmoor'
			)
		).toContain('Office in Lindmoor to check ferries between Portvale, Eastholm');
	});

	it('keeps a reworded headline wrapped over two lines', () => {
		expect(
			kept(
				'WORLD NEWS\nLindmoor sends ferries to Portvale as Eastholm reels from\nthe storm\nBy Aram Petrosyan\n\nLINDMOOR (Wire) - Ferries left the harbour on Tuesday, hours after the storm.',
				'Lindmoor ferries sail to Portvale as Eastholm reels from the storm'
			)
		).toEqual([
			'Lindmoor sends ferries to Portvale as Eastholm reels from',
			'the storm',
			'LINDMOOR (Wire) - Ferries left the harbour on Tuesday, hours after the storm.'
		]);
	});
});
