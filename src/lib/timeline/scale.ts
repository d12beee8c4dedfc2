/**
 * The time strip's arithmetic, pure: days as integers (UTC, so no time zone moves a date), the
 * bins its bars count (weeks when there is room, else months) and where a date falls on it.
 */
import { countIn, type DateIndex, type DateRange } from '$lib/time/model';

const DAY = 86_400_000;

/** Days since 1970-01-01 for an ISO date. */
export function dayOf(iso: string): number {
	return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);
}

export function isoOf(day: number): string {
	return new Date(day * DAY).toISOString().slice(0, 10);
}

/** Where a date falls on the strip, 0 (first day of `span`) to 1 (the day after its last). */
export function fractionOf(iso: string, span: DateRange): number {
	const first = dayOf(span.start);
	const total = dayOf(span.end) - first + 1;
	return Math.min(1, Math.max(0, (dayOf(iso) - first) / total));
}

/** Where the end of a date (the start of the next day) falls on the strip. */
export function endFractionOf(iso: string, span: DateRange): number {
	const first = dayOf(span.start);
	const total = dayOf(span.end) - first + 1;
	return Math.min(1, Math.max(0, (dayOf(iso) + 1 - first) / total));
}

/** The day under a point at `fraction` of the strip, clamped to the span. */
export function dayAt(fraction: number, span: DateRange): string {
	const first = dayOf(span.start);
	const last = dayOf(span.end);
	return isoOf(Math.min(last, Math.max(first, first + Math.floor(fraction * (last - first + 1)))));
}

/** Moves a date by `days`, clamped to the span. */
export function shift(iso: string, days: number, span: DateRange): string {
	const d = dayOf(iso) + days;
	return isoOf(Math.min(dayOf(span.end), Math.max(dayOf(span.start), d)));
}

export interface Bin extends DateRange {
	count: number;
}

/** Calendar months over the span, each with the quotes and passages dated in it. */
export function monthBins(span: DateRange, index: DateIndex): Bin[] {
	const bins: Bin[] = [];
	let [y, m] = span.start.split('-').map(Number) as [number, number];
	for (;;) {
		const start = `${y}-${String(m).padStart(2, '0')}-01`;
		if (start > span.end) break;
		const next = m === 12 ? [y + 1, 1] : [y, m + 1];
		const end = isoOf(dayOf(`${next[0]}-${String(next[1]).padStart(2, '0')}-01`) - 1);
		const range = { start: start < span.start ? span.start : start, end: end > span.end ? span.end : end };
		bins.push({ ...range, count: countIn(index, [range]) });
		[y, m] = next as [number, number];
	}
	return bins;
}

/** Seven-day bins from the span's first day. */
export function weekBins(span: DateRange, index: DateIndex): Bin[] {
	const bins: Bin[] = [];
	const last = dayOf(span.end);
	for (let d = dayOf(span.start); d <= last; d += 7) {
		const range = { start: isoOf(d), end: isoOf(Math.min(last, d + 6)) };
		bins.push({ ...range, count: countIn(index, [range]) });
	}
	return bins;
}

/** Weeks when each gets at least `minPx` pixels, else months. */
export function binsFor(span: DateRange, index: DateIndex, widthPx: number, minPx = 4): Bin[] {
	const weeks = Math.ceil((dayOf(span.end) - dayOf(span.start) + 1) / 7);
	return widthPx / weeks >= minPx ? weekBins(span, index) : monthBins(span, index);
}

/** Where a key moves a handle: arrows a week, Page Up/Down a month, Home/End the ends; undefined for other keys. */
export function keyStep(key: string, at: string, span: DateRange): string | undefined {
	if (key === 'Home') return span.start;
	if (key === 'End') return span.end;
	const days = KEY_DAYS[key];
	return days === undefined ? undefined : shift(at, days, span);
}

const KEY_DAYS: Record<string, number> = {
	ArrowLeft: -7,
	ArrowDown: -7,
	ArrowRight: 7,
	ArrowUp: 7,
	PageDown: -30,
	PageUp: 30
};
