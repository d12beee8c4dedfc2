/**
 * A body's blocks of lines, and how to read one: width-wrapped text (one paragraph), a syndicator's
 * ragged re-wrap (paragraphs end where a line ends a sentence), or a list of lines. Split from
 * extract.ts, which turns them into paragraphs.
 */
import type { Span } from './extract';
import { isRuledLine } from './furniture';

export interface Block extends Span {
	lines: Span[];
}

/** Runs of non-blank lines, each line trimmed of edge whitespace. */
export function blocks(body: string): Block[] {
	const out: Block[] = [];
	let cur: Block | null = null;
	let start = 0;
	while (start <= body.length) {
		let nl = body.indexOf('\n', start);
		if (nl < 0) nl = body.length;
		let end = nl;
		while (end > start && /\s/.test(body[end - 1]!)) end--;
		let s = start;
		while (s < end && /\s/.test(body[s]!)) s++;
		if (end > s) {
			if (!cur) out.push((cur = { start: s, end, lines: [] }));
			cur.lines.push({ start: s, end });
			cur.end = end;
		} else cur = null;
		start = nl + 1;
	}
	return out;
}

/**
 * A block whose lines were broken by width, not by meaning: several lines, the inner ones of
 * similar length, and some breaking mid-sentence (a line ending in a letter or a comma).
 */
const MIN_WRAP = 56;
/** No line of a wrapped paragraph but its last is shorter than this. */
export const MIN_LINE = 25;
export function isWrapped(body: string, b: Block): boolean {
	if (b.lines.length < 2) return false;
	const inner = b.lines.slice(0, -1);
	const lens = inner.map((l) => l.end - l.start);
	const longest = Math.max(...lens);
	// Width-broken lines are of one width; a list of short lines (contacts, credits) is not.
	// Text wrapped for a screen or an email runs to 60–80 characters; a block of shorter lines is a
	// list (tag, share and sign-off lines, link headlines), one line each.
	if (longest > 120 || longest < MIN_WRAP || lens.some((n) => n < MIN_LINE || n < longest * 0.6))
		return false;
	// A row of links ("Share on Facebook | Share on Twitter | …") over a headline is chrome, never a wrapped line.
	if (inner.some((l) => body.slice(l.start, l.end).split(' | ').length > 2)) return false;
	// A fixed width leaves inner lines within a long word of each other: 78 and 106 characters are two lines.
	if (longest - Math.min(...lens) > 24) return false;
	// The last line of a wrapped paragraph is no wider than the others: a caption over a long paragraph is two lines.
	const last = b.lines[b.lines.length - 1]!;
	if (last.end - last.start > longest * 1.5) return false;
	// A caption with its credit under it ("… near the border\nPHOTO: Wikimedia Commons"), a contact line over a disclaimer: one line each.
	// (A lower-case word after a line that runs on ends the sentence: "… of the contact⏎line." is no signature like "euronews.")
	const runsOn =
		/\p{Ll}/u.test(body[last.start]!) &&
		!ENDS_SENTENCE.test(body.slice(inner.at(-1)!.start, inner.at(-1)!.end));
	if (!runsOn && isRuledLine(body.slice(last.start, last.end))) return false;
	// Link headlines under "Related:" are of one width too, but each opens with a capital and ends on a
	// word a sentence may end on (or a caption's credit in brackets): width-broken lines start in lower case
	// or end on "of", "the", a comma.
	if (
		b.lines.length >= 3 &&
		b.lines.every((l, i) => i === 0 || /\p{Lu}/u.test(body[l.start]!)) &&
		inner.every(
			(l) => /[\p{L}\p{N})]/u.test(body[l.end - 1]!) && !RUNS_ON.test(body.slice(l.start, l.end))
		) &&
		// (A quote opened on a line and not closed there runs on: "“As of 16:00, 100,417 … have entered⏎Armenia,” …".)
		!inner.some((l) => opensQuote(body.slice(l.start, l.end)))
	)
		return false;
	// Most lines break mid-sentence, after a word or a comma.
	const mid = inner.filter((l) => /[\p{L}\p{N},;–—-]/u.test(body[l.end - 1]!)).length;
	return mid * 2 >= inner.length;
}

/** A line that ends a sentence, a label or a quote: the line after it starts a new paragraph. */
export const ENDS_SENTENCE = /[.!?…:;][”’»"')\]]*(?:\s+Enditem)?$/u;
/** Words a sentence never ends on: a line ending with one runs on into the next. */
// (In any case: "… appealed for donations. In⏎Venice, …".)
const RUNS_ON = /(?:^|\s)(?:the|a|an|of|in|on|at|to|by|for|with|from|and|or|that|into|near|between|along)$/i;
/** Whether a line opens a quote it does not close: more opening marks than closing, or an odd count of straight ones. */
const opensQuote = (line: string) =>
	(line.match(/["]/g)?.length ?? 0) % 2 === 1 ||
	(line.match(/[“«]/g)?.length ?? 0) > (line.match(/[”»]/g)?.length ?? 0);

/**
 * Text re-wrapped by a syndicator at its own width (an agency feed re-posted with a break in every
 * line and none between paragraphs) is no fixed width, so `isWrapped` refuses it, and read line by
 * line its pieces look like captions ("the Garabagh region of Azerbaijan have closed three").
 * A block is such text when lines break mid-sentence over and over: the next line opens in lower
 * case, or the line ends on a word no sentence ends on. Its paragraphs then end only where a line
 * ends a sentence (a furniture line, "Legal Disclaimer:", stands alone).
 */
/**
 * Whether `line` is the one-word end of the sentence `prev` broke off ("… Trend's Karabakh bureau" /
 * "reports."), not a signature on its own ("euronews."), which follows a sentence's end.
 */
export const endsWrappedSentence = (prev: string, line: string) =>
	prev.length >= 30 && !ENDS_SENTENCE.test(prev) && /^\p{Ll}/u.test(line);

export function raggedParagraphs(body: string, b: Block): Span[] | null {
	if (b.lines.length < 3) return null;
	const texts = b.lines.map((l) => body.slice(l.start, l.end));
	let runOn = 0;
	let lastRun = -1;
	for (let i = 0; i + 1 < texts.length; i++) {
		const t = texts[i]!;
		if (t.length >= 20 && !ENDS_SENTENCE.test(t) && (/^\p{Ll}/u.test(texts[i + 1]!) || RUNS_ON.test(t))) {
			runOn++;
			lastRun = i;
		}
	}
	// (Counted up to the last line that runs on: a list printed under the re-wrapped text, "Most read" and its
	// headlines, is lines of its own, one each.)
	if (runOn < 2 || runOn * 4 < Math.min(texts.length - 1, lastRun + 2)) return null;
	const out: Span[] = [];
	let start = 0;
	for (let i = 0; i < texts.length; i++) {
		const t = texts[i]!;
		const next = texts[i + 1];
		const breaks =
			next === undefined ||
			start > lastRun ||
			ENDS_SENTENCE.test(t) ||
			isRuledLine(t) ||
			(isRuledLine(next) && !endsWrappedSentence(t, next)) ||
			// A short line that stops mid-sentence before a capital is a label of its own ("Discussion about this post").
			(t.length < 30 && !/^\p{Ll}/u.test(next) && !RUNS_ON.test(t));
		if (breaks) {
			out.push({ start: b.lines[start]!.start, end: b.lines[i]!.end });
			start = i + 1;
		}
	}
	return out;
}

/** A line in title case: three in four of its words of four letters or more are capitalised. */
export function isTitleCase(line: string): boolean {
	const words = line.match(/\p{L}{4,}/gu) ?? [];
	return words.length >= 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length * 4 >= words.length * 3;
}
