// Session 39: furniture a blind set (holdout64) and two probes of real pages (18 and 19) showed kept as text:
// another story's insert, an aggregator's disclaimer, a video promo, author and comment boxes, image file
// names, citation lines, rubrics in the plural, an agency's credit with its colon, an American date line
// with its hour; and (holdout62) subscription boxes, live pages' day lines, French and German pages' stamps
// and glued credits. Lines written for the test.
import { describe, expect, it } from 'vitest';
import { why } from './__fixtures__/furniture-run';

describe('furniture: session 39', () => {
	it.each([
		['Also on rt.com Harbour guild says the ferry will sail again by spring', '“read more” link'],
		[
			'This article was added by the user . Portvale News is not responsible for the content of the platform.',
			'disclaimer'
		],
		['WATCH | Ferry crews wait at the Lindmoor quay for the third day', 'page chrome'],
		[
			'About author: Vera Lind is a researcher at the Institute of Harbour Studies in Portvale.',
			'author’s note'
		],
		['Lind is a Times staff writer.', 'author’s note'],
		['The Harbour Bureau', 'byline'],
		['- Lev Darvin in Portvale', 'byline'],
		['• by Vera Lind (portvale, lindmoor)', 'byline'],
		['Read Comments', 'page chrome'],
		['No comments:', 'page chrome'],
		['Ferry_Quay_Lindmoor_04_3x2.jpg', 'photo caption'],
		[
			'To cite this article: Lind, Vera, “The Quay”, Harbour Review, Volume 3, Issue 2, pages 10-17.',
			'editor’s note'
		],
		[
			'We are facing unprecedented challenges. The authorities have designated the Harbour Post an “undesirable” organization, criminalizing our work.',
			'page chrome'
		],
		['EXPLAINERS', 'section label'],
		['LIVE BLOG', 'section label'],
		['Trend:', 'byline'],
		['Sept. 27, 2023 5 AM PT', 'time stamp'],
		['Last update: 19.09.2023 23:52', 'time stamp'],
		['Harbour Homepage', 'page chrome'],
		['Read the article in: Lindish Portish', 'page chrome'],
		['Continue', 'page chrome'],
		['… we have a small favour to ask. Millions have put their trust in our journalism.', 'page chrome'],
		['By subscribing, you can get access to the latest news and reports.', 'page chrome'],
		['Get the Harbour stories you care about delivered to your inbox.', 'page chrome'],
		['These are the updates for Tuesday, September 19:', 'page chrome'],
		['Issued on: 28/09/2023 - 17:12', 'time stamp'],
		['November 10, 2020 2:14 PM UTC Updated ago', 'time stamp'],
		['Ferry crews on the Lindmoor quay in September 2023Image: Vera Lind/HARBOUR PRESS', 'photo caption'],
		['Opinion', 'section label'],
		['(AFP)', 'byline']
	])('skips %j (%s)', (line, reason) => {
		expect(why(line)).toBe(reason);
	});

	it('keeps reporting that looks like them', () => {
		for (const line of [
			'Vera Lind is a teacher in Portvale whose house was shelled.',
			'The ferry will not sail, the Harbour Board said, and no one is responsible for the delay.',
			'Crews watched the quay for hours.'
		])
			expect(why(line)).toBeNull();
	});
});
