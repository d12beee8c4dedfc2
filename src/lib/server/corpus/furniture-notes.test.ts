// Page furniture around the reporting: credits, author's and editor's notes, appeals, a live blog's
// entry times, tool buttons and the page's header. Every text here is written for the test.
import { paragraphs } from './extract';
import { describe, expect, it } from 'vitest';
import { why } from './__fixtures__/furniture-run';

describe('furnitureReason: notes, credits and chrome', () => {
	it.each([
		['A ferry at the quay in Lindmoor. (photo: Anna Petrosyan)', 'photo caption'],
		['Ferries moored at the harbour during the storm. File photo', 'photo caption'],
		[
			'A crane lifts a container at the Portvale quay on May 3. (Anna Petrosyan for The Harbour Post)',
			'photo caption'
		],
		['Anna Petrosyan is a freelance journalist based in Portvale.', 'author’s note'],
		['Aram Karapetyan is a reporter covering the river towns for Harbour Post.', 'author’s note'],
		[
			'A version of this article appears in print on May 4, 2021, Section B, Page 2 with the headline: Ferry Returns.',
			'editor’s note'
		],
		[
			'The following is a press release issued by the Harbour Authority of Portvale. We publish it unedited.',
			'editor’s note'
		],
		['This live page is no longer being updated.', 'editor’s note'],
		['03/05/2021 - 14:05 (Portvale time)', 'time stamp'],
		['Support Harbour Post. Every donation keeps our reporters on the river.', 'page chrome'],
		['Listen', 'page chrome'],
		['Comment', 'page chrome'],
		['Gift Article', 'page chrome'],
		['PRESS RELEASE', 'section label'],
		['POLITICS', 'section label'],
		['Boats wait at the Lindmoor quay in March. [File: Anna Petrosyan/AFP]', 'photo caption'],
		['Fishermen mend nets in Portvale. Photograph: Aram Karapetyan/The Harbour Post', 'photo caption'],
		['A ferry leaves the quay at dawn. | Anna Petrosyan/AFP via Getty Images', 'photo caption'],
		['By Anna Petrosyan - Harbour Post:', 'byline'],
		['By Jan de Wit, a senior fellow at a maritime institute.', 'byline'],
		[
			'Jan de Wit is a senior fellow at a maritime institute. He once ran the Portvale ferry office.',
			'author’s note'
		],
		['Text of report by Portvale news website Quay.am on 3 May', 'source line'],
		['(Passage omitted: the mayor on ticket prices)', 'source line'],
		['Record source (Citation: Harbour Deb, 3 May 2021, c12)', 'source line'],
		['The interview has been edited for length and clarity.', 'editor’s note'],
		['Region / Country: Europe, Lindmoor', 'tag line'],
		['Contacts: Press Office, Harbour Authority, Portvale', 'contact line'],
		['The names shown on this map do not imply official endorsement by the Authority.', 'disclaimer'],
		['This page has been translated from: Danish   Show original', 'page chrome'],
		['Voiced by artificial intelligence.', 'page chrome'],
		['Stay up-to-date with more news at Harbour Post’s WhatsApp channel', 'page chrome'],
		['Privacy Notice: Newsletters may carry content funded by outside parties.', 'page chrome'],
		['Harbour Post is an independent publication. Support us.', 'page chrome'],
		['Our weekly email newsletter with news from the river towns.', 'newsletter chrome'],
		['Argument: An expert’s view on the week’s events.', '“read more” link'],
		['Ferries wait at the quay on Monday © Anna Petrosyan/AFP via Getty Images', 'photo caption'],
		['Ferries leave Portvale in April. AFP', 'photo caption'],
		['Appeared in the May 4, 2021, print edition as ‘Ferry Returns’.', 'editor’s note'],
		[
			'This article appeared in the Europe section of the print edition under the headline "Ferry returns"',
			'editor’s note'
		],
		[
			'We’ll send you a Daily Digest email rounding up the latest river news every morning.',
			'newsletter chrome'
		],
		['^ "Ferry returns to Lindmoor". Harbour Post. 3 May 2021.', 'reference list']
	])('%s → %s', (line, reason) => expect(why(line)).toBe(reason));
	it('keeps a sentence that opens with "By" and a date, and a person introduced in the reporting', () => {
		expect(why('By Monday, a convoy of fifty trucks had reached the quay.')).toBe(null);
		expect(why('Anna Petrosyan is a ferry captain at the Portvale quay.')).toBe(null);
	});
	it('reads a contact line and a disclaimer under it as two lines, not one wrapped paragraph', () => {
		const body =
			'Funding: the appeal has received a third of what it needs for the winter season.\nContacts: Press Office, Harbour Authority of Portvale; Regional Office, Lindmoor and Vantor\nThe names shown on this map do not imply official endorsement or acceptance by the Authority.';
		expect(paragraphs(body, 'Ferry returns').map((p) => p.why ?? null)).toEqual([
			null,
			'contact line',
			'disclaimer'
		]);
		// Lines 40 characters apart in width were not broken at one width: three lines, not one paragraph.
		const list =
			'Ferries run from Lindmoor to Portvale twice a day in the summer\nThe winter timetable, which starts in November, has one ferry a day and none on Sundays or holidays\nTickets are sold at the quay.';
		expect(paragraphs(list, 'Ferry returns')).toHaveLength(3);
	});
	it('peels a byline and a time stamp printed with no blank line above a hard-wrapped paragraph', () => {
		const body = [
			'By Anna Petrosyan | Photographs by Aram Karapetyan for The Harbour Post',
			'Updated May 3, 2021 6:32 pm ET',
			'PORTVALE—Ferries loaded with cars, crates of apples and the odd',
			'goat crossed the river at dawn on Monday as the harbour reopened',
			'after a winter in which the ice had closed it for eleven weeks,',
			'officials said.'
		].join('\n');
		const ps = paragraphs(body, 'Ferry returns');
		expect(ps.map((p) => [body.slice(p.start, p.end).slice(0, 20), p.furniture])).toEqual([
			['By Anna Petrosyan | ', true],
			['Updated May 3, 2021 ', true],
			['PORTVALE—Ferries loa', false]
		]);
		// A byline's name alone on the first line, the same.
		const named = ['Anna Petrosyan', ...body.split('\n').slice(1)].join('\n');
		expect(paragraphs(named, 'Ferry returns').map((p) => named.slice(p.start, p.end).slice(0, 20))).toEqual([
			'Anna Petrosyan',
			'Updated May 3, 2021 ',
			'PORTVALE—Ferries loa'
		]);
	});

	it('keeps reporting that looks like a note', () => {
		for (const line of [
			'Anna Petrosyan is a freelance journalist who was detained at the Portvale quay on Monday, her lawyer said.',
			'Support for the ferry plan has grown in Lindmoor since May.',
			'The following is known about the crossing: it takes two hours.',
			'Mayor Aram Karapetyan met the ferry crews (photographs were not allowed).',
			'PORTVALE'
		])
			expect(why(line), line).toBeNull();
	});
});

describe('paragraphs: the page header above the first paragraph', () => {
	const reasons = (lines: string[]) => {
		const body = lines.join('\n');
		return paragraphs(body, 'Ferry returns to Lindmoor').map((p) => (p.furniture ? p.why : null));
	};
	const lead =
		'The ferry returned to Lindmoor on Monday after a winter of closures, the harbour office said.';
	it('takes an outlet’s or section’s name over the date or byline for the header', () => {
		// (The time and date line is a time stamp of its own since session 21.)
		expect(reasons(['Harbour Post', '12:48 pm, May 3, 2021', lead])).toEqual([
			'page header',
			'time stamp',
			null
		]);
		expect(reasons(['News', 'May 3, 2021', lead])).toEqual(['page header', 'date line', null]);
	});
	it('keeps a heading with reporting under it, and headings below the first paragraph', () => {
		expect(reasons(['Portvale', lead])).toEqual([null, null]);
		expect(
			reasons([lead, 'Lindmoor', 'May 3, 2021', 'The crews went back to work on Tuesday, the union said.'])
		).toEqual([null, null, 'date line', null]);
	});
	it('takes the links under "Related Content" for furniture', () => {
		expect(reasons([lead, 'Related Content', 'Commentary / River Towns: The Ferry Explained'])).toEqual([
			null,
			'page chrome',
			'“read more” link'
		]);
	});
});
