import { describe, expect, it } from 'vitest';
import { median, p95, prng, quantile, summarize } from './stats';

describe('bench stats', () => {
	it('median of odd and even counts, unsorted input', () => {
		expect(median([5, 1, 3])).toBe(3);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(median([7])).toBe(7);
		expect(median([])).toBeNaN();
	});
	it('p95 interpolates between closest ranks', () => {
		const xs = Array.from({ length: 101 }, (_, i) => 100 - i); // 0..100, reversed
		expect(p95(xs)).toBe(95);
		expect(p95([1, 2])).toBeCloseTo(1.95);
		expect(quantile([3, 1, 2], 0)).toBe(1);
		expect(quantile([3, 1, 2], 1)).toBe(3);
	});
	it('summarize does not reorder its input', () => {
		const xs = [3, 1, 2];
		expect(summarize(xs)).toEqual({ n: 3, median: 2, min: 1, max: 3, p95: 2.9 });
		expect(xs).toEqual([3, 1, 2]);
	});
	it('prng is deterministic for a seed and in [0, 1)', () => {
		const a = prng(42);
		const b = prng(42);
		const xs = Array.from({ length: 1000 }, () => a());
		expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
		expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
		expect(prng(43)()).not.toBe(xs[0]);
	});
});
