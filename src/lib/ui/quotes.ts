/** Selecting and ordering quotes for the popup and the list. */
import type { ArticleMeta, QuoteRecord } from '$lib/data/types';
import { withoutNested } from '$lib/data/passages';
import { quoteShown, type Selection } from '$lib/time/model';

type Dated = { valid_from?: string | null; valid_to?: string | null };

export { withoutNested };

/**
 * Quotes tied to `featureId` that the time model lets in (its article's date in the selection,
 * and the feature drawn there), newest first.
 */
export function quotesFor(
	featureId: string,
	quotes: readonly QuoteRecord[],
	articles: ReadonlyMap<string, ArticleMeta>,
	selection: Selection,
	feature: Dated
): QuoteRecord[] {
	const tied = quotes.filter(
		(q) => q.places.includes(featureId) && quoteShown(articles.get(q.article)?.date, feature, selection)
	);
	return withoutNested(tied).sort((a, b) => compareNewestFirst(a, b, articles));
}

export function compareNewestFirst(
	a: QuoteRecord,
	b: QuoteRecord,
	articles: ReadonlyMap<string, ArticleMeta>
): number {
	const da = articles.get(a.article)?.date ?? '';
	const db = articles.get(b.article)?.date ?? '';
	if (da !== db) return da < db ? 1 : -1;
	// Same article or day: in reading order.
	return a.article === b.article ? a.start - b.start : a.article.localeCompare(b.article);
}
