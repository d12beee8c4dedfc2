// Quotes (metrics 5–6): the speaker right, never a pronoun; exact boundaries; no spurious quote.
import type { Judging } from './score-counts';
import { overlap, overlaps } from './spans';

const PRONOUNS = new Set(
	'he she they him her it its his hers them their we us i me you this that who which someone one'.split(' ')
);

/** A speaker name folded for comparison: case, diacritics, punctuation, a leading "the", a possessive. */
export function foldSpeaker(s: string): string {
	return s
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/['’]s\b/g, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim()
		.replace(/^the\s+/, '');
}

export function isPronoun(s: string): boolean {
	return PRONOUNS.has(foldSpeaker(s));
}

export function scoreQuotes({ body, gold, out, c, miss }: Judging): void {
	// (5) and (6): quotes.
	c.goldQuotes = gold.quotes.length;
	const quotes = out.quotes;
	for (const q of quotes) {
		if (q.speaker !== null && isPronoun(q.speaker)) {
			c.pronounSpeakers++;
			miss('pronoun speaker', q, `speaker "${q.speaker}"`);
		}
	}
	for (const g of gold.quotes) {
		const exact = quotes.find((q) => q.start === g.start && q.end === g.end);
		if (exact) c.boundariesExact++;
		// Speaker: the engine quote with the same span, else the one overlapping it most.
		let best = exact;
		if (!best) {
			for (const q of quotes) if (overlap(q, g) > (best ? overlap(best, g) : 0)) best = q;
		}
		if (!exact) {
			miss(
				'quote boundary',
				g,
				best
					? `engine quote: "${body.slice(best.start, best.end).slice(0, 120)}"`
					: 'no engine quote overlaps it'
			);
		}
		const want = [g.speaker, ...g.alts].map((s) => (s === null ? null : foldSpeaker(s)));
		const got = best ? best.speaker : undefined;
		const right = got !== undefined && (got === null ? g.speaker === null : want.includes(foldSpeaker(got)));
		if (right) c.speakersRight++;
		else if (best || g.speaker !== null) {
			miss(
				'speaker wrong',
				g,
				`want ${g.speaker ?? 'none'}; got ${got === undefined ? '(no quote)' : (got ?? 'none')}`
			);
		} else {
			miss('speaker wrong', g, `want none; the quote was not found`);
		}
	}
	for (const q of quotes) {
		if (gold.quotes.some((g) => overlaps(q, g))) continue;
		if (gold.furniture.some((f) => overlaps(q, f))) continue; // counted under furniture
		c.spuriousQuotes++;
		const term = gold.terms.find((t) => overlaps(q, t));
		if (term) {
			c.termsAsQuotes++;
			miss('term turned into quote', q, `"${term.text}" is a term, not a statement`);
		} else miss('spurious quote', q, `speaker ${q.speaker ?? 'none'}`);
	}
}
