// Session 40: lines a tuned blind set (holdout63) showed skipped as furniture though they are the story's, and
// chrome it kept. Lines written for the test.
import { describe, expect, it } from 'vitest';
import { laidOut, why } from './__fixtures__/furniture-run';

describe('furniture: session 40', () => {
	it.each([
		['Facebook  Tweet  Email  Link', 'share or subscribe line'],
		['Save | Print this page', 'share or subscribe line'],
		['Updated about 5 hours ago', 'time stamp'],
		['Published 3 days ago', 'time stamp'],
		['We apologize, but this video has failed to load.', 'page chrome'],
		['Trending Now', 'page chrome'],
		['Was this news useful?', 'page chrome'],
		['Special to the Harbour Post', 'byline']
	])('%s → %s', (line, reason) => expect(why(line)).toBe(reason));

	it('reads a name after "Save" as no button', () => {
		expect(why('Save Lindmoor')).toBeNull();
	});

	it('keeps the headline over a row of sharing buttons as the page’s own', () => {
		const body = [
			'Harbour Post',
			'Live TV',
			'Fishermen burn their boats rather than leave them behind',
			'By Vera Lind, Harbour Post',
			'Updated 9:14 AM EST, Sat November 14, 2020',
			'Facebook  Tweet  Email  Link',
			'Lindmoor (Harbour Post) — Plumes of smoke rose over the quay on Saturday as the crews set fire to their boats.'
		].join('\n');
		const lines = laidOut(body, 'Fishermen burn boats before the handover - Harbour Post');
		expect(lines[2]).toEqual([lines[2]![0], null, true]);
	});

	it('keeps a headline led by its genre, and one over a standfirst without a full stop, as the page’s own', () => {
		const timeline = [
			'Harbour News',
			'INTERNATIONAL',
			'Timeline: the ferry service to Lindmoor, 2020-2024',
			'The boats that served the island for four years stopped this month after a long dispute over the quay.',
			'By Vera Lind',
			'June 20, 2024, 6:02 AM',
			'The last ferry left Lindmoor on June 12, closing a chapter that began in the winter of 2020.'
		].join('\n');
		expect(
			laidOut(timeline, 'Timeline: the Lindmoor ferry from first sailing to last - Harbour News')[2]![2]
		).toBe(true);
		const standfirst = [
			'HARBOUR TIMES',
			'Ferries',
			'Last ferry leaves Lindmoor',
			'The exit ends a four-year service and shows how little sway the board has left on the coast',
			'Vera Lind in Portvale and Lev Darvin in Lindmoor',
			'Published June 12 2024',
			'Save | Print this page',
			'The last ferry has left Lindmoor, ending a four-year service that was meant to anchor the board’s role on the coast.'
		].join('\n');
		const lines = laidOut(standfirst, 'Board completes ferry pullout from Lindmoor | Harbour Times');
		expect(lines[2]![2]).toBe(true);
		expect(lines[3]![1]).toBeNull();
	});

	it('keeps a chronology set without dashes as reporting, one of its dates a year alone', () => {
		const body = [
			'He is survived by his wife and two daughters.',
			'Vera Lind in brief',
			'1952 Born in Lindmoor, on the island’s north shore',
			'1977 Harbour master at the quay in Portvale',
			'September 30, 2023 Leaves Lindmoor for the mainland'
		].join('\n');
		expect(laidOut(body, 'A harbour master remembered').map((l) => l[1])).toEqual([
			null,
			'headline or caption',
			null,
			null,
			null
		]);
		// A list of dated links gives days, never a year alone: it stays furniture.
		const links = [
			'May 3, 2021 Ferry returns to Lindmoor quay',
			'April 2, 2021 Storm closes Portvale harbour'
		];
		expect(laidOut(links.join('\n'), 'T').map((l) => l[1])).toEqual([
			'headline or caption',
			'headline or caption'
		]);
	});

	it('reads a live entry’s heading with its "Share" button under it as the entry’s own', () => {
		const body = [
			'Ferry strike – live',
			'19:10',
			'Harbour Board reports 25 boats idle near Lindmoor',
			'Share',
			'The board says at least 25 boats are idle and 13 crews have left the quay since the morning.'
		].join('\n');
		expect(laidOut(body, 'Ferry strike – live')[2]).toEqual([
			'Harbour Board reports 25 boats idle near Lindmoor',
			null,
			true
		]);
	});

	it('reads two names or more alone on a line above the story as its byline, not a list of places', () => {
		const body = [
			'Harbour Post',
			'Ferry strike ends at Lindmoor',
			'Vera Lind and Lev Darvin and Anna Portman',
			'Chris Lind, Tucker Dale',
			'November 14, 2020',
			'LINDMOOR (Reuters) - The ferry strike ended on Saturday after the board agreed to pay the crews, the union said.',
			'South Caucasus and Central Asia'
		].join('\n');
		expect(laidOut(body, 'Ferry strike ends at Lindmoor').map((l) => l[1])).toEqual([
			'masthead above the headline',
			null,
			'byline',
			'byline',
			'date line',
			null,
			'headline or caption'
		]);
	});
});
