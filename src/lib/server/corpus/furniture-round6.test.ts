// Page furniture by the kinds the sixth round showed (session 13): an outlet's name alone on a line, a
// blog's or a video's "Posted by" byline, a section and a city in capitals with a slash, WordPress's comment
// chrome, "Read full article", a wiki mirror's licence line. Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { articleOf, curatedGeodata } from './__fixtures__/article-text';
import { extractArticle, matcherFor } from './join';
import { why } from './__fixtures__/furniture-run';

describe('furnitureReason: sixth round', () => {
	it.each([
		['HPA News', 'byline'],
		['HPA World', 'byline'],
		['HPA Report', 'byline'],
		['Posted by Harbour Staff | May 3, 2023 | Tags: Lindmoor, Vantor', 'byline'],
		['On May 3, 2023, Posted by , in News, Island, With No Comments', 'byline'],
		['Posted to YouTube by Harbour Channel Official May 3, 2023.', 'byline'],
		['PORTVALE/LINDMOOR', 'section label'],
		['Article Rating', 'comment section chrome'],
		['Inline Feedbacks', 'comment section chrome'],
		['READ FULL ARTICLE', '“read more” link'],
		['This article is issued from Harbourpedia. The text is licensed under a free licence.', 'disclaimer'],
		['Поделиться:', 'share or subscribe line']
	])('%s → %s', (line, reason) => {
		expect(why(line)).toBe(reason);
	});

	it('keeps reporting that only looks like these lines', () => {
		for (const line of [
			'The ferry was posted by the harbour office to Lindmoor on Monday, May 3, 2023.',
			'LINDMOOR/PORTVALE – The ferry left at dawn and reached the island by noon, the captain said.',
			'Harbour officials said the new timetable would stand.'
		]) {
			expect(why(line), line).toBeNull();
		}
	});
});

describe.runIf(curatedGeodata)('the page header, sixth round', () => {
	it('skips a section and a city with a slash over the outlet, and keeps a dateline over a byline', () => {
		const furniture = (body: string) => {
			const a = articleOf(body);
			return extractArticle(a, matcherFor(curatedGeodata!)).furniture.map((f) =>
				a.body.slice(f.start, f.end).trim()
			);
		};
		expect(
			furniture(
				'PORTVALE/LINDMOOR\nHarbour Daily News\n\nThe ferry left Lindmoor at dawn and reached the island by noon, the captain said.'
			)
		).toContain('PORTVALE/LINDMOOR');
		expect(
			furniture(
				'LINDMOOR\nBy Anna Petrosyan\n\nThe ferry left at dawn and reached the island by noon, the captain said.'
			)
		).not.toContain('LINDMOOR');
	});
});
