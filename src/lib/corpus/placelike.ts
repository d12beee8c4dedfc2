/**
 * Place-like names the gazetteer does not know: runs of capitalised words that GeoNames knows as
 * a populated place, that are country names, or that follow "in/near/outside …", minus people
 * (after a title, before a speech verb, named as a speaker) and institutions.
 */
import type { PlaceFeature, UnmatchedName } from '../data/types';
import type { Paragraph } from './extract';
import type { PlaceMatch } from './matcher';
import { aliasKey } from '../names/fold';
import { slugify } from './article';
import { capitalisedRuns } from './scan';

export interface GeoName {
	name: string;
	country: string;
	lon: number;
	lat: number;
}

/** Lookup by normalised name (aliasKey); the ingest command builds it from cities.json. */
export interface GeoNamesIndex {
	lookup(key: string): GeoName[] | undefined;
}

export type Suggestion = NonNullable<UnmatchedName['suggestion']> & {
	/** How many GeoNames places share the name: above 1, check the pick. */
	candidates: number;
};

const TITLE =
	/^(President|Prime|Minister|Deputy|Secretary|Secretary-General|Ambassador|Adviser|Advisor|Spokesman|Spokesperson|Chancellor|Chairman|Chief|General|Mr|Mrs|Ms|Dr)$/;
const ORGISH =
	/\b(Ministry|Office|Kremlin|Government|Agency|Council|Group|group|Service|Committee|Club|Union|Federation|News|Treaty|Organization|Policy|Center|Centre|Army|Court)\b/;
const STOP = new Set(
	(
		'The A An In On At As By For From To Of And But Or If So Yet Not No It He She They We I You This That These Those ' +
		'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August ' +
		'September October November December Home Photo Source Meanwhile However Nevertheless Earlier Firstly Secondly ' +
		'Despite Since According Contacted Citing Commenting Meetings Officials Last Comments Discussion Leave Risky Official'
	).split(' ')
);
const LOCATIVE = /(?:^|\s)(?:in|near|outside|at)\s+$/;
const CUE = /(?:^|\s)(?:in|at|near|from|to|outside|of|towards|into|via)\s+$/;
const REGION = ['AM', 'AZ', 'GE', 'RU', 'TR', 'IR'];

let countries: Map<string, string> | undefined;
/** Country names from the runtime's ICU data (no extra dependency): normalised name → code. */
function countryNames(): Map<string, string> {
	if (countries) return countries;
	countries = new Map();
	const dn = new Intl.DisplayNames(['en'], { type: 'region' });
	for (let a = 65; a <= 90; a++) {
		for (let b = 65; b <= 90; b++) {
			const code = String.fromCharCode(a, b);
			try {
				const name = dn.of(code);
				if (name && name !== code) countries.set(aliasKey(name), code);
			} catch {
				// not a region code
			}
		}
	}
	// Names the press uses that ICU spells otherwise (ICU says "Türkiye").
	for (const [name, code] of [['Turkey', 'TR'], ['USA', 'US'], ['Russian Federation', 'RU']]) countries.set(aliasKey(name!), code!);
	return countries;
}

export function isCountryName(name: string): boolean {
	return countryNames().has(aliasKey(name));
}

export function suggestionFor(name: string, hits: GeoName[]): Suggestion {
	const best = [...hits].sort((x, y) => rank(x) - rank(y))[0]!;
	const feature: PlaceFeature = {
		type: 'Feature',
		geometry: { type: 'Point', coordinates: [best.lon, best.lat] },
		properties: {
			id: slugify(name, 4) || 'place',
			name,
			contested_name: null,
			aliases: best.name === name ? [] : [best.name],
			kind: 'city',
			precision: 'approx',
			sources: [
				{
					title: `GeoNames (via cities.json): ${best.name}, ${best.country}`,
					url: `https://www.geonames.org/search.html?q=${encodeURIComponent(best.name)}&country=${best.country}`
				}
			]
		}
	};
	return { name: best.name, country: best.country, lon: best.lon, lat: best.lat, feature, candidates: hits.length };
}
const rank = (g: GeoName) => {
	const i = REGION.indexOf(g.country);
	return i < 0 ? REGION.length : i;
};

export interface UnmatchedInput {
	body: string;
	file: string;
	paragraphs: Paragraph[];
	/** Gazetteer matches in the body: their words are never reported. */
	matches: PlaceMatch[];
	/** Words of the article's speakers and subjects: people, not places. */
	people: Set<string>;
	geonames?: GeoNamesIndex;
}

/** A piece without edge apostrophes or hyphens, a possessive ’s or edge whitespace. */
export const tidy = (piece: string) =>
	piece
		.replace(/[’'-]+$|^[’'-]+/g, '')
		.replace(/’s$/, '')
		.trim();
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/**
 * Whether tidy() would leave body[s, e) as it is: it starts with an ASCII letter and ends with one
 * other than "s". Most pieces do, and they skip tidy's two regex replacements.
 */
export function isBare(body: string, s: number, e: number): boolean {
	const last = body.charCodeAt(e - 1);
	return e > s && isAsciiLetter(body.charCodeAt(s)) && isAsciiLetter(last) && last !== 115;
}

export function findUnmatched(input: UnmatchedInput): UnmatchedName[] {
	const { body, paragraphs, matches, people, geonames } = input;
	const found = new Map<string, { name: string; count: number; hits?: GeoName[] }>();
	/** Count the piece body[s, e) of the run body[at, runEnd) if it is a place-like name. */
	const count = (s: number, e: number, at: number, runEnd: number) => {
		const raw = isBare(body, s, e) ? body.slice(s, e) : tidy(body.slice(s, e));
		const candidate = judge(raw, body, s, at, runEnd, people, geonames);
		if (!candidate) return;
		const key = aliasKey(candidate.name);
		const prev = found.get(key);
		if (prev) prev.count++;
		else found.set(key, { ...candidate, count: 1 });
	};
	let mi = 0;
	for (const p of paragraphs) {
		if (p.furniture) continue;
		for (const { start: at, end: runEnd } of capitalisedRuns(body, p.start, p.end)) {
			// The pieces of the run between gazetteer matches, in text order. Matches are sorted by
			// start and never overlap: skip those ending before the run.
			while (mi < matches.length && matches[mi]!.end <= at) mi++;
			let from = at;
			for (let k = mi; k < matches.length && matches[k]!.start < runEnd; k++) {
				if (matches[k]!.start > from) count(from, matches[k]!.start, at, runEnd);
				from = Math.max(from, matches[k]!.end);
			}
			if (runEnd > from) count(from, runEnd, at, runEnd);
		}
	}
	return [...found.values()].map((f) => ({
		name: f.name,
		file: input.file,
		count: f.count,
		suggestion: f.hits?.length ? suggestionFor(f.name, f.hits) : null
	}));
}

function judge(
	raw: string,
	body: string,
	pos: number,
	runStart: number,
	runEnd: number,
	people: Set<string>,
	geonames?: GeoNamesIndex
): { name: string; hits?: GeoName[] } | null {
	// Most pieces are one word: no split, no arrays.
	let tokens = /\s/.test(raw) ? raw.split(/\s+/).filter(Boolean) : raw ? [raw] : [];
	let first = 0;
	while (first < tokens.length && STOP.has(tokens[first]!)) first++;
	if (first > 0) tokens = tokens.slice(first);
	if (tokens.length === 0 || tokens.length > 4) return null;
	const name = tokens.length === 1 ? tokens[0]! : tokens.join(' ');
	const key = aliasKey(name);
	const hits = geonames?.lookup(key);
	// GeoNames has towns called Friendship and West: a lone word counts only next to the region
	// or after a preposition of place ("in Tbilisi", not "Treaty on Friendship", "the West").
	const known =
		!!hits?.length &&
		(tokens.length > 1 || CUE.test(body.slice(Math.max(0, pos - 12), pos)) || hits.some((h) => REGION.includes(h.country)));
	const country = !known && countryNames().has(key);
	const locative = !known && !country && tokens.length <= 2 && LOCATIVE.test(body.slice(Math.max(0, pos - 10), pos));
	// Only these three make a name place-like, and most runs are people or institutions: asking
	// them first spares those runs the tests below, which only ever rule a name out.
	if (!known && !country && !locative) return null;
	const run = body.slice(runStart, runEnd);
	if (/^[\p{Lu}\d.’'-]+$/u.test(name) && name.length <= 6) return null; // acronyms: OSCE, TASS, AFP
	if (ORGISH.test(run) || /^\s+(?:group|ministry|council|process|talks)\b/i.test(body.slice(pos + raw.length))) return null;
	if (run.split(/\s+/).some((t) => TITLE.test(t.replace(/\.$/, '')))) return null;
	if (tokens.some((t) => people.has(t.replace(/’s$/, '')))) return null;
	const before = body.slice(Math.max(0, runStart - 12), runStart);
	if (/\b(?:Mr|Mrs|Ms|Dr)\.\s*$/.test(before)) return null;
	const after = body.slice(pos + raw.length, pos + raw.length + 20);
	if (/^\s+(?:said|says|told|stated|added|asked|believes|declared)\b/.test(after)) return null;
	// Demonyms and adjectives (Armenian, Azerbaijani, Turkish) are not places, unless GeoNames has them.
	if ((/^[\p{Ll}]/u.test(name) || /(?:ian|ians|ese|ish|i)$/.test(name)) && !hits) return null;
	return known ? { name, hits } : { name };
}
