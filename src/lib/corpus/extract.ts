/**
 * Structure of an article body: paragraphs (one per line, as the seeds come), page furniture,
 * direct quotes and sentences. Every span is a pair of offsets into the body, never a copy, so
 * `body.slice(start, end)` is the text by construction.
 */

export interface Span {
	start: number;
	end: number;
}

export interface Paragraph extends Span {
	index: number;
	/** Site chrome, captions, headline repeats: no passages or quotes come from it. */
	furniture: boolean;
}

export interface QuoteSpan extends Span {
	/** Offset of the opening mark; `end` (of the text) may equal `close` when the text runs out. */
	open: number;
	/** Offset just past the closing mark, or the paragraph end when the quote is cut off. */
	close: number;
	/** True when no closing mark was found before the paragraph ended. */
	cut: boolean;
}

/** The two closing marks (char codes) of each opening mark. „ is closed by “ or ” in Russian and German usage. */
const PAIRS = new Map<number, [number, number]>([
	[0x201c, [0x201d, 0x201d]], // “ ”
	[0xab, [0xbb, 0xbb]], // « »
	[0x201e, [0x201c, 0x201d]], // „ “ ”
	[0x22, [0x22, 0x22]] // " "
]);
const STRAIGHT = 0x22;

const FURNITURE: RegExp[] = [
	/^Home\s*[»>]/,
	/^Photo( of author)?\b/i,
	/^By [\w.]+$/,
	/^Source\s*:/i,
	/^Leave a (Comment|Reply)\b/i,
	/^Discussion Policy$/i,
	/^Comments are welcomed/i,
	/^(Share|Related|Tags|Read more|Advertisement)\b/i
];

export function paragraphs(body: string, title = ''): Paragraph[] {
	const out: Paragraph[] = [];
	let start = 0;
	while (start <= body.length) {
		let nl = body.indexOf('\n', start);
		if (nl < 0) nl = body.length;
		let end = nl;
		while (end > start && /\s/.test(body[end - 1]!)) end--;
		let s = start;
		while (s < end && /\s/.test(body[s]!)) s++;
		if (end > s) out.push({ start: s, end, index: out.length, furniture: false });
		start = nl + 1;
	}
	const texts = out.map((p) => body.slice(p.start, p.end));
	// Only lines of the same length can repeat: hashing every line's text cost more than the rest.
	const lengths = new Map<number, number>();
	for (const t of texts) lengths.set(t.length, (lengths.get(t.length) ?? 0) + 1);
	const seen = new Map<string, number>();
	for (const t of texts) if (lengths.get(t.length)! > 1) seen.set(t, (seen.get(t) ?? 0) + 1);
	const t0 = title.trim().toLowerCase();
	out.forEach((p, i) => {
		const t = texts[i]!;
		p.furniture =
			FURNITURE.some((re) => re.test(t)) ||
			// A line repeated verbatim is a caption or a headline echo, not reporting.
			(seen.get(t) ?? 0) > 1 ||
			// Lower-casing never shortens a string: a paragraph longer than the title is not its echo.
			(t0 !== '' && t.length <= t0.length && t.toLowerCase() === t0) ||
			// A run of capitalised words with no punctuation: a category/tag bar.
			(/^(\p{Lu}[\p{L}&-]*\s+){3,}\p{Lu}[\p{L}&-]*$/u.test(t) && !/[.,;:!?]/.test(t));
	});
	return out;
}

/** Whether a straight " at i opens a quote (after start, space or an opening bracket). */
function opensStraight(text: string, i: number, from: number): boolean {
	return i === from || /[\s([{—–-]/.test(text[i - 1]!);
}

/** Direct quotes in body[from, to): nested marks stay inside, a quote left open ends at `to`. */
export function quotesIn(body: string, from: number, to: number): QuoteSpan[] {
	const out: QuoteSpan[] = [];
	let i = from;
	while (i < to) {
		// Fast path: most characters open nothing (a property lookup per character was the cost).
		const code = body.charCodeAt(i);
		if (code !== 0x201c && code !== 0xab && code !== 0x201e && code !== 0x22) {
			i++;
			continue;
		}
		const [close1, close2] = PAIRS.get(code)!;
		if (code === STRAIGHT && !opensStraight(body, i, from)) {
			i++;
			continue;
		}
		const open = i;
		let depth = 1;
		let j = i + 1;
		let closeAt = -1;
		for (; j < to; j++) {
			const c = body.charCodeAt(j);
			const closes = c === close1 || c === close2;
			// A straight quote has no nesting; curly ones nest when the same opener reappears.
			if (code !== STRAIGHT && c === code && !closes) depth++;
			else if (closes && --depth === 0) {
				closeAt = j;
				break;
			}
		}
		let s = open + 1;
		let e = closeAt >= 0 ? closeAt : to;
		while (s < e && /\s/.test(body[s]!)) s++;
		while (e > s && /\s/.test(body[e - 1]!)) e--;
		if (e > s) out.push({ start: s, end: e, open, close: closeAt >= 0 ? closeAt + 1 : to, cut: closeAt < 0 });
		i = closeAt >= 0 ? closeAt + 1 : to;
	}
	return out;
}

/** Abbreviations after which a period does not end a sentence. */
const ABBREV =
	/(?:^|[\s(.])(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Maj|Sgt|Prof|Sen|Rep|Gov|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc|Inc|Ltd|Co|Jr|Sr|[A-Z])\.$/;

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
