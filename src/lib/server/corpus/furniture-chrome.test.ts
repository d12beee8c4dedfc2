// What holdout13 (session 14) showed passing as reporting, or reporting skipped as furniture: the
// controls and notices of news sites, a headline shown twice or reworded, a dek over the page's
// chrome, a topic list, a newsletter box. Every text here is written for the test.
import { paragraphs } from './extract';
import { describe, expect, it } from 'vitest';
import { kept, why } from './__fixtures__/furniture-run';

describe('furnitureReason: site controls, notices and appeals', () => {
	it.each([
		['Show key events only', 'page chrome'],
		['Please turn on JavaScript to use this feature', 'page chrome'],
		['Click to expand Image', 'page chrome'],
		['Link Copied!', 'page chrome'],
		['Ad Feedback', 'page chrome'],
		['1. How relevant is this ad to you?', 'page chrome'],
		['Show Comments', 'page chrome'],
		['SUBSCRIBE', 'page chrome'],
		['17.41 BST', 'time stamp'],
		['13:05 (updated: 13:48)', 'time stamp'],
		['All rights reserved. Use of materials allowed only with a hyperlink to Harbour.am', 'copyright line'],
		['Reprinting without attribution is prohibited.', 'copyright line'],
		[
			'Harbour Post has been declared undesirable in Portvale. Reposting our materials may be punished.',
			'disclaimer'
		],
		['Harbour Weekly is published by the Union of Island Reporters.', 'publisher line'],
		['This article was originally written in Portish.', 'editor’s note'],
		[
			'The Harbour Times’ journalism is under pressure from the authorities. Support us today.',
			'page chrome'
		],
		['Your tax deductible gift keeps our monitors in the field.', 'page chrome'],
		['Every weekday morning: the ferry news that matters, in your inbox. Sign up', 'page chrome'],
		['Keep up to date with what’s happening in Portvale and the islands.', 'page chrome'],
		['Harbour.am Twitter', 'share or subscribe line'],
		['A ferry waits at the Lindmoor pier, March 2023. © 2023 Private', 'photo caption'],
		['By Anna Petrosyan, Davit Aramyan and Lilit Avagyan, HPA', 'byline'],
		['By Harbour News with AP, AFP', 'byline'],
		['INTERFAX', 'byline'],
		['RIA Novosti', 'byline']
	])('%s → %s', (line, reason) => expect(why(line)).toBe(reason));

	it.each([
		'Crews reopened the pier at 17.41 local time.',
		'All ferries were cancelled, the port said.',
		'The union is published a list of demands.',
		'Support for the plan is growing in Lindmoor.',
		'Popular anger grew after the ferry stopped.',
		'By Tuesday the pier was open again.'
	])('reporting stays reporting: %s', (line) => expect(why(line)).toBeNull());
});

describe('paragraphs: the headline and what stands around it', () => {
	it('takes a headline reworded from the title (the page’s h1 and its <title> differ) as the headline', () => {
		const title = 'Portvale starts ferry operation to Lindmoor – live';
		const h1 = 'Portvale starts ‘rescue’ ferry operation to Lindmoor – live';
		const body = [
			'Skip to main content',
			'Sign in',
			'World',
			h1,
			'Tue 19 Sep 2023 17.48 BST',
			'',
			'The pier at Lindmoor reopened today after a week of storms, the port authority said.'
		].join('\n');
		const ps = paragraphs(body, title);
		expect(ps.filter((p) => p.headline).map((p) => body.slice(p.start, p.end))).toEqual([h1]);
		expect(kept(body, title)).toContain(h1);
	});

	it('keeps the second copy of a headline shown twice, and the same dek under it', () => {
		const title = 'Portvale quietly pulls its ferries out of Lindmoor';
		const dek =
			'The exit ends a service islanders once saw as their lifeline — and that the mainland no longer needs.';
		const body = [
			title,
			dek,
			'Illustration by HPA',
			'By Anna Petrosyan',
			title,
			dek,
			'The last ferry left on Monday.'
		].join('\n');
		const ps = paragraphs(body, title);
		expect(ps.filter((p) => p.headline).length).toBe(2);
		expect(kept(body, title)).toEqual([title, title, dek, 'The last ferry left on Monday.']);
	});

	it('keeps a short dek under the headline when the page’s chrome, not prose, follows it', () => {
		const title = 'Portvale: Blocked Ferry Putting Lives at Risk';
		const body = [
			title,
			'Ensure Access to Food for Lindmoor',
			'Click to expand Image',
			'The ferry has not sailed since May.'
		].join('\n');
		expect(kept(body, title)).toEqual([
			title,
			'Ensure Access to Food for Lindmoor',
			'The ferry has not sailed since May.'
		]);
	});

	it('keeps a dateline in the form "Town, Country (OUTLET) —" on a line of its own', () => {
		const body =
			'Ferry returns\nLindmoor, Portvale (HPA) —\nCars crawled onto the pier on Tuesday as the ferry returned.';
		expect(kept(body, 'Ferry returns')).toContain('Lindmoor, Portvale (HPA) —');
	});
});

describe('paragraphs: lists and boxes below the story', () => {
	it('makes the topics under their label tags, though each is a place', () => {
		const body = [
			'The ferry returned to Lindmoor on Tuesday, officials said.',
			'Explore more on these topics',
			'Lindmoor',
			'Portvale',
			'Ferries',
			'Most viewed'
		].join('\n\n');
		expect(kept(body, 'Ferry returns')).toEqual([
			'The ferry returned to Lindmoor on Tuesday, officials said.'
		]);
	});

	it('reads a wrapped paragraph with the publisher’s lines under it as one paragraph, and those lines apart', () => {
		const para = [
			'Anna Petrosyan, the port’s press secretary, said on November 24',
			'that the harbour would reopen to ferries within the month.',
			'"The quay at Lindmoor is repaired, and the crews will return to',
			'it," she said.'
		].join('\n');
		const body = `${para}\nHarbour Weekly is published by the Union of Island Reporters.\nReprinting without attribution is prohibited.`;
		expect(kept(body, 'Ferry returns')).toEqual([para]);
	});

	it('makes the blurb between a newsletter’s sign-up line and its button the box’s', () => {
		const body = [
			'The ferry returned to Lindmoor on Tuesday, officials said.',
			'Sign up for Harbour Post’s Island Playbook',
			'Your guide to the people and the ferries that matter on the islands.',
			'Subscribe'
		].join('\n\n');
		expect(kept(body, 'Ferry returns')).toEqual([
			'The ferry returned to Lindmoor on Tuesday, officials said.'
		]);
	});
});
