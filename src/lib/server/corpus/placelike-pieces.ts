/**
 * The text of the pieces findUnmatched (placelike.ts) judges: a piece tidied of its edges, the
 * sentence it came from, a headline's title case, and the pieces judged not place-like that repeat
 * or respell a name reported in the same article.
 */
import type { UnmatchedName } from '../../data/types';
import { sentencesIn, type Span, type WordSet } from './extract';
import { BULLET, DEMONYM, isCountryDemonym, TITLE, TITLE_OF, TOWN_OFFICE } from './judge-cues';
import type { Positions } from './spans';
import { isCapitalsRun } from './judge-shape';
import { namesNoPlace } from './no-place-names';
import { isOrganisation } from './organisations';
import { countryNames } from './suggestions';
import { sexOfGivenName } from './given-names';
import { variantKey } from './variants';
import { isOutletWord, isStop, nameEnd } from './words';
import { isTitleCase } from './text-blocks';
import { aliasKey } from '../../names/fold';

/** A piece without edge apostrophes or hyphens, a possessive ’s, a case ending ("Ağdam'da") or edge whitespace. */
export function tidy(piece: string): string {
	const t = piece
		.replace(/^[’']s\s+/, '')
		.replace(/[’'-]+$|^[’'-]+/g, '')
		.replace(/[’']s$/, '')
		.trim();
	return t.slice(0, nameEnd(t, 0, t.length, aliasKey));
}
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/**
 * Whether tidy() would leave body[s, e) as it is: it starts with an ASCII letter and ends with one
 * other than "s", with no apostrophe among its last six characters (a case ending: "Yenikənd'de").
 * Most pieces do, and they skip tidy's regex replacements.
 */
export function isBare(body: string, s: number, e: number): boolean {
	const last = body.charCodeAt(e - 1);
	if (!(e > s && isAsciiLetter(body.charCodeAt(s)) && isAsciiLetter(last) && last !== 115)) return false;
	for (let k = Math.max(s, e - 6); k < e; k++) if (body[k] === "'" || body[k] === '’') return false;
	return true;
}

/** The sentence around `at` in its paragraph, for the editor to read the name in context ("on Sept. 19" ends none). */
export function sentenceAround(body: string, p: Span, at: number): string {
	const s = sentencesIn(body, p.start, p.end, []).find((x) => x.start <= at && at < x.end) ?? p;
	const text = body.slice(s.start, s.end).trim();
	return text.length > 300 ? `${text.slice(0, 299)}…` : text;
}

const CAPITALISED_WORD = /\p{Lu}[\p{L}’']*/gu;
/** Every capitalised word of `text` (exec, not matchAll: matchAll copies the regex on every call). */
function capitalisedWords(text: string): RegExpExecArray[] {
	const out: RegExpExecArray[] = [];
	CAPITALISED_WORD.lastIndex = 0;
	for (let m = CAPITALISED_WORD.exec(text); m; m = CAPITALISED_WORD.exec(text)) out.push(m);
	return out;
}

/** A natural feature's name and its one proper word: "Mount Karaglukh", "Karaglukh heights". */
const FEATURE_CORE =
	/^(?:Mount|Mt\.?|Lake)\s+(\p{Lu}[\p{L}’'-]+)$|^(\p{Lu}[\p{L}’'-]+)\s+(?:heights|hills?|river|gorge|valley|pass|ridge|reservoir|mountains?)$/iu;

/** The pieces judged not place-like that repeat a reported name, or spell it otherwise (variant key), each noted under it. */
export function again(
	body: string,
	found: Map<string, UnmatchedName>,
	passed: (Span & { p: Span })[],
	people: WordSet,
	note: (name: string, s: number, e: number, p: Span, why: string) => void
) {
	const byVariant = new Map<string, string>();
	for (const u of found.values()) {
		// "Mount Karaglukh", "the Karaglukh heights": a natural feature's own word stands for it alone later ("on part of Karaglukh").
		const core = /\s/.test(u.name) ? FEATURE_CORE.exec(u.name) : null;
		const word = core ? (core[1] ?? core[2])! : u.name;
		if (!/\s/.test(word) && !byVariant.has(variantKey(word))) byVariant.set(variantKey(word), u.name);
	}
	// Where the last repeat noted here ends: "Farukh (Parukh)" gives the name in brackets after it too.
	let repeatEnd = -1;
	for (const { start, end, p } of passed) {
		// A lone word only: "Civil Georgia" is an outlet, whatever "Georgia" was elsewhere. But a headline in
		// title case capitalises every word ("Georgia Calls for Restraint"): there a word, or two, that the
		// body reported is that place again.
		const words = capitalisedWords(body.slice(start, end)).filter((w) => !isStop(w[0]));
		if (isCapitalsRun(body, start, end)) continue;
		if (words.length > 1) {
			// "Verin Shorzha and Kut were targeted" after "the villages of … Verin Shorzha and Kut": the same name whole.
			// (Not an outlet's or a person's words, a speaker's label or a possessive: "speaking to Al Jazeera", "Aykhan Hajizada:".)
			const whole = found.get(aliasKey(tidy(body.slice(start, end).trim())))?.name;
			const at = start + words[0]!.index!;
			const piece = tidy(body.slice(at, end).trim());
			const other = words.some((w) => isOutletWord(tidy(w[0])) || people.has(tidy(w[0])));
			if (whole && !other && !/^\s*(?::|[’']s\b)/.test(body.slice(end, end + 3))) {
				note(whole, at, at + piece.length, p, 'another mention of a name reported in this article');
				continue;
			}
			if (p.end - p.start <= 160 && isTitleCase(body.slice(p.start, p.end)))
				headlineRepeats(body, start, words, found, (name, s, e) =>
					note(name, s, e, p, 'another mention of a name reported in this article')
				);
			continue;
		}
		for (const w of words) {
			const text = tidy(w[0]);
			// (Three letters only for a name reported as it stands: "Kut" again, never a variant.)
			if (text.length < 3 || (text.length === 3 && !found.has(aliasKey(text))) || isStop(text)) continue;
			const s = start + w.index!;
			if (/^\s+(?:said|says|told|added)\b/.test(body.slice(s + w[0].length, s + w[0].length + 8))) continue;
			// ("told Georgia Today": the word of an outlet's name, "Today", is a stop word, not the name's end.)
			if (isOrganisation(body, { start: s, end: s + text.length })) continue;
			// (Nor a word the judge rules out where it stands: "director for Europe and Central Asia".)
			if (namesNoPlace(body, s, text, text)) continue;
			const name = found.get(aliasKey(text))?.name ?? byVariant.get(variantKey(text));
			const bracketed =
				!name &&
				repeatEnd >= 0 &&
				body[s - 1] === '(' &&
				/^\s*\($/.test(body.slice(repeatEnd, s)) &&
				body[s + text.length] === ')';
			// (A person's word is never a place: asked last, since the article's people are looked up lazily.)
			if ((!name && !bracketed) || people.has(text)) continue;
			if (name) {
				note(name, s, s + text.length, p, 'another mention of a name reported in this article');
				repeatEnd = s + text.length;
			} else {
				// The place's other name in brackets (another language's form): the same place, reported under its own name.
				note(text, s, s + text.length, p, 'another name of a place reported in this article');
			}
		}
	}
}

/** In a title-case piece, each run of two words or one that is a name the body reported, noted under it. */
function headlineRepeats(
	body: string,
	start: number,
	words: RegExpExecArray[],
	found: Map<string, UnmatchedName>,
	note: (name: string, s: number, e: number) => void
) {
	for (let k = 0; k < words.length; k++) {
		const s = start + words[k]!.index!;
		const next = words[k + 1];
		const pair =
			next && words[k]!.index! + words[k]![0].length + 1 === next.index ? `${words[k]![0]} ${next[0]}` : '';
		const text = tidy(words[k]![0]);
		const hit =
			(pair && found.get(aliasKey(tidy(pair)))) || (text.length >= 4 ? found.get(aliasKey(text)) : undefined);
		if (!hit) continue;
		const length = hit.name.includes(' ') ? tidy(pair).length : text.length;
		note(hit.name, s, s + length);
		if (hit.name.includes(' ')) k++;
	}
}

/** A state's body after its country's name: "Foreign Office", "Defence Ministry", "Government". */
const STATE_BODY =
	/^(?:(?:Foreign|Defen[cs]e|Interior|Home|State)\s+(?:Office|Ministry|Department|Secretary)|Ministry|Government|Embassy|Parliament)\b/;

/**
 * The parts of body[s, e) judged apart, or null: "Prime Minister of Georgia Irakli Garibashvili" gives a
 * title's country, then the holder's name; "Tbilisi Armenians" a place before the people who live there.
 */
export function splitPiece(body: string, s: number, e: number, piece: string): [number, number][] | null {
	const sp = body.startsWith('of ', s - 3) ? piece.indexOf(' ') : -1;
	if (
		sp > 0 &&
		countryNames().has(aliasKey(piece.slice(0, sp))) &&
		TITLE_OF.test(body.slice(Math.max(0, s - 40), s))
	)
		return [
			[s, s + sp],
			[s + sp + 1, e]
		];
	// "Belarus President Aleksandr Lukashenko", "Serbia Foreign Minister X": a country's name before a title;
	// "The UK Foreign Office", "the Iran Defence Ministry": before its state's body (a mention, eval/README).
	const lead = /^The /.test(piece) ? 4 : 0;
	const words = piece.slice(lead).split(' ');
	for (let n = 1; n <= 2 && n < words.length; n++) {
		const country = words.slice(0, n).join(' ');
		const next = words.slice(n, n + 3);
		// ("ambassador to Iran Alexei Dedov": a country's name, then a person's given name and surname.)
		if (
			(next.some((w) => TITLE.test(w)) ||
				STATE_BODY.test(next.join(' ')) ||
				(next.length >= 2 && sexOfGivenName(next[0]!) !== null)) &&
			countryNames().has(aliasKey(country))
		)
			return [[s + lead, s + lead + country.length]];
	}
	// "Glendale Mayor Vrej Agajanian", "the Burbank City Hall": a town's own office or hall names the town
	// (eval/README: the town in "the ICRC office in Stepanakert" is the mention); the town is judged alone.
	const town = OFFICE_IN_PIECE.exec(piece);
	if (town) return [[s, s + town[1]!.length]];
	const last = piece.endsWith('s') ? piece.lastIndexOf(' ') : -1;
	if (last > 0 && DEMONYM.test(piece) && isCountryDemonym(piece.slice(last + 1))) return [[s, s + last]];
	// "IRAN CALLS FOR RESTRAINT": a headline in capitals runs every word together; each is judged alone.
	if (piece.includes(' ') && piece === piece.toUpperCase() && isCapitalsLine(body, s, e)) {
		const parts: [number, number][] = [];
		for (const m of piece.matchAll(/\S+/g)) parts.push([s + m.index, s + m.index + m[0].length]);
		return parts;
	}
	return null;
}

/** Whether body[s, e) stands in a short line all in capitals (a flash ticker's headline), not a paragraph. */
function isCapitalsLine(body: string, s: number, e: number): boolean {
	const from = body.lastIndexOf('\n', s - 1) + 1;
	const next = body.indexOf('\n', e);
	const to = next < 0 ? body.length : next;
	if (to - from > 160) return false;
	const line = body.slice(from, to);
	return line === line.toUpperCase() && /\p{Lu}{3,}\s+\p{Lu}{3,}/u.test(line);
}

/** A town's office or hall after its name, up to three words in: "Glendale Mayor", "Los Angeles City Hall".
 * (Anchored at the start, so tried once a piece; a lookbehind was tried at every position.) */
const OFFICE_IN_PIECE = new RegExp(
	String.raw`^((?:\p{Lu}\p{L}+ ){0,2}?\p{Lu}\p{L}+) (?=${TOWN_OFFICE})`,
	'u'
);

/** A wire's dateline opening the line up to here: "GORIS, Armenia—". */
export const DATELINE_OPEN = /^\p{Lu}{3,}[\p{Lu} .'-]*,\s+\p{Lu}[\p{L} .-]*[–—-]$/u;

/** "• Agdam\n• Askeran\n• Shusha": a bullet's whole item, the item of the bullet before or after it a place. */
export function bulletBesidePlace(
	body: string,
	s: number,
	e: number,
	starts: Positions,
	ends: Positions
): boolean {
	// Most names follow a word or a space, not a bullet: decide on the characters before first.
	if (!'•·▪◦*–-'.includes(body[s - 2] ?? 'x') || !/[ \t]/.test(body[s - 1]!)) return false;
	let lineStart = s - 2;
	while (lineStart > 0 && /[ \t]/.test(body[lineStart - 1]!)) lineStart--;
	if (lineStart > 0 && body[lineStart - 1] !== '\n') return false;
	const lineEnd = body.indexOf('\n', e) < 0 ? body.length : body.indexOf('\n', e);
	if (!/^[\s.,;]*$/.test(body.slice(e, lineEnd))) return false;
	const isPlaceItem = (from: number, to: number) => {
		const b = BULLET.exec(body.slice(from, to));
		const item = b ? from + b[0].length : -1;
		return (
			item >= 0 &&
			starts.has(item) &&
			ends.anyWithin(item + 1, to, (x) => /^[\s.,;]*$/.test(body.slice(x, to)))
		);
	};
	const prevStart = body.lastIndexOf('\n', lineStart - 2) + 1;
	const nextEnd = body.indexOf('\n', lineEnd + 1) < 0 ? body.length : body.indexOf('\n', lineEnd + 1);
	return (
		(lineStart > 0 && isPlaceItem(prevStart, lineStart - 1)) ||
		(lineEnd < body.length && isPlaceItem(lineEnd + 1, nextEnd))
	);
}
