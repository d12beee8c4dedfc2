// Session 51: lines a blind set and three probes of real pages showed read the wrong way. Lines written for the test.
import { describe, expect, it } from 'vitest';
import { why } from './__fixtures__/furniture-run';

describe('furniture: session 51', () => {
	it.each([
		['Give this article', 'page chrome'],
		['Harbour Post is an independent, non-profit online magazine.', 'publisher line']
	])('skips %j as %s', (line, reason) => {
		expect(why(line)).toBe(reason);
	});
});
