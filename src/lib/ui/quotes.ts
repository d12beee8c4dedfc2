/** Selecting and ordering quotes for the popup and the list. */
import type { ArticleMeta, QuoteRecord } from '$lib/data/types';
import { withoutNested } from '$lib/data/passages';
import { foldName } from '$lib/names/fold';

export { withoutNested };

/** Quotes tied to `featureId` whose article is in one of the active periods, newest first. */
export function quotesFor(
	featureId: string,
	quotes: readonly QuoteRecord[],
	articles: ReadonlyMap<string, ArticleMeta>,
	active: readonly string[]
): QuoteRecord[] {
	const tied = quotes.filter((q) => q.places.includes(featureId) && inActivePeriods(q, articles, active));
	return withoutNested(tied).sort((a, b) => compareNewestFirst(a, b, articles));
}

export function inActivePeriods(
	q: QuoteRecord,
	articles: ReadonlyMap<string, ArticleMeta>,
	active: readonly string[]
): boolean {
	const periods = articles.get(q.article)?.periods ?? [];
	return periods.some((p) => active.includes(p));
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

/** Case- and accent-insensitive form for search. */
export function fold(s: string): string {
	// The gazetteer's own folding (diacritics, ı/ə, dashes, apostrophes): O’Brien ~ obrien.
	return foldName(s);
}
