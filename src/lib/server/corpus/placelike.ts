/**
 * Place-like names the gazetteer does not know, each with every span and the sentence it came
 * from: runs of capitalised words that GeoNames knows as a populated place, that are country
 * names, that follow "in/near/outside …", or that the words around call a place ("the villages of
 * X and Y", "the X region", "the X monastery complex", "Mount X"), minus people (after a title,
 * before a speech verb, named as a speaker), outlets and institutions. A name that a place
 * context reveals as a loose spelling of a curated feature ("the village of Fizuli") joins it.
 */
import type { UnmatchedName } from '../../data/types';
import type { Paragraph, Span } from './extract';
import { pickByDate, type Matcher } from './matcher';
import type { Mention, SetAside } from './mentions';
import { countryNames, suggestionFor, type GeoName, type GeoNamesIndex } from './suggestions';
import { isStop, ORG_OF } from './words';
import type { VariantIndex } from './variants';
import { aliasKey } from '../../names/fold';


const TITLE =
	/^(President|Prime|Minister|Deputy|Secretary|Secretary-General|Ambassador|Adviser|Advisor|Spokesman|Spokesperson|Chancellor|Chairman|Chief|General|Mr|Mrs|Ms|Dr)$/;
const ORGISH =
	/\b(Ministry|Office|Kremlin|Government|Agency|Council|Group|group|Service|Committee|Club|Union|Federation|News|Treaty|Organization|Policy|Center|Centre|Army|Court)\b/;
/** Words that end the text before a listed or introduced place name ("villages of", "Lachin, Zabukh and"). */
const LIST_WORDS = new Set(['of', 'the', 'a', 'and', 'or', 'call', 'calls', 'between', 'as', 'like', 'including', 'with', 'village', 'town', 'settlement', 'hamlet', 'community', 'neighbouring', 'neighboring', 'nearby', 'adjacent', 'other']);
/**
 * A cheap necessary condition for PLACE_OF and LIST_BEFORE (both anchored at the end, so costly to
 * try on every capitalised word): the word or mark right before `at` can end such a phrase.
 */
function mayFollowList(body: string, at: number): boolean {
	let k = at;
	while (k > 0 && (body[k - 1] === ' ' || body[k - 1] === '\n' || body[k - 1] === '\u00a0')) k--;
	const c = body[k - 1];
	if (c === ',' || c === '(') return true;
	if (c === '–' || c === '—' || c === '-') return k === at;
	let w = k;
	while (w > 0 && /[a-z]/.test(body[w - 1]!)) w--;
	return w < k && LIST_WORDS.has(body.slice(w, k));
}

/** "WATERTOWN, Mass. —", "GORIS, Armenia": a word in capitals that opens a paragraph is a dateline's place. */
function isDateline(body: string, at: number, name: string): boolean {
	if (!(at === 0 || body[at - 1] === '\n') || name.length < 3 || name !== name.toUpperCase()) return false;
	// "BAKU, Nov 20", "SYUNIK.", "GORIS —": a mark after the name; a heading in capitals runs on ("WHAT IS THE…").
	return /^(?:[,.(]|\s*[—–-])/.test(body.slice(at + name.length, at + name.length + 3));
}

const POSSESSIVE = /[’']s\s+/;

const LOCATIVE = /(?:^|\s)(?:in|near|outside|at)\s+$/i;
/** Separators of a list of places: "X, Y and Z", "X and neighbouring Y", "X or Y". */
const LIST_SEP = String.raw`(?:\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)(?:(?:the\s+)?(?:neighbouring|neighboring|nearby|adjacent|other)\s+)?`;
const SPEECH = 'said|says|told|stated|added|asked|noted|stressed|warned|wrote|declared|responded|replied|explained';
const PERSON_AFTER = new RegExp(String.raw`^,?\s+(?:${SPEECH})\b|^,\s[^,.;]{1,90},\s+(?:\w+\s+)?(?:${SPEECH})\b`);
/** Russian, Azerbaijani, Armenian and Georgian surname endings: Aliyev, Lavrov, Pashinyan, Shevardnadze. */
const SURNAME = /\p{Ll}(?:yev|yeva|ev|eva|ov|ova|in|ina|yan|ian|enko|sky|skiy|vich|dze|shvili)$/u;
/** Nationality adjectives: Armenian, Azerbaijani, Turkish, Iranian, Chinese. */
const DEMONYM = /(?:ian|ians|ani|anis|ese|ish|ic)$/;
/** The separator before a name that lists it with a place: "Lachin, Zabukh and ", "Gəncə–", "Parukh (". */
// A dash joins two places only when it touches both ("Gəncə–Qazax"); " — " opens the story after a dateline.
const LIST_BEFORE = new RegExp(String.raw`(?:${LIST_SEP}|[–—-]|\s*\(\s*)$`, 'u');
const LIST_AFTER = new RegExp(String.raw`^(?:${LIST_SEP}|[–—-](?=\p{L}))`, 'u');
const CUE = /(?:^|\s)(?:in|at|near|from|to|outside|of|towards|into|via)\s+$/i;
const REGION = ['AM', 'AZ', 'GE', 'RU', 'TR', 'IR'];


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
	people: Set<string>;
	/** Spellings of curated names, asked loosely where the words around say a place is named. */
	variants?: VariantIndex;
	date?: string;
	entries?: Matcher['entries'];
	geonames?: GeoNamesIndex;
}

/** A piece without edge apostrophes or hyphens, a possessive ’s or edge whitespace. */
export const tidy = (piece: string) =>
	piece
		.replace(/^[’']s\s+/, '')
		.replace(/[’'-]+$|^[’'-]+/g, '')
		.replace(/[’']s$/, '')
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

/** The sentence around `at` in its paragraph, for the editor to read the name in context. */
function sentenceAround(body: string, p: Span, at: number): string {
	const before = body.slice(p.start, at);
	const from = Math.max(before.search(/(?<=[.!?]["”»]?\s)[^.!?]*$/), 0);
	const rest = body.slice(at, p.end);
	const to = rest.search(/[.!?](?=["”»]?(?:\s|$))/);
	const text = (before.slice(from) + (to < 0 ? rest : rest.slice(0, to + 1))).trim();
	return text.length > 300 ? `${text.slice(0, 299)}…` : text;
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
	const note = (name: string, s: number, e: number, p: Span, why: string, hits?: GeoName[], candidates?: string[]) => {
		const key = aliasKey(name);
		const prev = found.get(key);
		if (prev) {
			prev.count++;
			prev.spans.push({ start: s, end: e });
			return;
		}
		found.set(key, { name, file: input.file, count: 1, spans: [{ start: s, end: e }], sentence: sentenceAround(body, p, s), why, candidates, suggestion: null, hits });
	};
	for (const a of input.setAside) {
		if (!a.report) continue;
		const p = paragraphs.find((q) => q.start <= a.start && a.end <= q.end) ?? { start: a.start, end: a.end };
		note(body.slice(a.start, a.end), a.start, a.end, p, a.why, undefined, a.candidates);
	}
	// Places already known in this article, by where they start and end: a name listed with one
	// ("Lachin, Zabukh and Sus", "Gəncə–Qazax", "Parukh (Farrukh …)") is a place too.
	const starts = new Set<number>();
	const ends = new Set<number>();
	for (const m of input.places) {
		starts.add(m.start);
		ends.add(m.end);
	}
	const nextToPlace = (s: number, e: number) => {
		const before = mayFollowList(body, s) ? LIST_BEFORE.exec(body.slice(Math.max(0, s - 40), s)) : null;
		if (before && ends.has(s - before[0].length)) return true;
		const after = LIST_AFTER.exec(body.slice(e, e + 40));
		return !!after && starts.has(e + after[0].length);
	};
	/** Judge the piece body[s, e) of the run body[at, runEnd), and note it if it is place-like. */
	const count = (s: number, e: number, at: number, runEnd: number, p: Span): void => {
		// "Japan's Foreign Ministry": the owner and the rest are two pieces.
		const own = POSSESSIVE.exec(body.slice(s, e));
		if (own) {
			count(s, s + own.index + 2, at, runEnd, p);
			count(s + own.index + own[0].length, e, at, runEnd, p);
			return;
		}
		// "Tbilisi-based", "Moscow-brokered": the name is the part before the lowercase suffix.
		const dash = body.slice(s, e).search(/-\p{Ll}/u);
		if (dash > 0) e = s + dash;
		const raw = isBare(body, s, e) ? body.slice(s, e) : tidy(body.slice(s, e));
		const skip = body.slice(s, e).indexOf(raw);
		const from = s + Math.max(skip, 0);
		const v = judge(raw, body, from, at, runEnd, people, geonames, nextToPlace);
		if (!v) return;
		const start = from + v.offset;
		let end = start + v.name.length;
		// "the Sarsang reservoir", "the Tartar river": the head is part of the place's name.
		const head = v.head && FEATURE_HEAD.exec(body.slice(end, end + 40));
		if (head) end += head[0].length;
		if (v.why === 'place context' && input.variants && input.entries) {
			const hit = input.variants.lookup(v.name, true);
			const ids = hit ? pickByDate(hit.ids, input.date ?? '', input.entries) : [];
			if (hit && ids.length === 1) {
				variants.push({ start, end: start + v.name.length, ids, name: hit.name, how: 'variant' });
				return;
			}
		}
		note(body.slice(start, end), start, end, p, v.why, v.hits);
		starts.add(start);
		ends.add(start + v.name.length);
	};
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
	const unmatched = [...found.values()].map(({ hits, ...u }) => ({
		...u,
		suggestion: hits?.length ? suggestionFor(u.name, hits) : null
	}));
	return { unmatched, variants };
}

/** `words` as a regex source matching each either capitalised or not ("Residents of" opens a sentence). */
const anyCase = (words: string) => words.replace(/(^|\|)([a-z])/g, (_, bar: string, c: string) => `${bar}[${c.toUpperCase()}${c}]`);
const NAME_RUN = String.raw`\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*`;
/** Words before a name that say a place is named: "the villages of X, Y and", "near the settlement of", "calls the village". */
const PLACE_OF = new RegExp(
	String.raw`(?:\b(?:${anyCase('villages?|towns?|city|cities|settlements?|communit(?:y|ies)|regions?|sub-regions?|districts?|provinces?|monaster(?:y|ies)|churches|church|river|lake|reservoir|valley|gorge|pass|area|hamlets?|municipalit(?:y|ies)|outskirts|heights|slopes?|borders?|suburbs?|villagers|residents|enclave|exclave')})\s+of\s+(?:the\s+)?|\b(?:the|a)\s+(?:village|town|settlement|hamlet|community)\s+|\bwhich\s+(?:\p{Lu}\p{L}+\s+|the\s+\p{L}+\s+|they\s+|locals\s+)?calls?\s+|\bbetween\s+(?:the\s+)?|\bborders?\s+with\s+|\b(?:villages|towns|settlements|communities|places|areas|cities)\s+(?:such\s+as|like|including)\s+)(?:${NAME_RUN}${LIST_SEP})*$`,
	'u'
);
/** Words after a name that say it is a place: "the Kalbajar district", "Mets Shen and Hin Shen villages", "X and the nearby villages". */
const PLACE_HEAD = new RegExp(
	String.raw`^,\s+(?:a|an|the)\s+(?:\w+\s+){0,2}(?:village|town|city|settlement|hamlet|community|district|region|province)\b|^(?:${LIST_SEP}${NAME_RUN})*(?:[\s-]+|\s+and\s+(?:the\s+)?(?:nearby|neighbouring|neighboring|surrounding|other)\s+)(?:villages?|towns?|city|settlements?|communit(?:y|ies)|sub-regions?|regions?|districts?|areas?|zones?|provinces?|monastery|monastery complex|church|cathedral|river|lake|reservoir|valley|gorge|pass|mountains?|range|plateau|heights|forest|mines?|fields?|highway|road|airport|bridge|checkpoint|border crossing|crossing|corridor|municipality|rayon|oblast)\b`,
	'u'
);
/** The heads that are part of a feature's own name ("Sarsang reservoir"), not a settlement's. */
const FEATURE_HEAD =
	/^[\s-]+(?:monastery complex|monastery|church|cathedral|river|lake|reservoir|valley|gorge|pass|mountains?|range|plateau|heights|forest|mines?|highway|road|airport|bridge|checkpoint|border crossing|crossing|corridor)\b/i;
/** "Mount Murov", "Lake Sevan", "Saint Hovhannes": the first word says what the name is. */
const PLACE_FIRST =
	/^(?:Mount|Mt\.?|Lake|River|Cape|Fort|Port)\s+\p{Lu}|\s(?:Lake|River|Mountains?|Gorge|Valley|Pass|Reservoir|Forest|Plateau|Heights|Autonomous Republic|Oblast|Province|Region)$/u;
/** News agencies and outlets: sources, never places (“in Kommersant” is not a town). */
const OUTLETS = new Set(
	'Carnegie Chatham Brookings TASS Interfax RIA Novosti Sputnik Kommersant Izvestia Vedomosti Meduza Armenpress Azertac APA Trend Report Turan Caliber Azatutyun CivilNet Asbarez Hetq Reuters AFP AP Anadolu Bloomberg Eurasianet JAMnews Euronews BBC CNN Xinhua Haqqin Oxu Azernews Arminfo Mediamax Lragir Aravot Hraparak Shamshyan'.split(
		' '
	)
);

interface Verdict {
	/** The name as reported, from `offset` into the piece. */
	name: string;
	offset: number;
	why: string;
	/** Whether a feature head after the name belongs to it ("Sarsang reservoir"). */
	head: boolean;
	hits?: GeoName[];
}

function judge(
	raw: string,
	body: string,
	pos: number,
	runStart: number,
	runEnd: number,
	people: Set<string>,
	geonames?: GeoNamesIndex,
	nextToPlace: (start: number, end: number) => boolean = () => false
): Verdict | null {
	// Most pieces are one word: no split, no arrays.
	let tokens = /\s/.test(raw) ? raw.split(/\s+/).filter(Boolean) : raw ? [raw] : [];
	let first = 0;
	while (first < tokens.length && isStop(tokens[first]!)) first++;
	// "in The Hague": a place whose name has the article, after a preposition of place.
	if (first === 1 && tokens[0] === 'The' && tokens.length === 2 && /\b(?:in|at|to|from)\s+$/.test(body.slice(Math.max(0, pos - 6), pos)) && geonames?.lookup(aliasKey(raw))?.length) first = 0;
	if (first > 0) tokens = tokens.slice(first);
	if (tokens.length === 0 || tokens.length > 4) return null;
	const name = tokens.length === 1 ? tokens[0]! : tokens.join(' ');
	const offset = first > 0 ? raw.indexOf(tokens[0]!) : 0;
	const at = pos + offset;
	if (OUTLETS.has(name) || OUTLETS.has(tokens[0]!) || (body.slice(at - 7, at).includes('of ') && ORG_OF.test(body.slice(Math.max(0, at - 30), at)))) {
		return null;
	}
	// "Armenian church", "Ethnic Armenian communities", "Azerbaijani checkpoint": an adjective, whatever follows.
	if (tokens[tokens.length - 1]!.split('-').some((t) => DEMONYM.test(t))) return null;
	// Names start with a capital ("Moscow-brokered" leaves "brokered", which is none); user names (Aram_G) are none.
	if (!/^\p{Lu}/u.test(name) || /[_@\d]/.test(name)) return null;
	const key = aliasKey(name);
	const hits = geonames?.lookup(key);
	const before = body.slice(Math.max(0, at - 120), at);
	const after = body.slice(at + name.length, at + name.length + 80);
	// GeoNames has towns called Friendship and West: a lone word counts only next to the region
	// or after a preposition of place ("in Tbilisi", not "Treaty on Friendship", "the West").
	const known =
		!!hits?.length &&
		(tokens.length > 1 || CUE.test(body.slice(Math.max(0, at - 12), at)) || hits.some((h) => REGION.includes(h.country)));
	const country = !known && countryNames().has(key);
	const named =
		!known &&
		!country &&
		((mayFollowList(body, at) && PLACE_OF.test(before)) ||
			PLACE_HEAD.test(after) ||
			PLACE_FIRST.test(name) ||
			isDateline(body, at, name) ||
			// "the road from Karmir Shuka to Martuni"
			(/(?:^|\s)from\s+$/i.test(body.slice(Math.max(0, at - 6), at)) && /^\s+to\s+\p{Lu}/u.test(after)));
	const context = named || (!known && !country && nextToPlace(at, at + name.length));
	const cue = body.slice(Math.max(0, at - 10), at);
	const locative =
		!known && !country && !context && ((tokens.length <= 2 && LOCATIVE.test(cue)) || (tokens.length === 1 && /(?:^|\s)(?:from|to|towards|into|via|across|through|around)\s+$/i.test(cue)));
	// Only these make a name place-like, and most runs are people or institutions: asking them
	// first spares those runs the tests below, which only ever rule a name out.
	if (!known && !country && !context && !locative) return null;
	// "Gegham Stepanyan, said", "Anar Karimov, Azerbaijan's culture minister, said": a person, unless
	// the words around named a place outright ("the villages of X and Y, close to the corridor, said").
	if (!named && PERSON_AFTER.test(body.slice(at + name.length, at + name.length + 120))) return null;
	// After a weak cue ("to", "from", a list): not a surname ("an aide to Aliyev") or "Voice of America".
	if (!named && !known && !country && (SURNAME.test(name) || /^\s+of\s+\p{Lu}/u.test(after))) return null;
	const run = body.slice(runStart, runEnd);
	// Acronyms (OSCE, TASS, AFP) are not places; a dateline in capitals is ("SYUNIK.").
	if (/^[\p{Lu}\d.’'-]+$/u.test(name) && name.length <= 6 && !isDateline(body, at, name)) return null;
	// "Japan's Foreign Ministry": an institution named for a country still names the country.
	if (!country && (ORGISH.test(run) || /^\s+(?:group|ministry|council|process|talks)\b/i.test(after))) return null;
	if (run.split(/\s+/).some((t) => TITLE.test(t.replace(/\.$/, '')))) return null;
	if (tokens.some((t) => people.has(t.replace(/’s$/, '')))) return null;
	if (/\b(?:Mr|Mrs|Ms|Dr)\.\s*$/.test(body.slice(Math.max(0, runStart - 12), runStart))) return null;
	if (/^\s+(?:said|says|told|stated|added|asked|believes|declared)\b/.test(after)) return null;
	// Demonyms and adjectives (Armenian, Azerbaijani, Turkish) are not places, unless GeoNames has them.
	if ((/^[\p{Ll}]/u.test(name) || /(?:ian|ians|ese|ish|i)$/.test(name)) && !hits && !context) return null;
	const why = known ? 'GeoNames place' : country ? 'country' : context ? 'place context' : 'after in/near/at';
	return { name, offset, why, head: true, hits: known ? hits : undefined };
}
