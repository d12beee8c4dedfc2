/**
 * Structure of an article body: paragraphs (one per line, as the seeds come), page furniture,
 * direct quotes and sentences. Every span is a pair of offsets into the body, never a copy, so
 * `body.slice(start, end)` is the text by construction.
 */
import { furnitureReason, isRuledLine } from './furniture';
import { isOwnHeadline, isTitle, isTitleRest } from './furniture-title';
import { isLinkLabel, NAME_LINE, settleLayout, type Laid } from './furniture-layout';
import {
	blocks,
	type Block,
	ENDS_SENTENCE,
	endsWrappedSentence,
	isWrapped,
	MIN_LINE,
	raggedParagraphs
} from './text-blocks';
import { MONTH_SHORT, TITLE_ABBREVIATIONS } from './words';
import { ownHeadline, printedHeadline, savedUnderOtherTitle, settleHeadlines } from './headline-lines';

/** A sentence of a dozen words or more, ended as prose ends. */
/** A line that is one quotation and nothing else; the words inside its marks without their last stop. */
const PULL_QUOTE =
	/^["“«]([^"“”«»]{25,300}?)[.,!?]?["”»](?:\s*[–—-]\s*\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})?$/u;
const LONG_SENTENCE = /^(?:\S+\s+){11,}\S*[.!?]["”’»]?$/;

export interface Span {
	start: number;
	end: number;
}

/** Words asked one at a time ("is Kovgan a person's name here?"), which may be found only when first asked. */
export type WordSet = Pick<ReadonlySet<string>, 'has'>;

export interface Paragraph extends Span {
	index: number;
	/** Site chrome, captions, headline repeats: no passages or quotes come from it. */
	furniture: boolean;
	/** Why it is furniture, for the ingest report. */
	why?: string;
	/** The article's own headline repeated in the body: content for places and quotes, no passage of its own. */
	headline?: boolean;
	/** Right under a live blog's time stamp: an entry's heading, when short, which sums up the entry below it. */
	underTime?: boolean;
}

export interface QuoteSpan extends Span {
	/** Offset of the opening mark; `end` (of the text) may equal `close` when the text runs out. */
	open: number;
	/** Offset just past the closing mark, or the paragraph end when the quote is cut off. */
	close: number;
	/** True when no closing mark was found before the paragraph ended. */
	cut: boolean;
	/** One to three words in marks mid-sentence (the “Minsk group”): a term, not speech. */
	term?: boolean;
	/** A document's or an event's title in marks (the resolution “Ensuring access …”): a term whose places are no mentions. */
	title?: boolean;
}

/**
 * Paragraphs of a body. Most bodies come one paragraph per line; a hard-wrapped body (lines broken
 * at ~70 characters, paragraphs between blank lines) is read block by block, so a wrapped
 * paragraph is one paragraph, not one per line.
 */
export function paragraphs(body: string, title = ''): Paragraph[] {
	const out: Paragraph[] = [];
	const blockOf: number[] = [];
	for (const [b, whole] of blocks(body).entries()) {
		// A saved page may print its byline, time stamp or a caption with no blank line before the
		// wrapped paragraph under it: those lines stand alone when the rest is one wrapped paragraph.
		let block = whole;
		// (Under a list's label, "Read more:" or "Читайте также:", the lines are headlines, however wrapped they look.)
		let listed = false;
		// (A masthead's line or the headline stands apart only over three lines or more: two are no wrapped paragraph to free.)
		let headed = false;
		while (block.lines.length > 1) {
			const first = body.slice(block.lines[0]!.start, block.lines[0]!.end);
			const lone = isLoneLine(first);
			const n =
				lone || isShortHead(first, body[block.lines[1]!.start]!) ? 1 : headlineLines(body, block, title);
			if (!n || block.lines.length - n < (lone ? 1 : 3)) break;
			headed ||= !lone;
			listed ||= isLinkLabel(first);
			block = { start: block.lines[n]!.start, end: block.end, lines: block.lines.slice(n) };
		}
		if (headed && block.lines.length < 3) block = whole;
		// The same below it: a publisher's or a copyright line printed under the last wrapped paragraph.
		let tail = 0;
		for (
			let last = block.lines.at(-1)!;
			block.lines.length > 2 &&
			isRuledLine(body.slice(last.start, last.end)) &&
			!endsWrappedSentence(
				body.slice(block.lines.at(-2)!.start, block.lines.at(-2)!.end),
				body.slice(last.start, last.end)
			);
		) {
			block = { start: block.start, end: block.lines.at(-2)!.end, lines: block.lines.slice(0, -1) };
			last = block.lines.at(-1)!;
			tail++;
		}
		// (Only under a paragraph that ends as one: a block of headlines over a tag line is no paragraph.)
		const lastLine = block.lines.at(-1)!;
		if (tail && !ENDS_SENTENCE.test(body.slice(lastLine.start, lastLine.end))) {
			block = whole;
			tail = 0;
		}
		let wrapped = !listed && isWrapped(body, block);
		if (block !== whole && !wrapped) {
			block = whole;
			tail = 0;
			wrapped = isWrapped(body, block);
		}
		const line = (l: Span) => out.push({ start: l.start, end: l.end, index: 0, furniture: false });
		whole.lines.slice(0, whole.lines.length - block.lines.length - tail).forEach(line);
		if (wrapped) line(block);
		else (raggedParagraphs(body, block) ?? block.lines).forEach(line);
		whole.lines.slice(whole.lines.length - tail).forEach(line);
		while (blockOf.length < out.length) blockOf.push(b);
	}
	out.forEach((p, i) => (p.index = i));
	const texts = out.map((p) => body.slice(p.start, p.end));
	// Only lines of the same length can repeat: hashing every line's text cost more than the rest.
	const lengths = new Map<number, number>();
	for (const t of texts) lengths.set(t.length, (lengths.get(t.length) ?? 0) + 1);
	const seen = new Map<string, number>();
	for (const t of texts) if (lengths.get(t.length)! > 1) seen.set(t, (seen.get(t) ?? 0) + 1);
	// The article's own headline is content (its places are the article's): the title itself where a
	// line is (a share button's "<title> on Share on X" may stand above it), else the first near match.
	const own = title ? ownHeadline(texts, title) : -1;
	// A headline wrapped over two lines: the second is the headline's too.
	// (Or set apart as a subtitle: the title's part after its colon on the next line.)
	const wrappedOn =
		own >= 0 &&
		own + 1 < texts.length &&
		(isTitle(`${texts[own]} ${texts[own + 1]}`, title) ||
			isTitleRest(texts[own + 1]!, texts[own]!, title) ||
			(!isOwnHeadline(texts[own]!, title) && isOwnHeadline(`${texts[own]} ${texts[own + 1]}`, title)))
			? own + 1
			: -1;
	// A standfirst printed again as the lead paragraph, right under it: the second copy is the reporting.
	const leadEcho = (t: string, i: number) => i > 0 && texts[i - 1] === t && LONG_SENTENCE.test(t);
	const laid: Laid[] = texts.map((t, i) => ({
		text: t,
		why: i === own ? null : furnitureReason(t, title, (seen.get(t) ?? 0) > 1 && !leadEcho(t, i)),
		block: blockOf[i]!
	}));
	// A pull quote: words of a quote in the text set again alone in marks between paragraphs ("“A monastery is not a house.”",
	// "“They leave at a time when …” – Hikmet X", its first word capitalised anew), under the lead (a headline over it may be a
	// quote the text gives again).
	const lead = laid.findIndex((l) => l.why === null && LONG_SENTENCE.test(l.text));
	laid.forEach((l, i) => {
		const pulled = l.why === null && lead >= 0 && i > lead ? PULL_QUOTE.exec(l.text)?.[1] : undefined;
		const words = pulled?.toLowerCase();
		if (words && texts.some((t, j) => j !== i && t.toLowerCase().includes(words))) l.why = 'pull quote';
	});
	settleLayout(laid);
	// (A page saved under another title, the site's name set after it or in another language: its printed headline, the
	// first headline-like line under the page's furniture.)
	const printed = own < 0 && savedUnderOtherTitle(title) ? printedHeadline(laid, title) : own;
	settleHeadlines(laid, out, texts, printed, wrappedOn);
	out.forEach((p, i) => {
		const why = laid[i]!.why;
		if (why) {
			p.furniture = true;
			p.why = why;
		}
	});
	return out;
}

/**
 * How many of a block's first lines are the article's title, printed as its headline right over the
 * wrapped lead (on one line, or wrapped over two): they stand alone, the lead is the wrapped rest.
 */
function headlineLines(body: string, b: Block, title: string): number {
	if (!title) return 0;
	const line = (i: number) => (b.lines[i] ? body.slice(b.lines[i].start, b.lines[i].end) : '');
	if (isTitle(line(0), title)) return 1;
	return b.lines.length > 2 && isTitle(`${line(0)} ${line(1)}`, title) ? 2 : 0;
}

/**
 * A line too short to be a wrapped line (a masthead, "World"), over a line that opens anew: no
 * width-broken paragraph starts so.
 */
const isShortHead = (text: string, next: string) =>
	text.length < MIN_LINE && !/[,;]$/.test(text) && !/\p{Ll}/u.test(next);

/**
 * A line that stands alone above a wrapped paragraph: furniture by a rule, a byline's name alone, or a
 * short line with no lower case (a wire's slug: "NEWSWIRE / CIS / 12.06.2024"), judged on its own after.
 */
const isLoneLine = (text: string) =>
	isRuledLine(text) ||
	NAME_LINE.test(text) ||
	isLinkLabel(text) ||
	(text.length <= 60 && !/\p{Ll}/u.test(text));

/** Abbreviations after which a period does not end a sentence. */
const ABBREV = new RegExp(
	String.raw`(?:^|[\s(.])(?:${TITLE_ABBREVIATIONS}|St|Assoc|Asst|No|${MONTH_SHORT}|vs|etc|Inc|Ltd|Co|Jr|Sr|[Rr]etd?|[A-Z])\.$`
);

/**
 * "MOSCOW, December 1. /TASS/.", "YEREVAN, November 10.": a wire's dateline ends with a full stop
 * but is no sentence of its own: it stays with the sentence it opens (a word in capitals, then only
 * capitalised words, numbers and credits).
 */
const isDatelineOnly = (s: string) => s.length <= 60 && /^\p{Lu}{3,}[,.]?(?:\s+[^\s\p{Ll}]\S*)*$/u.test(s);

/**
 * Sentences of body[from, to), never split inside a quote: a multi-sentence quote stays in the
 * sentence that carries its attribution.
 */
export function sentencesIn(body: string, from: number, to: number, quotes: QuoteSpan[]): Span[] {
	const inside = (k: number) => quotes.some((q) => k > q.open && k < q.close);
	const out: Span[] = [];
	let s = from;
	const re = /[.!?]+[”’»")\]]*\s+(?=[\p{Lu}\d“«"‘(])/gu;
	re.lastIndex = from;
	const text = body.slice(0, to);
	for (let m = re.exec(text); m; m = re.exec(text)) {
		const endPunct = m.index + m[0].trimEnd().length;
		// The end of the punctuation (past any closing mark) decides: “…region.” ends a sentence.
		if (inside(endPunct)) continue;
		if (ABBREV.test(body.slice(Math.max(from, m.index - 6), m.index + 1))) continue;
		if (s === from && isDatelineOnly(body.slice(s, endPunct))) continue;
		out.push({ start: s, end: endPunct });
		s = m.index + m[0].length;
	}
	if (s < to) out.push({ start: s, end: to });
	return out;
}

/** Share of a sentence's characters that lie inside quotation marks. */
export function quotedShare(sentence: Span, quotes: QuoteSpan[]): number {
	let q = 0;
	for (const x of quotes) {
		const a = Math.max(sentence.start, x.open);
		const b = Math.min(sentence.end, x.close);
		if (b > a) q += b - a;
	}
	return q / Math.max(1, sentence.end - sentence.start);
}
