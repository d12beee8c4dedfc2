// Page furniture the blind sets of session 22 left in, on lines written for the test: a wire's closing
// credit that names a contributor without a trade, an author's note for each of two authors, and a
// broadcaster's desk with the place the reporter filed from.
import { describe, expect, it } from 'vitest';
import { kept, why } from './__fixtures__/furniture-run';

describe('furniture: session 23', () => {
	it('skips a contributor named with the city, after the reporter’s own line or alone', () => {
		expect(why('Sargsyan reported from Portvale, Armenia. Lena Moss in Tallinn contributed.')).toBe('byline');
		expect(why('Lena Moss in Tallinn contributed.')).toBe('byline');
		// A sentence that ends with "contributed" is reporting when no one is named in a city.
		expect(why('Both governments and the Red Cross contributed.')).toBeNull();
	});

	it('skips an author’s note for each of two authors', () => {
		expect(
			why(
				'Anna Petrosyan is The Post’s Lindmoor bureau chief. Lev Orlov is The Post’s Portvale correspondent.'
			)
		).toBe('author’s note');
		expect(
			why('Anna Petrosyan is The Post’s Lindmoor bureau chief. She has covered the war since 2020.')
		).toBeNull();
	});

	it('skips a broadcaster’s desk and the place it filed from', () => {
		expect(why('BBC News, Portvale')).toBe('byline');
		expect(why('Sky News, Lindmoor')).toBe('byline');
		expect(why('BBC News, the broadcaster said, had no crew there.')).toBeNull();
	});

	it('keeps a wrapped line that breaks after a title with its paragraph, not as a caption’s photographer', () => {
		const body =
			'He said the agreement was hard.\n\nIn Portvale, drivers honked horns and waved flags. Harbourland President\nLev Orlov said the agreement amounted to a surrender by the other side.\n"We have forced them to sign this document," he said in an\naddress to the nation.';
		expect(kept(body, 'Deal signed')[1]).toMatch(/^In Portvale, drivers [^]*address to the nation\.$/);
		expect(why('Crowds waved flags in the centre of Portvale. Anna J. Smith')).toBe('photo caption');
	});

	it('reads a wire’s slug lines apart from the wrapped paragraph under them', () => {
		const body =
			'HARBOUR WIRE\nNEWSWIRE / CIS / 12.06.2024\n09:14 MSK\nPORTVALE. June 12 (Harbour Wire) - The last column of the Harbour\nferry convoy has left Lindmoor, the Harbour Transport\nMinistry said on Wednesday.';
		expect(kept(body, 'Convoy leaves Lindmoor')).toContain(
			'PORTVALE. June 12 (Harbour Wire) - The last column of the Harbour\nferry convoy has left Lindmoor, the Harbour Transport\nMinistry said on Wednesday.'
		);
	});

	it('keeps a timeline’s entry that opens with a day or a month and a dash', () => {
		expect(why('January 30, 2021 — The ferry office')).toBeNull();
		expect(why('March 2022 — Lindmoor')).toBeNull();
		expect(why('12 December 2022 – The protest at the pier')).toBeNull();
		// A date alone with a time after the dash is a time stamp, not an entry.
		expect(why('June 12, 2024 — 09:14')).not.toBeNull();
	});

	it('keeps a subhead with a possessive between paragraphs of reporting', () => {
		const body =
			'The ferry was never meant to carry lorries, and both owners know it well.\n\nPortvale’s turn\n\nThe council in Portvale has its own plans for the pier and the road.';
		expect(kept(body, 'Ferry returns to Lindmoor')).toContain('Portvale’s turn');
	});

	it('skips a contributor "to this report from" a city, an outlet’s desk note, a bracketed byline', () => {
		expect(why('Harbour TV’s Lena Moss contributed to this report from Tallinn.')).toBe('byline');
		expect(
			why('Anna Petrosyan is Harbour Post’s Caucasus editor. Lev Orlov is a journalist based in Portvale.')
		).toBe('author’s note');
		expect(why('Anne Dupont et Marc Petit (Portvale, correspondant)')).toBe('byline');
		expect(why('Anne Dupont (Lindmoor, correspondante)')).toBe('byline');
		// A sentence about a journalist in the reporting is no note.
		expect(why('Police said Lev Orlov, a journalist based in Portvale, was detained on Monday.')).toBeNull();
	});
});
