/** Order statistics for the benchmark. Pure, so they are unit-tested (stats.test.ts). */

export interface Summary {
	n: number;
	median: number;
	min: number;
	max: number;
	p95: number;
}

/** The q-quantile (0 ≤ q ≤ 1) by linear interpolation between closest ranks; NaN for no values. */
export function quantile(values: readonly number[], q: number): number {
	if (values.length === 0) return NaN;
	const s = [...values].sort((a, b) => a - b);
	const pos = (s.length - 1) * Math.min(1, Math.max(0, q));
	const lo = Math.floor(pos);
	const hi = Math.ceil(pos);
	return s[lo]! + (s[hi]! - s[lo]!) * (pos - lo);
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);
export const p95 = (values: readonly number[]): number => quantile(values, 0.95);

export function summarize(values: readonly number[]): Summary {
	return {
		n: values.length,
		median: median(values),
		min: values.length ? Math.min(...values) : NaN,
		max: values.length ? Math.max(...values) : NaN,
		p95: p95(values)
	};
}

/** Seeded PRNG (mulberry32): the same seed gives the same sequence on every machine. */
export function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
