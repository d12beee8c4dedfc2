// Session 46: lines holdout76 showed kept as reporting though they are a page's chrome, or skipped though they are
// reporting. Lines written for the test.
import { describe, expect, it } from 'vitest';
import { laidOut, why } from './__fixtures__/furniture-run';

describe('furniture: session 46', () => {
	it.each([
		['By Europe correspondent Vera Lind', 'byline'],
		['By political reporter Lev Darvin', 'byline'],
		['Harbour Press Agency. Reprinting is allowed only with reference to Harbour Press.', 'copyright line'],
		['ABC/wires', 'wire credits'],
		['Harbour Post with agencies', 'wire credits']
	])('%s → %s', (line, reason) => {
		expect(why(line)).toBe(reason);
	});

	it('keeps reporting that reads like the new credits', () => {
		expect(why('Ministers met the wires')).not.toBe('wire credits');
		expect(why('By the end of the day the ferries had stopped.')).toBeNull();
	});

	it('takes a live page’s headline under its header and over its byline for the story’s own', () => {
		const lines = laidOut(
			[
				'The Harbour Post',
				'News | World | Opinion | Business',
				'LIVE UPDATES',
				'Dornia closes the ferry to Portvale after the strike',
				'Crews report long queues as the port authority warns of delays',
				'By HARBOUR POST STAFF',
				'Updated: SEPTEMBER 19, 2023 22:40',
				'22:40',
				'Ferries stop at dawn',
				'The port authority said the last ferry had left at dawn and that no more would sail until the strike ended on Friday.'
			].join('\n'),
			'Dornia shuts Portvale ferry: Live updates | The Harbour Post'
		);
		expect(lines[3]).toEqual(['Dornia closes the ferry to Portvale after the strike', null, true]);
	});
});

describe('furniture: session 46, probes and holdout77', () => {
	it.each([
		['👁 48.2K', 'view count'],
		['👁 1.1M', 'view count'],
		['Photos: Harbour Press', 'photo caption'],
		['07:44 GMT URGENT', 'wire credits'],
		['Why you can trust Harbour Post', 'page chrome'],
		['Newspaper "Harbour Herald" No. 185 of 05.10.2023, p. 6', 'editor’s note'],
		[
			'This publication was prepared within the framework of a project funded by the Lindmoor Fund. The content is the sole responsibility of Harbour Post.',
			'editor’s note'
		]
	])('%s → %s', (line, reason) => {
		expect(why(line)).toBe(reason);
	});

	it('keeps reporting that reads like them', () => {
		expect(why('Photos show the ruined quay, the ministry said.')).toBeNull();
		expect(why('Why you can trust the ceasefire, he asked.')).not.toBe('page chrome');
	});

	it('keeps a list of figures, each line opened by a dash, as reporting', () => {
		const lines = laidOut(
			[
				'By Friday evening the harbour office had counted the people who came in by ferry from Portvale across the strait.',
				'- registered at Lindmoor: 19,300',
				'- sent on to Kelvarn: 6,850',
				'The office said more boats were expected over the weekend, and that the quay would stay open at night.'
			].join('\n'),
			'Ferries bring thousands to Lindmoor'
		);
		expect(lines.slice(1, 3).map((l) => l[1])).toEqual([null, null]);
	});
});

describe('furniture: session 46, a caption over its credit', () => {
	it('takes the line over "Image: …" for the photo’s caption, not a standfirst of two sentences', () => {
		const prose =
			'The ferry from Portvale carried more than four hundred people on Monday, the harbour office said, and more were expected.';
		const later =
			'The harbour office said the quay would stay open at night until the last of the boats had come in from the strait.';
		const caption = laidOut(
			[
				prose,
				'Dornian trucks on the coast road to Portvale on November 12',
				'Image: Harbour Press/AP',
				later
			].join('\n'),
			'Ferries return to Portvale'
		);
		expect(caption[1]).toEqual([
			'Dornian trucks on the coast road to Portvale on November 12',
			'photo caption',
			false
		]);
		const standfirst = laidOut(
			[
				prose,
				'Crews have sailed from Portvale since Soviet times. Many now ask why',
				'Image: Harbour Press/AP',
				later
			].join('\n'),
			'Ferries return to Portvale'
		);
		expect(standfirst[1]![1]).toBeNull();
	});
});

describe('furniture: session 46, a headline over its author and date', () => {
	it('takes the line over the author’s name and the date for the story’s own headline, its title in another language', () => {
		const lines = laidOut(
			[
				'Harbour Review',
				'Analysis | Commentary | Ports and the Coast',
				'Commentary',
				'Ferries Without a Timetable: What Dornia Risks in Portvale',
				'Vera Lind',
				'July 1, 2021',
				'Reading time: 6 min',
				'Seven months after the strike began, the ferry company in Portvale has done less than the harbour office promised the town.'
			].join('\n'),
			'Паромы без расписания'
		);
		expect(lines[3]).toEqual(['Ferries Without a Timetable: What Dornia Risks in Portvale', null, true]);
	});
});
