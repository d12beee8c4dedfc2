/**
 * The ONLY file of the evaluation that calls the geoparser. When the engine's API changes (spans for
 * unmatched names, a trace of how each mention matched), update this adapter and nothing else.
 */
import type { Geodata } from '../../src/lib/data/types';
import type { ParsedArticle } from '../../src/lib/server/corpus/article';
import { loadGeoNames } from '../../src/lib/server/corpus/geonames';
import { extractArticle, matcherFor } from '../../src/lib/server/corpus/join';

export interface EngineSpan {
	start: number;
	end: number;
}
export interface EngineOutput {
	/** Gazetteer matches: the span matched and the feature ids it joins to. */
	mentions: (EngineSpan & { ids: string[]; how?: string })[];
	/** Place-like names reported as not in the gazetteer, each occurrence. */
	unmatched: (EngineSpan & { name: string })[];
	/** `text` (when the engine gives it) is checked against body.slice(start, end). */
	quotes: (EngineSpan & { speaker: string | null; text?: string })[];
	passages: (EngineSpan & { text?: string })[];
	/** Spans the engine recognised as page furniture and skipped. */
	furniture: EngineSpan[];
}

const geonames = loadGeoNames();

export function runEngine(article: ParsedArticle, geodata: Geodata): EngineOutput {
	const { records, unmatched, mentions, furniture } = extractArticle(article, matcherFor(geodata), {
		geonames
	});
	return {
		mentions: mentions.map((m) => ({ start: m.start, end: m.end, ids: m.ids, how: m.how })),
		unmatched: unmatched
			.flatMap((u) => u.spans.map((s) => ({ ...s, name: u.name })))
			.sort((a, b) => a.start - b.start),
		quotes: records
			.filter((r) => r.kind === 'quote')
			.map((r) => ({ start: r.start, end: r.end, speaker: r.speaker, text: r.text })),
		passages: records
			.filter((r) => r.kind === 'passage')
			.map((r) => ({ start: r.start, end: r.end, text: r.text })),
		furniture: furniture.map((p) => ({ start: p.start, end: p.end }))
	};
}
