/**
 * The shape of the text around a capitalised piece, which judge.ts reads before its words: whether
 * a list or an introduction ends right before it, whether a cue ends a short line (a menu's), a
 * dateline in capitals opening a paragraph, a run of capitals inside a line in lower case.
 */
import type { GeoName, GeoNamesIndex } from './suggestions';
import {
	BRAND_GOODS,
	DEMONYM,
	isCountryDemonym,
	LANGUAGE_ABBREVIATION,
	PLACE_FIRST,
	STATE_NOUN,
	SURNAME,
	WORLD
} from './judge-cues';
import { sexOfGivenName } from './given-names';
import { PERSON_TITLE } from './person-nouns';
import { isStop, RUBRIC_WORD } from './words';
import { aliasKey } from '../../names/fold';

/** Words that end the text before a listed or introduced place name ("villages of", "Lachin, Zabukh and"). */
const LIST_WORDS = new Set([
	'called',
	'named',
	'renamed',
	'of',
	'the',
	'a',
	'and',
	'or',
	'call',
	'calls',
	'spelled',
	'spelt',
	'written',
	'between',
	'as',
	'like',
	'including',
	'them',
	'with',
	'village',
	'town',
	'settlement',
	'hamlet',
	'community',
	'river',
	'neighbouring',
	'neighboring',
	'nearby',
	'adjacent',
	'other',
	'is',
	'was',
	'capital',
	'city'
]);
const isLowerAscii = (c: number) => c >= 97 && c <= 122;
/**
 * A cheap necessary condition for PLACE_OF and LIST_BEFORE (both anchored at the end, so costly to
 * try on every capitalised word): the word or mark right before `at` can end such a phrase.
 */
const ABBREVIATION_IN_BRACKETS = new RegExp(`\\(\\s*(?:${LANGUAGE_ABBREVIATION})$`);
export function mayFollowList(body: string, at: number): boolean {
	let k = at;
	while (k > 0 && (body[k - 1] === ' ' || body[k - 1] === '\n' || body[k - 1] === '\u00a0')) k--;
	const c = body[k - 1];
	// "the checkpoint “Upper Lars”": a name in marks after its kind's noun (PLACE_OF).
	// ("villages whose names appear on no map: Shosh and …": a list after its noun and a colon.)
	if (c === ',' || c === '(' || c === '"' || c === '“' || c === '«' || c === ':') return true;
	if (c === '–' || c === '—' || c === '-') return k === at;
	// "Parukh (Azerb. Farukh)": a language's abbreviation in brackets before the other name.
	if (c === '.') return ABBREVIATION_IN_BRACKETS.test(body.slice(Math.max(0, k - 8), k - 1));
	let w = k;
	while (w > 0 && isLowerAscii(body.charCodeAt(w - 1))) w--;
	return w < k && LIST_WORDS.has(body.slice(w, k));
}

/**
 * A cue ending a short line ("Log in" in a page's menu) does not reach the name on the next one: only
 * a hard-wrapped line of prose, about as wide as the others, runs on into the next.
 */
export function cueOnShortLine(body: string, cueEnd: number): boolean {
	let k = cueEnd;
	let breaks = 0;
	for (; k > 0 && /\s/.test(body[k - 1]!); k--) if (body[k - 1] === '\n') breaks++;
	if (breaks === 0) return false;
	return breaks > 1 || k - (body.lastIndexOf('\n', k - 1) + 1) < 40;
}

/** A role in capitals after a name, up to the colon of a transcript's turn: ", EU SPOKESPERSON FOR FOREIGN AFFAIRS:". */
const SPEAKER_LABEL = new RegExp(
	`^,\\s+[\\p{Lu}\\s.'’&-]*\\b(?:${PERSON_TITLE.toUpperCase()})\\b[\\p{Lu}\\s.'’&-]*:\\s`,
	'u'
);

/** "WATERTOWN, Mass. —", "GORIS, Armenia": a word in capitals that opens a paragraph is a dateline's place. */
export function isDateline(body: string, at: number, name: string): boolean {
	if (name.length < 3 || name !== name.toUpperCase()) return false;
	// "STEPANAKERT / BOSTON —": a second city after a slash, where two reporters filed from.
	const line = body.slice(body.lastIndexOf('\n', at - 1) + 1, at);
	if (line && !/^(?:\p{Lu}[\p{Lu} '-]+\s?\/\s?)+$/u.test(line)) return false;
	// ("ANALYSIS - The last soldiers left": the story's genre before the dash, not where it was filed.)
	if (RUBRIC_WORD.test(name)) return false;
	// ("UNHCR, the UN Refugee Agency, has …": a dateline's comma has a country or a date after it, never a lowercase word.)
	if (/^,\s*\p{Ll}/u.test(body.slice(at + name.length, at + name.length + 4))) return false;
	// ("PETER STANO, EU SPOKESPERSON FOR FOREIGN AFFAIRS: We …": a transcript's speaker and role in capitals.)
	if (SPEAKER_LABEL.test(body.slice(at + name.length, at + name.length + 80))) return false;
	// "BAKU, Nov 20", "SYUNIK.", "GORIS —": a mark after the name; a heading in capitals runs on ("WHAT IS THE…"),
	// and a full stop inside a word is an outlet's domain ("ABC.AZ reports").
	// "TEHRAN (Tasnim) –": the agency's credit after a space; "KIYAMADDINLI /Azerbaijan/.": TASS's country in slashes.
	const mark = body.slice(at + name.length, at + name.length + 6);
	return (
		/^(?:[,(]|\s[(/]|\.(?:\s(?!(?:AZ|AM|RU|GE|TR|UA|KZ|COM|NET|ORG)\b)|$)|\s*[—–-])/.test(mark) ||
		(mark.startsWith(': ') && colonDateline(name))
	);
}

/**
 * "LONDON: Nearly all …", "DUBAI: …": a Gulf paper's dateline ends in a colon, as a transcript's speaker
 * label does ("FADEL: …"); only a world city the press names with no cue is taken for the dateline.
 */
const colonDateline = (name: string) => WORLD.has(name[0] + name.slice(1).toLowerCase());

export const POSSESSIVE = /[’']s\s+/;

/**
 * Capitals that name no place: a transcript's speaker label opening a line ("HOST (Jane Doe): …", which
 * a dateline's shape "TEHRAN (Tasnim) –" would take for a place), and a run of words in capitals inside a
 * sentence in lower case ("told GEORGIA TODAY"), an outlet's or a programme's name.
 */
export function inCapitals(
	body: string,
	at: number,
	name: string,
	run: string,
	runStart: number,
	after: string
): boolean {
	if (name !== name.toUpperCase() || !/\p{Lu}{2}/u.test(name)) return false;
	// A transcript's speaker label: "LAVROV (in Russian):", "CHARLES MAYNES, BYLINE:", "FADEL:".
	if (
		(at === 0 || body[at - 1] === '\n') &&
		/^(?:\s\([^()\n]{1,40}\)|,\s+\p{Lu}[\p{Lu} ]{1,30})?:\s/u.test(after) &&
		!(after.startsWith(': ') && colonDateline(name))
	)
		return true;
	return isCapitalsRun(body, runStart, runStart + run.length);
}

/** Words in capitals, two or more, inside a line in lower case and not opening it: an outlet's or a programme's name. */
export function isCapitalsRun(body: string, start: number, end: number): boolean {
	const run = body.slice(start, end).trim();
	if (
		!/\s/.test(run) ||
		run !== run.toUpperCase() ||
		!/\p{Lu}{2}/u.test(run) ||
		start === 0 ||
		body[start - 1] === '\n'
	)
		return false;
	const lineStart = body.lastIndexOf('\n', start) + 1;
	const lineEnd = body.indexOf('\n', start);
	return /\p{Ll}/u.test(body.slice(lineStart, lineEnd < 0 ? body.length : lineEnd));
}

/** What the judge says of a place-like piece. */
export interface Verdict {
	/** The name as reported, from `offset` into the piece. */
	name: string;
	/** Its length in the text, which may break a line where `name` has a space ("Tavush\n    Province"). */
	length: number;
	offset: number;
	why: string;
	/** Whether a feature head after the name belongs to it ("Sarsang reservoir"). */
	head: boolean;
	hits?: GeoName[];
}

/**
 * The words of a piece that are the name: not the stop words that open it ("The", "In", a month), nor a
 * country's adjective before a name ("in Russian North Ossetia"); "The Hague" keeps its article.
 */
export function nameWords(raw: string, body: string, pos: number, geonames?: GeoNamesIndex) {
	// Most pieces are one word: no split, no arrays.
	let tokens = /\s/.test(raw) ? raw.split(/\s+/).filter(Boolean) : raw ? [raw] : [];
	let first = 0;
	while (first < tokens.length && isStop(tokens[first]!)) first++;
	// "in Russian North Ossetia": a country's adjective before a name is no part of it (but "the Georgian
	// Military Road", "the Russian Empire" and "the Albanian Church of X" are one name each).
	const demonymLead =
		tokens.length - first > 1 &&
		DEMONYM.test(tokens[first]!) &&
		!STATE_NOUN.test(tokens[first + 1]!) &&
		!/^\s+of\s+\p{Lu}/u.test(body.slice(pos + raw.length, pos + raw.length + 8)) &&
		isCountryDemonym(tokens[first]!) &&
		!PLACE_FIRST.test(tokens.join(' '));
	if (demonymLead) first++;
	// "in The Hague", "The Hague court orders", "THE HAGUE, 31 January": a place whose name has the article, as GeoNames knows it.
	if (
		first === 1 &&
		tokens.length === 2 &&
		/^(?:The|THE)$/.test(tokens[0]!) &&
		geonames?.lookup(aliasKey(raw))?.length
	)
		first = 0;
	if (first > 0) tokens = tokens.slice(first);
	return { tokens, first, demonymLead };
}

/** What made a name place-like, for the editor's report: the strongest of the judge's reasons. */
export function verdictWhy(known: boolean, world: boolean, country: boolean, context: boolean): string {
	if (known) return 'GeoNames place';
	if (world) return 'world region or capital';
	if (country) return 'country';
	return context ? 'place context' : 'after in/near/at';
}

/**
 * A name in brackets before a dash or a colon: "QAMISHLI, Syria (North Press) –", "MOSCOW (RIA
 * Novosti):" is the agency's credit in a dateline, not a place listed with it; "(Berlin) – …"
 * opening a paragraph is a release's dateline, a place, as is "(New York, 9 October 2023) –".
 */
export function inBrackets(body: string, at: number, name: string): 'dateline' | 'credit' | null {
	if (body[at - 1] !== '(') return null;
	const after = body.slice(at + name.length, at + name.length + 4);
	const opens = at === 1 || body[at - 2] === '\n';
	if (opens && /^\)\s*[—–-]/.test(after)) return 'dateline';
	// "(New York, 9 October 2023) –": a release's dateline with its day.
	if (opens && /^,\s[^()\n]{4,30}\)\s*[—–-]/.test(body.slice(at + name.length, at + name.length + 40)))
		return 'dateline';
	return /^\)\s*[—–:-]/.test(after) ? 'credit' : null;
}

/**
 * Whether a piece is no name at all, whatever the words around it: a lowercase start ("Moscow-brokered"
 * leaves "brokered"), a user name ("Aram_G", "@Lusine": the run stops at "_" or "@", so its neighbours
 * tell too), a span of months or days ("September-November"), a brand in marks before its goods
 * ("“Belarus” tractors"), a numbered institution ("School No. 8"), a person named in full ("between Ilham Aliyev and Vladimir Putin": a given name
 * the press knows and a surname, whatever cue stands before them; "Heydar Aliyev Avenue" aside).
 */
export function noName(body: string, at: number, name: string, words: number): boolean {
	const end = at + name.length;
	return (
		!/^\p{Lu}/u.test(name) ||
		(words === 2 && personNamed(name) && !NAMED_FOR.test(body.slice(end, end + 16))) ||
		// "a teacher at School No. 8", "Hospital No. 2": a numbered institution.
		(name.endsWith(' No') && /^\.?\s*\d/.test(body.slice(end, end + 4))) ||
		/[_@\d]/.test(name) ||
		/[_@\d]/.test(body[end] ?? '') ||
		body[at - 1] === '@' ||
		(words === 1 && name.includes('-') && name.split('-').every(isStop)) ||
		(/[”"»]$/.test(body.slice(end, end + 1)) && BRAND_GOODS.test(body.slice(end + 1, end + 24)))
	);
}

/** What a place or a building named for a person is called after the name: "Heydar Aliyev Avenue". */
const NAMED_FOR =
	/^\s+(?:Avenue|Street|Square|Park|Cent(?:er|re)|Airport|International|Prospect|Boulevard|Bridge|Museum|Foundation|Palace|Stadium|School|University)\b/;
/** A given name the press knows, then a surname's ending: "Ilham Aliyev", "Vladimir Putin". */
function personNamed(name: string): boolean {
	const [given, surname] = name.split(' ');
	return sexOfGivenName(given!) !== null && SURNAME.test(surname!);
}
