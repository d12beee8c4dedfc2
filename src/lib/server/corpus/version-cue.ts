/**
 * Words next to a name that several dated features share (the line of contact of 1994 and of 2020,
 * the corridor of 2020 and of 2022) and that point at an earlier version than the article's date.
 */
import type { GazetteerEntry } from './matcher';
import { days, pickByDate } from './feature-versions';
import { MONTH, MONTH_SHORT } from './words';

/** "the old road", "the former contact line": an earlier version of a feature (pickByDate). */
const OLD = /\b(old|former|original|previous|first)\s+$/i;
/** "the new Lachin road": the latest version ("the new route of the Lachin corridor" is the corridor, eval/10). */
const NEW = /\bnew\s+$/i;
/** "The new road, which officials call the Lachin road": a new road given the shared name. */
const NEW_NAMED =
	/\bnew\s+(?:road|route|highway)\b[^.;!?\n]{0,80}?\b(?:call|calls|called|known\s+as|named)\s+(?:it\s+)?(?:the\s+)?$/i;
/** The press's word for where armies fight, not the ceasefire's "line of contact". */
const FRONT = /^front[\s-]?line$/i;
/** Fighting told as past: "had fought on the front line", "the areas it recaptured along the front line". */
const PAST_FIGHTING = /\b(?:fought|fighting|recaptured|captured|retook|retaken|battles?|during the war)\b/i;
/** How long after a version ended its war is still the fighting a text looks back on. */
const AFTERMATH_DAYS = 30;

export type VersionCue = 'old' | 'former' | 'new';
/** "as it then ran", ", which then ran through the town": the road the name had then. */
const THEN_RAN =
	/^,?\s+(?:(?:as\s+it|which)\s+(?:then\s+ran|ran\s+then|then\s+was|was\s+then)|(?:as\s+it|which)\s+used\s+to\s+run)\b/;

/** "old", "former", "new", or none: the version the words before a shared name (or its sentence) point at. */
export function earlierCue(
	body: string,
	start: number,
	end: number,
	ids: string[],
	date: string,
	entries: Map<string, GazetteerEntry>
): VersionCue | undefined {
	if (ids.length < 2) return undefined;
	const old = OLD.exec(body.slice(Math.max(0, start - 20), start));
	if (old) return old[1]!.toLowerCase() === 'former' ? 'former' : 'old';
	// "the Lachin corridor as it then ran through the town" (eval/README, settled in session 33): the one before.
	if (THEN_RAN.test(body.slice(end, end + 30))) return 'old';
	if (NEW.test(body.slice(Math.max(0, start - 30), start))) return 'new';
	if (NEW_NAMED.test(body.slice(Math.max(0, start - 130), start))) return 'new';
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

const MONTHS = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december'
];
/**
 * A timeline's entry: "1 December – …", "December 1, 2020: …", "November 10th 2020. …", "9-10 November 2020. …", "Sept. 19-20, 2023: …",
 * "May 2022: …", "Moscow, 10 November 2020 – …" opening its paragraph (groups: first day, last day, month, year; or
 * month, day, last day, year; or month, year).
 */
const ENTRY = new RegExp(
	String.raw`^(?:\p{Lu}[\p{L}’'-]+(?:\s\p{Lu}[\p{L}’'-]+)?,\s)?(?:(\d{1,2})(?:st|nd|rd|th)?(?:[-–](\d{1,2}))?\s+(${MONTH})(?:\s+(\d{4}))?|(${MONTH}|${MONTH_SHORT})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:[-–](\d{1,2}))?(?:,?\s+(\d{4}))?|(${MONTH})\s+(\d{4}))(?:\s*[–—:-]\s|(?<=\d{4})\.\s)`,
	'iu'
);
/** A year heading on a line of its own ("2020", "2020[edit]"), the last one before an entry. */
const YEAR_HEADING = /(?:^|\n)((?:19|20)\d{2})(?:\s*\[edit\])?[ \t]*(?=\n)/g;
/** (A month by its first three letters: "Sept", "Nov" and "November" alike.) */
const iso = (year: string, month: string, day = '15') =>
	`${year}-${String(MONTHS.findIndex((m) => m.startsWith(month.slice(0, 3).toLowerCase())) + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;

/**
 * The date the text speaks of at a shared name, when it is earlier than the article's: a timeline
 * entry's own date ("1 December – … the Lachin corridor" under "2020"). A year elsewhere in the
 * sentence is not enough: "under the statement of November 9, 2020 must control the Lachin corridor"
 * speaks of the corridor as it is on the article's date. Undefined: the article's date decides.
 */
export function spokenDate(body: string, start: number, ids: string[], date: string): string | undefined {
	if (ids.length < 2) return undefined;
	const paraStart = body.lastIndexOf('\n', start - 1) + 1;
	const entry = ENTRY.exec(body.slice(paraStart, paraStart + 40));
	if (entry) {
		const month = entry[3] ?? entry[5] ?? entry[9]!;
		let year = entry[4] ?? entry[8] ?? entry[10];
		if (!year) for (const m of body.slice(0, paraStart).matchAll(YEAR_HEADING)) year = m[1];
		// (The entry's last day: "9-10 November 2020", "Sept. 19-20, 2023" are the 10th and the 20th; "May 2022"
		// is late May.)
		const day = entry[2] ?? entry[1] ?? entry[7] ?? entry[6] ?? '28';
		const d = year ? iso(year, month, day) : undefined;
		return d && d < date ? d : undefined;
	}
	return undefined;
}

/** "crossed the Hakari bridge in November 2020": the time a sentence gives the feature it names. */
const IN_TIME = new RegExp(String.raw`^\s+in\s+(?:(${MONTH})\s+)?((?:19|20)\d{2})\b`, 'i');

/** The end the same sentence gives a name's feature: ", which ran through the town until August 2022". */
const UNTIL = new RegExp(String.raw`^[^.;!?]*?\buntil\s+(?:(${MONTH})\s+)?((?:19|20)\d{2})\b`, 'i');

/**
 * The date the words right after a name give it ("the bridge in November 2020", "the corridor in
 * 2021"), else the timeline entry's (spokenDate), else undefined: the article's date decides.
 */
export function statedWhen(
	body: string,
	start: number,
	end: number,
	ids: string[],
	date: string
): string | undefined {
	const after = IN_TIME.exec(body.slice(end, end + 24));
	// The period's last days: a feature established at any time within "April 2023" is the one named.
	if (after) return after[1] ? iso(after[2]!, after[1], '28') : `${after[2]}-12-28`;
	// "the Lachin corridor, the road that linked … through Lachin until August 2022": what it was before then.
	const until = ids.length > 1 ? UNTIL.exec(body.slice(end, end + 160)) : null;
	if (until) {
		const d = until[1] ? iso(until[2]!, until[1], '01') : `${until[2]}-01-01`;
		if (d < date) return d;
	}
	return spokenDate(body, start, ids, date);
}

/** A year as the time of its sentence ("a ceasefire in May 1994", "since the 1994 ceasefire, which left a line of
 * contact"), not as where a span began ("since 1994"). */
const YEAR = /(?<!\bsince\s)\b(1[89]\d\d|20\d\d)\b(?![.,]\d)/g;
const yearOf = (iso: string | null | undefined) => (iso ? Number(iso.slice(0, 4)) : NaN);

/**
 * The version a sentence's own years point at, when they are all earlier than the version of the
 * article's date: "The 1994 ceasefire froze a line of contact that held for 26 years" in a 2023
 * story is the 1994 line. Only for versions that are different things: the 2022 road of the Lachin
 * corridor `replaces` the 2020 road (the corridor moved; "under the statement of November 2020 the
 * Lachin corridor…" speaks of the corridor as it is), the 2020 line of contact replaces nothing.
 * Returns a date inside that version, or undefined: the article's date decides.
 */
export function sentenceYearWhen(
	body: string,
	start: number,
	end: number,
	ids: string[],
	date: string,
	entries: Map<string, GazetteerEntry>
): string | undefined {
	if (ids.length < 2) return undefined;
	const current = entries.get(pickByDate(ids, date, entries)[0]!);
	const from = yearOf(current?.valid_from);
	if (!current || !(from > 0)) return undefined;
	const years = [...sentenceAround(body, start, end).matchAll(YEAR)].map((m) => Number(m[1]));
	if (!years.length || years.some((y) => y >= from)) return undefined;
	const moved = (id: string) => {
		for (let e: GazetteerEntry | undefined = current; e?.replaces; e = entries.get(e.replaces))
			if (e.replaces === id) return true;
		return false;
	};
	const y = Math.max(...years);
	const earlier = ids.find((id) => {
		const e = entries.get(id);
		return e !== current && !moved(id) && yearOf(e?.valid_from) <= y && y < yearOf(e?.valid_to);
	});
	return earlier ? (entries.get(earlier)!.valid_from ?? undefined) : undefined;
}
