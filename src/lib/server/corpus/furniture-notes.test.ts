// Page furniture around the reporting: credits, author's and editor's notes, appeals, a live blog's
// entry times, tool buttons and the page's header. Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { paragraphs } from './extract';
import { furnitureReason } from './furniture';

const why = (line: string) => furnitureReason(line, 'Ferry returns to Lindmoor', false);

describe('furnitureReason: notes, credits and chrome', () => {
	it.each([
		['A ferry at the quay in Lindmoor. (photo: Anna Petrosyan)', 'photo caption'],
		['Ferries moored at the harbour during the storm. File photo', 'photo caption'],
		['A crane lifts a container at the Portvale quay on May 3. (Anna Petrosyan for The Harbour Post)', 'photo caption'],
		['Anna Petrosyan is a freelance journalist based in Portvale.', 'author’s note'],
		['Aram Karapetyan is a reporter covering the river towns for Harbour Post.', 'author’s note'],
		['A version of this article appears in print on May 4, 2021, Section B, Page 2 with the headline: Ferry Returns.', 'editor’s note'],
		['The following is a press release issued by the Harbour Authority of Portvale. We publish it unedited.', 'editor’s note'],
		['This live page is no longer being updated.', 'editor’s note'],
		['03/05/2021 - 14:05 (Portvale time)', 'time stamp'],
		['Support Harbour Post. Every donation keeps our reporters on the river.', 'page chrome'],
		['Listen', 'page chrome'],
		['Comment', 'page chrome'],
		['Gift Article', 'page chrome'],
		['PRESS RELEASE', 'section label'],
		['POLITICS', 'section label']
	])('%s → %s', (line, reason) => expect(why(line)).toBe(reason));

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
	const lead = 'The ferry returned to Lindmoor on Monday after a winter of closures, the harbour office said.';
	it('takes an outlet’s or section’s name over the date or byline for the header', () => {
		expect(reasons(['Harbour Post', '12:48 pm, May 3, 2021', lead])).toEqual(['page header', 'headline or caption', null]);
		expect(reasons(['News', 'May 3, 2021', lead])).toEqual(['page header', 'date line', null]);
	});
	it('keeps a heading with reporting under it, and headings below the first paragraph', () => {
		expect(reasons(['Portvale', lead])).toEqual([null, null]);
		expect(reasons([lead, 'Lindmoor', 'May 3, 2021', 'The crews went back to work on Tuesday, the union said.'])).toEqual([null, null, 'date line', null]);
	});
	it('takes the links under "Related Content" for furniture', () => {
		expect(reasons([lead, 'Related Content', 'Commentary / River Towns: The Ferry Explained'])).toEqual([null, 'page chrome', '“read more” link']);
	});
});
