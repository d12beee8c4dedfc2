// Session 42: lines two blind sets (holdout67, holdout68) showed kept as reporting though they are a page's
// chrome. Lines written for the test.
import { describe, expect, it } from 'vitest';
import { laidOut, why } from './__fixtures__/furniture-run';

const STORY =
	'The harbour board said on Tuesday that the ferry quay at Lindmoor would reopen after the storm, and that the first boats would leave at dawn.';

describe('furniture: session 42', () => {
	it.each([
		['Harbour Post is supported by its readers. Donate to keep local reporting free.', 'page chrome'],
		[
			'All information posted on this site is for personal use only and may not be reproduced without the written consent of Harbour Post.',
			'disclaimer'
		],
		['Ferry workers on the quay at Lindmoor in 2021 [File: Harbour Images]', 'photo caption'],
		['Listen to this story. Enjoy more audio and podcasts on iOS or Android.', 'page chrome'],
		['💬 Comments (3)', 'view count'],
		['Harbour Post’s Vera Lind contributed reporting.', 'byline'],
		['Lev Darvin is The Post’s Lindmoor bureau chief. Vera Lind contributed from Portvale.', 'byline'],
		['Vera Lind is a senior fellow at the Harbour Institute. Twitter: @veralind', 'byline'],
		['Text and photos: Vera Lind', 'byline'],
		['Vera Lind 27 March 2024', 'byline'],
		['Harbour Radio · Posted: Sep 22, 2023 4:00 AM EDT | Last Updated: September 22, 2023', 'time stamp'],
		['The quay at Lindmoor, February 2024. - Copyright Harbour News', 'photo caption'],
		['The family left Lindmoor in May. November 2023. Vera Lind for HARBOUR GROUP', 'photo caption'],
		['The mayor raising the flag at the quay. – Image via the Harbour Board.', 'photo caption'],
		['Illustration by Vera Lind.', 'photo caption'],
		['(Source: Harbour Board of Lindmoor Province; issued Nov 12, 2020)', 'page chrome'],
		['Swipe for more', 'page chrome'],
		['Save | Print this page | Gift article', 'page chrome'],
		['Listen (2 min)', 'page chrome'],
		['Get the Harbour News app for your iOS or Android devices.', 'page chrome'],
		['December 02, 2020   News ID 953', 'page chrome'],
		['Par Vera Lind, envoyée spéciale à Lindmoor', 'byline'],
		['Von Lev Darvin, Portvale', 'byline'],
		['25.04.2023, 17.41 Uhr', 'time stamp'],
		['Issued on: 27/09/2023 - 16:48 Modified: 27/09/2023 - 19:02', 'time stamp'],
		['Video by: Vera LIND', 'byline']
	])('%s → %s', (line, reason) => expect(why(line)).toBe(reason));

	it('keeps a sentence about someone who contributed, and a live page’s closing line that sums up the day', () => {
		expect(why('Lev Darvin contributed to the harbour fund in 2021.')).toBeNull();
		expect(
			why(
				'We are closing our live coverage for today. The first ferries are on their way to Lindmoor, and the quay is calm after a night of storms.'
			)
		).toBeNull();
	});

	it('finds a headline worded otherwise than the title over its standfirst, byline, date and the page’s buttons', () => {
		const body = [
			'Harbour Times',
			'World | Markets | Opinion',
			'Lindmoor',
			'Court orders the board to reopen the Lindmoor quay',
			'Ruling increases pressure over a closure that has left the islands short of food',
			'Vera Lind in Portvale and Lev Darvin in Lindmoor',
			'February 23 2023',
			'Save | Print this page | Gift article',
			STORY
		].join('\n');
		const lines = laidOut(body, 'Judges tell harbour board to end ferry closure | Harbour Times');
		expect(lines[3]).toEqual(['Court orders the board to reopen the Lindmoor quay', null, true]);
	});

	it('keeps an editor’s bracket that ends a sentence, and a reader supported by the board', () => {
		expect(why('The board said it would pay [the ferry workers].')).toBeNull();
		expect(why('The plan is supported by its readers’ votes, the board said.')).toBeNull();
	});

	it('reads the rubric the title starts with, printed over the headline, as the page’s', () => {
		const body = ['Harbour Post', 'Opinion', 'The Quay That Waits', 'By Vera Lind', STORY].join('\n');
		const lines = laidOut(body, 'Opinion: The Quay That Waits - Harbour Post');
		expect(lines[1]).toEqual(['Opinion', 'section label', false]);
		expect(lines[2]).toEqual(['The Quay That Waits', null, true]);
	});

	it('reads an embedded post’s author over its text, signed again under it, as the post’s header', () => {
		const body = [
			STORY,
			'Lev Darvin, the board’s chairman, posted on X:',
			'Lev Darvin',
			'“The quay reopens at dawn. Every crew is ready.”',
			'#Lindmoor #Ferry',
			'— Lev Darvin (@LevDarvin) March 25, 2022',
			STORY
		].join('\n');
		const lines = laidOut(body, 'Ferry quay reopens');
		expect(lines[2]![1]).toBe('embedded post');
		// The name in the sentence that introduces the post stays reporting.
		expect(lines[1]![1]).toBeNull();
	});

	it('reads a wiki page’s title between equals signs as the story’s headline', () => {
		const lines = laidOut(['= Lindmoor quay closure =', '', STORY].join('\n'), 'Lindmoor quay closure');
		expect(lines[0]).toEqual(['= Lindmoor quay closure =', null, true]);
	});

	it('reads the site’s name the title ends with as no headline, and finds the headline under the page’s header', () => {
		const body = [
			'Harbour Institute for International Peace',
			'Politika',
			'Published on April 18, 2024',
			'Share  Print  PDF',
			'The Quiet End of the Ferry Service',
			STORY
		].join('\n');
		const lines = laidOut(
			body,
			'Why Lindmoor Is Losing Its Ferries - Harbour Institute for International Peace'
		);
		expect(lines[0]![2]).toBe(false);
		expect(lines[4]).toEqual(['The Quiet End of the Ferry Service', null, true]);
	});

	it('finds the headline under its date, its count and its section’s name', () => {
		const body = [
			'Harbour.az',
			'30 January, 2021 12:47',
			'👁 2184',
			'Lindmoor',
			'Ferry centre opens in Lindmoor',
			STORY
		].join('\n');
		const lines = laidOut(body, 'Harbour board opens a ferry centre at the quay');
		expect(lines[4]).toEqual(['Ferry centre opens in Lindmoor', null, true]);
	});

	it('reads a flash ticker’s line, its time and its news together, as the news', () => {
		const body = [
			'Harbour Wire',
			'First Word',
			'09:02 UTC: LINDMOOR BEGINS CLOSING FERRY QUAY: HARBOUR BOARD',
			'09:05 UTC: DARVIN: “YES, IT IS TRUE”',
			STORY
		].join('\n');
		expect(laidOut(body, 'Lindmoor closes ferry quay')[2]).toEqual([
			'09:02 UTC: LINDMOOR BEGINS CLOSING FERRY QUAY: HARBOUR BOARD',
			null,
			true
		]);
	});
});
