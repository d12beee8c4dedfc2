import type { Span } from './extract';

/**
 * `text.matchAll(/(?<!P)X/gu)` without the lookbehind, for speed: V8 cannot skip ahead to a
 * candidate when a pattern opens with a lookbehind, and the join runs these scans over every
 * paragraph. `re` is X (flags g and u), `prev` tests the code point before a match (P). The
 * result is the same list of matches: a match rejected at i is retried from i + 1, as the
 * engine would.
 */
export function matchesNotAfter(re: RegExp, prev: RegExp, text: string): RegExpExecArray[] {
	const out: RegExpExecArray[] = [];
	re.lastIndex = 0;
	for (let m = re.exec(text); m; m = re.exec(text)) {
		const i = m.index;
		if (i > 0 && prev.test(codePointBefore(text, i))) {
			re.lastIndex = i + (m[0].codePointAt(0)! > 0xffff ? 2 : 1);
			continue;
		}
		out.push(m);
		if (m[0] === '') re.lastIndex++;
	}
	return out;
}

interface TrieNode {
	next: Map<string, TrieNode>;
	end: boolean;
}
/** `s` as a pattern that matches it literally (its pattern characters escaped). */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A regex source matching exactly `words` (plain text), factored by common prefixes: V8 tries the
 * alternatives of a flat list one by one at every position, a trie rejects most positions on the
 * first letter. Which word matches may differ where two could (the longer is tried first): use it
 * where at most one can, as for whole words.
 */
export function wordTrie(words: string[]): string {
	const root: TrieNode = { next: new Map(), end: false };
	for (const w of words) {
		let n = root;
		for (const ch of w) {
			let c = n.next.get(ch);
			if (!c) n.next.set(ch, (c = { next: new Map(), end: false }));
			n = c;
		}
		n.end = true;
	}
	const emit = (n: TrieNode): string => {
		const alts = [...n.next].map(([ch, c]) => escapeRegExp(ch) + emit(c));
		if (alts.length === 0) return '';
		const body = alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
		return n.end ? `(?:${body})?` : body;
	};
	return emit(root);
}

/** The code point that ends just before `i` (a surrogate pair counts as one). */
function codePointBefore(text: string, i: number): string {
	const lo = text.charCodeAt(i - 1);
	if (lo >= 0xdc00 && lo <= 0xdfff && i > 1) {
		const hi = text.charCodeAt(i - 2);
		if (hi >= 0xd800 && hi <= 0xdbff) return text.slice(i - 2, i);
	}
	return text[i - 1]!;
}

const UPPER = 1; // \p{Lu}
const NAME_CHAR = 2; // [\p{L}’'-]: a letter or what joins letters inside a name
const SPACE = 4; // \s
const KNOWN = 8;
/** Classes of the BMP by code unit, filled as characters are first seen (most text is a few dozen). */
const classes = new Uint8Array(0x10000);
function classify(ch: string): number {
	return (
		(/\p{Lu}/u.test(ch) ? UPPER : 0) |
		(/^[\p{L}’'-]$/u.test(ch) ? NAME_CHAR : 0) |
		(/\s/.test(ch) ? SPACE : 0)
	);
}
function classOf(cp: number): number {
	if (cp > 0xffff) return classify(String.fromCodePoint(cp));
	let k = classes[cp]!;
	if (k === 0) classes[cp] = k = classify(String.fromCharCode(cp)) | KNOWN;
	return k;
}
/** The code point at i, as the `u` flag reads text[…, to): a surrogate pair is one, a lone surrogate itself. */
function pointAt(text: string, i: number, to: number): number {
	const c = text.charCodeAt(i);
	return c >= 0xd800 && c <= 0xdbff && i + 1 < to ? text.codePointAt(i)! : c;
}
const width = (cp: number) => (cp > 0xffff ? 2 : 1);

/**
 * Runs of capitalised words in text[from, to) that do not start inside a word: the matches of
 * [\p{Lu}][\p{L}’'-]*(?:\s+[\p{Lu}][\p{L}’'-]*)* (flags gu) not preceded by [\p{L}’'-] (but for an
 * apostrophe after a space or a bracket, which opens a quotation: "the 'Gizilbulagh' mine", and for a dash after a
 * closing bracket: "(Armenia)-Baghanis Ayrum"), found
 * without the regex engine. findUnmatched asks this of every paragraph, and trying the pattern at
 * each position cost more than the rest of that search; here a character is one table lookup.
 */
/** Whether text[i - 1] is an apostrophe that opens a quotation: a space, a line's start or a bracket before it. */
const openingApostrophe = (text: string, i: number, from: number) =>
	(text[i - 1] === "'" || text[i - 1] === '’') && (i - 1 === from || /[\s(]/.test(text[i - 2] ?? ' '));

/** Whether text[i - 1] is a dash right after a closing bracket, which joins two glossed names: "Baghanis (Armenia)-Baghanis Ayrum". */
const dashAfterBracket = (text: string, i: number, from: number) =>
	i - 2 >= from && text[i - 1] === '-' && text[i - 2] === ')';

export function capitalisedRuns(text: string, from = 0, to = text.length): Span[] {
	const out: Span[] = [];
	let prev = 0; // class of the code point before i; none at `from`
	for (let i = from; i < to;) {
		let cp = pointAt(text, i, to);
		const k = classOf(cp);
		// ("the 'Gizilbulagh' gold mine": an apostrophe after a space opens a name in single marks.)
		if (
			!(k & UPPER) ||
			(prev & NAME_CHAR && !openingApostrophe(text, i, from) && !dashAfterBracket(text, i, from))
		) {
			prev = k;
			i += width(cp);
			continue;
		}
		// The pattern has nothing to backtrack into: each part takes all it can, then the run ends.
		let end = i + width(cp);
		for (;;) {
			let c = 0;
			while (end < to && (c = classOf((cp = pointAt(text, end, to)))) & NAME_CHAR) end += width(cp);
			let next = end;
			while (next < to && (c = classOf((cp = pointAt(text, next, to)))) & SPACE) next += width(cp);
			if (next === end || next >= to || !(c & UPPER)) break;
			end = next + width(cp);
		}
		out.push({ start: i, end });
		i = end;
		prev = NAME_CHAR; // a run ends on a letter
	}
	return out;
}

/**
 * Where the words before `to` begin: just after the last line break or the last code point that is
 * not [\p{L}’'.\s-] in text[from, to), else `from`. The same as two end-anchored replacements
 * (/^[^]*\n/, then /^[^]*[^\p{L}’'.\s-]/u) of text.slice(from, to), which the engine tries at
 * every position.
 */
export function wordsStartBefore(text: string, from: number, to: number): number {
	for (let i = to; i > from;) {
		const c = text.charCodeAt(i - 1);
		// A low surrogate after its high one: the pair is one code point, as the u flag reads it.
		const pair = c >= 0xdc00 && c <= 0xdfff && i - 2 >= from && pointAt(text, i - 2, i) > 0xffff;
		const cp = pair ? text.codePointAt(i - 2)! : c;
		if (cp === 10 || (!(classOf(cp) & (NAME_CHAR | SPACE)) && cp !== 46)) return i;
		i -= pair ? 2 : 1;
	}
	return from;
}

/**
 * The first match of `re` (flags u and y) in `text` when every match of the pattern begins with a
 * capital letter (\p{Lu}): the pattern is tried only where a capital starts, in text order, so the
 * match is the one the same pattern without `y` would find. SUBJECT_AT_END (speakers.ts), run by
 * the engine at each of up to 160 positions, cost twice as much.
 */
export function firstMatchAtCapital(re: RegExp, text: string): RegExpExecArray | null {
	const n = text.length;
	for (let i = 0; i < n;) {
		const cp = pointAt(text, i, n);
		if (classOf(cp) & UPPER) {
			re.lastIndex = i;
			const m = re.exec(text);
			if (m) return m;
		}
		i += width(cp);
	}
	return null;
}

/**
 * `fn`, remembering its answer for the last text it was asked about: the join asks some questions of a whole body
 * once per name in it ("does the article name a club?"), and a whole-body scan per name was a hot spot.
 */
export function lastTextMemo<T>(fn: (text: string) => T): (text: string) => T {
	let last: string | undefined;
	let answer: T;
	return (text) => {
		if (text !== last) {
			answer = fn(text);
			last = text;
		}
		return answer;
	};
}
