// Quotes grouped by what the pages look them up by; one pass each, as a filter per key is quadratic.
import type { QuoteRecord } from './types';

/** The quotes of each article id, in input order. */
export function quotesByArticle(quotes: readonly QuoteRecord[]): Map<string, QuoteRecord[]> {
	const byArticle = new Map<string, QuoteRecord[]>();
	for (const q of quotes) {
		const list = byArticle.get(q.article);
		if (list) list.push(q);
		else byArticle.set(q.article, [q]);
	}
	return byArticle;
}

/** The quotes tied to each place id, in input order. */
export function quotesByPlace(quotes: readonly QuoteRecord[]): Map<string, QuoteRecord[]> {
	const byPlace = new Map<string, QuoteRecord[]>();
	for (const q of quotes)
		for (const place of q.places) {
			const list = byPlace.get(place);
			if (list) list.push(q);
			else byPlace.set(place, [q]);
		}
	return byPlace;
}
