// Session 29: lines a blind set (holdout43) showed the engine took for page chrome though they are
// reporting. Lines written for the test.
import { describe, expect, it } from 'vitest';
import { why } from './__fixtures__/furniture-run';
import { paragraphs } from './extract';

describe('furniture: session 29', () => {
	it('knows a live page’s closing notice only as a line of its own', () => {
		expect(why('This page is closed.')).toBe('editor’s note');
		expect(why('This page is closed," he told reporters.')).toBeNull();
		// In a hard-wrapped story, the line that ends a quote stays in its paragraph.
		const body =
			'Ali Ahmadov, an aide to the president, said there was no longer any need\nfor them. "The country has restored its sovereignty over its lands.\nThis page is closed," he told reporters.';
		expect(paragraphs(body, 'T').map((p) => body.slice(p.start, p.end))).toEqual([body]);
	});
});
