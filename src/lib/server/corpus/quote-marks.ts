/**
 * Which marks open and close a quotation: curly “…”, guillemets «…», „…“, straight "…", single ‘…’ and
 * straight '…' (never an apostrophe), marks typed the wrong way round or mixed, and a continuation
 * paragraph typed without its opening mark. Split from quotes.ts (which walks the paragraphs).
 */
import type { Paragraph } from './extract';

export const LDQ = 0x201c; // “
export const RDQ = 0x201d; // ”
export const LSQ = 0x2018; // ‘
const RSQ = 0x2019; // ’
export const LAQ = 0xab; // «
const RAQ = 0xbb; // »
export const LOW = 0x201e; // „
export const STRAIGHT = 0x22; // "
export const APOS = 0x27; // ' (a straight single mark: mostly an apostrophe, sometimes speech)

const isSpace = (c: number) =>
	c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f;
const isLetter = (ch: string | undefined) => !!ch && /[\p{L}\p{N}]/u.test(ch);
/** Where a quotation may open: the start, after a space, a bracket or a dash. */
const opensAt = (body: string, i: number, from: number) => i === from || /[\s([{—–\-/:]/.test(body[i - 1]!);
/** Where a quotation may close: after a non-space, before a space, punctuation or the end. */
const closesAt = (body: string, i: number, to: number) =>
	i > 0 && !isSpace(body.charCodeAt(i - 1)) && (i + 1 >= to || !isLetter(body[i + 1]));

/**
 * A ’ that surely ends a quote: after punctuation (,’ .’ ?’) or before a comma or full stop and a
 * space. A ’ after a plain word ("the peacekeepers’ posts") may be a plural possessive.
 */
const strongSingleClose = (body: string, i: number, to: number) =>
	/[,.!?…—–-]/.test(body[i - 1] ?? '') || (i + 1 < to && /[,.;:!?)]/.test(body[i + 1]!)) || i + 1 >= to;

/** Two single closing marks after the speech's own punctuation, for one double mark: ",’’". */
const DOUBLED_CLOSE = /^[,.!?]’’$/;

interface Open {
	code: number;
	at: number;
}

/** A mark at j after the speech's own punctuation, its attribution right after ("…,” Zakharova said"): it closes the quote. */
const endsBeforeAttribution = (body: string, j: number) =>
	/[,.!?]/.test(body[j - 1]!) && ATTRIBUTION_AFTER.test(body.slice(j + 1, j + 50));

/** Index of the mark closing the quote opened at `open`, in body(open, to), or -1. */
export function closeOf(body: string, open: Open, from: number, to: number): number {
	const { code } = open;
	let depth = 1;
	let weak = -1;
	let nested = -1;
	let restart = -1;
	// A ' opened inside a straight quote ("…, 'Let's solve this,' they said. …") is closed by the next ' after it.
	let inner = false;
	for (let j = open.at + 1; j < to; j++) {
		const c = body.charCodeAt(j);
		// "…of the Republic of Armenia,’’ added the Defense Ministry": two single marks typed for a double one close it (the
		// second is the closing mark; quotes.ts leaves the first out of the words).
		if (
			c === RSQ &&
			depth === 1 &&
			code !== LSQ &&
			code !== APOS &&
			DOUBLED_CLOSE.test(body.slice(j - 1, j + 2))
		)
			return j + 1;
		if (code === STRAIGHT) {
			if (c === STRAIGHT) {
				// "…ending the "grey zone" that …," he said: a " after a space and before a word opens a
				// quote inside the quote (wire copy nests straight marks); the one that closes it is not
				// the end. Left unbalanced at the paragraph's end, the first " closes, as it always did.
				if (!closesAt(body, j, to) && opensAt(body, j, from) && isLetter(body[j + 1])) {
					if (nested < 0) nested = j;
					depth++;
					continue;
				}
				if (depth > 1) {
					depth--;
					continue;
				}
				return j;
			}
			if (c === APOS && opensAt(body, j, from) && isLetter(body[j + 1])) inner = true;
			// "“I have seen them.' she said. “…": a ' typed for the closing " before the attribution.
			else if (c === APOS && endsBeforeAttribution(body, j)) {
				if (!inner) return j;
				inner = false;
			}
			// A curly mark typed to close it ("…,” said X) closes only if no straight one does; before its
			// attribution it closes at once ("Russia … on April 24,” Zakharova told a briefing. “Necessary …").
			if (c === RDQ && depth === 1 && endsBeforeAttribution(body, j)) return j;
			if (c === RDQ && weak < 0 && closesAt(body, j, to)) weak = j;
			// "\"I invite you …,’ he said": a curly single mark typed to close it, before its attribution.
			if (c === RSQ && endsBeforeAttribution(body, j)) return j;
		} else if (code === APOS) {
			// Only a mark after the speech's own punctuation, or before its attribution, closes it:
			// every other ' is an apostrophe (don't, Azerbaijan's, the peacekeepers' posts).
			if (
				c === APOS &&
				closesAt(body, j, to) &&
				(/[,.!?…]/.test(body[j - 1]!) ||
					j + 1 >= to ||
					/[.;:!?]/.test(body[j + 1]!) ||
					// "the 'Watch of Heroes' in Makhachkala": a plural possessive ends in s, so a ' after another letter closes.
					(/[\p{L}]/u.test(body[j - 1]!) &&
						!/[sSzZ]/.test(body[j - 1]!) &&
						isSpace(body.charCodeAt(j + 1))) ||
					// ("'We left the apples on the trees' - refugees pour in": a spaced dash follows no possessive.)
					/^\s[–—-]\s/.test(body.slice(j + 1, j + 4)) ||
					ATTRIBUTION_AFTER.test(body.slice(j + 1, j + 50)))
			)
				return j;
		} else if (code === LSQ) {
			// A new ‘ opening a word after a weak close (“called it ‘painful’ for him. ‘I signed…’”):
			// the weak close was the end, and the new mark opens the next quote.
			if (c === LSQ && weak >= 0 && opensAt(body, j, from)) return weak;
			// "‘We proceed …,” Zakharova said": a double mark typed to close it, before its attribution.
			if (c === RDQ && endsBeforeAttribution(body, j)) return j;
			if (c !== RSQ || !closesAt(body, j, to)) continue;
			if (strongSingleClose(body, j, to)) return j;
			if (weak < 0) weak = j;
		} else if (code === LAQ) {
			if (c === LAQ) depth++;
			else if (c === RAQ && --depth === 0) return j;
			// "«Before the road closed, … community,” Name said": a ” typed to close it, before its attribution.
			else if (c === RDQ && depth === 1 && ATTRIBUTION_AFTER.test(body.slice(j + 1, j + 50))) return j;
		} else if (code === LOW) {
			if ((c === LDQ || c === RDQ) && --depth === 0) return j;
			if (c === LOW) depth++;
		} else {
			// “ or a ” used as an opener: ” closes; a “ closes where a closing mark belongs; a straight
			// " there closes only if no curly mark does (it may be markup inside the quote: src="x").
			if (
				c === RDQ ||
				(c === LDQ && closesAt(body, j, to) && !opensAt(body, j, from)) ||
				(c === LDQ && depth === 1 && wrongWayClose(body, j))
			) {
				if (--depth === 0) return j;
			} else if (c === LDQ) {
				// "“It is hard to get through. “Nobody goes,” says X.": a mark opening a sentence inside, the first never closed.
				if (depth === 1 && restart < 0 && /[.!?…]\s$/.test(body.slice(j - 2, j))) restart = j - 1;
				depth++;
			}
			// “Long live the army, "Aliyev wrote: a straight mark typed after the space, before the attribution, closes.
			else if (c === STRAIGHT && depth === 1 && wrongWayClose(body, j) && !closesAt(body, j, to)) return j;
			else if (c === STRAIGHT && depth === 1 && closesAt(body, j, to) && !opensAt(body, j, from)) {
				// “They are kind," Name told the paper. "I wake up…”: a straight mark before the attribution closes.
				if (endsBeforeAttribution(body, j)) return j;
				if (weak < 0) weak = j;
			}
		}
	}
	// (Left open to the paragraph's end, the first quote ends before that mark: no width, the next quote opens there.)
	return nested >= 0 ? nested : weak >= 0 ? weak : restart;
}

/** The opening mark at i, if a quotation may open there. */
export function openerAt(body: string, i: number, from: number): Open | null {
	const c = body.charCodeAt(i);
	if (c === LDQ || c === LAQ || c === LOW) return { code: c, at: i };
	if (c === RDQ && body[i - 1] === '.' && strayOpener(body, i)) return { code: LDQ, at: i };
	if (!opensAt(body, i, from)) return null;
	if (c === STRAIGHT) return { code: c, at: i };
	// A straight ' opens speech before a capital ('We are escorting…'), or before a lower-case word
	// when a mark closes it (findQuotes checks): 'em and '90s are elisions.
	if (c === APOS) return /\p{L}/u.test(body[i + 1] ?? '') ? { code: c, at: i } : null;
	// ‘ and a ” typed as an opener open only before a word (‘90s is an elision, not a quote; "Akar ‘s claim"
	// a possessive typed after a space).
	if (
		(c === LSQ || c === RDQ) &&
		/[\p{L}\p{N}…"“]/u.test(body[i + 1] ?? '') &&
		!/^(?:\d\ds|s)\b/.test(body.slice(i + 1, i + 5))
	) {
		return { code: c === RDQ ? LDQ : c, at: i };
	}
	return null;
}

/**
 * "…closed to Lindmoor.” No ferry may leave…,” the guild added": with no quote open, a ” glued to a
 * full stop and followed by a new sentence was typed for the opener, when a ” later in the paragraph
 * closes speech before its attribution.
 */
function strayOpener(body: string, i: number): boolean {
	if (!/^\s\p{Lu}/u.test(body.slice(i + 1, i + 3))) return false;
	const line = body.slice(i + 1, i + 800).split('\n', 1)[0]!;
	const j = line.indexOf('”');
	return j > 0 && /[,?!]/.test(line[j - 1]!) && ATTRIBUTION_AFTER.test(line.slice(j + 1, j + 51));
}

/**
 * A “ typed where the closing mark belongs, as translated pages do: right before a comma ("… of Armenia “,
 * announced the Cabinet") or after a comma and before the attribution ("… our society, “Stepanyan concluded.").
 */
const wrongWayClose = (body: string, j: number) =>
	/^[,.;]/.test(body.slice(j + 1, j + 2)) ||
	(/[,.!?]\s$/.test(body.slice(j - 2, j)) && ATTRIBUTION_AFTER.test(` ${body.slice(j + 1, j + 50)}`));

export const isMark = (c: number) =>
	c === RDQ || c === LDQ || c === STRAIGHT || c === RSQ || c === RAQ || c === LAQ || c === LSQ || c === APOS;
/** After a closing mark: "he said", "the general said", "Muradov told": the attribution. */
const ATTRIBUTION_AFTER =
	/^,?\s+(?:(?:(?:he|she|they|it)\s|(?:the|a|an)\s+[\p{L}\s-]{1,40}?\s|\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?\s+)(?:(?:also|then|later)\s+)?(?:said|says|told|added|adds|stated|states|noted|notes|stressed|stresses|emphasi[sz]ed|explained|concluded|wrote|read|reads)\b|(?:said|says|adds|added|stated|states|noted|notes|stressed|stresses|explained|concluded)\s+(?:\p{Lu}|the\s|an?\s))/u;

/**
 * "In the new conditions, we consider it important …,” Maria Zakharova said": the ” at i, the paragraph's
 * first mark, closes speech before its attribution, its opener forgotten at the paragraph's start (a
 * quote left open before would have taken this paragraph: see unmarkedContinuation).
 */
export function openerForgotten(body: string, from: number, i: number): boolean {
	if (body.charCodeAt(i) !== RDQ || !/[,?!]/.test(body[i - 1] ?? '')) return false;
	if (!ATTRIBUTION_AFTER.test(body.slice(i + 1, i + 50))) return false;
	for (let j = from; j < i; j++) if (isMark(body.charCodeAt(j)) && !isLetter(body[j - 1])) return false;
	return true;
}

/**
 * The paragraph (at most three on, with no mark before) whose first mark closes a quote left open in
 * paragraph `pi` without the next paragraph opening with a mark: [its index, the mark's offset], or null.
 */
export function unmarkedContinuation(body: string, paras: Paragraph[], pi: number): [number, number] | null {
	for (let k = pi + 1; k <= pi + 3 && k < paras.length; k++) {
		const p = paras[k]!;
		let j = p.start;
		while (j < p.end && !isMark(body.charCodeAt(j))) j++;
		// ("the peacekeepers’ posts": an apostrophe is no mark here.)
		while (j < p.end && (body.charCodeAt(j) === RSQ || body.charCodeAt(j) === APOS) && isLetter(body[j - 1]))
			for (j++; j < p.end && !isMark(body.charCodeAt(j));) j++;
		if (j >= p.end) continue;
		const c = body.charCodeAt(j);
		// "…Agder and Khojavend, ”the defense department said": the closing mark typed after the space.
		const spacedBefore = c === RDQ && /[,.!?]\s$/.test(body.slice(j - 2, j));
		const closing = (c === RDQ || c === STRAIGHT || c === RAQ) && (closesAt(body, j, p.end) || spacedBefore);
		if (!closing) return null;
		const after = body.slice(j + 1, j + 50);
		return ATTRIBUTION_AFTER.test(spacedBefore ? ` ${after}` : after) || !body.slice(j + 1, p.end).trim()
			? [k, j]
			: null;
	}
	return null;
}
