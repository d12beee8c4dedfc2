/**
 * What changed between two days: the rule of the "What changed" view. Whether a feature stood on a
 * day is the time model's own state for a one-day selection (`featureTime` in model.ts); this
 * module only compares the two answers, and follows `replaces` (geodata: the corridor's 2022 road
 * replaced its 2020 road) so a feature that took another's place is shown as one that moved.
 *
 * Pure and browser-safe, like model.ts.
 */
import { featureTime, isDrawn, type DateRange } from './model';

/**
 * - `established`: not there on the first day, there on the second;
 * - `removed`: there on the first day, gone by the second;
 * - `moved-from` / `moved-to`: the old and the new feature of a pair linked by `replaces`;
 * - `unchanged`: there on both days (or undated, like a town);
 * - `absent`: there on neither day (not drawn, not listed).
 */
export type ChangeStatus = 'established' | 'removed' | 'moved-from' | 'moved-to' | 'unchanged' | 'absent';

export interface Comparable {
	id: string;
	valid_from?: string | null;
	valid_to?: string | null;
	/** The id of the feature this one took over from. */
	replaces?: string | null;
}

export interface CompareDates {
	/** The earlier day and the later day, YYYY-MM-DD. */
	a: string;
	b: string;
}

/** One day as a selection of the time model. */
export const day = (d: string): DateRange[] => [{ start: d, end: d }];

/** Whether the time model draws the feature on that day. */
export function standsOn(feature: Comparable, date: string): boolean {
	return isDrawn(
		featureTime({ valid_from: feature.valid_from || null, valid_to: feature.valid_to || null }, day(date))
	);
}

export interface Change {
	id: string;
	status: ChangeStatus;
	/** The day the change happened, from the feature's own dates (null when unchanged or absent). */
	date: string | null;
	/** For a move: the other feature of the pair (the new one for `moved-from`, the old one for `moved-to`). */
	other: string | null;
}

/** The change of every feature between the two days, by id. `a` must be before `b`. */
export function changesBetween(
	features: readonly Comparable[],
	{ a, b }: CompareDates
): Record<string, Change> {
	const byId = new Map(features.map((f) => [f.id, f]));
	const at = new Map(features.map((f) => [f.id, { a: standsOn(f, a), b: standsOn(f, b) }]));
	/** The feature that replaced `id` and stands on the second day, if any. */
	const successor = new Map<string, string>();
	for (const f of features) if (f.replaces && at.get(f.id)?.b) successor.set(f.replaces, f.id);
	const out: Record<string, Change> = {};
	for (const f of features) {
		const s = at.get(f.id)!;
		const old = f.replaces ? byId.get(f.replaces) : undefined;
		const oldAt = old ? at.get(old.id) : undefined;
		let change: Change;
		if (s.a && s.b) change = { id: f.id, status: 'unchanged', date: null, other: null };
		else if (!s.a && s.b) {
			change =
				old && oldAt?.a && !oldAt.b
					? { id: f.id, status: 'moved-to', date: f.valid_from || null, other: old.id }
					: { id: f.id, status: 'established', date: f.valid_from || null, other: null };
		} else if (s.a && !s.b) {
			const next = successor.get(f.id);
			change =
				next && !at.get(next)!.a
					? { id: f.id, status: 'moved-from', date: byId.get(next)!.valid_from || null, other: next }
					: { id: f.id, status: 'removed', date: f.valid_to || null, other: null };
		} else change = { id: f.id, status: 'absent', date: null, other: null };
		out[f.id] = change;
	}
	return out;
}

/**
 * The changes a reader reads in the list, in date order: a move once (under its new feature),
 * unchanged and absent features left out.
 */
export function changeList(changes: Record<string, Change>): Change[] {
	return Object.values(changes)
		.filter((c) => c.status === 'established' || c.status === 'removed' || c.status === 'moved-to')
		.sort((x, y) => (x.date ?? '').localeCompare(y.date ?? '') || x.id.localeCompare(y.id));
}
