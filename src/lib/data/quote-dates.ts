/**
 * Per feature, the dates of its quotes, so any selection of time is counted in the browser
 * without quotes.json. What a count means for a selection is decided by src/lib/time/model.ts.
 */
import { dateIndex, type DateIndex } from '$lib/time/model';
import { withoutNested } from './passages';
import { quotesByPlace } from './quote-groups';
import type { ArticleMeta, QuoteRecord } from './types';

/**
 * The dates of the quotes tied to each feature, counted as the popup lists them: a quote inside
 * a passage already listed is not counted twice. Quotes of an article with no date are left out.
 */
export function featureQuoteDates(
	quotes: readonly QuoteRecord[],
	articles: readonly ArticleMeta[]
): Record<string, DateIndex> {
	const dateOf = new Map(articles.map((a) => [a.id, a.date]));
	const out: Record<string, DateIndex> = {};
	for (const [place, tied] of quotesByPlace(quotes)) {
		const dates = withoutNested(tied).flatMap((q) => dateOf.get(q.article) ?? []);
		out[place] = dateIndex(dates);
	}
	return out;
}

/** Every quote and passage by its article's date: the period switches' and the time strip's counts. */
export function allQuoteDates(quotes: readonly QuoteRecord[], articles: readonly ArticleMeta[]): DateIndex {
	const dateOf = new Map(articles.map((a) => [a.id, a.date]));
	return dateIndex(quotes.flatMap((q) => dateOf.get(q.article) ?? []));
}

/** Quotes tied to a feature over the whole corpus (the last running total of its dates). */
export const quotesTotal = (byFeature: Record<string, DateIndex>, id: string): number =>
	byFeature[id]?.total.at(-1) ?? 0;
