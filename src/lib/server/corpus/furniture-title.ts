/**
 * The article's own headline on its page: a line that is the title, folded for the marks a page
 * typesets, is an echo (furniture); the title with the outlet's name or a subtitle around it is the
 * page's h1, content.
 */
import { aliasKey } from '../../names/fold';
import { isCountryDemonym } from './judge-cues';
import { isStop } from './words';

/**
 * A headline folded for comparison: case, and the quote marks and dashes a page typesets but a
 * header typed by hand keeps straight ("Karabakh’s" on the page, "Karabakh's" in the title). One
 * character for one, so lengths compare as before.
 */
const foldTitle = (s: string) =>
	s
		.toLowerCase()
		.replace(/[’‘ʼ`]/g, "'")
		.replace(/[“”„«»]/g, '"')
		.replace(/[–—]/g, '-');
/** The last title folded: every line of an article is compared with the same one. */
let lastTitle: string | null = null;
let lastFolded = '';
const foldedTitle = (title: string) => {
	if (title !== lastTitle) {
		lastTitle = title;
		lastFolded = foldTitle(title.trim());
	}
	return lastFolded;
};

/** Whether the line is the title itself, folded. Folding never shortens a string: a paragraph longer than the title is not its echo. */
export function isTitle(text: string, title: string): boolean {
	const t = foldedTitle(title);
	return t !== '' && text.length <= t.length && foldTitle(text) === t;
}

/**
 * Whether a line is the article's own headline (a saved page's h1): the title, or the title with the
 * outlet's name or a subtitle around it ("Kommersant: <line>", "<title>: Russia's mission, 2020-2024").
 * It is content: its places are the article's. Not a paragraph ending as prose (a lead that opens with
 * the headline's words), nor a line much longer than the title.
 */
export function isOwnHeadline(text: string, title: string): boolean {
	const t = foldedTitle(title);
	if (t.length < 12 || text.length > t.length * 1.5 + 30) return false;
	const l = foldTitle(text);
	// ("The Azerbaijani army takes control in Farukh" under "Milliyet: … / Azerbaijani army takes control in Farukh".)
	const bare = l.replace(/^(?:the|a|an) /, '');
	// A saved page's title in two languages ("Российские миротворцы … — РБК / Russian peacekeepers …"): the
	// line is one of them, however short beside the whole.
	if (text.length * 2 < t.length && !(l.length >= 20 && t.split(/ [/|] /).some((h) => h === l || h === bare)))
		return false;
	// The title itself, even a question ("…: What is in the deal?"); a longer or shorter line only when it does not end as a sentence.
	// "Asbarez: <title>": the outlet's name before it.
	const outlet = l.endsWith(t) && /^[^.!?]{2,40}[:|–—-]\s*$/.test(l.slice(0, l.length - t.length));
	return (
		l === t ||
		sharedOpening(text, title) ||
		(!/[.!?]$/.test(text) &&
			l.length >= 20 &&
			(l.startsWith(t) ||
				t.startsWith(bare) ||
				(t.endsWith(bare) && !isSiteName(text, title)) ||
				// ("September 19, 2023 Azerbaijan launches … | CNN": a live page's date before its headline, the site's name after.)
				titleOpening(title).folded.endsWith(bare) ||
				outlet ||
				rewordedTitle(text, title)))
	);
}

const titleWords = (s: string) => s.split(/[^\p{L}\d]+/u).filter(Boolean);
/** The site's name a browser sets after the headline in a page's title: " - Bloomberg", " | Georgia Today" (its name in group 1). */
const SITE_AFTER = /\s+[-|–—]\s+(\p{Lu}[^-|–—:]{1,60})$/u;
/** "Carnegie Endowment for International Peace" under "Why Russia Is Leaving Karabakh Early - Carnegie Endowment for …": the site's name, not the headline. */
// (A name, every long word capitalised and none a verb's: "September 19, 2023 - Azerbaijan launches …" ends with its headline.)
const isSiteName = (text: string, title: string) => {
	const site = SITE_AFTER.exec(title)?.[1];
	return (
		!!site &&
		foldTitle(site.trim()) === foldTitle(text.trim()) &&
		!/(?:^|\s)\p{Ll}{4,}|\p{L}{2,}(?:s|ed|ing)\b/u.test(text)
	);
};

/** Whether the line is the title without the site's name the browser added ("… Takes Hold" of "… Takes Hold - The New York Times"). */
export const isTitleWithoutSite = (text: string, title: string) =>
	SITE_AFTER.test(title) && foldTitle(text.trim()) === foldTitle(title.replace(SITE_AFTER, '').trim());

/**
 * A headline that opens with the title's first six words and then goes its own way, as a live page's
 * and a magazine's do ("Azerbaijan Launches Offensive in Nagorno-Karabakh, Armenians Report …" for "…
 * Nagorno-Karabakh as Shelling Hits …"), even in two sentences ("… leave Karabakh. What that says …").
 * Not a paragraph of prose: a lead that opens with the headline's words is longer.
 */
function sharedOpening(line: string, title: string): boolean {
	if (line.length > 120) return false;
	const opening = titleOpening(title);
	if (opening.words.length < 6) return false;
	const a = titleWords(line);
	if (a.length < 6) return false;
	for (let i = 0; i < 6; i++) if (a[i]!.toLowerCase() !== opening.words[i]) return false;
	// (One that holds the whole title and goes on is a lead that opens with it: "<title>? Nobody knows.")
	return !foldTitle(line).startsWith(opening.folded);
}
/** The last title's first six words (lower case) and the title folded, without the site's name: the same for every line. */
let openingOf: string | null = null;
let opening = { words: [] as string[], folded: '' };
const titleOpening = (title: string) => {
	if (title !== openingOf) {
		openingOf = title;
		const bare = title.replace(SITE_AFTER, '');
		opening = {
			words: titleWords(bare)
				.slice(0, 6)
				.map((w) => w.toLowerCase()),
			folded: foldTitle(bare)
		};
	}
	return opening;
};

const LIVE_WORD = /^(?:live|updates)$/i;
/** A live page's day before its headline in the title: "September 19, 2023 - ", "19 September 2023 | ". */
const DAY_BEFORE = /^(?:\p{Lu}\p{Ll}+ \d{1,2},? \d{4}|\d{1,2} \p{Lu}\p{Ll}+ \d{4})\s*[-–—|:]\s*/u;
/**
 * The page's h1 reworded from its <title> ("… launches 'anti-terror' operation …" for "… launches military
 * operation …"): at least five words, three in four of each side's words found in the other, and none of
 * the others a name ("Storm closes Portvale's harbour" is another story than "… Lindmoor's harbour").
 */
function rewordedTitle(line: string, title: string): boolean {
	// ("LIVE | Azerbaijan launches …" over "…: live updates": a live page's label is no word of its headline.)
	const a = titleWords(line).filter((w) => !LIVE_WORD.test(w));
	// ("… Concedes Defeat - Bloomberg": the site's name the browser added is no word of the headline.)
	const b = titleWords(title.replace(SITE_AFTER, '').replace(DAY_BEFORE, '')).filter(
		(w) => !LIVE_WORD.test(w)
	);
	if (a.length < 5 || b.length < 5) return false;
	const fold = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
	const inA = fold(a);
	const inB = fold(b);
	const others = (xs: string[], other: Set<string>) => xs.filter((x) => !other.has(x.toLowerCase()));
	const x = others(a, inB);
	const y = others(b, inA);
	// A name on one side only is another story, unless a demonym ("the Russian peacekeepers") or the other
	// side's spelling of it ("Karabağ" for "Karabakh": the same first four letters, folded).
	const stem = (w: string) => aliasKey(w).slice(0, 4);
	// (A headline's first word is capitalised as its first, "Local anti-terror measures …", and a title-case
	// headline's small words are: "After Armenia Concedes Defeat".)
	const named = (w: string, other: string[]) =>
		/^\p{Lu}/u.test(w) &&
		w !== a[0] &&
		w !== b[0] &&
		!isStop(w) &&
		!isCountryDemonym(w) &&
		!other.some((o) => stem(o) === stem(w));
	return (
		x.length <= a.length / 4 &&
		y.length <= b.length / 4 &&
		x.every((w) => !named(w, y)) &&
		y.every((w) => !named(w, x))
	);
}

/**
 * The title's part before its colon, alone on a line over the story that opens with the part after it ("The
 * interpreter of Khojaly" over "A peacekeeper who spent three years … He was …" for the title "The interpreter of
 * Khojaly: A peacekeeper who spent three years …"): the headline, its standfirst run into the lead.
 */
export function isTitleKicker(head: string, next: string, title: string): boolean {
	// (Folding keeps lengths: the colon stands right after the head's length in the title as printed.)
	if (title.trim()[head.trim().length] !== ':') return false;
	const t = foldedTitle(title);
	const h = foldTitle(head.trim());
	if (h.length < 12 || !t.startsWith(`${h}:`)) return false;
	const rest = t
		.slice(h.length + 1)
		.trimStart()
		.slice(0, 30);
	return rest.length >= 20 && foldTitle(next).startsWith(rest);
}

/**
 * The title's second part on its own line under the first ("Corridor without passage" then "Why the
 * Russian peacekeepers cannot open the road to Karabakh" for the title "Corridor without passage: why
 * the peacekeepers …"): a subtitle the page sets apart, the headline's too.
 */
export function isTitleRest(line: string, head: string, title: string): boolean {
	if (head.length >= title.length) return false;
	const t = foldedTitle(title);
	const h = foldTitle(head.trim());
	if (h.length < 12 || !t.startsWith(h)) return false;
	const rest = title
		.trim()
		.slice(h.length)
		.replace(/^[\s:|–—.-]+/u, '');
	if (rest.length < 12) return false;
	return foldTitle(line) === foldTitle(rest) || rewordedTitle(line, rest);
}

/**
 * The outlet's name that closes a page's title ("… – The Diplomat", "… | Foreign Policy"), alone on a line
 * of the page ("THE DIPLOMAT"): the masthead. Up to four words after the last dash or bar.
 */
export function isTitleOutlet(line: string, title: string): boolean {
	const tail = /\s[|–—-]\s+((?:\S+\s){0,3}\S+)\s*$/u.exec(title)?.[1];
	return !!tail && line.length === tail.length && foldTitle(line) === foldTitle(tail);
}
