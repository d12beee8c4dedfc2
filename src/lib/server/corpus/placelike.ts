/**
 * Place-like names the gazetteer does not know, each with every span and the sentence it came
 * from: runs of capitalised words that GeoNames knows as a populated place, that are country
 * names, that follow "in/near/outside …", or that the words around call a place ("the villages of
 * X and Y", "the X region", "the X monastery complex", "Mount X"), minus people (after a title,
 * before a speech verb, named as a speaker), outlets and institutions. A name that a place
 * context reveals as a loose spelling of a curated feature ("the village of Fizuli") joins it.
 */
import type { UnmatchedName } from '../../data/types';
import type { Paragraph, Span, WordSet } from './extract';
import type { Matcher } from './matcher';
import type { Mention, SetAside } from './mentions';
import {
	hitsForSentence,
	MISSION_REGION,
	suggestionFor,
	type GeoName,
	type GeoNamesIndex
} from './suggestions';
import { STREET, WEEKDAY } from './words';
import { judge } from './judge';
import { mayFollowList, POSSESSIVE } from './judge-shape';
import { listedPlace } from './judge-lists';
import {
	again,
	bulletBesidePlace,
	DATELINE_OPEN,
	isBare,
	sentenceAround,
	splitPiece,
	tidy
} from './placelike-pieces';
import {
	BULLET,
	EVENT_HEAD,
	FEATURE_HEAD,
	GLUED_DATELINE,
	LIST_AFTER,
	LIST_BEFORE,
	NUMBERED,
	OTHER_NAME_IN,
	STREET_WHY,
	UNIT_HEADS
} from './judge-cues';
import type { VariantIndex } from './variants';
import { curatedSpelling } from './placelike-curated';
import { shapedPlaces } from './placelike-shapes';
import { Positions } from './spans';
import { isTitleCase } from './text-blocks';
import { aliasKey } from '../../names/fold';

/** A weekday ending a run of capitals: "Tehran Monday". */
const TRAILING_DAY = new RegExp(`\\s+${WEEKDAY}$`);

export interface UnmatchedInput {
	body: string;
	file: string;
	/** Paragraphs that are reporting (furniture left out). */
	paragraphs: Paragraph[];
	/** Their runs of capitalised words, in text order (the join finds them once). */
	runs: Span[];
	/** Spans already decided (mentions, organisations, compounds), sorted by start: never reported again. */
	covered: Span[];
	/** The place mentions among them: a name listed with a place is a place. */
	places: Span[];
	/** Names the join could not tie but knows are places (compounds, ambiguous spellings). */
	setAside: SetAside[];
	/** Words of the article's speakers and subjects: people, not places. */
	people: WordSet;
	/** Spellings of curated names, asked loosely where the words around say a place is named. */
	variants?: VariantIndex;
	date?: string;
	entries?: Matcher['entries'];
	geonames?: GeoNamesIndex;
}

export interface UnmatchedResult {
	unmatched: UnmatchedName[];
	/** Names a place context reveals as a loose spelling of one curated feature. */
	variants: Mention[];
}

export function findUnmatched(input: UnmatchedInput): UnmatchedResult {
	const { body, paragraphs, covered, people, geonames } = input;
	const found = new Map<string, UnmatchedName & { hits?: GeoName[] }>();
	const variants: Mention[] = [];
	const note = (
		name: string,
		s: number,
		e: number,
		p: Span,
		why: string,
		hits?: GeoName[],
		candidates?: string[]
	) => {
		// ("St. Petersburg" reported: "Petersburg" inside it is no second name.)
		for (const f of found.values())
			if (f.spans.some((x) => x.start <= s && e <= x.end && x.end - x.start > e - s)) return;
		const key = aliasKey(name);
		const prev = found.get(key);
		if (prev) {
			prev.count++;
			prev.spans.push({ start: s, end: e });
			return;
		}
		found.set(key, {
			name,
			file: input.file,
			count: 1,
			spans: [{ start: s, end: e }],
			sentence: sentenceAround(body, p, s),
			why,
			candidates,
			suggestion: null,
			hits
		});
	};
	for (const a of input.setAside) {
		if (!a.report) continue;
		const p = paragraphs.find((q) => q.start <= a.start && a.end <= q.end) ?? { start: a.start, end: a.end };
		note(body.slice(a.start, a.end), a.start, a.end, p, a.why, undefined, a.candidates);
	}
	// "Height 1,372", "the Alley of Martyrs", "…, Glendale, Calif.": places no run of capitals holds whole.
	const shaped = shapedPlaces(body, paragraphs, people);
	for (const s of shaped.places) {
		const p = paragraphs.find((q) => q.start <= s.start && s.end <= q.end)!;
		note(body.slice(s.start, s.end), s.start, s.end, p, s.why);
	}
	// Places already known in this article, by where they start and end: a name listed with one
	// ("Lachin, Zabukh and Sus", "Gəncə–Qazax", "Parukh (Farrukh …)") is a place too.
	const starts = new Positions(body.length);
	const ends = new Positions(body.length);
	for (const m of input.places) {
		starts.add(m.start);
		ends.add(m.end);
	}
	// Only a place ending or starting within a separator's 40 characters can list this one: most pieces
	// have none near, and skip both patterns (LIST_BEFORE, anchored at the end, is tried at every position).
	const nextToPlace = (s: number, e: number) => {
		const before =
			mayFollowList(body, s) && ends.anyWithin(s - 40, s - 1)
				? LIST_BEFORE.exec(body.slice(Math.max(0, s - 40), s))
				: null;
		// "GORIS, Armenia—Cars piled high …": the dash after a dateline opens the story; it lists nothing.
		if (
			before &&
			ends.has(s - before[0].length) &&
			!(/^[–—-]$/.test(before[0]) && DATELINE_OPEN.test(body.slice(body.lastIndexOf('\n', s) + 1, s)))
		)
			return true;
		const after = starts.anyWithin(e + 1, e + 40) ? LIST_AFTER.exec(body.slice(e, e + 40)) : null;
		if (after && starts.has(e + after[0].length)) return true;
		// "moving to the Kajavan (Amiranlar) in Nagorno-Karabakh": a name with its other name in brackets, in a place.
		const other = body[e + 1] === '(' ? OTHER_NAME_IN.exec(body.slice(e, e + 40)) : null;
		return (!!other && starts.has(e + other[0].length)) || bulletBesidePlace(body, s, e, starts, ends);
	};
	/** Judge the piece body[s, e) of the run body[at, runEnd), and note it if it is place-like. */
	const count = (s: number, e: number, at: number, runEnd: number, p: Span): void => {
		// (A letter's writer, "Hovig Terzian, Watertown, Mass.", is a person before the town.)
		if (shaped.writers.some((w) => w.start <= s && e <= w.end)) return;
		// "Japan's Foreign Ministry": the owner and the rest are two pieces.
		const piece = body.slice(s, e);
		const own = POSSESSIVE.exec(piece);
		if (own) {
			count(s, s + own.index + 2, at, runEnd, p);
			count(s + own.index + own[0].length, e, at, runEnd, p);
			return;
		}
		// "in Tehran Monday": the day an American wire writes after the place is no part of its name.
		const day = piece.endsWith('day') ? TRAILING_DAY.exec(piece) : null;
		if (day) return count(s, s + day.index, at, runEnd, p);
		const parts = splitPiece(body, s, e, piece);
		if (parts) {
			for (const [from, to] of parts) count(from, to, at, runEnd, p);
			return;
		}
		// "Tbilisi-based", "Moscow-brokered": the name is the part before the lowercase suffix.
		// Only a piece with a hyphen can have one (most have none: no search, no second slice).
		// "Rostov-on-Don", "Frankfurt-am-Main": lowercase parts between capitalised ones are the name's own.
		// "BERKADZOR-An explosion …": a dateline in capitals glued to the lead's first word, at a line's start.
		const glued =
			piece.includes('-') && (s === 0 || body[s - 1] === '\n') ? GLUED_DATELINE.exec(piece) : null;
		if (glued) return count(s, s + glued[0].length, at, runEnd, p);
		const dash = piece.includes('-') ? piece.search(/-\p{Ll}(?![\p{Ll}]{0,3}-\p{Lu})/u) : -1;
		if (dash > 0) {
			// "the Armenian-majority Javakheti region": the names after the hyphenated word are judged on their own.
			const next = piece.indexOf(' ', dash);
			if (next > 0) count(s + next + 1, e, at, runEnd, p);
			e = s + dash;
		}
		const cut = dash > 0 ? body.slice(s, e) : piece;
		// A bare piece is its own name, at offset 0.
		const raw = isBare(body, s, e) ? cut : tidy(cut);
		const from = s + (raw === cut ? 0 : Math.max(cut.indexOf(raw), 0));
		// "the Karabakh Economic Region": a unit's head words after a place name the place, as "the
		// Karabakh economic region" does (eval/README: a unit named for a curated place joins it).
		// ("the Second Karabakh War", "the Karabakh Movement": an event's or a cause's word after the place, no place.)
		if (from > at && ends.has(from - 1) && (UNIT_HEADS.test(raw) || EVENT_HEAD.test(raw))) return;
		// "Stepanakert’s Renaissance Square": a square or a street of a place named before it, with no curated feature.
		const owner = STREET.test(raw) ? /[’']s\s+$/.exec(body.slice(Math.max(0, from - 4), from)) : null;
		if (owner && ends.has(from - owner[0].length)) {
			note(raw, from, from + raw.length, p, STREET_WHY);
			return;
		}
		const v = judge(raw, body, from, at, runEnd, people, geonames, nextToPlace, p.start);
		if (!v) {
			if (from < e && !retrying)
				passed.push({ start: from, end: from + raw.length, p, piece: [s, e, at, runEnd] });
			return;
		}
		// A headline (or a dek or subhead: a short line) in title case capitalises every word: "from Base",
		// "to Revert", "Access to Food" are no evidence of a name (the places it names come again in the body),
		// nor is a far town GeoNames knows by a common word ("Arrives in Cars and Tears").
		if (
			(v.why === 'after in/near/at' ||
				v.why === 'place context' ||
				(v.why === 'GeoNames place' && !v.hits?.some((h) => MISSION_REGION.includes(h.country)))) &&
			((p as Paragraph).headline || (p.end - p.start <= 90 && !/[.!?]$/.test(body.slice(p.start, p.end)))) &&
			isTitleCase(body.slice(p.start, p.end)) &&
			// (An item of a list of places is no headline: "• Voskepar (Armenia) - Ashagi Askipara (Azerbaijan)", "- the
			// villages of Sarushen, Karin Tak and Chartar".)
			!listedPlace(body, from + v.offset, v.length) &&
			!BULLET.test(body.slice(p.start, p.end)) &&
			!NUMBERED.test(body.slice(p.start, p.end))
		) {
			if (!retrying) passed.push({ start: from, end: from + raw.length, p });
			return;
		}
		const start = from + v.offset;
		let end = start + v.length;
		// "the Sarsang reservoir", "the Tartar river": the head is part of the place's name.
		const head = v.head && FEATURE_HEAD.exec(body.slice(end, end + 40));
		if (head) end += head[0].length;
		// "the Albanian Church of Khudang": the building's name runs on after "of".
		const of = /(?:Church|Temple|Monastery|Cathedral)$/.test(v.name)
			? /^\s+of\s+\p{Lu}[\p{L}’'-]+/u.exec(body.slice(end, end + 40))
			: null;
		if (of) end += of[0].length;
		// A curated feature the name and its head (or the facility before it) spell: "the Hakari River bridge", "Khudawang Temple".
		const curated = curatedSpelling(v, start, end, head, body, input);
		if (curated) return void variants.push({ ...curated, how: 'variant' });
		note(body.slice(start, end), start, end, p, v.why, v.hits);
		starts.add(start);
		ends.add(start + v.length);
	};
	/** Pieces judged not place-like; `piece` (start, end, run start, run end) to ask again once the places after it are known. */
	let passed: (Span & { p: Span; piece?: [number, number, number, number] })[] = [];
	let retrying = false;
	let ci = 0;
	let pi = 0;
	for (const { start: at, end: runEnd } of input.runs) {
		while (pi + 1 < paragraphs.length && paragraphs[pi]!.end < at) pi++;
		const p = paragraphs[pi]!;
		// The pieces of the run between decided spans, in text order. Spans are sorted by start
		// and never overlap: skip those ending before the run.
		while (ci < covered.length && covered[ci]!.end <= at) ci++;
		let from = at;
		for (let k = ci; k < covered.length && covered[k]!.start < runEnd; k++) {
			if (covered[k]!.start > from) count(from, covered[k]!.start, at, runEnd, p);
			from = Math.max(from, covered[k]!.end);
		}
		if (runEnd > from) count(from, runEnd, at, runEnd, p);
	}
	// "Mets Taglar, Salaketin, … and Sheher villages": a name listed before a place is a place too, and the list is read from its end.
	retrying = true;
	const retryLists = () => {
		const listed = new Set<number>();
		for (let k = passed.length - 1; k >= 0; k--) {
			const { start, end, p, piece } = passed[k]!;
			if (!piece || !nextToPlace(start, end)) continue;
			const before = found.size;
			count(piece[0], piece[1], piece[2], piece[3], p);
			if (found.size > before || starts.has(start)) listed.add(start);
		}
		if (listed.size) passed = passed.filter((x) => !listed.has(x.start));
	};
	retryLists();
	// One name, one sense in an article: another spelling or a bare repeat of a name reported above ("Джанятаг … Dzhanyatag",
	// "on Askeran" after "the Askeran district"); the repeats list the name before them ("Azokh, Tumi, Togh — none of them").
	if (found.size && passed.length) {
		const repeats: number[] = [];
		again(body, found, passed, people, (name, s, e, p, why) => {
			note(name, s, e, p, why);
			starts.add(s);
			ends.add(e);
			repeats.push(s);
		});
		passed = passed.filter((x) => !repeats.some((r) => x.start <= r && r < x.end));
		if (repeats.length) retryLists();
	}
	const unmatched = [...found.values()].map(({ hits, ...u }) => {
		const near = hitsForSentence(u.sentence, hits);
		return { ...u, suggestion: near.length ? suggestionFor(u.name, near) : null };
	});
	return { unmatched, variants };
}
