/**
 * Scoring the engine's output against the gold labels. Pure: no file access, no engine call.
 * The metrics and thresholds are those of issue 14's table; see eval/README.md. Each family of
 * metrics is its own file: places (score-places.ts), quotes (score-quotes.ts), the text around
 * them (score-text.ts); the table of thresholds is score-rows.ts.
 */
import type { EngineSpan } from './engine';
import {
	add,
	zero,
	type ArticleInput,
	type Counts,
	type Judging,
	type Miss,
	type MissKind,
	type Score
} from './score-counts';
import { scorePlaces } from './score-places';
import { scoreQuotes } from './score-quotes';
import { rowsFor } from './score-rows';
import { scoreText } from './score-text';
import { sentenceAround } from './spans';

export type { Counts, Score } from './score-counts';
export { foldSpeaker, isPronoun } from './score-quotes';
export { rowsFor } from './score-rows';
export { spanOf } from './spans';

export function scoreArticle(input: ArticleInput, known: Set<string>): { counts: Counts; misses: Miss[] } {
	const { article, body, gold, out } = input;
	const c = zero();
	const misses: Miss[] = [];
	const miss = (kind: MissKind, s: EngineSpan, detail: string) =>
		misses.push({
			article,
			kind,
			text: body.slice(s.start, s.end),
			detail,
			sentence: sentenceAround(body, s.start, s.end)
		});
	c.articles = 1;
	const judging: Judging = { body, gold, out, c, miss };
	scorePlaces(judging, known);
	scoreQuotes(judging);
	scoreText(judging);
	return { counts: c, misses };
}

export function score(inputs: ArticleInput[], known: Set<string>): Score {
	let total = zero();
	const perArticle: Score['perArticle'] = [];
	const misses: Miss[] = [];
	for (const input of inputs) {
		const r = scoreArticle(input, known);
		perArticle.push({ article: input.article, counts: r.counts });
		misses.push(...r.misses);
		total = add(total, r.counts);
	}
	return { total, perArticle, misses, rows: rowsFor(total) };
}
