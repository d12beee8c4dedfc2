// The article's own headline reworded on its page (session 19), on lines written for the test: the h1
// with a demonym the title leaves out, or with the place spelled the page's way; another story's
// headline with another name stays another story; a wire's "(Adds …)" note and a line that is little but an
// e-mail address.
import { describe, expect, it } from 'vitest';
import { furnitureReason } from './furniture';
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

describe("furniture: a wire's update note and contact lines", () => {
	const why = (line: string) => furnitureReason(line, 'Convoy stopped at the bridge', false);

	it('skips "(Adds …)" and a line that is little but an e-mail address', () => {
		expect(why('(Adds minister comment, details of the convoy)')).toBe('wire update note');
		expect(why('Anna Petrova in Moscow at apetrova@example.net;')).toBe('contact line');
		expect(why('((tbilisi.newsroom@example.com; +995 32 000 0000))')).toBe('contact line');
	});

	it('keeps a sentence that gives an address, and brackets of reporting', () => {
		expect(
			why('He wrote to the ministry at info@example.org and waited for an answer that never came.')
		).toBeNull();
		expect(why('(The convoy reached the bridge at noon.)')).toBeNull();
	});
});
