// Session 37: lines a blind set (holdout58) showed (transcripts, official pages, translated and
// syndicated pages). Lines written for the test, not copied.
import { describe, expect, it } from 'vitest';
import { kept, why } from './__fixtures__/furniture-run';

describe('furniture: session 37', () => {
	it('reads a break between parts, a document’s number and a box’s label as page chrome', () => {
		// (Between two paragraphs of reporting, where a line alone is otherwise a heading kept with its story.)
		const body = ['The quay closed at noon.', '* * *', 'The ferry returned on Friday.'].join('\n');
		expect(kept(body, 'Ferry returns')).toEqual([
			'The quay closed at noon.',
			'The ferry returned on Friday.'
		]);
		expect(why('1874-03-05-2023')).toBe('page chrome');
		expect(why('Background')).toBe('page chrome');
		// A year alone, or a sentence that opens with the word, is no label.
		expect(why('Background checks were carried out at the quay.')).toBeNull();
	});

	it('reads a site’s licence, a recording’s label and a transcript’s time note', () => {
		expect(why('All texts on this site are licensed under Creative Commons Attribution 4.0')).toBe(
			'copyright line'
		);
		expect(why('Video of the press conference (English, 52:10)')).toBe('page chrome');
		expect(why('(The briefing was concluded at 3:41 p.m.)')).toBe('stage note');
		// A recording talked of in reporting keeps its place.
		expect(why('Video of the strike on the quay was shared widely on Monday.')).toBeNull();
	});

	it('reads where each reporter was, and a translated page’s note', () => {
		expect(why('Lena Moss reported from Lindmoor, and Aram Petrov from Portvale.')).toBe('byline');
		expect(
			why('Translation of an original article published in French; the French version is authoritative.')
		).toBe('disclaimer');
		expect(why('This interview was translated from the Lindish by Aram Petrov.')).toBe('disclaimer');
		// Reporting on who reported what stays.
		expect(why('The harbour master reported from the quay that two berths were closed.')).toBeNull();
	});

	it('reads a footer menu whose items run to five words', () => {
		expect(why('Harbour Board | Ports.gov | Office of the Chief Inspector | Archives | Contact Us')).toBe(
			'navigation'
		);
	});

	it('reads a report’s notes under its "Notes" label, its figure captions, series line and credits', () => {
		const body = [
			'The harbour board counted 412 crossings in May, against 980 a year before.[1]',
			'Figure 2: Daily crossings at the Lindmoor quay, May 2021',
			'Crews said the gate stayed shut for most of the week.[2]',
			'Notes',
			'[1] Harbour board figures, published daily, May 2021.',
			'(2) Interview, Portvale, 3 May 2021.'
		].join('\n');
		expect(kept(body, 'Ferry returns')).toEqual([
			'The harbour board counted 412 crossings in May, against 980 a year before.[1]',
			'Crews said the gate stayed shut for most of the week.[2]'
		]);
		expect(why('[4] Interview, Lindmoor, 22 April 2021.')).toBe('footnote');
		expect(why('Working Paper No. 71 / 2022')).toBe('page chrome');
		expect(why('Compiled by Vera Lind, Programme Director, Harbour Club')).toBe('byline');
		expect(why('Harbour Post English desk')).toBe('byline');
		expect(why('Press play to listen to this article')).toBe('page chrome');
		// A numbered point in reporting, with no "Notes" label above it, stays.
		expect(
			kept('The board agreed on two points.\n(1) The quay reopens on Monday.', 'Ferry returns')
		).toHaveLength(2);
	});

	it('reads a line in another script with a word or two of English as the site’s own language', () => {
		expect(why('Подпишитесь на наш канал в Telegram, чтобы первыми узнавать новости порта!')).toBe(
			'in the site’s own language'
		);
	});

	it('reads an editor’s note that the story will change, and a date with its view count', () => {
		expect(why('This story will be updated as more reactions come in.')).toBe('wire update note');
		expect(why('This is a developing story.')).toBe('wire update note');
		expect(why('  12 March 2021    Read: 833')).toBe('view count');
		// A story's own words on what will be updated stay.
		expect(why('The harbour board said the timetable will be updated next week.')).toBeNull();
	});

	it('reads a caption with no "Photo:" marker by its date or its credit at the end, and an agency’s note to clients', () => {
		expect(why('Empty shelves at a shop in Lindmoor, January 17, 2023.')).toBe('photo caption');
		expect(why('The old quay in Portvale in 2016. Harbour Post photo.')).toBe('photo caption');
		expect(why('Clients are reminded to check the terms of their licence.')).toBe('disclaimer');
		// A sentence with its date after "on" is reporting.
		expect(why('The harbour deal was signed in Lindmoor on January 17, 2023.')).toBeNull();
	});
});
