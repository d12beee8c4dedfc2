/**
 * A headline's quote ("'We left everything': the road out of …") names no speaker of its own: it is
 * the speaker the body gives the same words ("“We left everything,” said Anahit, 58"). Split from
 * speakers.ts; asked only for a headline's unattributed quotes.
 */
import type { Paragraph, QuoteSpan } from './extract';

/** A paragraph no full stop ends, short as a headline is. */
const HEADLINE_END = /[.!?]["”’»]?\s*$/;
/** The words of a quote as compared: lower case, without the punctuation that ends them. */
const words = (text: string) =>
	text
		.toLowerCase()
		.replace(/[\s\p{P}]+$/u, '')
		.trim();

/** Fills, in `speakers`, a headline's unattributed quote with the speaker of the body's quote that has its words. */
export function headlineQuoteSpeakers(
	body: string,
	paragraphs: Paragraph[],
	quotes: QuoteSpan[][],
	speakers: (string | null)[][]
): void {
	paragraphs.forEach((p, pi) => {
		if (p.end - p.start > 200 || HEADLINE_END.test(body.slice(Math.max(p.start, p.end - 3), p.end))) return;
		(quotes[pi] ?? []).forEach((q, qi) => {
			if (q.term || speakers[pi]![qi]) return;
			const own = words(body.slice(q.start, q.end));
			if (!own.includes(' ')) return;
			for (let k = 0; k < quotes.length; k++) {
				if (k === pi) continue;
				const hit = (quotes[k] ?? []).findIndex(
					(o, oi) => !!speakers[k]![oi] && words(body.slice(o.start, o.end)).startsWith(own)
				);
				if (hit >= 0) {
					speakers[pi]![qi] = speakers[k]![hit]!;
					return;
				}
			}
		});
	});
}
