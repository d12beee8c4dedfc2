/**
 * Words next to a name that several dated features share (the line of contact of 1994 and of 2020,
 * the corridor of 2020 and of 2022) and that point at an earlier version than the article's date.
 */
import { days, type GazetteerEntry } from './matcher';

/** "the old road", "the former contact line": an earlier version of a feature (pickByDate). */
const OLD = /\b(old|former|original|previous|first)\s+$/i;
/** The press's word for where armies fight, not the ceasefire's "line of contact". */
const FRONT = /^front[\s-]?line$/i;
/** Fighting told as past: "had fought on the front line", "the areas it recaptured along the front line". */
const PAST_FIGHTING = /\b(?:fought|fighting|recaptured|captured|retook|retaken|battles?|during the war)\b/i;
/** How long after a version ended its war is still the fighting a text looks back on. */
const AFTERMATH_DAYS = 30;

/** "old", "former", or none: the version the words before a shared name (or its sentence) point at. */
export function earlierCue(body: string, start: number, end: number, ids: string[], date: string, entries: Map<string, GazetteerEntry>): 'old' | 'former' | undefined {
	if (ids.length < 2) return undefined;
	const old = OLD.exec(body.slice(Math.max(0, start - 20), start));
	if (old) return old[1]!.toLowerCase() === 'former' ? 'former' : 'old';
	// In the weeks after a ceasefire, "the front line" where men fought or land was retaken is the
	// war's front, which the map draws as the line that ended with it; later clashes have their own.
	if (!FRONT.test(body.slice(start, end))) return undefined;
	const d = days(date);
	const justEnded = ids.some((id) => {
		const to = entries.get(id)?.valid_to;
		return !!to && d - days(to) >= 0 && d - days(to) <= AFTERMATH_DAYS;
	});
	return justEnded && PAST_FIGHTING.test(sentenceAround(body, start, end)) ? 'former' : undefined;
}

/** The sentence holding [start, end) (at most 400 characters either side). */
function sentenceAround(body: string, start: number, end: number): string {
	const before = body.slice(Math.max(0, start - 400), start);
	const last = /[.!?]\s(?![^]*[.!?]\s)/.exec(before);
	const next = /[.!?](?=\s|$)/.exec(body.slice(end, end + 400));
	return before.slice(last ? last.index + 1 : 0) + body.slice(start, next ? end + next.index : end + 400);
}
