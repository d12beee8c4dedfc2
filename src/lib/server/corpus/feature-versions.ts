/**
 * Dated features that share a name (the line of contact of 1994 and of 2020, the Lachin corridor of
 * 2020 and of 2022): which version a mention names, by the article's date and the words the text
 * gives it (version-cue.ts reads those words).
 */
import type { GazetteerEntry } from './matcher';

const DAY = 86_400_000;
/** Dates as days since 1970, cached: every mention of a shared name parses the article's date again. */
const dayCache = new Map<string, number>();
export function days(iso: string): number {
	let d = dayCache.get(iso);
	if (d === undefined) {
		if (dayCache.size > 10_000) dayCache.clear();
		dayCache.set(iso, (d = Date.parse(`${iso}T00:00:00Z`) / DAY));
	}
	return d;
}

/**
 * When one name stands for several features ("line of contact": the 1994 and the 2020 line),
 * keep those valid on the article's date, else the one whose validity lies closest to it. When
 * the text says "former" (or "old", of a line redrawn, not a road moved), the one that had most recently
 * ended by that date (a version ending within two weeks of it counts: "the former Lachin corridor" in its
 * last days is that corridor; "the old line of contact" is the 1994 line in 2021 and the 2020 line in
 * 2024); "old" of a road that moved, or before any version ended, the one that ended first; when it says
 * "new", the last one.
 */
export function pickByDate(
	ids: string[],
	date: string,
	entries: Map<string, GazetteerEntry>,
	earlier?: 'old' | 'former' | 'new'
): string[] {
	if (ids.length < 2) return ids;
	const end = (id: string) => entries.get(id)?.valid_to ?? '9999';
	// "the new route of the Lachin corridor" before that route opened: the text names the later road.
	if (earlier === 'new') return [ids.reduce((a, b) => (end(b) > end(a) ? b : a))];
	// "the old Goris–Stepanakert road": a road that moved (its later version `replaces` it) was first where the text points.
	const firstEnded = () => [ids.reduce((a, b) => (end(b) < end(a) ? b : a))];
	if (earlier === 'old' && ids.some((id) => entries.get(id)?.replaces)) return firstEnded();
	if (earlier === 'former' || earlier === 'old') {
		const ended = ids.filter((id) => days(end(id)) <= days(date) + 14);
		if (ended.length) return [ended.reduce((a, b) => (end(b) > end(a) ? b : a))];
		if (earlier === 'old') return firstEnded();
	}
	const d = days(date);
	const distance = (id: string) => {
		const e = entries.get(id);
		const from = e?.valid_from ? days(e.valid_from) : -Infinity;
		const to = e?.valid_to ? days(e.valid_to) : Infinity;
		return d < from ? from - d : d > to ? d - to : 0;
	};
	const best = Math.min(...ids.map(distance));
	const kept = ids.filter((id) => distance(id) === best);
	// On the day one version ends and the next begins (the line of contact on 10 Nov 2020): the new one.
	if (kept.length > 1 && best === 0) {
		const from = (id: string) => entries.get(id)?.valid_from ?? '';
		const latest = kept.reduce((a, b) => (from(b) > from(a) ? b : a));
		if (kept.some((id) => from(id) !== from(latest))) return [latest];
	}
	return kept;
}
