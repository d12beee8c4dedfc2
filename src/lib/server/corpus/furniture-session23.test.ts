// Page furniture the blind sets of session 22 left in, on lines written for the test: a wire's closing
// credit that names a contributor without a trade, an author's note for each of two authors, and a
// broadcaster's desk with the place the reporter filed from.
import { describe, expect, it } from 'vitest';
import { why } from './__fixtures__/furniture-run';

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
});
