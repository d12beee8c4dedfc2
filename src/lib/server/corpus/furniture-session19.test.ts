// The article's own headline reworded on its page (session 19), on lines written for the test: the h1
// with a demonym the title leaves out, or with the place spelled the page's way; another story's
// headline with another name stays another story.
import { describe, expect, it } from 'vitest';
import { isOwnHeadline } from './furniture-title';

describe('isOwnHeadline: the title reworded', () => {
	it('takes the h1 that adds a demonym or spells a place another way', () => {
		expect(
			isOwnHeadline(
				'Why the Georgian rangers cannot open the pass to Lindmoor',
				'Pass without passage: why the rangers cannot open the pass to Lindmoor'
			)
		).toBe(true);
		expect(
			isOwnHeadline(
				'Joint harbour office in Portvalé closes its doors',
				'Joint harbour office in Portvale closes its doors'
			)
		).toBe(true);
	});

	it('leaves a headline about another place another story', () => {
		expect(
			isOwnHeadline(
				'Joint harbour office in Lindmoor closes its doors',
				'Joint harbour office in Portvale closes its doors'
			)
		).toBe(false);
	});
});
