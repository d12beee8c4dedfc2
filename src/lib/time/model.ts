/**
 * Time, decided in one place. For any curated feature and any selection (one date range, or the
 * union of the named periods switched on), this module says the feature's state, whether the map
 * draws it, how many quotes it has there, and whether a quote is in. The map's feature state, the
 * popup, the index, the counts, the list and the exports all ask it; nothing else compares dates.
 *
 * Pure and browser-safe: ISO dates (YYYY-MM-DD) compare correctly as strings, so no Date parsing.
 * Both ends of every range are inclusive, like `valid_from` / `valid_to` in geodata/.
 */

export interface DateRange {
	start: string;
	end: string;
}

/** A union of date ranges. The UI never makes it empty (every period off is the whole mission). */
export type Selection = readonly DateRange[];

/**
 * Where a feature stands relative to a selection whose first day is S and last day is E:
 * - `not-yet`: established after E; `gone`: its last day was before S (both not drawn);
 * - `standing`: stood from S (or earlier) to E (or later), or has no dates (settlements);
 * - `established`: established after S, still standing at E;
 * - `dismantled`: stood within the selection and its last day was before E (wherever it began);
 * - `between`: it stood only in a gap between two periods switched on (not drawn).
 */
export type TimeState = 'not-yet' | 'standing' | 'established' | 'dismantled' | 'gone' | 'between';

/** The states the map draws (and may count quotes for); the others are transparent and unclickable. */
export function isDrawn(state: TimeState): boolean {
	return state === 'standing' || state === 'established' || state === 'dismantled';
}

type Dated = { valid_from?: string | null; valid_to?: string | null };
type PeriodRange = { id: string; start: string; end: string };

/** Sorted by start, overlapping ranges merged: counting over it never counts a date twice. */
export function normalize(selection: Selection): DateRange[] {
	const sorted = [...selection].filter((r) => r.start <= r.end).sort((a, b) => (a.start < b.start ? -1 : 1));
	const out: DateRange[] = [];
	for (const r of sorted) {
		const last = out.at(-1);
		if (last && r.start <= last.end) last.end = r.end > last.end ? r.end : last.end;
		else out.push({ ...r });
	}
	return out;
}

/** The whole mission: from the first period's start to the last period's end (the default view). */
export function missionRange(periods: readonly PeriodRange[]): DateRange {
	const starts = periods.map((p) => p.start).sort();
	const ends = periods.map((p) => p.end).sort();
	return { start: starts[0] ?? '2020-09-27', end: ends.at(-1) ?? '2024-06-12' };
}

/** A feature's own life within the mission ("show its dates on the map"); null when none of it lies inside. */
export function lifeWithin(feature: Dated, mission: DateRange): DateRange | null {
	const start = feature.valid_from && feature.valid_from > mission.start ? feature.valid_from : mission.start;
	const end = feature.valid_to && feature.valid_to < mission.end ? feature.valid_to : mission.end;
	return start <= end ? { start, end } : null;
}

/** What the reader chose: named periods (presets, several at once), else one range, else the mission. */
export interface TimeChoice {
	periods: readonly string[];
	range: DateRange | null;
}

export function selectionOf(choice: TimeChoice, periods: readonly PeriodRange[]): DateRange[] {
	const named = periods.filter((p) => choice.periods.includes(p.id));
	if (named.length > 0) return normalize(named.map(({ start, end }) => ({ start, end })));
	if (choice.range && choice.range.start <= choice.range.end) return [{ ...choice.range }];
	return [missionRange(periods)];
}

/** Whether a date (an article's publication date) is in the selection: the rule for quotes. */
export function dateIn(date: string, selection: Selection): boolean {
	return selection.some((r) => r.start <= date && date <= r.end);
}

/** The state of a feature with these dates in the selection (see `TimeState`). */
export function featureTime(feature: Dated, selection: Selection): TimeState {
	const ranges = normalize(selection);
	const from = feature.valid_from || null;
	const to = feature.valid_to || null;
	if (ranges.length === 0) return 'between';
	const start = ranges[0]!.start;
	const end = ranges.at(-1)!.end;
	if (from && from > end) return 'not-yet';
	if (to && to < start) return 'gone';
	const overlaps = ranges.some((r) => (!from || from <= r.end) && (!to || to >= r.start));
	if (!overlaps) return 'between';
	if (to && to < end) return 'dismantled';
	if (from && from > start) return 'established';
	return 'standing';
}

/**
 * Quotes per date for one feature, compact enough to ship with the first view: the distinct
 * dates in order and the running total at each (`total[i]` = quotes dated on or before `dates[i]`).
 */
export interface DateIndex {
	dates: string[];
	total: number[];
}

export function dateIndex(dates: readonly string[]): DateIndex {
	const sorted = [...dates].sort();
	const out: DateIndex = { dates: [], total: [] };
	for (const [i, d] of sorted.entries()) {
		if (out.dates.at(-1) === d) out.total[out.total.length - 1] = i + 1;
		else {
			out.dates.push(d);
			out.total.push(i + 1);
		}
	}
	return out;
}

/** Quotes dated on or before `date` (binary search). */
function upTo(index: DateIndex, date: string): number {
	let lo = 0;
	let hi = index.dates.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (index.dates[mid]! <= date) lo = mid + 1;
		else hi = mid;
	}
	return lo === 0 ? 0 : index.total[lo - 1]!;
}

/** Quotes dated strictly before `date`. */
function before(index: DateIndex, date: string): number {
	let lo = 0;
	let hi = index.dates.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (index.dates[mid]! < date) lo = mid + 1;
		else hi = mid;
	}
	return lo === 0 ? 0 : index.total[lo - 1]!;
}

/** How many of the indexed quotes fall in the selection. */
export function countIn(index: DateIndex | undefined, selection: Selection): number {
	if (!index) return 0;
	let n = 0;
	for (const r of normalize(selection)) n += upTo(index, r.end) - before(index, r.start);
	return n;
}

/**
 * What the map, the popup, the index and the list all show for one feature: its state, whether it
 * is drawn, and its quotes in the selection (none for a feature the map does not draw).
 */
export interface FeatureTime {
	state: TimeState;
	drawn: boolean;
	count: number;
}

export function timeOf(feature: Dated, index: DateIndex | undefined, selection: Selection): FeatureTime {
	const state = featureTime(feature, selection);
	const drawn = isDrawn(state);
	return { state, drawn, count: drawn ? countIn(index, selection) : 0 };
}

/** Whether a quote is listed for a feature: its article's date is in, and the feature is drawn. */
export function quoteShown(articleDate: string | undefined, feature: Dated, selection: Selection): boolean {
	return (
		articleDate !== undefined && dateIn(articleDate, selection) && isDrawn(featureTime(feature, selection))
	);
}
