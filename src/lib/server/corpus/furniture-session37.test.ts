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
});
