/**
 * The shape of the text around a capitalised piece, which judge.ts reads before its words: whether
 * a list or an introduction ends right before it, whether a cue ends a short line (a menu's), a
 * dateline in capitals opening a paragraph, a run of capitals inside a line in lower case.
 */
import type { GeoName } from './suggestions';

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
	'between',
	'as',
	'like',
	'including',
	'with',
	'village',
	'town',
	'settlement',
	'hamlet',
	'community',
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
export function mayFollowList(body: string, at: number): boolean {
	let k = at;
	while (k > 0 && (body[k - 1] === ' ' || body[k - 1] === '\n' || body[k - 1] === '\u00a0')) k--;
	const c = body[k - 1];
	if (c === ',' || c === '(') return true;
	if (c === '–' || c === '—' || c === '-') return k === at;
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

/** "WATERTOWN, Mass. —", "GORIS, Armenia": a word in capitals that opens a paragraph is a dateline's place. */
export function isDateline(body: string, at: number, name: string): boolean {
	if (!(at === 0 || body[at - 1] === '\n') || name.length < 3 || name !== name.toUpperCase()) return false;
	// "BAKU, Nov 20", "SYUNIK.", "GORIS —": a mark after the name; a heading in capitals runs on ("WHAT IS THE…"),
	// and a full stop inside a word is an outlet's domain ("ABC.AZ reports").
	// "TEHRAN (Tasnim) –": the agency's credit after a space; "KIYAMADDINLI /Azerbaijan/.": TASS's country in slashes.
	return /^(?:[,(]|\s[(/]|\.(?:\s(?!(?:AZ|AM|RU|GE|TR|UA|KZ|COM|NET|ORG)\b)|$)|\s*[—–-])/.test(
		body.slice(at + name.length, at + name.length + 6)
	);
}

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
	if ((at === 0 || body[at - 1] === '\n') && /^\s\([^()\n]{1,40}\):/.test(after)) return true;
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
