/**
 * The ONLY file of the evaluation that calls the geoparser. When the engine's API changes (spans for
 * unmatched names, a trace of how each mention matched), update this adapter and nothing else.
 */
import type { Geodata } from '../../src/lib/data/types';
import type { ParsedArticle } from '../../src/lib/corpus/article';
import { paragraphs } from '../../src/lib/corpus/extract';
import { extractArticle, matcherFor } from '../../src/lib/corpus/join';
import { pickByDate } from '../../src/lib/corpus/matcher';

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

const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

export function runEngine(article: ParsedArticle, geodata: Geodata): EngineOutput {
	const { body } = article;
	const matcher = matcherFor(geodata);
	const { records, unmatched } = extractArticle(article, matcher);
	const mentions = matcher.match(body).map((m) => ({
		start: m.start,
		end: m.end,
		ids: pickByDate(m.ids, article.meta.date, matcher.entries)
	}));
	const furniture = paragraphs(body, article.meta.title)
		.filter((p) => p.furniture)
		.map((p) => ({ start: p.start, end: p.end }));
	// Today's findUnmatched gives names, not spans: locate each name's whole-word occurrences
	// outside furniture and outside gazetteer matches.
	const out: EngineOutput['unmatched'] = [];
	const blocked = [...furniture, ...mentions];
	for (const { name } of unmatched) {
		for (let at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + 1)) {
			const end = at + name.length;
			if (isLetter(body[at - 1]) || isLetter(body[end])) continue;
			if (blocked.some((b) => b.start < end && at < b.end)) continue;
			out.push({ start: at, end, name });
		}
	}
	out.sort((a, b) => a.start - b.start);
	return {
		mentions,
		unmatched: out,
		quotes: records
			.filter((r) => r.kind === 'quote')
			.map((r) => ({ start: r.start, end: r.end, speaker: r.speaker, text: r.text })),
		passages: records
			.filter((r) => r.kind === 'passage')
			.map((r) => ({ start: r.start, end: r.end, text: r.text })),
		furniture
	};
}
