/** Search over places (any name or alias), speakers and the words of quotes. */
import type { FeatureDetails } from '$lib/data/site-data';
import type { QuoteRecord } from '$lib/data/types';
import { fold } from './quotes';

export function placeMatches(details: FeatureDetails, query: string): boolean {
	const q = fold(query.trim());
	if (!q) return true;
	const p = details.properties;
	return [p.name, p.contested_name ?? '', ...p.aliases].some((n) => fold(n).includes(q));
}

export function quoteMatches(quote: QuoteRecord, query: string): boolean {
	const q = fold(query.trim());
	if (!q) return true;
	return fold(quote.text).includes(q) || (quote.speaker !== null && fold(quote.speaker).includes(q));
}
