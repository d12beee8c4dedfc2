// The text around the quotes (metrics 7–9): page furniture kept out, every span verbatim, hard-wrapped
// passages ending at a sentence.
import type { EngineSpan } from './engine';
import type { Judging } from './score-counts';
import { overlaps } from './spans';

export function scoreText({ body, gold, out, c, miss }: Judging): void {
	const quotes = out.quotes;
	// (7) furniture.
	c.goldFurniture = gold.furniture.length;
	const text: EngineSpan[] = [...quotes, ...out.passages];
	for (const f of gold.furniture) {
		const into = text.find((t) => overlaps(t, f));
		if (into) {
			c.furnitureIntoText++;
			miss('furniture into passage/quote', f, `became "${body.slice(into.start, into.end).slice(0, 100)}"`);
		}
		if (out.furniture.some((e) => overlaps(e, f))) c.furnitureSkipped++;
		else miss('furniture not skipped', f, 'not recognised as furniture');
	}
	for (const e of out.furniture) {
		if (gold.furniture.some((f) => overlaps(e, f))) continue;
		const lost = [...gold.places, ...gold.quotes].filter((s) => overlaps(s, e));
		if (lost.length) {
			c.contentSkippedAsFurniture++;
			miss('content skipped as furniture', e, `skips ${lost.length} gold place(s)/quote(s)`);
		}
	}

	// (8) verbatim.
	for (const t of [...quotes, ...out.passages] as (EngineSpan & { text?: string })[]) {
		c.engineSpans++;
		const ok =
			t.start >= 0 &&
			t.end <= body.length &&
			t.start < t.end &&
			(t.text === undefined || t.text === body.slice(t.start, t.end));
		if (ok) c.verbatim++;
		else
			miss(
				'not verbatim',
				{ start: Math.max(0, t.start), end: Math.min(body.length, Math.max(t.start, t.end)) },
				`offsets ${t.start}–${t.end}`
			);
	}

	// (9) passages of hard-wrapped articles that end mid-sentence.
	if (gold.wrapped) {
		for (const p of out.passages) {
			c.wrappedPassages++;
			const last = body.slice(p.start, p.end).trimEnd().slice(-1);
			const paragraphEnd = /^\s*(?:\n\s*\n|$)/.test(body.slice(p.end));
			if (!/[.!?”»"’)]/.test(last) && !paragraphEnd) {
				c.wrappedMidSentence++;
				miss(
					'wrapped passage ends mid-sentence',
					p,
					`ends with "${body.slice(Math.max(p.start, p.end - 30), p.end)}"`
				);
			}
		}
	}
}
