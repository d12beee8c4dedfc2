/**
 * Lookups in a list of spans sorted by start and by end, as the matcher's place matches are (they
 * never overlap). A binary search instead of a filter over the whole list: the join asks "which
 * matches lie inside this quote / sentence / paragraph" once per quote, and rescanning every
 * match each time made an article's cost grow with matches × quotes.
 */
import type { Span } from './extract';

/** First index whose `key` exceeds `at` (or, with `orEqual`, reaches it); the list is sorted by `key`. */
function firstPast(spans: readonly Span[], key: 'start' | 'end', at: number, orEqual: boolean): number {
	let lo = 0;
	let hi = spans.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		const v = spans[mid]![key];
		if (v > at || (orEqual && v === at)) hi = mid;
		else lo = mid + 1;
	}
	return lo;
}

/**
 * The index range [from, to) of the spans lying wholly inside [start, end]. The spans must be
 * sorted by start and by end alike (non-overlapping spans in text order are).
 */
export function spansWithin(spans: readonly Span[], start: number, end: number): [number, number] {
	const from = firstPast(spans, 'start', start, true);
	const to = firstPast(spans, 'end', end, false);
	return [from, Math.max(from, to)];
}

/**
 * Positions in a text of `size` characters, as a set that also answers "is any within [lo, hi]" by
 * reading that stretch alone (a Set would be walked whole, and an article has many places).
 */
export class Positions {
	private readonly marks: Uint8Array;
	constructor(size: number) {
		this.marks = new Uint8Array(size + 1);
	}
	add(at: number): void {
		this.marks[at] = 1;
	}
	has(at: number): boolean {
		return this.marks[at] === 1;
	}
	/** Whether a position in [lo, hi] passes `test` (any position, without one). */
	anyWithin(lo: number, hi: number, test?: (at: number) => boolean): boolean {
		for (let k = Math.max(0, lo); k <= hi && k < this.marks.length; k++)
			if (this.marks[k] === 1 && (!test || test(k))) return true;
		return false;
	}
}
