// Session 36: lines a blind set (holdout56) showed (pages saved as editors keep them, read through the
// search tool's stored pages, not copied). Lines written for the test.
import { describe, expect, it } from 'vitest';
import { kept, why } from './__fixtures__/furniture-run';
import { furnitureReason } from './furniture';

describe('furniture: session 36', () => {
	it('reads the outlet’s name that closes the title, alone on a line, as the masthead', () => {
		const title = 'What the ferry strike tells us – The Harbour Review';
		expect(furnitureReason('THE HARBOUR REVIEW', title, false)).toBe('masthead');
		expect(furnitureReason('The Harbour Review', title, false)).toBe('masthead');
		// A one-word heading that is not the outlet stays reporting.
		expect(furnitureReason('Lindmoor', title, false)).toBeNull();
	});

	it('reads two authors before an agency’s date bar as its byline', () => {
		expect(why('Aram Petrov, Lena Moss |12.04.2021 - Update : 12.04.2021')).toBe('byline');
	});

	it('reads a paywall’s prompt and an author’s books at the foot', () => {
		expect(why('Enjoying this article? Click here to subscribe for full access. Just $5 a month.')).toBe(
			'share or subscribe line'
		);
		expect(why('Lena Moss is the author of two books on the northern ports.')).toBe('author’s note');
		// What a person wrote, in reporting, is no author's note.
		expect(why('Darvin is the author of the harbour plan.')).toBeNull();
	});

	it('keeps a table the page flattened, a row a line under reporting, as the story’s figures', () => {
		const body = [
			'The board has counted the following closures since May:',
			'Quay | Berths closed | Cranes idle',
			'Lindmoor | 3 | 5',
			'Portvale | 2 | 4',
			'Total | 5 | 9'
		].join('\n');
		expect(kept(body, 'Ferry returns to Lindmoor')).toHaveLength(5);
	});

	it('reads a site’s controls, labels, bracketed links, stamps, embedded posts and bylines of probe 13 and holdout57', () => {
		expect(why('WHAT ARE YOU LOOKING FOR ?')).toBe('page chrome');
		expect(why('A A A')).toBe('page chrome');
		expect(why('Read the news in   Русский  Türkçe')).toBe('page chrome');
		expect(why('Content-Type: Opinion  Advocates for ideas and draws conclusions.')).toBe('page chrome');
		expect(why('Key events')).toBe('section label');
		expect(why('[Read on Harbour Post: The ferries of the north]')).toBe('“read more” link');
		expect(why('Harbourpost.az © 2025. .')).toBe('copyright line');
		expect(why('23 July 2021 [17:56] - Harbour.Az')).toBe('time stamp');
		expect(why('Lev Darvin @LevDarvin')).toBe('embedded post');
		expect(why('By Anna Lind and Lev Darvin, dpa')).toBe('byline');
		expect(why('Anna Lindqvist,')).toBe('byline');
		// Reporting that opens with the same words stays.
		expect(why('Key events in the strike were the closures of two quays, officials said.')).toBeNull();
	});
});
