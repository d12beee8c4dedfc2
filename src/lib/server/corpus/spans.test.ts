import { describe, expect, it } from 'vitest';
import { spansWithin } from './spans';
import type { Span } from './extract';

const span = (start: number, end: number): Span => ({ start, end });
/** The definition spansWithin must agree with: a filter over every span. */
const byFilter = (spans: Span[], start: number, end: number) =>
	spans.flatMap((s, i) => (s.start >= start && s.end <= end ? [i] : []));
const range = ([from, to]: [number, number]) => Array.from({ length: to - from }, (_, k) => from + k);

describe('spansWithin', () => {
	const spans = [span(0, 4), span(4, 9), span(12, 15), span(20, 30)];
	it('includes spans that touch either bound', () => {
		expect(spansWithin(spans, 4, 15)).toEqual([1, 3]);
		expect(spansWithin(spans, 0, 30)).toEqual([0, 4]);
	});
	it('leaves out spans that stick out on either side', () => {
		expect(spansWithin(spans, 5, 15)).toEqual([2, 3]);
		expect(spansWithin(spans, 4, 14)).toEqual([1, 2]);
		expect(range(spansWithin(spans, 22, 28))).toEqual([]);
	});
	it('gives an empty range for an empty list or a bound between spans', () => {
		expect(spansWithin([], 0, 10)).toEqual([0, 0]);
		expect(range(spansWithin(spans, 9, 12))).toEqual([]);
		expect(range(spansWithin(spans, 31, 40))).toEqual([]);
	});
	it('agrees with a filter over every span on random sorted spans', () => {
		let seed = 7;
		const rnd = (n: number) => Math.floor(((seed = (seed * 48_271) % 2_147_483_647) / 2_147_483_647) * n);
		for (let round = 0; round < 200; round++) {
			const list: Span[] = [];
			const count = rnd(12);
			for (let at = rnd(3); list.length < count;) {
				const s = at + rnd(3);
				list.push(span(s, s + 1 + rnd(5)));
				at = list.at(-1)!.end;
			}
			const a = rnd(40);
			const b = a + rnd(40);
			expect(range(spansWithin(list, a, b))).toEqual(byFilter(list, a, b));
		}
	});
});
