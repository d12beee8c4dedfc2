/**
 * Direct quotes of an article: curly “…”, guillemets «…», „…“, straight "…" and single curly ‘…’
 * used for speech (never an apostrophe: Azerbaijan’s, peacekeepers’). A quote left open at the end
 * of a paragraph continues when the next paragraph opens with a mark (the press's convention for
 * a quote over several paragraphs); otherwise it ends with its paragraph. A mark typed the wrong
 * way round (“…,“ he said) closes where a closing mark belongs, so it cannot swallow the
 * attribution or merge two quotes. One to three words in marks inside a sentence (the “Minsk
 * group”) are a term, not a statement.
 */
import type { Paragraph, QuoteSpan } from './extract';
import { isTerm, isTitle } from './quote-terms';
import { tailSubject } from './quote-speaker';
import {
	APOS,
	closeOf,
	isMark,
	LAQ,
	LDQ,
	LOW,
	LSQ,
	openerAt,
	openerForgotten,
	RDQ,
	STRAIGHT,
	unmarkedContinuation
} from './quote-marks';

/** ", said Artur", ", he said", ", Pashinyan told": where a forgotten closing mark belonged (at the comma). */
const FORGOTTEN_CLOSE =
	/,(?=\s+(?:(?:he|she|they)\s+)?(?:said|says|told|added|stated)\b|\s+\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?\s+(?:said|says|told|added|stated)\b)/u;

/** ", – the ministry said in a statement. – As a result": an attribution between dashes inside the marks. */
const DASHED_ATTRIBUTION = /[,.!?…](\s+[–—-]\s+([^–—“”«»"]{4,140}?)[.,:]\s+[–—-]\s+)(?=\p{Lu})/u;
/**
 * "«…near Janyatag, – the ministry said in a statement. – As a result …»": a translation from Russian
 * sets the attribution between dashes inside the marks. Where it stands in `text` (from its first dash's
 * space to the next words), when its words name a speaker; else null.
 */
function dashedAttribution(text: string): { from: number; to: number } | null {
	const m =
		text.includes(' – ') || text.includes(' — ') || text.includes(' - ')
			? DASHED_ATTRIBUTION.exec(text)
			: null;
	if (!m || !tailSubject(`, ${m[2]!}`)) return null;
	const from = m.index + 1;
	return { from, to: from + m[1]!.length };
}

/**
 * "«…all the posts are being relocated, – the ministry said. – The contingent continues …»": two quotes,
 * the attribution between dashes in neither (read after the first as any attribution is); the first ends at its comma, as
 * a quote before "he said" does.
 */
function atDashedAttribution(body: string, q: QuoteSpan): QuoteSpan[] {
	const at = dashedAttribution(body.slice(q.start, q.end));
	if (!at) return [q];
	const mid = q.start + at.from;
	return [
		{ start: q.start, end: mid, open: q.open, close: mid, cut: false },
		{ start: q.start + at.to, end: q.end, open: q.start + at.to - 1, close: q.close, cut: q.cut }
	];
}

/** The quote with the spaces at its text's edges left out. */
function trimmed(body: string, q: QuoteSpan): QuoteSpan {
	while (q.start < q.end && /\s/.test(body[q.start]!)) q.start++;
	while (q.end > q.start && /\s/.test(body[q.end - 1]!)) q.end--;
	// (",’’": the first of two single marks closing it is the mark's, not the words'.)
	if (body[q.end] === '’' && body[q.end - 1] === '’') q.end--;
	return q;
}

/** Whether the paragraph opens with a mark that continues a quote left open by the one before. */
function continues(body: string, p: Paragraph): boolean {
	const c = body.charCodeAt(p.start);
	return c === LDQ || c === LAQ || c === LSQ || c === STRAIGHT || c === LOW;
}

export interface ArticleQuotes {
	/**
	 * The quotes that open in each paragraph, in text order (a quote over several paragraphs belongs
	 * to its first). Those with `term` set may be a term rather than speech: see splitTerms.
	 */
	own: QuoteSpan[][];
	/** The quotes that cover any part of each paragraph: sentence splitting must not cut inside them. */
	covering: QuoteSpan[][];
}

/** A quote that is a term in marks (the “Minsk group”, “one-sided”), not a statement: no quote record. */
export const isTermQuote = (q: QuoteSpan) => q.term === true;

/** Every quote of the paragraphs (in text order, furniture already left out). */
export function findQuotes(body: string, paras: Paragraph[]): ArticleQuotes {
	const own: QuoteSpan[][] = paras.map(() => []);
	const covering: QuoteSpan[][] = paras.map(() => []);
	let pi = 0;
	let i = paras[0]?.start ?? 0;
	while (pi < paras.length) {
		const p = paras[pi]!;
		if (i >= p.end) {
			i = paras[++pi]?.start ?? 0;
			continue;
		}
		// Fast path: most characters open nothing (a tight loop to the paragraph's next mark).
		for (const end = p.end; i < end; i++) {
			const code = body.charCodeAt(i);
			if (
				code === LDQ ||
				code === LAQ ||
				code === LOW ||
				code === STRAIGHT ||
				code === LSQ ||
				code === RDQ ||
				code === APOS
			)
				break;
		}
		if (i >= p.end) continue;
		const open = openerAt(body, i, p.start);
		if (!open) {
			if (!covering[pi]!.length && openerForgotten(body, p.start, i)) {
				const q = trimmed(body, { start: p.start, end: i, open: p.start, close: i + 1, cut: false });
				own[pi]!.push(q);
				covering[pi]!.push(q);
			}
			i++;
			continue;
		}
		let closeAt = closeOf(body, open, p.start, p.end);
		// A straight ' before a lower-case word that nothing closes is an elision ('em, 'cause), no quote.
		if (closeAt < 0 && open.code === APOS && /\p{Ll}/u.test(body[i + 1]!)) {
			i++;
			continue;
		}
		let last = pi;
		// “Tactically, it will be discussed who will go where, Akar told parliament. Then a paragraph
		// opening with a mark: the closing mark was forgotten before the attribution, and the next
		// paragraph's quote is another one.
		if (closeAt < 0 && pi + 1 < paras.length && continues(body, paras[pi + 1]!)) {
			const attribution = FORGOTTEN_CLOSE.exec(body.slice(open.at, p.end));
			if (attribution) closeAt = open.at + attribution.index + 1;
		}
		// Left open: the next paragraph continues it if it opens with a mark.
		while (closeAt < 0 && last + 1 < paras.length && continues(body, paras[last + 1]!)) {
			const next = paras[++last]!;
			closeAt = closeOf(body, { code: body.charCodeAt(next.start), at: next.start }, next.start, next.end);
		}
		// Never closed: the mark was forgotten before the attribution (“…rule, said Artur, a teacher”).
		if (closeAt < 0) {
			const attribution = FORGOTTEN_CLOSE.exec(body.slice(open.at, paras[last]!.end));
			if (attribution) closeAt = open.at + attribution.index + 1;
		}
		// "…what they undertook?" then "Russia signed it … that much," he emphasized.": a continuation paragraph
		// typed without its opening mark, whose first mark closes the quote (before its attribution or at its end).
		if (closeAt < 0 && last === pi && open.code !== APOS) {
			const more = unmarkedContinuation(body, paras, pi);
			if (more) [last, closeAt] = more;
		}
		const to = paras[last]!.end;
		// A forgotten closing mark has no width: the quote closes right after its last word.
		const markless = closeAt >= 0 && !isMark(body.charCodeAt(closeAt));
		const q = trimmed(body, {
			start: open.at + 1,
			end: closeAt >= 0 ? closeAt : to,
			open: open.at,
			close: closeAt < 0 ? to : markless ? closeAt : closeAt + 1,
			cut: closeAt < 0
		});
		if (q.end > q.start) {
			if (last === pi && isTitle(body, q, p.start)) q.term = q.title = true;
			else if (last === pi && isTerm(body, q, p.start)) q.term = true;
			for (const part of q.term ? [q] : atDashedAttribution(body, q)) {
				own[pi]!.push(part);
				for (let k = pi; k <= last; k++) covering[k]!.push(part);
			}
		}
		// Carry on after the quote, in the paragraph where it closed, or in the next one.
		if (closeAt >= 0) {
			pi = last;
			i = closeAt + 1;
		} else i = paras[(pi = last + 1)]?.start ?? 0;
	}
	return { own, covering };
}

/** Quotes of one stretch of text (a single paragraph), terms left out: the unit tests' view of findQuotes. */
export function quotesIn(body: string, from: number, to: number): QuoteSpan[] {
	return findQuotes(body, [{ start: from, end: to, index: 0, furniture: false }]).own[0]!.filter(
		(q) => !isTermQuote(q)
	);
}
